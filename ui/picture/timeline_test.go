package picture

import (
	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// BenchmarkActionTimeline500 lays out and renders the timeline with all 500 actions of the
// large plan shown (aim: under 50 ms).
func BenchmarkActionTimeline500(b *testing.B) {
	test.NewTempApp(b)
	acts := gen.LargePlan().Plans[0].Actions
	o := chart.DefaultTimelineOptions(0)
	o.Today = domain.NewDate(2027, 3, 1)
	tl := NewActionTimeline(func() []domain.Action { return chart.SortActions(acts, chart.SortByDue, o.Today) },
		func() chart.TimelineOptions { return o }, TimelineText(locale.New("en")), len(acts), nil)
	w := test.NewWindow(tl)
	defer w.Close()
	w.Resize(fyne.NewSize(1200, 800))
	for b.Loop() {
		tl.Refresh()
	}
}
