package picture

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// StagePyramid draws the relationship pyramid as laid out by chart.LayoutPyramid, one unit
// to one pixel: the five stages from exploratory up, the current one filled, the target
// ringed, each stage's description beside it. A tap on a band or a description reports its
// stage.
type StagePyramid struct {
	widget.BaseWidget
	now, target domain.Stage
	text        chart.PyramidText
	descW       float64
	layout      chart.Pyramid
	onTap       func(domain.Stage)
}

// pyramidMinDesc is the narrowest the description column gets.
const pyramidMinDesc = 220

// NewStagePyramid draws the pyramid with the given words; onTap may be nil.
func NewStagePyramid(now, target domain.Stage, text chart.PyramidText, onTap func(domain.Stage)) *StagePyramid {
	p := &StagePyramid{now: now, target: target, text: text, onTap: onTap, descW: 460}
	p.ExtendBaseWidget(p)
	p.relayout()
	return p
}

func (p *StagePyramid) relayout() {
	o := chart.DefaultPyramidOptions(p.descW)
	o.Measure = onScreen
	p.layout = chart.LayoutPyramid(p.now, p.target, p.text, o)
}

// SetStages marks another current and target stage.
func (p *StagePyramid) SetStages(now, target domain.Stage) {
	p.now, p.target = now, target
	p.Refresh()
}

// Refresh lays the pyramid out again and redraws it.
func (p *StagePyramid) Refresh() {
	p.relayout()
	p.BaseWidget.Refresh()
}

// Layout is the geometry drawn (for tests and hit-testing).
func (p *StagePyramid) Layout() chart.Pyramid { return p.layout }

// Tapped implements fyne.Tappable.
func (p *StagePyramid) Tapped(ev *fyne.PointEvent) {
	if s, ok := p.layout.HitTest(chart.Point{X: float64(ev.Position.X), Y: float64(ev.Position.Y)}); ok && p.onTap != nil {
		p.onTap(s)
	}
}

// CreateRenderer implements fyne.Widget.
func (p *StagePyramid) CreateRenderer() fyne.WidgetRenderer {
	r := &pyramidRenderer{p: p}
	r.build()
	return r
}

type pyramidRenderer struct {
	p *StagePyramid
	drawing
}

func (r *pyramidRenderer) build() {
	r.objects = r.objects[:0]
	bg, fg := theme.Color(theme.ColorNameBackground), theme.Color(theme.ColorNameForeground)
	primary := theme.Color(theme.ColorNamePrimary)
	for i, b := range r.p.layout.Bands {
		var fill, ink color.Color = chart.Mix(bg, primary, 0.18+0.1*float64(i)), fg
		if b.Now {
			fill, ink = primary, color.White
		}
		r.objects = append(r.objects, bandRaster(b, fill, b.Target))
		r.text(b.Label, ink, true, fyne.TextAlignCenter)
		r.text(b.Name, ink, true, fyne.TextAlignCenter)
		var panel color.Color = theme.Color(theme.ColorNameInputBackground)
		if b.Now || b.Target {
			panel = chart.Mix(bg, primary, 0.14)
		}
		rc := canvas.NewRectangle(panel)
		rc.CornerRadius = 4
		chartPlace(rc, b.Desc)
		r.objects = append(r.objects, rc)
		r.text(b.Heading, fg, true, fyne.TextAlignLeading)
		for j, l := range b.Badges {
			var hue color.Color = chart.Gold
			if b.Now && j == 0 {
				hue = primary
			}
			badge := canvas.NewRectangle(hue)
			badge.CornerRadius = 4
			chartPlace(badge, l.Box)
			r.objects = append(r.objects, badge)
			r.text(l, color.White, true, fyne.TextAlignCenter)
		}
		for _, l := range b.Lines {
			r.text(l, fg, false, fyne.TextAlignLeading)
		}
	}
}

func (r *pyramidRenderer) text(l chart.Label, ink color.Color, bold bool, align fyne.TextAlign) {
	if l.Hidden || l.Text == "" {
		return
	}
	t := canvas.NewText(l.Text, ink)
	t.TextSize = float32(chart.DefaultPyramidOptions(0).FontSize)
	t.TextStyle.Bold = bold
	t.Alignment = align
	chartPlace(t, l.Box)
	r.objects = append(r.objects, t)
}

func (r *pyramidRenderer) Layout(size fyne.Size) {
	w := max(float64(size.Width)-chart.DefaultPyramidOptions(0).Width-chart.DefaultPyramidOptions(0).DescGap, pyramidMinDesc)
	if w != r.p.descW {
		r.p.descW = w
		r.p.relayout()
		r.build()
	}
}

func (r *pyramidRenderer) MinSize() fyne.Size {
	o := chart.DefaultPyramidOptions(pyramidMinDesc)
	return fyne.NewSize(float32(o.Width+o.DescGap+o.DescW), float32(5*o.BandH))
}

func (r *pyramidRenderer) Refresh() {
	r.build()
	canvas.Refresh(r.p)
}

// bandRaster paints a band's trapezoid (and a ring inside its edge for the target).
func bandRaster(b chart.PyramidBand, fill color.Color, ring bool) fyne.CanvasObject {
	box := b.Box
	img := canvas.NewRaster(func(w, h int) image.Image {
		out := image.NewNRGBA(image.Rect(0, 0, w, h))
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				p := chart.Point{X: box.X + (float64(x)+0.5)/float64(w)*box.W, Y: box.Y + (float64(y)+0.5)/float64(h)*box.H}
				d, in := trapezoidDepth(b.Shape, p)
				switch {
				case !in:
					continue
				case ring && d < 3.5:
					out.Set(x, y, chart.Gold)
				default:
					out.Set(x, y, fill)
				}
			}
		}
		return out
	})
	chartPlace(img, box)
	return img
}

// trapezoidDepth is how far p lies inside the trapezoid (from its nearest side, measured
// across), and whether it is inside at all.
func trapezoidDepth(s [4]chart.Point, p chart.Point) (float64, bool) {
	if p.Y < s[3].Y || p.Y > s[0].Y {
		return 0, false
	}
	f := (p.Y - s[3].Y) / (s[0].Y - s[3].Y)
	left := s[3].X + (s[0].X-s[3].X)*f
	right := s[2].X + (s[1].X-s[2].X)*f
	if p.X < left || p.X > right {
		return 0, false
	}
	return min(p.X-left, right-p.X, p.Y-s[3].Y, s[0].Y-p.Y), true
}

// chartPlace moves and sizes an object onto a layout box.
func chartPlace(o fyne.CanvasObject, b chart.Rect) {
	o.Move(fyne.NewPos(float32(b.X), float32(b.Y)))
	o.Resize(fyne.NewSize(float32(b.W), float32(b.H)))
}
