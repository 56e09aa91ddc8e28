package picture

import (
	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/ui/locale"
	"testing"

	"fyne.io/fyne/v2/test"
)

// Layout and render of the coverage matrix of 300 contacts.
func BenchmarkCoverageMatrixRender300(b *testing.B) {
	test.NewTempApp(b)
	f := gen.LargePlan()
	team := f.Account.Team[:1]
	m := NewCoverageMatrix(&f.Plans[0], func() []domain.TeamMember { return team }, CoverageText(locale.New("en")), domain.NewDate(2026, 11, 26))
	w := test.NewWindow(m)
	defer w.Close()
	for b.Loop() {
		m.Refresh()
		test.WidgetRenderer(m).Refresh()
	}
}
