package chart

// CoverageHitKind says what a point of the matrix is on.
type CoverageHitKind int

const (
	CoverageHitNone   CoverageHitKind = iota
	CoverageHitCell                   // a pair of a person and a member (PairID "" when not covered yet)
	CoverageHitPerson                 // a row's header
	CoverageHitMember                 // a column's header
)

// CoverageHit is what lies under a point.
type CoverageHit struct {
	Kind                CoverageHitKind
	ContactID, MemberID string
	PairID              string
}

// HitTest finds what lies under p (unit coordinates).
func (m CoverageMatrix) HitTest(p Point) CoverageHit {
	if !m.Frame.Contains(p) {
		return CoverageHit{}
	}
	for _, c := range m.Cols {
		if c.Box.Contains(p) {
			return CoverageHit{Kind: CoverageHitMember, MemberID: c.MemberID}
		}
	}
	for i, r := range m.Rows {
		if p.Y < r.Box.Y || p.Y > r.Box.Bottom() {
			continue
		}
		if r.Box.Contains(p) {
			return CoverageHit{Kind: CoverageHitPerson, ContactID: r.ContactID}
		}
		for _, c := range m.Cells {
			if c.Row == i && c.Box.Contains(p) {
				return CoverageHit{Kind: CoverageHitCell, ContactID: r.ContactID, MemberID: c.MemberID, PairID: c.PairID}
			}
		}
		for _, c := range m.Cols {
			if p.X >= c.Box.X && p.X <= c.Box.Right() {
				return CoverageHit{Kind: CoverageHitCell, ContactID: r.ContactID, MemberID: c.MemberID}
			}
		}
	}
	return CoverageHit{}
}

// Labels is every label of the matrix.
func (m CoverageMatrix) Labels() []Label {
	var out []Label
	for _, c := range m.Cols {
		out = append(out, c.Labels...)
	}
	for _, r := range m.Rows {
		out = append(out, r.Labels...)
		if r.Mark != nil {
			out = append(out, *r.Mark)
		}
	}
	for _, c := range m.Cells {
		out = append(out, c.Labels...)
	}
	return out
}
