package locale

import (
	"strings"

	"kamplan/domain"
)

// Participants says who took part in a review, for screen and paper: our team, then the
// client's people; a member or contact gone since is said as a former one.
func (l Locale) Participants(a *domain.Account, p *domain.Plan, r *domain.Review) string {
	var ours, theirs []string
	for _, id := range r.MemberIDs {
		name := l.T("review.former_member")
		if m, ok := a.Member(id); ok {
			name = m.Name
		}
		ours = append(ours, name)
	}
	for _, id := range r.ContactIDs {
		name := l.T("review.former_contact")
		if c := p.FindContact(id); c != nil {
			name = c.Name
		}
		theirs = append(theirs, name)
	}
	return l.T("review.our_team") + ": " + joinOr(ours, l.T("review.nobody")) + " · " +
		l.T("review.client_side") + ": " + joinOr(theirs, l.T("review.nobody"))
}

func joinOr(names []string, none string) string {
	if len(names) == 0 {
		return none
	}
	return strings.Join(names, ", ")
}
