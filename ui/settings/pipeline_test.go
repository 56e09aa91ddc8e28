package settings

import (
	"testing"

	"kamplan/domain"
	"kamplan/ui/internal/uitest"
)

func TestSettingsStoreTheSalesStagesAndTheCoverageRatio(t *testing.T) {
	a := uitest.NewShell(t, "es")
	st, _ := a.DB.Settings(a.Context())
	f := newForm(a, st)
	f.build()
	if f.pipe.stages.Text != "Cualificar: 10\nDesarrollar: 25\nProponer: 50\nNegociar: 75" || f.pipe.coverage.Text != "3,0" {
		t.Fatalf("the defaults read %q and %q", f.pipe.stages.Text, f.pipe.coverage.Text)
	}
	f.pipe.stages.SetText("Cualificar: 10\nDemostración: 30 %\nNegociar: 80")
	f.pipe.coverage.SetText("2,5")
	if !f.save() {
		t.Fatalf("refused: %s", f.problems.Text)
	}
	got, _ := a.DB.Settings(a.Context())
	want := []domain.SalesStage{{Name: "qualify", Probability: 10}, {Name: "Demostración", Probability: 30}, {Name: "negotiate", Probability: 80}}
	if got.Coverage != 2.5 || len(got.Stages) != 3 || got.Stages[0] != want[0] || got.Stages[1] != want[1] || got.Stages[2] != want[2] {
		t.Fatalf("stored %v at %v, want %v at 2.5", got.Stages, got.Coverage, want)
	}
	for _, bad := range []string{"Demostración 30", "Ganada: 100", "Lead: 120"} {
		st, _ := a.DB.Settings(a.Context())
		f := newForm(a, st)
		f.build()
		f.pipe.stages.SetText(bad)
		if f.save() {
			t.Errorf("%q was saved", bad)
		}
		if f.problems.Text == "" {
			t.Errorf("%q refused without a word", bad)
		}
	}
	if got, _ := a.DB.Settings(a.Context()); len(got.Stages) != 3 {
		t.Fatalf("a refused save changed the stages: %v", got.Stages)
	}
}
