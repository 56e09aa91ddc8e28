package chart

import (
	"slices"
	"strconv"
	"strings"

	"kamplan/domain"
)

// timelineClass is the colour class of an action on a day.
func timelineClass(a domain.Action, today domain.Date) TimelineClass {
	switch {
	case a.Overdue(today):
		return TimelineOverdue
	case a.Status == domain.StatusDone:
		return TimelineDone
	case a.Status == domain.StatusCancelled:
		return TimelineCancelled
	}
	return TimelineOpen
}

// TimelineClassOf is the colour class of an action on a day (for lists beside the chart).
func TimelineClassOf(a domain.Action, today domain.Date) TimelineClass {
	return timelineClass(a, today)
}

// minBar is the narrowest a bar is drawn, in row heights (a milestone's mark).
const minBar = 0.45

func timelineRow(a domain.Action, index int, y float64, sc timeScale, tx TimelineText, o TimelineOptions) TimelineRow {
	r := TimelineRow{ActionID: a.ID, Index: index, Full: a.Title, Class: timelineClass(a, o.Today), PlanB: a.Contingency}
	f := o.Measure.regular(o.FontSize)
	h := r.title(a, y, tx, o)
	r.Band = Rect{0, y, o.Width, h}
	if a.Due.IsZero() {
		text := f.clip(tx.NoDate, sc.colW*float64(sc.months)-2*o.Pad)
		r.NoDate = &Label{ID: a.ID + "/nodate", Text: text, Box: Rect{sc.x0 + o.Pad, y, f.width(text), h}}
		return r
	}
	from := a.Start
	if from.IsZero() || from.After(a.Due) {
		from = a.Due
		if o.Period.Known() && o.Period.Start.Before(a.Due) {
			from = o.Period.Start
		}
	}
	r.Milestone = from.Equal(a.Due)
	x1, x2 := sc.x(from), sc.x(a.Due.AddDays(1))
	lo, hi := sc.x0, sc.x0+sc.colW*float64(sc.months)
	r.ClipL, r.ClipR = x1 < lo, x2 > hi
	x1, x2 = max(lo, min(x1, hi)), max(lo, min(x2, hi))
	if w := minBar * o.RowH; x2-x1 < w {
		x1 = max(lo, min(x1, hi-w))
		x2 = x1 + w
	}
	barH := o.RowH * 0.6
	r.HasBar, r.Bar = true, Rect{x1, y + (h-barH)/2, x2 - x1, barH}
	return r
}

// title lays out the title from y, after the plan-B badge when it has one, and returns the
// row's height: one line is as high as the row; more lines share it from its middle.
func (r *TimelineRow) title(a domain.Action, y float64, tx TimelineText, o TimelineOptions) float64 {
	titleX, side := o.Pad, o.RowH-2*o.Pad
	markerW := max(side, o.Measure.bold(o.FontSize).width(tx.PlanB)+o.Pad)
	if a.Contingency {
		titleX = o.Pad + markerW + o.Pad
	}
	w := max(o.LabelW-titleX-o.Pad, 0)
	lines := titleLines(a.Title, o.Measure.regular(o.FontSize), w, o.TitleLines)
	h := o.RowH + float64(len(lines)-1)*o.LineH
	lineH, top := o.RowH, y
	if len(lines) > 1 {
		lineH, top = o.LineH, y+(h-float64(len(lines))*o.LineH)/2
	}
	for i, text := range lines {
		l := Label{ID: a.ID, Text: text, Box: Rect{titleX, top + float64(i)*lineH, w, lineH}}
		if i == 0 {
			r.Title = l
			continue
		}
		l.ID = a.ID + "/" + strconv.Itoa(i)
		r.More = append(r.More, l)
	}
	if a.Contingency { // beside the first line
		r.Marker = Rect{o.Pad, top + (lineH-side)/2, markerW, side}
		r.MarkerText = Label{ID: a.ID + "/b", Text: tx.PlanB, Box: r.Marker}
	}
	return h
}

// titleLines are a title cut to one line of width, or wrapped onto at most lines lines.
func titleLines(title string, f face, width float64, lines int) []string {
	if lines <= 1 {
		return []string{f.clip(title, width)}
	}
	if got := f.wrap(title, width, lines); len(got) > 0 {
		return got
	}
	return []string{""}
}

// HitTest is the action whose row holds p (its title, marker or bar); "" outside every row.
func (t Timeline) HitTest(p Point) string {
	for _, r := range t.Rows {
		if r.Band.Contains(p) {
			return r.ActionID
		}
	}
	return ""
}

// Labels are every text of the timeline (axis, titles, markers, notes).
func (t Timeline) Labels() []Label {
	var out []Label
	for _, y := range t.Years {
		out = append(out, y.Label)
	}
	for _, m := range t.Months {
		out = append(out, m.Label)
	}
	for _, r := range t.Rows {
		out = append(out, r.Title)
		out = append(out, r.More...)
		if r.PlanB {
			out = append(out, r.MarkerText)
		}
		if r.NoDate != nil {
			out = append(out, *r.NoDate)
		}
	}
	if t.MoreLabel != nil {
		out = append(out, *t.MoreLabel)
	}
	return out
}

// ActionSort is an order of the action list.
type ActionSort int

const (
	SortByPlan   ActionSort = iota // as the plan lists them
	SortByDue                      // due date, undated last
	SortByOwner                    // owner, then due date
	SortByStatus                   // overdue first, then by status, then due date
)

// SortActions returns the actions in the order asked (a copy; ties keep the plan's order).
func SortActions(acts []domain.Action, by ActionSort, today domain.Date) []domain.Action {
	out := slices.Clone(acts)
	byDue := func(a, b domain.Action) int {
		switch {
		case a.Due.Equal(b.Due):
			return 0
		case a.Due.IsZero():
			return 1
		case b.Due.IsZero() || a.Due.Before(b.Due):
			return -1
		}
		return 1
	}
	rank := func(a domain.Action) int {
		if a.Overdue(today) {
			return -1
		}
		return slices.Index(domain.ActionStatuses, a.Status)
	}
	switch by {
	case SortByDue:
		slices.SortStableFunc(out, byDue)
	case SortByOwner:
		slices.SortStableFunc(out, func(a, b domain.Action) int {
			if (a.Owner == "") != (b.Owner == "") {
				return map[bool]int{true: 1, false: -1}[a.Owner == ""]
			}
			if c := strings.Compare(strings.ToLower(a.Owner), strings.ToLower(b.Owner)); c != 0 {
				return c
			}
			return byDue(a, b)
		})
	case SortByStatus:
		slices.SortStableFunc(out, func(a, b domain.Action) int {
			if c := rank(a) - rank(b); c != 0 {
				return c
			}
			return byDue(a, b)
		})
	}
	return out
}
