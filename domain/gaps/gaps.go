// Package gaps finds the gaps in our team's coverage of the client's people (METHOD §5): key
// players no one covers, deciders covered too weakly, contacts not met as often as agreed.
package gaps

import (
	"sort"

	"kamplan/domain"
)

// Kind says what is missing in our team's coverage of a contact (METHOD §5).
type Kind string

const (
	// Uncovered is a key player (influence ≥ 4) no one on our team covers.
	Uncovered Kind = "uncovered"
	// WeakDecider is a decider whose best coverage is below Working.
	WeakDecider Kind = "weak_decider"
	// NotMet is a contact not met within their contact frequency.
	NotMet Kind = "not_met"
)

// Kinds lists the kinds in order of importance.
var Kinds = []Kind{Uncovered, WeakDecider, NotMet}

// Gap is one gap in the team's coverage of one contact.
type Gap struct {
	Kind      Kind
	ContactID string
	Name      string // the contact's name
	Days      int    // for NotMet: days since the last contact
}

// cadenceDays is how many days may pass between two meetings at a frequency; ad hoc and
// an unset frequency never fall due.
var cadenceDays = map[domain.Cadence]int{domain.CadenceWeekly: 7, domain.CadenceMonthly: 31, domain.CadenceQuarterly: 92}

// CadenceDays is the longest time between two meetings at a frequency, false when the
// frequency sets none (ad hoc, not set).
func CadenceDays(c domain.Cadence) (int, bool) {
	n, ok := cadenceDays[c]
	return n, ok
}

// Of lists the gaps of the team's coverage on today: key players no one covers,
// deciders whose best coverage is below Working, contacts not met within their frequency
// (the contact's frequency, else the most frequent of its pairs). Ordered by kind, then
// by influence (highest first), then by name.
func Of(p *domain.Plan, today domain.Date) []Gap {
	var out []Gap
	bests := p.BestCoverages()
	for _, c := range p.Contacts {
		best, covered := bests[c.ID]
		if c.KeyPlayer() && !covered {
			out = append(out, Gap{Kind: Uncovered, ContactID: c.ID, Name: c.Name})
		}
		if c.HasRole(domain.BuyingDecider) && (!covered || best.RelNow < domain.RelWorking) {
			out = append(out, Gap{Kind: WeakDecider, ContactID: c.ID, Name: c.Name})
		}
		if days, late := notMetFor(p, c, today); late {
			out = append(out, Gap{Kind: NotMet, ContactID: c.ID, Name: c.Name, Days: days})
		}
	}
	sortGaps(p, out)
	return out
}

// notMetFor reports how many days since a contact was last met, and whether that is longer
// than their frequency allows. A contact never met (no date) is not judged late.
func notMetFor(p *domain.Plan, c domain.Contact, today domain.Date) (int, bool) {
	if c.LastContact.IsZero() {
		return 0, false
	}
	n, ok := CadenceDays(meetingCadence(p, c))
	if !ok {
		return 0, false
	}
	days := int(today.Time().Sub(c.LastContact.Time()).Hours() / 24)
	return days, c.LastContact.AddDays(n).Before(today)
}

// meetingCadence is the contact's frequency, else the most frequent of its pairs.
func meetingCadence(p *domain.Plan, c domain.Contact) domain.Cadence {
	if c.Frequency != "" {
		return c.Frequency
	}
	best, bestDays := domain.Cadence(""), 0
	for _, k := range p.CoverageOf(c.ID) {
		if n, ok := CadenceDays(k.Frequency); ok && (bestDays == 0 || n < bestDays) {
			best, bestDays = k.Frequency, n
		}
	}
	return best
}

func sortGaps(p *domain.Plan, gs []Gap) {
	rank := map[Kind]int{}
	for i, k := range Kinds {
		rank[k] = i
	}
	influence := map[string]int{}
	for _, c := range p.Contacts {
		influence[c.ID] = c.Influence
	}
	sort.SliceStable(gs, func(i, j int) bool {
		a, b := gs[i], gs[j]
		if a.Kind != b.Kind {
			return rank[a.Kind] < rank[b.Kind]
		}
		if influence[a.ContactID] != influence[b.ContactID] {
			return influence[a.ContactID] > influence[b.ContactID]
		}
		return a.Name < b.Name
	})
}
