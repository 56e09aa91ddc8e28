package chart

import (
	"fmt"
	"math"
	"sort"

	"kamplan/domain"
)

// The influence map (METHOD §5): influence 1–5 upwards against attitude −2…+2 to the right,
// 25 cells grouped in the four zones of the influence/support grid. The zones' cut comes
// from the domain (Contact.Cell), never from numbers written here. Each contact is a small
// card in its cell; a crowded cell shows the cards that fit and a "+N" box counting the
// rest, so no name is ever dropped without a trace.

// InfluenceText are the words a map is drawn with (the caller's language).
type InfluenceText struct {
	Zones     map[domain.GridCell]string
	Attitudes [5]string // −2 … +2
	Influence string    // title of the vertical axis
	Attitude  string    // title of the horizontal axis
	More      string    // format of the overflow box, e.g. "+%d"
}

// InfluenceOptions size the map in unit coordinates (≈ pixels on screen). W and H are the
// whole map with its axes; they grow to the least size that shows one card in every cell.
type InfluenceOptions struct {
	W, H                                       float64
	FontSize, CardH, Gap, Pad, MinCardW, ZoneH float64
	MinCellW                                   float64
	Measure                                    Measure // how wide the renderer draws text
}

// DefaultInfluenceOptions are the sizes of the screen.
func DefaultInfluenceOptions() InfluenceOptions {
	return InfluenceOptions{W: 900, H: 620, FontSize: 11, CardH: 20, Gap: 3, Pad: 4, MinCardW: 120, ZoneH: 18, MinCellW: 64}
}

// InfluenceCard is one contact drawn in its cell.
type InfluenceCard struct {
	ContactID           string
	Name                string // the whole name
	Influence, Attitude int
	KeyPlayer           bool
	Box                 Rect
	Label               Label // the name cut to the card's width
}

// InfluenceMore is the "+N" box of a crowded cell: N contacts of the cell have no card.
type InfluenceMore struct {
	N     int
	Box   Rect
	Label Label
}

// InfluenceCell is one of the 25 cells.
type InfluenceCell struct {
	Influence, Attitude int
	Zone                domain.GridCell
	Box                 Rect
	ContactIDs          []string // everyone in the cell, in card order
	Cards               []InfluenceCard
	More                *InfluenceMore // nil when every contact has a card
}

// InfluenceZone is one of the four named zones: its area and its name.
type InfluenceZone struct {
	Zone  domain.GridCell
	Box   Rect
	Label Label
}

// InfluenceMap is a laid-out influence map.
type InfluenceMap struct {
	Frame, Plot Rect
	Zones       []InfluenceZone
	Cells       []InfluenceCell // influence 5 … 1, each from attitude −2 to +2
	Cuts        []Line          // the zones' borders: the influence cut and the attitude cut
	Axes        []Label         // influence digits, attitude words, the two axis titles
	rows        [5][3]float64   // per influence 5 … 1: top of its band (zone strip included), top of its cells, bottom
	colW        float64
}

// InfluenceCut is the grid's cut as the domain decides it (Contact.Cell): the least influence
// that is high and the least attitude that is supportive.
func InfluenceCut() (influence, attitude int) {
	return domain.HighInfluence, domain.AttitudeSupporter
}

// LayoutInfluence lays out the map of contacts.
func LayoutInfluence(contacts []domain.Contact, tx InfluenceText, o InfluenceOptions) InfluenceMap {
	infCut, attCut := InfluenceCut()
	m := InfluenceMap{}
	axisW, axisH := o.axisSize(tx)
	strips := o.ZoneH
	if infCut > 1 && infCut <= 5 {
		strips += o.ZoneH // the low zones have their own strip
	}
	w := math.Max(o.W, axisW+5*o.MinCellW)
	h := math.Max(o.H, axisH+strips+5*(o.CardH+2*o.Pad))
	m.Frame = Rect{0, 0, w, h}
	m.Plot = Rect{axisW, 0, w - axisW, h - axisH}
	m.colW = m.Plot.W / 5
	rowH := (m.Plot.H - strips) / 5
	y := 0.0
	for r := 0; r < 5; r++ {
		top := y
		if inf := 5 - r; inf == 5 || inf == infCut-1 {
			y += o.ZoneH
		}
		m.rows[r] = [3]float64{top, y, y + rowH}
		y += rowH
	}
	m.placeCells(contacts, tx, o)
	m.placeZones(tx, o, infCut, attCut)
	m.placeAxes(tx, o)
	return m
}

// axisSize is the width of the influence band and the height of the attitude band.
func (o InfluenceOptions) axisSize(tx InfluenceText) (float64, float64) {
	fs := o.FontSize
	return o.Measure.regular(fs).width("↑ "+tx.Influence) + 2*o.Pad, 2*fs*1.3 + 2*o.Pad
}

// cellBox is the box of the cell (without the zone strip above it).
func (m *InfluenceMap) cellBox(inf, att int) Rect {
	band := m.rows[5-inf]
	return Rect{m.Plot.X + float64(att+2)*m.colW, band[1], m.colW, band[2] - band[1]}
}

func (m *InfluenceMap) placeCells(contacts []domain.Contact, tx InfluenceText, o InfluenceOptions) {
	byCell := map[[2]int][]domain.Contact{}
	for _, c := range contacts {
		k := [2]int{clampInt(c.Influence, 1, 5), clampInt(c.Attitude, -2, 2)}
		byCell[k] = append(byCell[k], c)
	}
	for inf := 5; inf >= 1; inf-- {
		for att := -2; att <= 2; att++ {
			cs := byCell[[2]int{inf, att}]
			sort.SliceStable(cs, func(i, j int) bool {
				if cs[i].Name != cs[j].Name {
					return cs[i].Name < cs[j].Name
				}
				return cs[i].ID < cs[j].ID
			})
			cell := InfluenceCell{Influence: inf, Attitude: att, Box: m.cellBox(inf, att),
				Zone: (domain.Contact{Influence: inf, Attitude: att}).Cell()}
			cell.fill(cs, tx, o)
			m.Cells = append(m.Cells, cell)
		}
	}
}

func clampInt(v, lo, hi int) int { return max(lo, min(hi, v)) }

// fill puts the cards that fit in the cell, row by row, and a "+N" box in the last slot
// when some do not.
func (c *InfluenceCell) fill(cs []domain.Contact, tx InfluenceText, o InfluenceOptions) {
	inner := c.Box.Inset(o.Pad)
	cols := max(1, int((inner.W+o.Gap)/(o.MinCardW+o.Gap)))
	rows := max(1, int((inner.H+o.Gap)/(o.CardH+o.Gap)))
	cardW := (inner.W - float64(cols-1)*o.Gap) / float64(cols)
	slot := func(i int) Rect {
		return Rect{inner.X + float64(i%cols)*(cardW+o.Gap), inner.Y + float64(i/cols)*(o.CardH+o.Gap), cardW, o.CardH}
	}
	shown := len(cs)
	if shown > cols*rows {
		shown = cols*rows - 1
	}
	for i, k := range cs {
		c.ContactIDs = append(c.ContactIDs, k.ID)
		if i >= shown {
			continue
		}
		box := slot(i)
		c.Cards = append(c.Cards, InfluenceCard{ContactID: k.ID, Name: k.Name, Influence: k.Influence, Attitude: k.Attitude,
			KeyPlayer: k.KeyPlayer(), Box: box, Label: cardLabel(k.ID, k.Name, box, o, k.KeyPlayer())})
	}
	if n := len(cs) - shown; n > 0 {
		box := slot(shown)
		c.More = &InfluenceMore{N: n, Box: box, Label: cardLabel("", fmt.Sprintf(tx.More, n), box, o, true)}
	}
}

// cardLabel is text cut to a card's width, centred on its height, from its left; its box is
// the room the card leaves for text (drawers never write past it). Key players' names and
// the "+N" are drawn bold.
func cardLabel(id, text string, box Rect, o InfluenceOptions, bold bool) Label {
	pad := o.FontSize / 2
	lh := o.FontSize * 1.3
	f := face{o.Measure, o.FontSize, bold}
	return Label{ID: id, Text: f.clip(text, box.W-2*pad), Box: Rect{box.X + pad, box.Y + (box.H-lh)/2, box.W - 2*pad, lh}}
}
