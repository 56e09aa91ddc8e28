package chart

import (
	"math"

	"kamplan/domain"
)

// KPI traffic lights (METHOD §7): a row per KPI with its light (the domain's status of the
// latest measure), the name and latest value, a sparkline of the history scaled between the
// lowest and highest of the values, the target and both thresholds, those three drawn as
// lines, and a "plan B triggered" flag that stands out and can be tapped.

// KPIText are the words of the lights (the caller's language).
type KPIText struct {
	Value func(domain.KPI) string // "12.5 % (Mar 2027) → 15"; nil leaves the line out
	PlanB string                  // the flag of a triggered plan B
}

// KPIOptions size the rows in unit coordinates.
type KPIOptions struct {
	Width, RowH, LightD, SparkW, FlagW float64
	FontSize, LineH, Pad               float64
	Measure                            Measure // how wide the renderer draws text
}

// DefaultKPIOptions are the sizes of the screen (units ≈ pixels).
func DefaultKPIOptions(width float64) KPIOptions {
	return KPIOptions{Width: width, RowH: 52, LightD: 26, SparkW: 180, FlagW: 190, FontSize: 12, LineH: 16, Pad: 6}
}

// KPISpark is a sparkline: the history's points and the reference lines in its box.
type KPISpark struct {
	Box          Rect
	Points       []Point // one per measurement, oldest first; empty without history
	Target       *Line
	Green, Amber *Line // the values where the light turns green and amber
	Lo, Hi       float64
}

// KPIRow is one KPI.
type KPIRow struct {
	KPIID   string
	Index   int
	Row     Rect
	Light   Rect // the light's circle fits this square
	Class   domain.Status
	Name    Label
	Value   Label
	Spark   KPISpark
	PlanB   bool
	Flag    Rect // the plan-B flag, when triggered
	FlagTxt Label
}

// KPILights is the laid-out list.
type KPILights struct {
	Frame Rect
	Rows  []KPIRow
}

// KPIThresholds are the values at which a KPI turns green and amber (from its target, its
// direction and its threshold percentages); ok is false when the target is zero.
func KPIThresholds(k domain.KPI) (green, amber float64, ok bool) {
	if k.Target == 0 || k.GreenPct <= 0 || k.AmberPct <= 0 {
		return 0, 0, false
	}
	if k.Direction == domain.LowerIsBetter {
		return k.Target * 100 / k.GreenPct, k.Target * 100 / k.AmberPct, true
	}
	return k.Target * k.GreenPct / 100, k.Target * k.AmberPct / 100, true
}

// LayoutKPILights lays the KPIs out one row each, in the order given.
func LayoutKPILights(kpis []domain.KPI, tx KPIText, o KPIOptions) KPILights {
	l := KPILights{Frame: Rect{0, 0, o.Width, float64(len(kpis)) * o.RowH}}
	for i, k := range kpis {
		l.Rows = append(l.Rows, kpiRow(k, i, Rect{0, float64(i) * o.RowH, o.Width, o.RowH}, tx, o))
	}
	return l
}

func kpiRow(k domain.KPI, i int, row Rect, tx KPIText, o KPIOptions) KPIRow {
	r := KPIRow{KPIID: k.ID, Index: i, Row: row, Class: k.Status(), PlanB: k.PlanBTriggered()}
	d := min(o.LightD, row.H-2*o.Pad)
	r.Light = Rect{row.X + o.Pad, row.Y + (row.H-d)/2, d, d}
	right := row.Right() - o.Pad - o.FlagW - o.Pad // the flag's column, kept on every row so that sparklines align
	bold := o.Measure.bold(o.FontSize)
	if r.PlanB {
		w, text := bold.width(tx.PlanB)+2*o.Pad, tx.PlanB
		if w > o.FlagW {
			w, text = o.FlagW, bold.clip(tx.PlanB, o.FlagW-2*o.Pad)
		}
		r.Flag = Rect{row.Right() - o.Pad - w, row.Y + (row.H-o.LineH-o.Pad)/2, w, o.LineH + o.Pad}
		r.FlagTxt = Label{ID: k.ID + "/planb", Text: text, Box: r.Flag}
	}
	sparkW := min(o.SparkW, max(right-r.Light.Right()-2*o.Pad, 0)/2)
	r.Spark = kpiSpark(k, Rect{right - sparkW, row.Y + o.Pad, sparkW, row.H - 2*o.Pad})
	textX := r.Light.Right() + o.Pad*2
	textW := max(r.Spark.Box.X-o.Pad-textX, 0)
	lines := 1.0
	if tx.Value != nil {
		lines = 2
	}
	top := row.Y + (row.H-lines*o.LineH)/2
	r.Name = Label{ID: k.ID, Text: bold.clip(k.Name, textW), Box: Rect{textX, top, textW, o.LineH}}
	if tx.Value != nil {
		value := o.Measure.regular(o.FontSize).clip(tx.Value(k), textW)
		r.Value = Label{ID: k.ID + "/value", Text: value, Box: Rect{textX, top + o.LineH, textW, o.LineH}}
	}
	return r
}

// kpiSpark scales the history between the lowest and highest of the values, the target and
// the thresholds, so that every reference line is inside the box. The thresholds are those the
// latest value is judged by: of the interim target in force, the dashed line the final target.
func kpiSpark(k domain.KPI, box Rect) KPISpark {
	s := KPISpark{Box: box}
	m, _ := k.Latest()
	green, amber, ok := KPIThresholds(k.InForce(m.Period))
	lo, hi := math.Inf(1), math.Inf(-1)
	see := func(v float64) { lo, hi = math.Min(lo, v), math.Max(hi, v) }
	for _, m := range k.History {
		see(m.Value)
	}
	see(k.Target)
	if ok {
		see(green)
		see(amber)
	}
	if hi-lo < 1e-9 {
		lo, hi = lo-1, hi+1
	}
	margin := (hi - lo) * 0.08 // no line on the box's edge
	lo, hi = lo-margin, hi+margin
	s.Lo, s.Hi = lo, hi
	y := func(v float64) float64 { return box.Bottom() - (v-lo)/(hi-lo)*box.H }
	hline := func(v float64) *Line { return &Line{Point{box.X, y(v)}, Point{box.Right(), y(v)}} }
	s.Target = hline(k.Target)
	if ok {
		s.Green, s.Amber = hline(green), hline(amber)
	}
	n := len(k.History)
	for j, m := range k.History {
		x := box.X + box.W/2
		if n > 1 {
			x = box.X + float64(j)*box.W/float64(n-1)
		}
		s.Points = append(s.Points, Point{x, y(m.Value)})
	}
	return s
}

// KPIHit is what a point of the lights lies on.
type KPIHit struct {
	KPIID string // "" outside every row
	PlanB bool   // on the plan-B flag
}

// HitTest finds the KPI (and whether its plan-B flag) under p.
func (l KPILights) HitTest(p Point) KPIHit {
	for _, r := range l.Rows {
		if !r.Row.Contains(p) {
			continue
		}
		return KPIHit{KPIID: r.KPIID, PlanB: r.PlanB && r.Flag.Contains(p)}
	}
	return KPIHit{}
}

// Labels are every text of the lights.
func (l KPILights) Labels() []Label {
	var out []Label
	for _, r := range l.Rows {
		out = append(out, r.Name)
		if r.Value.Text != "" {
			out = append(out, r.Value)
		}
		if r.PlanB {
			out = append(out, r.FlagTxt)
		}
	}
	return out
}

// LayoutKPISpark is the sparkline of one KPI in a box (for a table cell).
func LayoutKPISpark(k domain.KPI, box Rect) KPISpark { return kpiSpark(k, box) }
