package chart

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"kamplan/domain"
	"kamplan/domain/gaps"
)

// Team coverage (METHOD §5): their people (rows, most influential first) × our account team
// (columns: the team with each member's role, then any former member whom pairs still refer
// to — pairs of an older plan, say). A cell with a pair shows the relationship now → target
// and the contact frequency; a row with a gap carries a mark.

// CoverageText are the words a matrix is drawn with (the caller's language).
type CoverageText struct {
	Person    string                     // header of the people column
	Influence string                     // format of a person's second line, e.g. "influence %d"
	Levels    [5]string                  // relationship levels 0–4
	Cadences  map[domain.Cadence]string  // contact frequencies
	GapMark   string                     // the mark of a row with a gap, e.g. "⚠"
	Roles     map[domain.TeamRole]string // team roles, the second line of a member's header
	Former    string                     // the header of someone pairs refer to who left the team
}

// CoverageOptions size the matrix in unit coordinates. RowFrom/RowTo take a slice of the
// rows (a page of the document); RowTo 0 means to the end.
type CoverageOptions struct {
	HeadW, ColW, HeadH, RowH, FontSize, LineH, Pad float64
	RowFrom, RowTo                                 int
	Measure                                        Measure // how wide the renderer draws text
}

// DefaultCoverageOptions are the sizes of the screen: a pair's cell has room for its levels
// on two lines (long level names wrap) and the frequency under them.
func DefaultCoverageOptions() CoverageOptions {
	return CoverageOptions{HeadW: 240, ColW: 150, HeadH: 40, RowH: 47, FontSize: 11, LineH: 13, Pad: 4}
}

// CoverageRow is one of their people.
type CoverageRow struct {
	ContactID string
	Index     int // position among all rows
	Influence int
	Gaps      []gaps.Kind
	Box       Rect
	Labels    []Label // name, influence line
	Mark      *Label  // the gap mark, when the person has a gap
}

// CoverageCol is one member of our team.
type CoverageCol struct {
	MemberID string
	InTeam   bool // false for a former member whom pairs still refer to
	Box      Rect
	Labels   []Label
}

// CoverageCell is a pair of a row and a column, with or without a coverage pair.
type CoverageCell struct {
	ContactID, MemberID, PairID string // PairID "" when no one in this pair covers the person
	Row, Col                    int    // indexes in the matrix's Rows and Cols
	RelNow, RelTarget           int
	Box                         Rect
	Labels                      []Label
}

// CoverageMatrix is a laid-out matrix.
type CoverageMatrix struct {
	Frame   Rect
	Corner  Rect
	Rows    []CoverageRow
	Cols    []CoverageCol
	Cells   []CoverageCell // only the pairs, row by row
	AllRows int            // rows of the whole matrix (Rows may be a slice)
}

// CoveragePeople orders the contacts as the rows: influence, highest first, then name.
func CoveragePeople(p *domain.Plan) []domain.Contact {
	order := make([]int, len(p.Contacts)) // sorting indices moves ints, not whole contacts
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ca, cb := &p.Contacts[a], &p.Contacts[b]
		if ca.Influence != cb.Influence {
			return cmp.Compare(cb.Influence, ca.Influence)
		}
		return strings.Compare(ca.Name, cb.Name)
	})
	cs := make([]domain.Contact, len(order))
	for i, k := range order {
		cs[i] = p.Contacts[k]
	}
	return cs
}

// CoverageMembers are the columns, by member id: the team in its order, then the former
// members whom pairs refer to, in the order they first appear; each once.
func CoverageMembers(p *domain.Plan, team []domain.TeamMember) []string {
	var out []string
	add := func(id string) {
		if id != "" && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	for _, m := range team {
		add(m.ID)
	}
	for _, c := range p.Coverage {
		add(c.MemberID)
	}
	return out
}

// LayoutCoverage lays out the matrix of p for a team on a day (for the gaps).
func LayoutCoverage(p *domain.Plan, team []domain.TeamMember, today domain.Date, tx CoverageText, o CoverageOptions) CoverageMatrix {
	return NewCoverage(p, team, today, tx).Layout(o)
}

// Coverage is what a coverage matrix shows, worked out once for the slices of rows a long
// matrix is laid out in (one per page on paper): the people in order, the columns, each
// person's gaps and pairs.
type Coverage struct {
	plan    *domain.Plan
	team    []domain.TeamMember
	tx      CoverageText
	people  []domain.Contact
	members []string
	gaps    map[string][]gaps.Kind
	pairs   map[string][]domain.Coverage
}

// NewCoverage works out the matrix of p for a team on a day (for the gaps).
func NewCoverage(p *domain.Plan, team []domain.TeamMember, today domain.Date, tx CoverageText) *Coverage {
	c := &Coverage{plan: p, team: team, tx: tx, people: CoveragePeople(p), members: CoverageMembers(p, team),
		gaps: map[string][]gaps.Kind{}, pairs: map[string][]domain.Coverage{}}
	for _, g := range gaps.Of(p, today) {
		c.gaps[g.ContactID] = append(c.gaps[g.ContactID], g.Kind)
	}
	for _, pair := range p.Coverage {
		c.pairs[pair.ContactID] = append(c.pairs[pair.ContactID], pair)
	}
	return c
}

// Size is how many rows (their people) and columns (our team) the whole matrix has.
func (c *Coverage) Size() (rows, cols int) { return len(c.people), len(c.members) }

// Layout lays out the rows o.RowFrom to o.RowTo (all when both are 0) under the header.
func (c *Coverage) Layout(o CoverageOptions) CoverageMatrix {
	m := CoverageMatrix{Corner: Rect{0, 0, o.HeadW, o.HeadH}, AllRows: len(c.people)}
	for j, id := range c.members {
		box := Rect{o.HeadW + float64(j)*o.ColW, 0, o.ColW, o.HeadH}
		col := CoverageCol{MemberID: id, Box: box}
		k := slices.IndexFunc(c.team, func(x domain.TeamMember) bool { return x.ID == id })
		col.InTeam = k >= 0
		if col.InTeam {
			col.Labels = coverageLines(id, box, o, true, c.team[k].Name, cmp.Or(strings.TrimSpace(c.team[k].Title), c.tx.Roles[c.team[k].Role]))
		} else {
			col.Labels = coverageLines(id, box, o, true, c.tx.Former)
		}
		m.Cols = append(m.Cols, col)
	}
	rows := indexRange(len(c.people), o.RowFrom, o.RowTo)
	for i, r := range rows {
		k := c.people[r]
		box := Rect{0, o.HeadH + float64(i)*o.RowH, o.HeadW, o.RowH}
		m.Rows = append(m.Rows, coverageRow(k, r, box, c.gaps[k.ID], c.tx, o))
		m.addCells(c.pairs[k.ID], k, i, box.Y, c.members, c.tx, o)
	}
	m.Frame = Rect{0, 0, o.HeadW + float64(len(c.members))*o.ColW, o.HeadH + float64(len(rows))*o.RowH}
	return m
}

func coverageRow(c domain.Contact, index int, box Rect, gaps []gaps.Kind, tx CoverageText, o CoverageOptions) CoverageRow {
	row := CoverageRow{ContactID: c.ID, Index: index, Influence: c.Influence, Gaps: gaps, Box: box}
	text := box
	if len(gaps) > 0 {
		markW := o.Measure.bold(o.FontSize).width(tx.GapMark) + o.Pad
		text.W -= markW
		row.Mark = &Label{ID: c.ID, Text: tx.GapMark, Box: Rect{box.Right() - markW, box.Y + (box.H-o.LineH)/2, markW - o.Pad, o.LineH}}
	}
	row.Labels = coverageLines(c.ID, text, o, true, c.Name, fmt.Sprintf(tx.Influence, c.Influence))
	return row
}

func (m *CoverageMatrix) addCells(pairs []domain.Coverage, c domain.Contact, row int, y float64, members []string, tx CoverageText, o CoverageOptions) {
	for _, pair := range pairs {
		j := slices.Index(members, pair.MemberID)
		if j < 0 {
			continue
		}
		box := Rect{o.HeadW + float64(j)*o.ColW, y, o.ColW, o.RowH}
		level := func(n int) string { return tx.Levels[clampInt(n, 0, 4)] }
		freq := tx.Cadences[pair.Frequency]
		m.Cells = append(m.Cells, CoverageCell{ContactID: c.ID, MemberID: pair.MemberID, PairID: pair.ID, Row: row, Col: j,
			RelNow: pair.RelNow, RelTarget: pair.RelTarget, Box: box,
			Labels: coverageLines(pair.ID, box, o, false, level(pair.RelNow)+" → "+level(pair.RelTarget), freq)})
	}
}

// coverageLines places texts in a box, one under the other: each text gets a line, then
// the lines the box has left go to the texts that need more, in order, so that a name or
// a level wraps rather than being cut while there is room; a text still too long ends
// with "…", and a header's name is never broken. Each label's box is the room of its line, where a drawer centres it or writes
// it from the left. The first text of a header (a name) is drawn bold.
func coverageLines(id string, box Rect, o CoverageOptions, boldFirst bool, texts ...string) []Label {
	texts = slices.DeleteFunc(slices.Clone(texts), func(t string) bool { return t == "" })
	inner := box.Inset(o.Pad)
	room := int(inner.H / o.LineH)
	texts = texts[:min(len(texts), room)]
	faceOf := func(i int) face { return face{o.Measure, o.FontSize, boldFirst && i == 0} }
	spare := room - len(texts)
	var lines []string
	for i, t := range texts {
		need := 1 // a header's name stays on one line: a name broken in two reads as two people
		if !boldFirst || i > 0 {
			need = len(faceOf(i).wrap(t, inner.W, 1+spare))
		}
		spare -= need - 1
		lines = append(lines, faceOf(i).wrap(t, inner.W, need)...)
	}
	top := inner.Y + (inner.H-float64(len(lines))*o.LineH)/2
	out := make([]Label, len(lines))
	for i, l := range lines {
		out[i] = Label{ID: id, Text: l, Box: Rect{inner.X, top + float64(i)*o.LineH, inner.W, o.LineH}}
	}
	return out
}
