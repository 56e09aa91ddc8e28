package domain

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
