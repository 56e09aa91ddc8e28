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
		change, save  bool
		kept          bool
	}{
		{"first internal", "internal", false, false, true},
		{"internal again", "internal", false, false, false},
		{"client", "client", false, false, true},
		{"internal after a change", "internal", true, true, true},
		{"client after that change", "client", false, false, true},
		{"client once more", "client", false, false, false},
		{"client after saving it unchanged", "client", false, true, false},
	} {
		if step.save {
			d := now()
			if step.change {
				d.Plan.Risks = "Nuevo riesgo: 供应链 ⚠"
			}
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

// A snapshot holds, by its hash, the plan it was made of as the store reads it back (with
// the settings' attractiveness factors), and no longer once the plan changed: an export of
// an unchanged plan reads no snapshot to know it.
func TestASnapshotHoldsThePlanItWasMadeOf(t *testing.T) {
	s := seededStore(t)
	rows, _ := s.Portfolio(ctx)
	p, err := s.LoadPlan(ctx, rows[0].PlanID)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := s.Account(ctx, p.AccountID)
	info, err := s.Snapshots().Create(ctx, p.ID, history.SnapshotExport, "client", "Marta")
	if err != nil {
		t.Fatal(err)
	}
	holder := s.Snapshots().(history.Holder)
	if same, err := holder.Holds(ctx, info.ID, domain.Doc{Account: a, Plan: p}); !same || err != nil {
		t.Fatalf("the snapshot does not hold the plan it was made of (%v)", err)
	}
	p.Risks += " 供应链 ⚠"
	if same, err := holder.Holds(ctx, info.ID, domain.Doc{Account: a, Plan: p}); same || err != nil {
		t.Fatalf("the snapshot holds a changed plan (%v)", err)
	}
	if _, err := holder.Holds(ctx, "no-such-snapshot", domain.Doc{Account: a, Plan: p}); err == nil {
		t.Fatal("a missing snapshot is held")
	}
}
