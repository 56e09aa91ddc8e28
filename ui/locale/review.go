package locale

import (
	"cmp"
	"strings"
	"time"

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

// HistoryBegins says, for a plan whose journal does not reach back to its latest review
// (held that day), what its "What changed" compares with: the plan when its history
// begins (begins), or nothing when the journal holds no entry (begins zero).
func (l Locale) HistoryBegins(held domain.Date, begins time.Time) string {
	if begins.IsZero() {
		return l.T("review.since.unknown", l.LongDate(held))
	}
	return l.T("review.since.partial", l.LongDate(domain.DateOf(begins.Local())), l.LongDate(held))
}

func joinOr(names []string, none string) string {
	if len(names) == 0 {
		return none
	}
	return strings.Join(names, ", ")
}

// Counterparts are the members of our team who cover a person — their team-coverage pairs —
// each with how often they meet, "Laura Gómez (monthly)" (the person's own cadence when the
// pair has none): names and frequencies only, never a level. A person nobody covers is "—".
func (l Locale) Counterparts(a *domain.Account, p *domain.Plan, c domain.Contact) []string {
	pairs := p.CoverageOf(c.ID)
	if len(pairs) == 0 {
		return []string{l.withCadence("—", c.Frequency)}
	}
	var out []string
	for _, x := range pairs {
		name := l.T("peoplemaps.coverage.former_member")
		if m, ok := a.Member(x.MemberID); ok {
			name = m.Name
		}
		out = append(out, l.withCadence(name, cmp.Or(x.Frequency, c.Frequency)))
	}
	return out
}

// withCadence is a name and, when known, how often they meet: "Laura Gómez (monthly)".
func (l Locale) withCadence(name string, f domain.Cadence) string {
	if f == "" {
		return name
	}
	return name + " (" + strings.ToLower(l.T("cadence."+string(f))) + ")"
}
