package domain

// LinkKind is the kind of an informal link between two contacts (METHOD §5).
type LinkKind string

const (
	LinkInfluences LinkKind = "influences" // From influences To (directed)
	LinkConflict   LinkKind = "conflict"   // From and To are in conflict (undirected)
)

// LinkKinds lists the kinds in display order.
var LinkKinds = []LinkKind{LinkInfluences, LinkConflict}

// Link is an informal relationship between two of the client's people.
type Link struct {
	ID   string   `json:"id"`
	From string   `json:"from"` // contact ID
	To   string   `json:"to"`   // contact ID
	Kind LinkKind `json:"kind"`
}

// Same reports whether two links join the same people in the same way
// (a conflict has no direction).
func (l Link) Same(o Link) bool {
	if l.Kind != o.Kind {
		return false
	}
	if l.From == o.From && l.To == o.To {
		return true
	}
	return l.Kind == LinkConflict && l.From == o.To && l.To == o.From
}

// LinksOf returns the links that involve a contact.
func (p *Plan) LinksOf(contactID string) []Link {
	var out []Link
	for _, l := range p.Links {
		if l.From == contactID || l.To == contactID {
			out = append(out, l)
		}
	}
	return out
}
