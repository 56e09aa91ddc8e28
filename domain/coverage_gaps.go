package domain

import "sort"

// GapKind says what is missing in our team's coverage of a contact (METHOD §5).
type GapKind string

const (
	// GapUncovered is a key player (influence ≥ 4) no one on our team covers.
	GapUncovered GapKind = "uncovered"
	// GapWeakDecider is a decider whose best coverage is below Working.
	GapWeakDecider GapKind = "weak_decider"
	// GapNotMet is a contact not met within their contact frequency.
	GapNotMet GapKind = "not_met"
)

// GapKinds lists the kinds in order of importance.
var GapKinds = []GapKind{GapUncovered, GapWeakDecider, GapNotMet}

// CoverageGap is one gap in the team's coverage of one contact.
type CoverageGap struct {
	Kind      GapKind
	ContactID string
	Name      string // the contact's name
	Days      int    // for GapNotMet: days since the last contact
}

// cadenceDays is how many days may pass between two meetings at a frequency; ad hoc and
// an unset frequency never fall due.
var cadenceDays = map[Cadence]int{CadenceWeekly: 7, CadenceMonthly: 31, CadenceQuarterly: 92}

// CadenceDays is the longest time between two meetings at a frequency, false when the
// frequency sets none (ad hoc, not set).
func CadenceDays(c Cadence) (int, bool) {
	n, ok := cadenceDays[c]
	return n, ok
}

// CoverageGaps lists the gaps of the team's coverage on today: key players no one covers,
// deciders whose best coverage is below Working, contacts not met within their frequency
// (the contact's frequency, else the most frequent of its pairs). Ordered by kind, then
// by influence (highest first), then by name.
func (p *Plan) CoverageGaps(today Date) []CoverageGap {
	var out []CoverageGap
	for _, c := range p.Contacts {
		best, covered := p.BestCoverage(c.ID)
		if c.KeyPlayer() && !covered {
			out = append(out, CoverageGap{Kind: GapUncovered, ContactID: c.ID, Name: c.Name})
		}
		if c.HasRole(BuyingDecider) && (!covered || best.RelNow < RelWorking) {
			out = append(out, CoverageGap{Kind: GapWeakDecider, ContactID: c.ID, Name: c.Name})
		}
		if days, late := notMetFor(p, c, today); late {
			out = append(out, CoverageGap{Kind: GapNotMet, ContactID: c.ID, Name: c.Name, Days: days})
		}
	}
	sortGaps(p, out)
	return out
}

// notMetFor reports how many days since a contact was last met, and whether that is longer
// than their frequency allows. A contact never met (no date) is not judged late.
func notMetFor(p *Plan, c Contact, today Date) (int, bool) {
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
func meetingCadence(p *Plan, c Contact) Cadence {
	if c.Frequency != "" {
		return c.Frequency
	}
	best, bestDays := Cadence(""), 0
	for _, k := range p.CoverageOf(c.ID) {
		if n, ok := CadenceDays(k.Frequency); ok && (bestDays == 0 || n < bestDays) {
			best, bestDays = k.Frequency, n
		}
	}
	return best
}

func sortGaps(p *Plan, gs []CoverageGap) {
	rank := map[GapKind]int{}
	for i, k := range GapKinds {
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
