package chart

import (
	"slices"
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
	r := TimelineRow{ActionID: a.ID, Index: index, Band: Rect{0, y, o.Width, o.RowH}, Full: a.Title,
		Class: timelineClass(a, o.Today), PlanB: a.Contingency}
	titleX, f := o.Pad, o.Measure.regular(o.FontSize)
	if a.Contingency {
		side := o.RowH - 2*o.Pad
		r.Marker = Rect{o.Pad, y + o.Pad, max(side, o.Measure.bold(o.FontSize).width(tx.PlanB)+o.Pad), side}
		r.MarkerText = Label{ID: a.ID + "/b", Text: tx.PlanB, Box: r.Marker}
		titleX = r.Marker.Right() + o.Pad
	}
	titleBox := Rect{titleX, y, max(o.LabelW-titleX-o.Pad, 0), o.RowH}
	r.Title = Label{ID: a.ID, Text: f.clip(a.Title, titleBox.W), Box: titleBox}
	if a.Due.IsZero() {
		text := f.clip(tx.NoDate, sc.colW*float64(sc.months)-2*o.Pad)
		r.NoDate = &Label{ID: a.ID + "/nodate", Text: text, Box: Rect{sc.x0 + o.Pad, y, f.width(text), o.RowH}}
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
	inset := o.RowH * 0.2
	r.HasBar, r.Bar = true, Rect{x1, y + inset, x2 - x1, o.RowH - 2*inset}
	return r
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
