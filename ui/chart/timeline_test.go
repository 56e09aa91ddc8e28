package chart

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"kamplan/domain"
	"kamplan/domain/gen"
)

var tlText = TimelineText{
	Months: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	NoDate: "no due date", PlanB: "B",
	More: func(n int) string { return fmt.Sprintf("%d more", n) },
}

func day(y int, m time.Month, d int) domain.Date { return domain.NewDate(y, m, d) }

func tlActions() []domain.Action {
	return []domain.Action{
		{ID: "open", Title: "Workshop", Start: day(2026, 11, 10), Due: day(2027, 1, 20), Status: domain.StatusInProgress},
		{ID: "late", Title: "Audit", Start: day(2026, 11, 1), Due: day(2026, 11, 30), Status: domain.StatusNotStarted},
		{ID: "done", Title: "Kick-off", Start: day(2026, 11, 2), Due: day(2026, 11, 2), Status: domain.StatusDone},
		{ID: "off", Title: "Visit", Due: day(2027, 2, 10), Status: domain.StatusCancelled},
		{ID: "b", Title: "Rescue offer", Start: day(2027, 2, 1), Due: day(2027, 2, 28), Status: domain.StatusNotStarted, Contingency: true},
		{ID: "nodate", Title: "Someday", Status: domain.StatusNotStarted},
	}
}

func tlOptions(width float64) TimelineOptions {
	o := DefaultTimelineOptions(width)
	o.Today = day(2026, 12, 15)
	return o
}

// visibleInFrame fails when a visible label leaves the frame or overlaps another one.
func visibleInFrame(t *testing.T, frame Rect, labels []Label) {
	t.Helper()
	var shown []Label
	for _, l := range labels {
		if l.Hidden || l.Text == "" {
			continue
		}
		if !l.Box.Inside(frame) {
			t.Errorf("label %q at %+v is outside the frame %+v", l.Text, l.Box, frame)
		}
		for _, s := range shown {
			if s.Box.Overlaps(l.Box) {
				t.Errorf("labels %q and %q overlap", s.Text, l.Text)
			}
		}
		shown = append(shown, l)
	}
}

func TestTimelineAxisCarriesTheYearAcrossAYearChange(t *testing.T) {
	tl := LayoutTimeline(tlActions(), tlText, tlOptions(900))
	var months []string
	for _, m := range tl.Months {
		months = append(months, fmt.Sprintf("%s %d", m.Label.Text, m.Year))
	}
	want := "[Nov 2026 Dec 2026 Jan 2027 Feb 2027]"
	if fmt.Sprint(months) != want {
		t.Fatalf("months %v, want %s", months, want)
	}
	if len(tl.Years) != 2 || tl.Years[0].Label.Text != "2026" || tl.Years[1].Label.Text != "2027" {
		t.Fatalf("years %+v", tl.Years)
	}
	for _, y := range tl.Years {
		if y.Label.Hidden {
			t.Errorf("year %d is not named", y.Year)
		}
		if y.Box.Bottom() > tl.Months[0].Box.Y+1e-9 {
			t.Errorf("the year band runs into the month band")
		}
	}
	if tl.Years[1].Box.X != tl.Months[2].Box.X {
		t.Errorf("2027 starts at %v, January at %v", tl.Years[1].Box.X, tl.Months[2].Box.X)
	}
	visibleInFrame(t, tl.Frame, tl.Labels())
}

func TestTimelineNamesFewerMonthsWhenNarrowButEveryYear(t *testing.T) {
	acts := []domain.Action{{ID: "a", Title: "Long", Start: day(2026, 3, 1), Due: day(2028, 10, 1)}}
	for _, width := range []float64{420, 600, 1200} {
		tl := LayoutTimeline(acts, tlText, tlOptions(width))
		if len(tl.Months) != 32 {
			t.Fatalf("%v: %d months", width, len(tl.Months))
		}
		named := 0
		for _, m := range tl.Months {
			if !m.Label.Hidden {
				named++
			}
		}
		if named == 0 {
			t.Errorf("%v: no month is named", width)
		}
		for _, y := range tl.Years {
			if y.Label.Hidden && y.Box.W >= EstimateWidth("2027", 11, true)+8 {
				t.Errorf("%v: year %d hidden though it fits", width, y.Year)
			}
		}
		if tl.Years[1].Label.Hidden {
			t.Errorf("%v: 2027 (a whole year) is not named", width)
		}
		visibleInFrame(t, tl.Frame, tl.Labels())
	}
}

func TestTimelineRowsClassesBarsAndMarker(t *testing.T) {
	acts := tlActions()
	tl := LayoutTimeline(acts, tlText, tlOptions(900))
	if len(tl.Rows) != len(acts) || tl.More != 0 || tl.MoreLabel != nil {
		t.Fatalf("%d rows of %d, %d more", len(tl.Rows), len(acts), tl.More)
	}
	want := map[string]TimelineClass{"open": TimelineOpen, "late": TimelineOverdue, "done": TimelineDone,
		"off": TimelineCancelled, "b": TimelineOpen, "nodate": TimelineOpen}
	for _, r := range tl.Rows {
		if r.Class != want[r.ActionID] {
			t.Errorf("%s: class %s, want %s", r.ActionID, r.Class, want[r.ActionID])
		}
		if r.PlanB != (r.ActionID == "b") {
			t.Errorf("%s: plan B %v", r.ActionID, r.PlanB)
		}
		if r.HasBar != (r.ActionID != "nodate") || (r.NoDate != nil) == r.HasBar {
			t.Errorf("%s: bar %v, no-date note %v", r.ActionID, r.HasBar, r.NoDate)
		}
		if r.HasBar && (!r.Bar.Inside(tl.Plot) || r.Bar.Y < r.Band.Y || r.Bar.Bottom() > r.Band.Bottom()) {
			t.Errorf("%s: bar %+v outside its row or the plot", r.ActionID, r.Bar)
		}
		if r.Title.Text != r.Full {
			t.Errorf("%s: title cut to %q", r.ActionID, r.Title.Text)
		}
	}
	m := tl.Rows[4]
	if m.Marker.W == 0 || m.Marker.Right() > m.Title.Box.X || m.MarkerText.Text != "B" {
		t.Errorf("plan-B marker %+v before title %+v", m.Marker, m.Title.Box)
	}
	// Workshop runs from 10 Nov (month 0) to 20 Jan (month 2)
	w := tl.Rows[0].Bar
	col := tl.Months[0].Box.W
	if w.X < tl.Months[0].Box.X+col*0.25 || w.X > tl.Months[0].Box.X+col*0.35 || w.Right() < tl.Months[2].Box.X+col*0.6 || w.Right() > tl.Months[2].Box.X+col*0.7 {
		t.Errorf("bar %+v does not run 10 Nov → 20 Jan (columns of %v from %v)", w, col, tl.Months[0].Box.X)
	}
	if !tl.Rows[2].Milestone || tl.Rows[2].Bar.W <= 0 {
		t.Errorf("a one-day action is not a visible milestone: %+v", tl.Rows[2])
	}
	if !tl.HasToday || tl.Today.From.X < tl.Months[1].Box.X || tl.Today.From.X > tl.Months[1].Box.Right() {
		t.Errorf("today's line %+v not in December", tl.Today)
	}
	visibleInFrame(t, tl.Frame, tl.Labels())
}

func TestTimelineLongTitlesAreCutInsideTheirColumn(t *testing.T) {
	acts := []domain.Action{{ID: "x", Title: "A very long action title that cannot possibly fit in the column of titles", Due: day(2027, 3, 1), Contingency: true}}
	tl := LayoutTimeline(acts, tlText, tlOptions(800))
	r := tl.Rows[0]
	if r.Title.Text == r.Full || EstimateWidth(r.Title.Text, 11, false) > r.Title.Box.W || r.Title.Box.Right() > tl.Plot.X {
		t.Errorf("title %q in %+v not cut to its column", r.Title.Text, r.Title.Box)
	}
}

// Asked to wrap, a long title is set whole on more lines inside its column, its row grows
// by a line each, the bar and the plan-B badge stay in the middle of the row and the next
// row starts below it; a title longer than the lines allowed is cut on its last line.
func TestTimelineLongTitlesWrapWhenAsked(t *testing.T) {
	long := "A very long action title that cannot possibly fit in the column of titles on one line"
	acts := []domain.Action{{ID: "x", Title: long, Due: day(2027, 3, 1), Contingency: true},
		{ID: "y", Title: "Short", Due: day(2027, 1, 1)},
		{ID: "z", Title: strings.Repeat("Pasted text again and again ", 200), Due: day(2027, 2, 1)}}
	o := tlOptions(800)
	o.TitleLines, o.LineH = 3, 14
	tl := LayoutTimeline(acts, tlText, o)
	x, y, z := tl.Rows[0], tl.Rows[1], tl.Rows[2]
	lines := []string{x.Title.Text}
	for _, l := range x.More {
		lines = append(lines, l.Text)
	}
	if strings.Join(lines, " ") != long || len(lines) < 2 {
		t.Fatalf("title set as %q", lines)
	}
	if want := o.RowH + float64(len(lines)-1)*o.LineH; x.Band.H != want || y.Band.Y != x.Band.Bottom() || y.Band.H != o.RowH {
		t.Errorf("rows %+v then %+v, want the first %v high and the next under it", x.Band, y.Band, want)
	}
	if !x.Bar.Inside(x.Band) || !x.Marker.Inside(x.Band) || x.Bar.Y+x.Bar.H/2 != x.Band.Y+x.Band.H/2 {
		t.Errorf("bar %+v, badge %+v not in the middle of their row %+v", x.Bar, x.Marker, x.Band)
	}
	if len(z.More) != 2 || !strings.HasSuffix(z.More[1].Text, "…") {
		t.Errorf("a pasted title is set on %d lines, the last %q", len(z.More)+1, z.More[len(z.More)-1].Text)
	}
	for _, r := range tl.Rows {
		for _, l := range append([]Label{r.Title}, r.More...) {
			if EstimateWidth(l.Text, o.FontSize, false) > l.Box.W || l.Box.Right() > tl.Plot.X || !l.Box.Inside(r.Band) {
				t.Errorf("line %q in %+v leaves its column or row %+v", l.Text, l.Box, r.Band)
			}
		}
	}
	visibleInFrame(t, tl.Frame, tl.Labels())
}

func TestTimelineSlicesCountEveryRowNotShown(t *testing.T) {
	f := gen.LargePlan()
	acts := f.Plans[0].Actions[:220]
	o := tlOptions(1000)
	seen := map[string]bool{}
	for from := 0; from < len(acts); from += 40 {
		o.From, o.To = from, from+40
		tl := LayoutTimeline(acts, tlText, o)
		if tl.Before+len(tl.Rows)+tl.More != len(acts) || tl.Before != from {
			t.Fatalf("slice %d: %d before + %d rows + %d more ≠ %d", from, tl.Before, len(tl.Rows), tl.More, len(acts))
		}
		if (tl.More > 0) != (tl.MoreLabel != nil) || (tl.MoreLabel != nil && tl.MoreLabel.Text != fmt.Sprintf("%d more", tl.More)) {
			t.Errorf("slice %d: note %+v for %d more", from, tl.MoreLabel, tl.More)
		}
		for _, r := range tl.Rows {
			seen[r.ActionID] = true
		}
		visibleInFrame(t, tl.Frame, tl.Labels())
	}
	if len(seen) != len(acts) {
		t.Errorf("%d of %d actions laid out over the slices", len(seen), len(acts))
	}
}

func TestTimelineAxisIsCutAtMaxMonthsAndBarsMarked(t *testing.T) {
	acts := []domain.Action{{ID: "x", Title: "Far", Start: day(2027, 1, 1), Due: day(2031, 1, 1)}}
	o := tlOptions(900)
	o.MaxMonths = 24
	tl := LayoutTimeline(acts, tlText, o)
	if len(tl.Months) != 24 || !tl.Rows[0].ClipR || tl.Rows[0].Bar.Right() > tl.Plot.Right()+1e-9 {
		t.Errorf("%d months, clipped %v, bar %+v", len(tl.Months), tl.Rows[0].ClipR, tl.Rows[0].Bar)
	}
}

func TestTimelineHitTestFindsTheAction(t *testing.T) {
	tl := LayoutTimeline(tlActions(), tlText, tlOptions(900))
	for _, r := range tl.Rows {
		if r.HasBar {
			if got := tl.HitTest(r.Bar.Center()); got != r.ActionID {
				t.Errorf("bar of %s hits %q", r.ActionID, got)
			}
		}
		if got := tl.HitTest(r.Title.Box.Center()); got != r.ActionID {
			t.Errorf("title of %s hits %q", r.ActionID, got)
		}
	}
	if got := tl.HitTest(Point{10, 5}); got != "" {
		t.Errorf("the axis hits %q", got)
	}
}

func TestSortActions(t *testing.T) {
	today := day(2026, 12, 15)
	acts := []domain.Action{
		{ID: "1", Owner: "Marta", Due: day(2027, 3, 1), Status: domain.StatusDone},
		{ID: "2", Owner: "ana", Due: day(2027, 1, 1), Status: domain.StatusInProgress},
		{ID: "3", Owner: "", Status: domain.StatusNotStarted},
		{ID: "4", Owner: "Marta", Due: day(2026, 12, 1), Status: domain.StatusNotStarted},
		{ID: "5", Owner: "Ana", Due: day(2027, 2, 1), Status: domain.StatusBlocked},
	}
	ids := func(as []domain.Action) string {
		s := ""
		for _, a := range as {
			s += a.ID
		}
		return s
	}
	for by, want := range map[ActionSort]string{SortByPlan: "12345", SortByDue: "42513", SortByOwner: "25413", SortByStatus: "43251"} {
		if got := ids(SortActions(acts, by, today)); got != want {
			t.Errorf("sort %d: %s, want %s", by, got, want)
		}
	}
	if ids(acts) != "12345" {
		t.Error("sorting changed the plan's list")
	}
}

func BenchmarkTimeline500(b *testing.B) {
	acts := gen.LargePlan().Plans[0].Actions
	o := tlOptions(1200)
	for b.Loop() {
		LayoutTimeline(SortActions(acts, SortByDue, o.Today), tlText, o)
	}
}
