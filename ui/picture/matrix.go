package picture

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
)

// PortfolioMatrix draws the Customer Portfolio Matrix as laid out by chart.LayoutMatrix, one
// unit to one pixel: every placed account a bubble coloured by quadrant, area ∝ our revenue,
// a ring ∝ its potential. Hovering a bubble shows the account's name, both scores, revenue
// and share of wallet; a tap selects it (OnSelect), a double tap opens it (OnOpen).
type PortfolioMatrix struct {
	widget.BaseWidget
	loc      locale.Locale
	placed   []domain.PlanSummary // the accounts drawn, in the layout's input order
	accounts []chart.MatrixAccount
	opts     chart.MatrixOptions
	text     chart.MatrixText
	layout   chart.MatrixLayout
	laidFor  fyne.Size
	hover    int // index in layout.Bubbles, -1 when the pointer is on no bubble
	hoverAt  fyne.Position

	// OnSelect is called with the account ID of a tapped bubble ("" for empty space).
	OnSelect func(accountID string)
	// OnOpen is called with the account ID of a double-tapped bubble.
	OnOpen func(accountID string)
}

// NewPortfolioMatrix draws accounts on the matrix with the portfolio's settings (the cut-off
// and which axis is on the left), in a language.
func NewPortfolioMatrix(loc locale.Locale, st domain.Settings, rows []domain.PlanSummary) *PortfolioMatrix {
	m := &PortfolioMatrix{loc: loc, hover: -1,
		opts: chart.MatrixOptions{Cutoff: st.Cutoff, StrengthOnLeft: st.StrengthOnLeft,
			FontSize: float64(theme.CaptionTextSize()), AxisFontSize: float64(theme.CaptionTextSize()), Measure: onScreen},
		text: chart.MatrixText{Quadrants: map[domain.PortfolioQuadrant]string{},
			Attractiveness: loc.T("portfolio.attractiveness"), Strength: loc.T("portfolio.strength"),
			Number: func(v float64) string { return loc.Number(v, chart.TickDecimals(v)) }}}
	for _, q := range domain.PortfolioQuadrants {
		m.text.Quadrants[q] = loc.T("portfolio." + string(q))
	}
	m.ExtendBaseWidget(m)
	m.SetRows(rows)
	return m
}

// SetRows draws these accounts (the home's filters decide which); unplaced ones are skipped.
func (m *PortfolioMatrix) SetRows(rows []domain.PlanSummary) {
	m.placed, m.accounts = m.placed[:0], m.accounts[:0]
	for _, r := range rows {
		if !r.Position.Placed {
			continue
		}
		m.placed = append(m.placed, r)
		m.accounts = append(m.accounts, chart.MatrixAccount{ID: r.AccountID, Name: r.AccountName,
			Attractiveness: r.Position.Attractiveness, Strength: r.Position.Strength, Revenue: r.Revenue, Potential: r.Potential})
	}
	m.hover = -1
	m.laidFor = fyne.Size{}
	m.Refresh()
}

// Select highlights an account's bubble (drawn on top, named first); "" clears it.
func (m *PortfolioMatrix) Select(accountID string) {
	if m.opts.Selected == accountID {
		return
	}
	m.opts.Selected = accountID
	m.laidFor = fyne.Size{}
	m.Refresh()
}

// Selected is the highlighted account's ID.
func (m *PortfolioMatrix) Selected() string { return m.opts.Selected }

// Layout is the geometry drawn at the widget's size (for hit-testing and tests).
func (m *PortfolioMatrix) Layout() chart.MatrixLayout {
	m.relayout(m.Size())
	return m.layout
}

func (m *PortfolioMatrix) relayout(size fyne.Size) {
	if size == m.laidFor {
		return
	}
	m.laidFor = size
	o := m.opts
	o.W, o.H = float64(size.Width), float64(size.Height)
	m.layout = chart.LayoutMatrix(m.accounts, m.text, o)
	m.hover = -1
}

// at is the bubble under a point of the widget, -1 when none.
func (m *PortfolioMatrix) at(p fyne.Position) int {
	return m.Layout().HitTest(chart.Point{X: float64(p.X), Y: float64(p.Y)}, 3)
}

// Tapped implements fyne.Tappable: select the account under the pointer.
func (m *PortfolioMatrix) Tapped(ev *fyne.PointEvent) {
	id := ""
	if i := m.at(ev.Position); i >= 0 {
		id = m.layout.Bubbles[i].ID
	}
	if id == "" {
		return
	}
	m.Select(id)
	if m.OnSelect != nil {
		m.OnSelect(id)
	}
}

// DoubleTapped implements fyne.DoubleTappable: open the account under the pointer.
func (m *PortfolioMatrix) DoubleTapped(ev *fyne.PointEvent) {
	if i := m.at(ev.Position); i >= 0 && m.OnOpen != nil {
		m.OnOpen(m.layout.Bubbles[i].ID)
	}
}

// MouseIn implements desktop.Hoverable.
func (m *PortfolioMatrix) MouseIn(ev *desktop.MouseEvent) { m.MouseMoved(ev) }

// MouseMoved implements desktop.Hoverable: the account under the pointer is described.
func (m *PortfolioMatrix) MouseMoved(ev *desktop.MouseEvent) {
	i := m.at(ev.Position)
	if i == m.hover && (i < 0 || ev.Position == m.hoverAt) {
		return
	}
	m.hover, m.hoverAt = i, ev.Position
	m.Refresh()
}

// MouseOut implements desktop.Hoverable.
func (m *PortfolioMatrix) MouseOut() {
	if m.hover >= 0 {
		m.hover = -1
		m.Refresh()
	}
}

// HoverText is what the pop-up says about the account under the pointer (nil when none):
// its name, both scores, our revenue and the share of wallet.
func (m *PortfolioMatrix) HoverText() []string {
	if m.hover < 0 || m.hover >= len(m.layout.Bubbles) {
		return nil
	}
	r := m.placed[m.layout.Bubbles[m.hover].Index]
	l := m.loc
	return []string{r.AccountName,
		l.T("matrix.hover.scores", l.T("portfolio.attractiveness"), l.Number(r.Position.Attractiveness, 2),
			l.T("portfolio.strength"), l.Number(r.Position.Strength, 2)),
		l.T("matrix.hover.revenue", l.Compact(r.Revenue)+" "+r.Currency, l.Compact(r.Potential)+" "+r.Currency),
		m.shareText(r) + " · " + l.T("portfolio."+string(m.layout.Bubbles[m.hover].Class))}
}

func (m *PortfolioMatrix) shareText(r domain.PlanSummary) string {
	v, ok := r.ShareOfWallet()
	if !ok {
		return m.loc.T("matrix.hover.share_unknown")
	}
	return m.loc.T("matrix.hover.share", m.loc.Number(v, 1))
}

// CreateRenderer implements fyne.Widget.
func (m *PortfolioMatrix) CreateRenderer() fyne.WidgetRenderer {
	return &matrixRenderer{m: m}
}
