package chart

import (
	"strconv"

	"kamplan/domain"
)

// The relationship pyramid (METHOD §6): five stacked bands, exploratory at the base and
// integrated at the top, the current stage and the target marked, and beside each band a
// box with the stage's name and description.

// PyramidText are the words of the pyramid (the caller's language), indexed by stage − 1.
type PyramidText struct {
	Names        [5]string
	Descriptions [5]string
	Now, Target  string // the badges of the current and the target stage
}

// PyramidOptions size the pyramid in unit coordinates.
type PyramidOptions struct {
	Width, BandH, Gap, TopShare float64 // TopShare: the top band's upper width as a share of the base
	DescW, DescGap              float64 // the description boxes beside the bands; DescW 0 leaves them out
	FontSize, LineH, Pad        float64
	Measure                     Measure // how wide the renderer draws text
}

// DefaultPyramidOptions are the sizes of the screen (units ≈ pixels).
func DefaultPyramidOptions(descW float64) PyramidOptions {
	return PyramidOptions{Width: 300, BandH: 80, Gap: 4, TopShare: 0.22, DescW: descW, DescGap: 16, FontSize: 12, LineH: 16, Pad: 6}
}

// PyramidBand is one stage: its trapezoid (bottom-left, bottom-right, top-right, top-left),
// the number and name inside it when they fit, and its description box.
type PyramidBand struct {
	Stage       domain.Stage
	Shape       [4]Point
	Box         Rect  // the trapezoid's bounding box
	Label       Label // "3  Cooperative", or the number alone with the name under it in Name
	Name        Label // the name on its own line when the band is too narrow for both
	Now, Target bool
	Reached     bool // at or below the current stage
	Desc        Rect
	Heading     Label   // "3 Cooperative" in the description box
	Badges      []Label // now / target, after the heading
	Lines       []Label // the description, wrapped, the last line cut with "…"
}

// Pyramid is a laid-out pyramid; Bands[0] is the base (exploratory).
type Pyramid struct {
	Frame Rect
	Bands []PyramidBand
}

// LayoutPyramid lays the five stages out with now and target marked (either may be unset).
func LayoutPyramid(now, target domain.Stage, tx PyramidText, o PyramidOptions) Pyramid {
	n := len(domain.Stages)
	p := Pyramid{}
	h := float64(n) * o.BandH
	top := o.Width * o.TopShare
	widthAt := func(y float64) float64 { return top + (o.Width-top)*y/h } // y from the top
	for i, s := range domain.Stages {
		yb := h - float64(i)*o.BandH
		yt := yb - o.BandH + o.Gap
		wb, wt := widthAt(yb), widthAt(yt)
		cx := o.Width / 2
		b := PyramidBand{Stage: s, Now: s == now, Target: s == target, Reached: now.Valid() && s <= now,
			Shape: [4]Point{{cx - wb/2, yb}, {cx + wb/2, yb}, {cx + wt/2, yt}, {cx - wt/2, yt}},
			Box:   Rect{cx - wb/2, yt, wb, yb - yt}}
		b.Label, b.Name = pyramidBandLabel(s, tx.Names[i], Rect{cx - wt/2, yt, wt, yb - yt}, o, widthAt)
		if o.DescW > 0 {
			b.Desc = Rect{o.Width + o.DescGap, yt, o.DescW, yb - yt}
			b.describe(tx, i, o)
		}
		p.Bands = append(p.Bands, b)
	}
	p.Frame = Rect{0, 0, o.Width, h}
	if o.DescW > 0 {
		p.Frame.W += o.DescGap + o.DescW
	}
	return p
}

// pyramidBandLabel is "3  Cooperative" (bold) on one line: centred in the band when it fits
// the band's width at the line's top, else as high as it fits below the middle (a band
// widens downwards). Only when even the band's foot is too narrow is it the number with
// the name on a line under it, low in the band (clipped only if that is too narrow).
func pyramidBandLabel(s domain.Stage, name string, inner Rect, o PyramidOptions, widthAt func(float64) float64) (Label, Label) {
	f := o.Measure.bold(o.FontSize)
	num := strconv.Itoa(int(s))
	id := "stage" + num
	centred := func(text string, y, w float64) Label {
		tw := min(f.width(text), w)
		return Label{ID: id, Text: text, Box: Rect{inner.X + (inner.W-tw)/2, y, tw, o.LineH}}
	}
	nameY := inner.Bottom() - o.Pad - o.LineH
	text := num + "  " + name
	need := f.width(text) + 2*o.Pad
	w0, slope := widthAt(0), widthAt(1)-widthAt(0) // the width grows linearly downwards
	y := inner.Y + (inner.H-o.LineH)/2
	if widthAt(y) < need && slope > 0 {
		y = (need - w0) / slope
	}
	if y <= nameY+1e-9 && widthAt(y)+1e-9 >= need {
		return centred(text, y, widthAt(y)-2*o.Pad), Label{}
	}
	room := widthAt(nameY) - 2*o.Pad
	numY := max(inner.Y, (inner.Y+nameY-o.LineH)/2)
	n := centred(f.clip(name, room), nameY, room)
	n.ID += "/name"
	return centred(num, numY, inner.W), n
}

// describe fills a band's description box: the heading (bold) with its badges (bold) on the
// first line, the description wrapped below.
func (b *PyramidBand) describe(tx PyramidText, i int, o PyramidOptions) {
	in := b.Desc.Inset(o.Pad)
	id := "stage" + strconv.Itoa(int(b.Stage))
	bold, regular := o.Measure.bold(o.FontSize), o.Measure.regular(o.FontSize)
	head := bold.clip(strconv.Itoa(int(b.Stage))+"  "+tx.Names[i], in.W)
	b.Heading = Label{ID: id + "/name", Text: head, Box: Rect{in.X, in.Y, min(bold.width(head), in.W), o.LineH}}
	x := b.Heading.Box.Right() + o.Pad*2
	for _, badge := range []struct {
		on   bool
		text string
	}{{b.Now, tx.Now}, {b.Target, tx.Target}} {
		w := bold.width(badge.text) + 2*o.Pad
		if !badge.on || badge.text == "" || x+w > in.Right() {
			continue
		}
		b.Badges = append(b.Badges, Label{ID: id + "/badge", Text: badge.text, Box: Rect{x, in.Y, w, o.LineH}})
		x += w + o.Pad
	}
	lines := int((in.H - o.LineH) / o.LineH)
	for j, l := range regular.wrap(tx.Descriptions[i], in.W, lines) {
		y := in.Y + float64(j+1)*o.LineH
		b.Lines = append(b.Lines, Label{ID: id + "/desc", Text: l, Box: Rect{in.X, y, min(regular.width(l), in.W), o.LineH}})
	}
}

// HitTest is the stage under p: inside a band's trapezoid or its description box.
func (p Pyramid) HitTest(pt Point) (domain.Stage, bool) {
	for _, b := range p.Bands {
		if b.Desc.W > 0 && b.Desc.Contains(pt) {
			return b.Stage, true
		}
		if pt.Y < b.Box.Y || pt.Y > b.Box.Bottom() {
			continue
		}
		// the band's half width at this height, from its slanted sides
		f := (pt.Y - b.Shape[3].Y) / (b.Shape[0].Y - b.Shape[3].Y)
		left := b.Shape[3].X + (b.Shape[0].X-b.Shape[3].X)*f
		right := b.Shape[2].X + (b.Shape[1].X-b.Shape[2].X)*f
		if pt.X >= left && pt.X <= right {
			return b.Stage, true
		}
	}
	return 0, false
}

// Labels are every text of the pyramid.
func (p Pyramid) Labels() []Label {
	var out []Label
	for _, b := range p.Bands {
		out = append(out, b.Label)
		if b.Name.Text != "" {
			out = append(out, b.Name)
		}
		if b.Desc.W > 0 {
			out = append(out, b.Heading)
		}
		out = append(out, b.Badges...)
		out = append(out, b.Lines...)
	}
	return out
}
