package reviewpack

import (
	"strings"

	"kamplan/domain"
	"kamplan/domain/review"
	"kamplan/ui/locale"
	"kamplan/ui/pdf/pipelinepdf"
)

// Facts are the lines under the pack's title: who took part in the latest review, our team
// then the client's people, and when the next review is. a and p are the whole account and
// plan (not the edition's copy): the client took part, so the names are shared with them.
// None without a review.
func Facts(a *domain.Account, p *domain.Plan, loc locale.Locale) []string {
	r := review.Latest(p)
	if r == nil {
		return nil
	}
	var ours, theirs []string
	for _, id := range r.MemberIDs {
		ours = append(ours, memberName(loc, a, id))
	}
	for _, id := range r.ContactIDs {
		theirs = append(theirs, contactName(loc, p, id))
	}
	next := loc.T("review.pdf.next.unset")
	if day, ok := review.Next(p); ok {
		next = loc.LongDate(day)
	}
	return []string{
		loc.T("review.our_team") + ": " + joinOr(ours, loc.T("review.nobody")) + " · " +
			loc.T("review.client_side") + ": " + joinOr(theirs, loc.T("review.nobody")),
		loc.T("review.pdf.next", next),
	}
}

func memberName(loc locale.Locale, a *domain.Account, id string) string {
	for _, m := range a.Team {
		if m.ID == id {
			return m.Name
		}
	}
	return loc.T("review.former_member")
}

func contactName(loc locale.Locale, p *domain.Plan, id string) string {
	for _, c := range p.Contacts {
		if c.ID == id {
			return c.Name
		}
	}
	return loc.T("review.former_contact")
}

func joinOr(names []string, none string) string {
	if len(names) == 0 {
		return none
	}
	return strings.Join(names, ", ")
}

// Clean passes every text of t through clean (the document's text filter).
func Clean(t *pipelinepdf.Table, clean func(string) string) {
	t.Title = clean(t.Title)
	for i := range t.Header {
		t.Header[i] = clean(t.Header[i])
	}
	for _, row := range t.Rows {
		for i := range row {
			row[i] = clean(row[i])
		}
	}
}
