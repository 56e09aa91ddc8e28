package chart

import (
	"strconv"

	"kamplan/domain"
	"kamplan/domain/period"
)

// The action timeline (METHOD §7): a row per action with a bar from its start to its due
// date over a month axis that carries the year. Overdue actions (open, due before today)
// are red, done ones muted, plan-B (contingency) actions marked. A slice of the rows can be
// laid out (a page of the document, the rows shown on screen); every row not in the slice
// is counted (Before, More), never silently dropped.

// TimelineClass is the colour class of a bar.
type TimelineClass string

const (
	TimelineOpen      TimelineClass = "open"
	TimelineOverdue   TimelineClass = "overdue"
	TimelineDone      TimelineClass = "done"
	TimelineCancelled TimelineClass = "cancelled"
)

// TimelineText are the words a timeline is drawn with (the caller's language).
type TimelineText struct {
	Months [12]string       // short month names, January first
	NoDate string           // written in the plot of an action without a due date
	PlanB  string           // the plan-B marker's text ("B")
	More   func(int) string // "12 more actions"; nil leaves the note out
}

// TimelineOptions size the timeline in unit coordinates.
type TimelineOptions struct {
	Width, LabelW, RowH, YearH, MonthH, FontSize, Pad float64
	AxisFontSize                                      float64 // of the months and years; 0 is FontSize
	TitleLines                                        int     // a title wraps onto at most this many lines (0, 1: one line, cut)
	LineH                                             float64 // what each further line of a title adds to its row
	From, To                                          int     // half-open slice of the rows; To 0 means to the end
	MaxMonths                                         int     // the axis is cut after this many months (bars clipped, marked)
	Period                                            period.Range
	Today                                             domain.Date
	Measure                                           Measure // how wide the renderer draws text
}

// DefaultTimelineOptions are the sizes of the screen (units ≈ pixels).
func DefaultTimelineOptions(width float64) TimelineOptions {
	return TimelineOptions{Width: width, LabelW: 240, RowH: 22, YearH: 18, MonthH: 18, FontSize: 11, Pad: 4, MaxMonths: 36}
}

// TimelineMonth is one column of the axis; Label is hidden when months are too narrow to
// name every one (then every 2nd, 3rd, 6th or 12th month is named, January always among them).
type TimelineMonth struct {
	Year  int
	Month int // 1–12
	Box   Rect
	Label Label
}

// TimelineYear is the stretch of the axis of one calendar year, its label above the months.
type TimelineYear struct {
	Year  int
	Box   Rect
	Label Label
}

// TimelineRow is one action.
type TimelineRow struct {
	ActionID     string
	Index        int // in the slice of actions given
	Band         Rect
	Title        Label
	More         []Label // the title's further lines, when it wraps
	Full         string  // the whole title
	HasBar       bool
	Bar          Rect
	Milestone    bool // start and due on the same day, or no start: a short mark
	ClipL, ClipR bool // the bar runs past the axis on that side
	NoDate       *Label
	Class        TimelineClass
	PlanB        bool
	Marker       Rect // the plan-B badge before the title
	MarkerText   Label
}

// Timeline is a laid-out timeline.
type Timeline struct {
	Frame        Rect
	Plot         Rect // where bars are drawn (right of the titles, below the axis)
	Years        []TimelineYear
	Months       []TimelineMonth
	Rows         []TimelineRow
	HasToday     bool
	Today        Line
	Total        int    // actions given
	Before, More int    // rows before and after the slice laid out
	MoreLabel    *Label // "N more", when More > 0 and the text has a More function
}

// LayoutTimeline lays out the rows From…To of actions (in the order given).
func LayoutTimeline(actions []domain.Action, tx TimelineText, o TimelineOptions) Timeline {
	if o.MaxMonths <= 0 {
		o.MaxMonths = 36
	}
	if o.AxisFontSize <= 0 {
		o.AxisFontSize = o.FontSize
	}
	from, to := sliceRange(len(actions), o.From, o.To)
	t := Timeline{Total: len(actions), Before: from, More: len(actions) - to}
	start, months := TimelineSpan(actions, o.Period, o.MaxMonths)
	axisH := o.YearH + o.MonthH
	t.Plot = Rect{o.LabelW, axisH, max(o.Width-o.LabelW, 1), 0}
	t.axis(start, months, tx, o)
	sc := timeScale{start: start, months: months, x0: t.Plot.X, colW: t.Plot.W / float64(months)}
	for i := from; i < to; i++ {
		r := timelineRow(actions[i], i, axisH+t.Plot.H, sc, tx, o)
		t.Rows = append(t.Rows, r)
		t.Plot.H += r.Band.H
	}
	rowsH := t.Plot.H
	if today := o.Today; !today.IsZero() && sc.inside(today) {
		x := sc.x(today)
		t.HasToday, t.Today = true, Line{Point{x, o.YearH}, Point{x, axisH + rowsH}}
	}
	t.Frame = Rect{0, 0, o.Width, axisH + rowsH}
	if t.More > 0 && tx.More != nil {
		l := Label{ID: "more", Text: tx.More(t.More), Box: Rect{o.Pad, t.Frame.H, o.Width - 2*o.Pad, o.RowH}}
		t.MoreLabel = &l
		t.Frame.H += o.RowH
	}
	return t
}

func sliceRange(n, from, to int) (int, int) {
	if to <= 0 || to > n {
		to = n
	}
	from = max(0, min(from, to))
	return from, to
}

// TimelineSpan is the first month of the axis and how many months it holds: the plan period
// joined with every action's start and due date, at least 3 months, at most maxMonths.
func TimelineSpan(actions []domain.Action, span period.Range, maxMonths int) (domain.Date, int) {
	var lo, hi domain.Date
	see := func(d domain.Date) {
		if d.IsZero() {
			return
		}
		if lo.IsZero() || d.Before(lo) {
			lo = d
		}
		if hi.IsZero() || d.After(hi) {
			hi = d
		}
	}
	see(span.Start)
	see(span.End)
	for _, a := range actions {
		see(a.Start)
		see(a.Due)
	}
	if lo.IsZero() {
		lo = domain.Today()
		hi = lo
	}
	start := domain.NewDate(lo.Year(), lo.Month(), 1)
	months := monthIndex(start, hi) + 1
	return start, min(max(months, 3), max(maxMonths, 1))
}

// monthIndex is how many months d lies after the month of start.
func monthIndex(start, d domain.Date) int {
	return (d.Year()-start.Year())*12 + int(d.Month()) - int(start.Month())
}

type timeScale struct {
	start  domain.Date
	months int
	x0     float64
	colW   float64
}

func (s timeScale) end() domain.Date { return s.start.AddMonths(s.months) } // first day after the axis

func (s timeScale) inside(d domain.Date) bool { return !d.Before(s.start) && d.Before(s.end()) }

// x is where day d starts on the axis (not clamped).
func (s timeScale) x(d domain.Date) float64 {
	first := domain.NewDate(d.Year(), d.Month(), 1)
	days := float64(first.AddMonths(1).Time().Sub(first.Time()).Hours() / 24)
	return s.x0 + (float64(monthIndex(s.start, d))+float64(d.Day()-1)/days)*s.colW
}

// axis places the year band and the month band; labels of one band never overlap and the
// two bands never share a line.
func (t *Timeline) axis(start domain.Date, months int, tx TimelineText, o TimelineOptions) {
	colW := t.Plot.W / float64(months)
	step := monthStep(tx, o, colW)
	month, year := o.Measure.regular(o.AxisFontSize), o.Measure.bold(o.AxisFontSize)
	for m := 0; m < months; m++ {
		d := start.AddMonths(m)
		box := Rect{t.Plot.X + float64(m)*colW, o.YearH, colW, o.MonthH}
		right := min(t.Plot.X+float64(m+step)*colW, t.Plot.Right())
		lb := Label{ID: "m" + strconv.Itoa(m), Text: tx.Months[d.Month()-1], Box: Rect{box.X, box.Y, right - box.X, box.H}}
		lb.Hidden = (int(d.Month())-1)%step != 0 || month.width(lb.Text)+2*o.Pad > lb.Box.W+1e-9
		t.Months = append(t.Months, TimelineMonth{Year: d.Year(), Month: int(d.Month()), Box: box, Label: lb})
		if len(t.Years) == 0 || t.Years[len(t.Years)-1].Year != d.Year() {
			t.Years = append(t.Years, TimelineYear{Year: d.Year(), Box: Rect{box.X, 0, 0, o.YearH}})
		}
		t.Years[len(t.Years)-1].Box.W += colW
	}
	for i := range t.Years {
		y := &t.Years[i]
		y.Box.W = t.Plot.Right() - y.Box.X
		if i+1 < len(t.Years) {
			y.Box.W = t.Years[i+1].Box.X - y.Box.X
		}
		text := strconv.Itoa(y.Year)
		y.Label = Label{ID: "y" + text, Text: text, Box: y.Box}
		y.Label.Hidden = year.width(text)+2*o.Pad > y.Box.W+1e-9
	}
}

// monthStep names every month when they are wide enough, else every 2nd, 3rd, 6th or 12th.
func monthStep(tx TimelineText, o TimelineOptions, colW float64) int {
	widest, f := 0.0, o.Measure.regular(o.AxisFontSize)
	for _, m := range tx.Months {
		widest = max(widest, f.width(m)+2*o.Pad)
	}
	for _, s := range []int{1, 2, 3, 6} {
		if float64(s)*colW >= widest {
			return s
		}
	}
	return 12
}
