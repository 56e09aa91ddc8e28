package picture

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// FactList is a compact two-column list of captions and values, denser than a form: the
// home's panel shows a plan's key facts in the height of five lines. A value too long for
// the width ends in "…".
type FactList struct {
	widget.BaseWidget
	rows []Fact
}

// Fact is one row: a caption and its value in parts, each part optionally after a coloured
// dot (a quadrant's colour, a KPI light).
type Fact struct {
	Caption string
	Parts   []FactPart
}

type FactPart struct {
	Dot  color.Color // nil: no dot
	Text string
}

func NewFactList(rows ...Fact) *FactList {
	f := &FactList{rows: rows}
	f.ExtendBaseWidget(f)
	return f
}

// SetRows shows these rows instead.
func (f *FactList) SetRows(rows ...Fact) {
	f.rows = rows
	f.Refresh()
}

// String is the list as text, a row a line ("caption: parts"), for tests and hints.
func (f *FactList) String() string {
	s := ""
	for _, row := range f.rows {
		s += row.Caption + ":"
		for _, p := range row.Parts {
			s += " " + p.Text
		}
		s += "\n"
	}
	return s
}

func (f *FactList) CreateRenderer() fyne.WidgetRenderer {
	return &factRenderer{f: f}
}

type factRenderer struct {
	f *FactList
	drawing
}

const factGap = 6 // between a row's parts, and between rows

func (r *factRenderer) rowHeight() float32 {
	return fyne.MeasureText("Ág", theme.TextSize(), fyne.TextStyle{}).Height + factGap
}

func (r *factRenderer) captionWidth() float32 {
	w := float32(0)
	for _, row := range r.f.rows {
		w = max(w, fyne.MeasureText(row.Caption, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	return w + 2*theme.Padding()
}

func (r *factRenderer) MinSize() fyne.Size {
	return fyne.NewSize(theme.InnerPadding()+r.captionWidth()+80, float32(len(r.f.rows))*r.rowHeight())
}

func (r *factRenderer) Layout(size fyne.Size) {
	r.objects = r.objects[:0]
	size.Width -= theme.Padding()
	muted, ink := theme.Color(theme.ColorNamePlaceHolder), theme.Color(theme.ColorNameForeground)
	cw, rh, ts := r.captionWidth(), r.rowHeight(), theme.TextSize()
	for i, row := range r.f.rows {
		y := float32(i) * rh
		r.text(row.Caption, muted, theme.InnerPadding(), y, cw)
		x := theme.InnerPadding() + cw
		for _, p := range row.Parts {
			if p.Dot != nil {
				d := ts * 0.7
				dot := canvas.NewCircle(p.Dot)
				dot.Move(fyne.NewPos(x, y+(rh-factGap-d)/2))
				dot.Resize(fyne.NewSize(d, d))
				r.objects = append(r.objects, dot)
				x += d + factGap/2
			}
			if x >= size.Width {
				break
			}
			x += r.text(p.Text, ink, x, y, size.Width-x) + factGap*2
		}
	}
}

// text places a one-line text cut to width and returns the width drawn.
func (r *factRenderer) text(s string, c color.Color, x, y, width float32) float32 {
	cut, w := fitText(s, width, theme.TextSize(), fyne.TextStyle{})
	t := canvas.NewText(cut, c)
	t.Move(fyne.NewPos(x, y))
	r.objects = append(r.objects, t)
	return w
}

func (r *factRenderer) Refresh() {
	r.Layout(r.f.Size())
	canvas.Refresh(r.f)
}
