package forms

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"kamplan/domain"
	"kamplan/ui/locale"
)

// Finding 8: a stale reference selected the first option.
func TestStaleReferenceSelectsNothing(t *testing.T) {
	test.NewTempApp(t)
	p := &domain.Plan{KPIs: []domain.KPI{domain.NewKPI("Cuota"), domain.NewKPI("Margen")}}
	ids, labels := kpiChoices(p)
	loc := locale.New("en")
	c := NewChoice(loc, ids, labels, "gone")
	if c.Sel.SelectedIndex() != -1 || c.ID() != "" {
		t.Fatalf("a stale id selected %d", c.Sel.SelectedIndex())
	}
	c = NewChoice(loc, ids, labels, ids[1])
	if c.ID() != ids[1] {
		t.Fatal("a valid id was not selected")
	}
}
