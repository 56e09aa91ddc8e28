package picture

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
)

// ActionTimeline draws the action plan month by month as laid out by chart.LayoutTimeline:
// a bar per action, the year over the months, overdue red, done muted, plan-B marked, and
// "N more" under the rows it shows. A tap on a row reports its action.
type ActionTimeline struct {
	widget.BaseWidget
	actions func() []domain.Action // in the order shown
	options func() chart.TimelineOptions
	text    chart.TimelineText
	width   float64
	Shown   int // rows drawn; the rest are counted
	layout  chart.Timeline
	onTap   func(actionID string)
}

// timelineMinWidth is the narrowest the timeline is laid out.
const timelineMinWidth = 560

// NewActionTimeline draws the actions that actions returns (read again on every Refresh).
func NewActionTimeline(actions func() []domain.Action, options func() chart.TimelineOptions, text chart.TimelineText, shown int, onTap func(string)) *ActionTimeline {
	t := &ActionTimeline{actions: actions, options: options, text: text, Shown: shown, onTap: onTap, width: 900}
	t.ExtendBaseWidget(t)
	t.relayout()
	return t
}

func (t *ActionTimeline) relayout() {
	o := t.options()
	o.Width, o.To, o.Measure = t.width, t.Shown, onScreen
	t.layout = chart.LayoutTimeline(t.actions(), t.text, o)
}

// Refresh lays the timeline out again from the plan and redraws it.
func (t *ActionTimeline) Refresh() {
	t.relayout()
	t.BaseWidget.Refresh()
}

// Layout is the geometry drawn (for tests and hit-testing).
func (t *ActionTimeline) Layout() chart.Timeline { return t.layout }

// Tapped implements fyne.Tappable.
func (t *ActionTimeline) Tapped(ev *fyne.PointEvent) {
	if id := t.layout.HitTest(chart.Point{X: float64(ev.Position.X), Y: float64(ev.Position.Y)}); id != "" && t.onTap != nil {
		t.onTap(id)
	}
}

// Cursor shows a hand: every row opens its action.
func (t *ActionTimeline) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer implements fyne.Widget.
func (t *ActionTimeline) CreateRenderer() fyne.WidgetRenderer {
	r := &timelineRenderer{t: t}
	r.build()
	return r
}

type timelineRenderer struct {
	t *ActionTimeline
	drawing
}

// barColour is the fill of a bar of a class.
func barColour(c chart.TimelineClass) color.Color {
	bg, primary := theme.Color(theme.ColorNameBackground), theme.Color(theme.ColorNamePrimary)
	switch c {
	case chart.TimelineOverdue:
		return chart.StatusColour(domain.StatusRed)
	case chart.TimelineDone:
		return chart.Mix(bg, theme.Color(theme.ColorNameForeground), 0.3)
	case chart.TimelineCancelled:
		return chart.Mix(bg, theme.Color(theme.ColorNameForeground), 0.12)
	}
	return primary
}

func (r *timelineRenderer) build() {
	r.objects = r.objects[:0]
	l := r.t.layout
	fg, muted := theme.Color(theme.ColorNameForeground), theme.Color(theme.ColorNamePlaceHolder)
	bg := theme.Color(theme.ColorNameBackground)
	for i, m := range l.Months {
		stripe := canvas.NewRectangle(chart.Mix(bg, fg, 0.03+0.04*float64(i%2)))
		chartPlace(stripe, chart.Rect{X: m.Box.X, Y: m.Box.Y, W: m.Box.W, H: m.Box.H + l.Plot.H})
		r.objects = append(r.objects, stripe)
		r.label(m.Label, muted, false, fyne.TextAlignLeading)
	}
	for _, y := range l.Years {
		r.line(chart.Line{From: chart.Point{X: y.Box.X, Y: y.Box.Y}, To: chart.Point{X: y.Box.X, Y: l.Plot.Bottom()}}, theme.Color(theme.ColorNameSeparator), 1)
		r.label(y.Label, fg, true, fyne.TextAlignLeading)
	}
	for _, row := range l.Rows {
		r.row(row, fg, muted)
	}
	if l.HasToday {
		r.line(l.Today, chart.StatusColour(domain.StatusRed), 1)
	}
	if l.MoreLabel != nil {
		r.label(*l.MoreLabel, muted, false, fyne.TextAlignLeading).TextStyle.Italic = true
	}
}

func (r *timelineRenderer) row(row chart.TimelineRow, fg, muted color.Color) {
	if row.PlanB {
		m := canvas.NewRectangle(chart.Violet)
		m.CornerRadius = 3
		chartPlace(m, row.Marker)
		r.objects = append(r.objects, m)
		r.label(row.MarkerText, color.White, true, fyne.TextAlignCenter)
	}
	ink := fg
	if row.Class == chart.TimelineOverdue {
		ink = chart.StatusColour(domain.StatusRed)
	}
	r.label(row.Title, ink, false, fyne.TextAlignLeading)
	if row.NoDate != nil {
		r.label(*row.NoDate, muted, false, fyne.TextAlignLeading).TextStyle.Italic = true
	}
	if !row.HasBar {
		return
	}
	bar := canvas.NewRectangle(barColour(row.Class))
	bar.CornerRadius = 4
	if row.PlanB {
		bar.StrokeColor, bar.StrokeWidth = chart.Violet, 2
	}
	chartPlace(bar, row.Bar)
	r.objects = append(r.objects, bar)
}

func (r *timelineRenderer) line(l chart.Line, c color.Color, w float32) {
	ln := canvas.NewLine(c)
	ln.StrokeWidth = w
	ln.Position1 = fyne.NewPos(float32(l.From.X), float32(l.From.Y))
	ln.Position2 = fyne.NewPos(float32(l.To.X), float32(l.To.Y))
	r.objects = append(r.objects, ln)
}

func (r *timelineRenderer) label(l chart.Label, ink color.Color, bold bool, align fyne.TextAlign) *canvas.Text {
	t := canvas.NewText(l.Text, ink)
	t.TextSize = float32(chart.DefaultTimelineOptions(0).FontSize)
	t.TextStyle.Bold = bold
	t.Alignment = align
	chartPlace(t, l.Box)
	if !l.Hidden && l.Text != "" {
		r.objects = append(r.objects, t)
	}
	return t
}

func (r *timelineRenderer) Layout(size fyne.Size) {
	if w := max(float64(size.Width), timelineMinWidth); w != r.t.width {
		r.t.width = w
		r.t.relayout()
		r.build()
	}
}

func (r *timelineRenderer) MinSize() fyne.Size {
	return fyne.NewSize(timelineMinWidth, float32(r.t.layout.Frame.H))
}

func (r *timelineRenderer) Refresh() {
	r.build()
	canvas.Refresh(r.t)
}

// TimelineLegend is the colour key of the timeline: each class on a line, the plan-B marker
// and today under it (on one line the key was wider than a 1024-pixel window leaves a page).
func TimelineLegend(loc locale.Locale) fyne.CanvasObject {
	classes, marks := container.NewHBox(), container.NewHBox()
	swatch := func(box *fyne.Container, c color.Color, key string) {
		r := canvas.NewRectangle(c)
		r.CornerRadius = 3
		r.SetMinSize(fyne.NewSize(14, 14))
		box.Add(container.NewHBox(container.NewCenter(r), widget.NewLabel(loc.T(key))))
	}
	swatch(classes, barColour(chart.TimelineOpen), "plancharts.legend.open")
	swatch(classes, barColour(chart.TimelineOverdue), "plancharts.legend.overdue")
	swatch(classes, barColour(chart.TimelineDone), "plancharts.legend.done")
	swatch(classes, barColour(chart.TimelineCancelled), "plancharts.legend.cancelled")
	swatch(marks, chart.Violet, "plancharts.legend.plan_b")
	today := canvas.NewRectangle(chart.StatusColour(domain.StatusRed))
	today.SetMinSize(fyne.NewSize(2, 14))
	marks.Add(container.NewHBox(container.NewCenter(today), widget.NewLabel(loc.T("plancharts.legend.today"))))
	return container.NewVBox(classes, marks)
}

// TimelineText are the timeline's words in the interface language.
func TimelineText(loc locale.Locale) chart.TimelineText {
	var tx chart.TimelineText
	for m := range 12 {
		tx.Months[m] = loc.Month(time.Month(m + 1))
	}
	tx.NoDate, tx.PlanB = loc.T("plancharts.no_date"), loc.T("plancharts.plan_b_mark")
	// no "N more" note: on screen the Show more button under the chart says how many
	return tx
}
