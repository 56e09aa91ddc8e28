package chart

import (
	"slices"

	"kamplan/domain"
	"kamplan/domain/plausible"
)

// The white-space map (METHOD §2): the client's buying centres (rows) × our offerings
// (columns). Each cell is coloured by its status with the open potential as intensity;
// row and column totals sit at the right and at the bottom.

// SpaceClass is the colour class of a cell: its status, or SpaceUnknown when no cell exists.
type SpaceClass string

// SpaceUnknown is a pair of centre and offering nobody has assessed yet.
const SpaceUnknown SpaceClass = "unknown"

// SpaceText are the words and the money format a map is drawn with (the caller's language).
type SpaceText struct {
	Status map[domain.SpaceStatus]string // short label per status
	Total  string                        // header of the totals
	Open   string                        // "open" before an open potential
	Money  func(minor int64) string      // a compact amount: "1.2M"
	// Unknown, when set, is written in a pair nobody has assessed ("not assessed").
	Unknown string
	// Deals, when set, counts a cell's open opportunities ("2 opportunities"); a cell with
	// one is drawn in progress unless it is ours, a competitor's or not relevant.
	Deals func(n int) string
}

// SpaceOptions size the map in unit coordinates. Rows and columns may be a slice of the
// map (a page of the document); the totals are shown only where asked.
type SpaceOptions struct {
	CellW, CellH, RowHeadW, ColHeadH, TotalW, TotalH float64
	FontSize, LineH, Pad                             float64
	RowFrom, RowTo, ColFrom, ColTo                   int // half-open ranges; To 0 means to the end
	NoRowTotals, NoColTotals                         bool
	Measure                                          Measure // how wide the renderer draws text
}

// DefaultSpaceOptions are the sizes of the screen (units ≈ pixels).
func DefaultSpaceOptions() SpaceOptions {
	return SpaceOptions{CellW: 120, CellH: 60, RowHeadW: 164, ColHeadH: 44, TotalW: 116, TotalH: 44,
		FontSize: 11, LineH: 14, Pad: 5}
}

// SpaceHead is the header of a row (a buying centre) or a column (an offering).
type SpaceHead struct {
	ID     string // centre or offering ID
	Index  int    // its index in the plan's list
	Full   string // the whole name (shown on hover, in a list)
	Box    Rect
	Labels []Label // the name on up to two lines, cut with "…" when too long
}

// SpaceBox is one cell of the grid.
type SpaceBox struct {
	CellID     string // "" when the pair has no cell yet
	CentreID   string
	OfferingID string
	Row, Col   int // indexes in the plan's lists
	Box        Rect
	Class      SpaceClass
	Strength   float64 // 0 white … 1 the class's full colour; ∝ open potential for open and competitor cells
	Dark       bool    // strong enough that text is drawn light
	Labels     []Label
}

// SpaceMap is a laid-out white-space map.
type SpaceMap struct {
	Frame     Rect
	Rows      []SpaceHead
	Cols      []SpaceHead
	Cells     []SpaceBox // row by row
	RowTotals []SpaceBox // one per row, Row set, CellID empty
	ColTotals []SpaceBox // one per column, Col set
	Grand     *SpaceBox  // the grand total, when both totals are shown
	Corner    Rect
}

// LayoutWhiteSpace lays out the plan's map (or the slice of it that o asks for).
func LayoutWhiteSpace(p *domain.Plan, tx SpaceText, o SpaceOptions) SpaceMap {
	p = InProgressByDeals(p)
	rows := indexRange(len(p.Centres), o.RowFrom, o.RowTo)
	cols := indexRange(len(p.Wallet.Offerings), o.ColFrom, o.ColTo)
	m := SpaceMap{Corner: Rect{0, 0, o.RowHeadW, o.ColHeadH}}
	for j, c := range cols {
		off := p.Wallet.Offerings[c]
		box := Rect{o.RowHeadW + float64(j)*o.CellW, 0, o.CellW, o.ColHeadH}
		m.Cols = append(m.Cols, SpaceHead{ID: off.ID, Index: c, Full: off.Name, Box: box, Labels: spaceTextLines(off.ID, off.Name, box, o, 2, true, false)})
	}
	maxOpen := spaceMaxOpen(p)
	cells := map[[2]string]*domain.SpaceCell{}
	for i := range p.WhiteSpace {
		c := &p.WhiteSpace[i]
		cells[[2]string{c.CentreID, c.OfferingID}] = c
	}
	for i, r := range rows {
		ctr := p.Centres[r]
		y := o.ColHeadH + float64(i)*o.CellH
		box := Rect{0, y, o.RowHeadW, o.CellH}
		m.Rows = append(m.Rows, SpaceHead{ID: ctr.ID, Index: r, Full: ctr.Name, Box: box, Labels: spaceTextLines(ctr.ID, ctr.Name, box, o, 3, false, false)})
		for j, c := range cols {
			off := p.Wallet.Offerings[c]
			b := Rect{o.RowHeadW + float64(j)*o.CellW, y, o.CellW, o.CellH}
			m.Cells = append(m.Cells, spaceCellBox(p, tx, o, cells[[2]string{ctr.ID, off.ID}], ctr.ID, off.ID, r, c, b, maxOpen))
		}
	}
	m.addTotals(p, tx, o, rows, cols)
	m.Frame = m.bounds()
	return m
}

func spaceMaxOpen(p *domain.Plan) int64 {
	var m int64
	for _, c := range p.WhiteSpace {
		m = max(m, c.OpenPotential())
	}
	return m
}

// spaceStrength is how strongly a cell is coloured: open and competitor cells from 0.3 to 1
// with their open potential (0.3 when no money is known), ours and in progress 0.6, not
// relevant 0.2, an unknown pair 0 (white with a border).
func spaceStrength(c *domain.SpaceCell, maxOpen int64) float64 {
	if c == nil {
		return 0
	}
	switch c.Status {
	case domain.SpaceOpen, domain.SpaceCompetitor:
		if maxOpen <= 0 {
			return 0.3
		}
		return 0.3 + 0.7*float64(c.OpenPotential())/float64(maxOpen)
	case domain.SpaceNotRelevant:
		return 0.2
	}
	return 0.6
}

func spaceCellBox(p *domain.Plan, tx SpaceText, o SpaceOptions, c *domain.SpaceCell, centre, offering string, r, k int, b Rect, maxOpen int64) SpaceBox {
	sb := SpaceBox{CentreID: centre, OfferingID: offering, Row: r, Col: k, Box: b, Class: SpaceUnknown}
	deals := openDeals(p, tx, centre, offering)
	if c == nil && deals == 0 {
		if tx.Unknown != "" {
			sb.Labels = spaceStackLines(centre+"×"+offering, []string{tx.Unknown}, b, o, false)
		}
		return sb
	}
	if c == nil {
		c = &domain.SpaceCell{Status: domain.SpaceOpen}
	}
	status := c.Status
	if deals > 0 && status == domain.SpaceOpen {
		status = domain.SpaceInProgress
	}
	sb.CellID, sb.Class = c.ID, SpaceClass(status)
	sb.Strength = spaceStrength(c, maxOpen)
	sb.Dark = sb.Strength > 0.75
	lines := []string{tx.Status[status]}
	if deals > 0 {
		lines = append(lines, tx.Deals(deals))
	}
	if c.Status == domain.SpaceCompetitor {
		if name := spaceCompetitorName(p, c.Competitor); name != "" {
			lines = append(lines, name)
		}
	}
	if m := spaceMoney(tx, c.Potential, c.Revenue); m != "" {
		lines = append(lines, m)
	}
	sb.Labels = spaceStackLines(c.ID, lines, b, o, false)
	return sb
}

func spaceCompetitorName(p *domain.Plan, id string) string {
	for _, k := range p.Wallet.Competitors {
		if k.ID == id && id != "" {
			return k.Name
		}
	}
	return ""
}

// cellMoney is "our revenue / potential" when either is known.
func spaceMoney(tx SpaceText, potential, revenue int64) string {
	if (potential == 0 && revenue == 0) || tx.Money == nil {
		return ""
	}
	return tx.Money(revenue) + " / " + tx.Money(potential)
}

func (m *SpaceMap) addTotals(p *domain.Plan, tx SpaceText, o SpaceOptions, rows, cols []int) {
	t := plausible.SpaceTotals(p)
	right := o.RowHeadW + float64(len(cols))*o.CellW
	bottom := o.ColHeadH + float64(len(rows))*o.CellH
	total := func(id string, st plausible.SpaceTotal, b Rect) SpaceBox {
		lines := []string{}
		if m := spaceMoney(tx, st.Potential, st.Revenue); m != "" {
			lines = append(lines, m)
		}
		if st.Open > 0 && tx.Money != nil {
			lines = append(lines, tx.Open+" "+tx.Money(st.Open))
		}
		return SpaceBox{Box: b, Class: "total", Labels: spaceStackLines(id, lines, b, o, true)}
	}
	if !o.NoRowTotals && len(cols) > 0 {
		m.Cols = append(m.Cols, SpaceHead{ID: "", Index: -1, Full: tx.Total, Box: Rect{right, 0, o.TotalW, o.ColHeadH},
			Labels: spaceTextLines("total", tx.Total, Rect{right, 0, o.TotalW, o.ColHeadH}, o, 2, true, true)})
		for i, r := range rows {
			b := total("row:"+p.Centres[r].ID, t.Rows[p.Centres[r].ID], Rect{right, o.ColHeadH + float64(i)*o.CellH, o.TotalW, o.CellH})
			b.Row, b.Col, b.CentreID = r, -1, p.Centres[r].ID
			m.RowTotals = append(m.RowTotals, b)
		}
	}
	if o.NoColTotals || len(rows) == 0 {
		return
	}
	m.Rows = append(m.Rows, SpaceHead{ID: "", Index: -1, Full: tx.Total, Box: Rect{0, bottom, o.RowHeadW, o.TotalH},
		Labels: spaceTextLines("total", tx.Total, Rect{0, bottom, o.RowHeadW, o.TotalH}, o, 2, false, true)})
	for j, c := range cols {
		id := p.Wallet.Offerings[c].ID
		b := total("col:"+id, t.Cols[id], Rect{o.RowHeadW + float64(j)*o.CellW, bottom, o.CellW, o.TotalH})
		b.Row, b.Col, b.OfferingID = -1, c, id
		m.ColTotals = append(m.ColTotals, b)
	}
	if !o.NoRowTotals && len(cols) > 0 {
		g := total("all", t.All, Rect{right, bottom, o.TotalW, o.TotalH})
		g.Row, g.Col = -1, -1
		m.Grand = &g
	}
}

func (m SpaceMap) bounds() Rect {
	r := m.Corner
	for _, h := range append(append([]SpaceHead{}, m.Rows...), m.Cols...) {
		r = r.Union(h.Box)
	}
	for _, c := range m.Cells {
		r = r.Union(c.Box)
	}
	for _, c := range append(append([]SpaceBox{}, m.RowTotals...), m.ColTotals...) {
		r = r.Union(c.Box)
	}
	if m.Grand != nil {
		r = r.Union(m.Grand.Box)
	}
	return r
}

// InProgressByDeals is the plan with every open cell that has an open opportunity in
// progress (METHOD §10), so that the cell's status, colour and the map's totals agree; p
// itself when no cell changes. The plan's own cells are left as they are.
func InProgressByDeals(p *domain.Plan) *domain.Plan {
	var cells []domain.SpaceCell
	for i, c := range p.WhiteSpace {
		if c.Status != domain.SpaceOpen || countOpenDeals(p, c.CentreID, c.OfferingID) == 0 {
			continue
		}
		if cells == nil {
			cells = slices.Clone(p.WhiteSpace)
		}
		cells[i].Status = domain.SpaceInProgress
	}
	if cells == nil {
		return p
	}
	q := *p
	q.WhiteSpace = cells
	return &q
}

// openDeals counts the open opportunities of a cell, when the words say how.
func openDeals(p *domain.Plan, tx SpaceText, centre, offering string) int {
	if tx.Deals == nil {
		return 0
	}
	return countOpenDeals(p, centre, offering)
}

func countOpenDeals(p *domain.Plan, centre, offering string) int {
	n := 0
	for _, d := range p.Opportunities {
		if !d.Closed() && d.CentreID == centre && d.OfferingID == offering {
			n++
		}
	}
	return n
}
