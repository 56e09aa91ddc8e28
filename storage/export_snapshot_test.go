package storage

import (
	"testing"

	"kamplan/domain"
	"kamplan/domain/history"
)

// Exporting again what was exported keeps no second snapshot of that edition; a change of
// the plan, or another edition, does.
func TestAnExportKeepsASnapshotOnlyOfSomethingNew(t *testing.T) {
	s := seededStore(t)
	rows, _ := s.Portfolio(ctx)
	planID := rows[0].PlanID
	now := func() domain.Doc {
		p, err := s.LoadPlan(ctx, planID)
		if err != nil {
			t.Fatal(err)
		}
		a, err := s.Account(ctx, p.AccountID)
		if err != nil {
			t.Fatal(err)
		}
		return domain.Doc{Account: a, Plan: p}
	}
	for _, step := range []struct {
		name, edition string
		change        bool
		kept          bool
	}{
		{"first internal", "internal", false, true},
		{"internal again", "internal", false, false},
		{"client", "client", false, true},
		{"internal after a change", "internal", true, true},
		{"client after that change", "client", false, true},
		{"client once more", "client", false, false},
	} {
		if step.change {
			d := now()
			d.Plan.Risks = "Nuevo riesgo: 供应链 ⚠"
			if err := s.SavePlan(ctx, d.Plan); err != nil {
				t.Fatal(err)
			}
		}
		before, _ := s.Snapshots().List(ctx, planID)
		kept, err := history.KeepExport(ctx, s.Snapshots(), now(), step.edition, "Marta")
		after, _ := s.Snapshots().List(ctx, planID)
		if err != nil || kept != step.kept || len(after)-len(before) != map[bool]int{true: 1}[step.kept] {
			t.Fatalf("%s: kept %v (%v), %d → %d snapshots", step.name, kept, err, len(before), len(after))
		}
	}
}
