package domain

import "reflect"

// The names Compare gives elements: what a person calls them.

func nameField(_ Doc, v any) string { return stringField(v, "Name") }

// textField is the element's text: a SWOT item's or a strategy's text, an objective's
// statement, an action's title, a note's text.
func textField(_ Doc, v any) string {
	for _, f := range []string{"Text", "Statement", "Title"} {
		if s := stringField(v, f); s != "" {
			return s
		}
	}
	return ""
}

func stringField(v any, name string) string {
	f := reflect.ValueOf(v).FieldByName(name)
	if !f.IsValid() || f.Kind() != reflect.String {
		return ""
	}
	return f.String()
}

// swotName is a competitor's SWOT's competitor; the client's and ours have no name.
func swotName(_ Doc, v any) string { return v.(SWOT).Competitor }

func linkName(d Doc, v any) string {
	l := v.(Link)
	return planCheck{d.Plan}.contactName(l.From) + " – " + planCheck{d.Plan}.contactName(l.To)
}

func pairName(d Doc, v any) string {
	x := v.(Coverage)
	member := x.MemberID
	if d.Account != nil {
		if m, ok := d.Account.Member(x.MemberID); ok {
			member = m.Name
		}
	}
	return member + " – " + planCheck{d.Plan}.contactName(x.ContactID)
}

func cellName(d Doc, v any) string {
	x := v.(SpaceCell)
	centre, offering := x.CentreID, x.OfferingID
	for _, c := range d.Plan.Centres {
		if c.ID == x.CentreID {
			centre = c.Name
		}
	}
	for _, o := range d.Plan.Wallet.Offerings {
		if o.ID == x.OfferingID {
			offering = o.Name
		}
	}
	return centre + " × " + offering
}
