package domain

import "encoding/json"

// Subject says whose SWOT it is.
type Subject string

const (
	SubjectClient     Subject = "client"     // DAFO del cliente
	SubjectUs         Subject = "us"         // our position as the client sees us
	SubjectCompetitor Subject = "competitor" // one direct competitor
)

// Quadrant of a SWOT.
type Quadrant string

const (
	Strength    Quadrant = "S"
	Weakness    Quadrant = "W"
	Opportunity Quadrant = "O"
	Threat      Quadrant = "T"
)

// Quadrants lists the SWOT quadrants in display order.
var Quadrants = []Quadrant{Strength, Weakness, Opportunity, Threat}

// Internal reports whether the quadrant describes the subject itself (S, W) rather than its environment.
func (q Quadrant) Internal() bool { return q == Strength || q == Weakness }

// SWOT is one SWOT analysis of a plan.
type SWOT struct {
	ID         string     `json:"id"`
	Subject    Subject    `json:"subject"`
	Competitor string     `json:"competitor,omitempty"` // name, for a competitor SWOT
	Items      []SWOTItem `json:"items,omitempty"`
}

// SWOTItem is one strength, weakness, opportunity or threat.
type SWOTItem struct {
	ID       string   `json:"id"`
	Quadrant Quadrant `json:"quadrant"`
	Text     string   `json:"text"`
	Evidence string   `json:"evidence,omitempty"`
	Impact   int      `json:"impact"` // 1–5
	// ShareWithClient puts the item in the client edition. Always written, even false: an
	// item read without it takes its SWOT's default (see TakeDefaultSharing).
	ShareWithClient bool `json:"share_with_client"`
}

// In returns the items of one quadrant, in order.
func (s SWOT) In(q Quadrant) []SWOTItem {
	var out []SWOTItem
	for _, it := range s.Items {
		if it.Quadrant == q {
			out = append(out, it)
		}
	}
	return out
}

func (s SWOT) check(c checker) {
	switch s.Subject {
	case SubjectClient, SubjectUs:
	case SubjectCompetitor:
		c.required("competitor", s.Competitor)
	default:
		c.add("subject", "err.choice", "must be one of client, us, competitor")
	}
	for i, it := range s.Items {
		ic := c.idx("items", i)
		ic.required("text", it.Text)
		ic.maxLen("text", it.Text, 2000)
		ic.intRange("impact", it.Impact, 1, 5)
		switch it.Quadrant {
		case Strength, Weakness, Opportunity, Threat:
		default:
			ic.add("quadrant", "err.choice", "must be one of S, W, O, T")
		}
	}
}

// SharedByDefault says whether a new item of a SWOT of this subject goes to the client: the
// client's own SWOT is "our understanding of your business"; ours and the competitors' are
// our analysis, kept internal unless an item is switched on.
func SharedByDefault(s Subject) bool { return s == SubjectClient }

// NewItem is a new item of the SWOT in quadrant q, shared with the client as its SWOT's default.
func (s SWOT) NewItem(q Quadrant) SWOTItem {
	return SWOTItem{ID: NewID(), Quadrant: q, Impact: 3, ShareWithClient: SharedByDefault(s.Subject)}
}

// TakeDefaultSharing gives each item of w read without "share_with_client" (a plan stored or
// a plan file written before the switch existed) its SWOT's default; raw is the SWOT as read.
// It is a step after decoding, not an UnmarshalJSON, so that a decoding error keeps its
// place in the whole file.
func (w *SWOT) TakeDefaultSharing(raw []byte) {
	var keys struct {
		Items []struct {
			Share *bool `json:"share_with_client"`
		} `json:"items"`
	}
	if json.Unmarshal(raw, &keys) != nil {
		return
	}
	for i := range w.Items {
		if i < len(keys.Items) && keys.Items[i].Share == nil {
			w.Items[i].ShareWithClient = SharedByDefault(w.Subject)
		}
	}
}
