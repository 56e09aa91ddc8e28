package history

import (
	"reflect"

	"kamplan/domain"
)

// The names Compare gives elements: what a person calls them.

func nameField(_ domain.Doc, v any) string { return stringField(v, "Name") }

// textField is the element's text: a SWOT item's or a strategy's text, an objective's
// statement, an action's title, a note's text.
func textField(_ domain.Doc, v any) string {
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
func swotName(_ domain.Doc, v any) string { return v.(domain.SWOT).Competitor }

func linkName(d domain.Doc, v any) string {
	l := v.(domain.Link)
	return contactName(d.Plan, l.From) + " – " + contactName(d.Plan, l.To)
}

func pairName(d domain.Doc, v any) string {
	x := v.(domain.Coverage)
	member := x.MemberID
	if d.Account != nil {
		if m, ok := d.Account.Member(x.MemberID); ok {
			member = m.Name
		}
	}
	return member + " – " + contactName(d.Plan, x.ContactID)
}

func cellName(d domain.Doc, v any) string {
	x := v.(domain.SpaceCell)
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

// contactName is the name of the contact with the id, or the id when there is none.
func contactName(p *domain.Plan, id string) string {
	if k := p.FindContact(id); k != nil {
		return k.Name
	}
	return id
}

// reviewName is a review's date.
func reviewName(_ domain.Doc, v any) string { return v.(domain.Review).Date.String() }
