package picture

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// KPILightsView draws the KPIs as traffic lights with their sparklines (target and both
// thresholds as lines) and a plan-B flag, as laid out by chart.LayoutKPILights. A tap
// reports the KPI under it and whether it landed on the flag.
type KPILightsView struct {
	widget.BaseWidget
	kpis   func() []domain.KPI
	text   chart.KPIText
	width  float64
	layout chart.KPILights
	onTap  func(chart.KPIHit)
}

// kpiMinWidth is the narrowest the lights are laid out.
const kpiMinWidth = 520

// NewKPILightsView draws the KPIs that kpis returns (read again on every Refresh).
func NewKPILightsView(kpis func() []domain.KPI, text chart.KPIText, onTap func(chart.KPIHit)) *KPILightsView {
	v := &KPILightsView{kpis: kpis, text: text, onTap: onTap, width: 900}
	v.ExtendBaseWidget(v)
	v.relayout()
	return v
}

func (v *KPILightsView) relayout() {
	o := chart.DefaultKPIOptions(v.width)
	o.Measure = onScreen
	v.layout = chart.LayoutKPILights(v.kpis(), v.text, o)
}

// Refresh lays the lights out again from the plan and redraws them.
func (v *KPILightsView) Refresh() {
	v.relayout()
	v.BaseWidget.Refresh()
}

// Layout is the geometry drawn (for tests and hit-testing).
func (v *KPILightsView) Layout() chart.KPILights { return v.layout }

// Tapped implements fyne.Tappable.
func (v *KPILightsView) Tapped(ev *fyne.PointEvent) {
	if h := v.layout.HitTest(chart.Point{X: float64(ev.Position.X), Y: float64(ev.Position.Y)}); h.KPIID != "" && v.onTap != nil {
		v.onTap(h)
	}
}

// Cursor shows a hand over the lights: every row opens something.
func (v *KPILightsView) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer implements fyne.Widget.
func (v *KPILightsView) CreateRenderer() fyne.WidgetRenderer {
	r := &kpiLightsRenderer{v: v}
	r.build()
	return r
}

type kpiLightsRenderer struct {
	v *KPILightsView
	drawing
}

func (r *kpiLightsRenderer) build() {
	r.objects = r.objects[:0]
	fg := theme.Color(theme.ColorNameForeground)
	sep := theme.Color(theme.ColorNameSeparator)
	for _, row := range r.v.layout.Rows {
		light := canvas.NewCircle(chart.StatusColour(row.Class))
		chartPlace(light, row.Light)
		r.objects = append(r.objects, light)
		r.label(row.Name, fg, true)
		r.label(row.Value, theme.Color(theme.ColorNamePlaceHolder), false)
		r.spark(row)
		if row.PlanB {
			flag := canvas.NewRectangle(chart.Violet)
			flag.CornerRadius = 4
			chartPlace(flag, row.Flag)
			r.objects = append(r.objects, flag)
			t := r.label(row.FlagTxt, color.White, true)
			t.Alignment = fyne.TextAlignCenter
		}
		r.line(chart.Line{From: chart.Point{X: row.Row.X, Y: row.Row.Bottom()}, To: chart.Point{X: row.Row.Right(), Y: row.Row.Bottom()}}, sep, 1)
	}
}

func (r *kpiLightsRenderer) spark(row chart.KPIRow) {
	s := row.Spark
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	chartPlace(bg, s.Box)
	r.objects = append(r.objects, bg)
	for _, ref := range []struct {
		l *chart.Line
		c color.Color
	}{{s.Green, chart.StatusColour(domain.StatusGreen)}, {s.Amber, chart.StatusColour(domain.StatusAmber)}, {s.Target, theme.Color(theme.ColorNameForeground)}} {
		if ref.l != nil {
			r.line(*ref.l, ref.c, 1)
		}
	}
	primary := theme.Color(theme.ColorNamePrimary)
	for i := 1; i < len(s.Points); i++ {
		r.line(chart.Line{From: s.Points[i-1], To: s.Points[i]}, primary, 2)
	}
	if n := len(s.Points); n > 0 {
		dot := canvas.NewCircle(chart.StatusColour(row.Class))
		p := s.Points[n-1]
		chartPlace(dot, chart.Rect{X: p.X - 3, Y: p.Y - 3, W: 6, H: 6})
		r.objects = append(r.objects, dot)
	}
}

func (r *kpiLightsRenderer) line(l chart.Line, c color.Color, w float32) {
	ln := canvas.NewLine(c)
	ln.StrokeWidth = w
	ln.Position1 = fyne.NewPos(float32(l.From.X), float32(l.From.Y))
	ln.Position2 = fyne.NewPos(float32(l.To.X), float32(l.To.Y))
	r.objects = append(r.objects, ln)
}

func (r *kpiLightsRenderer) label(l chart.Label, ink color.Color, bold bool) *canvas.Text {
	t := canvas.NewText(l.Text, ink)
	t.TextSize = float32(chart.DefaultKPIOptions(0).FontSize)
	t.TextStyle.Bold = bold
	chartPlace(t, l.Box)
	if l.Text != "" {
		r.objects = append(r.objects, t)
	}
	return t
}

func (r *kpiLightsRenderer) Layout(size fyne.Size) {
	if w := max(float64(size.Width), kpiMinWidth); w != r.v.width {
		r.v.width = w
		r.v.relayout()
		r.build()
	}
}

func (r *kpiLightsRenderer) MinSize() fyne.Size {
	return fyne.NewSize(kpiMinWidth, float32(r.v.layout.Frame.H))
}

func (r *kpiLightsRenderer) Refresh() {
	r.build()
	canvas.Refresh(r.v)
}
