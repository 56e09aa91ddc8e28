package storage

import (
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

func TestSnapshotsKeepThePlanAsItWas(t *testing.T) {
	s := tempStore(t)
	p := importFile(t, s, gen.Portfolio(3)[1])
	d := docOf(t, s, p.ID)
	kept := stateOf(t, d)
	info, err := s.CreateSnapshot(ctx, p.ID, domain.SnapshotSignOff, "Revisión T1", "Laura")
	if err != nil {
		t.Fatal(err)
	}
	if err := edit(t, s, d, domain.JournalDo, "Laura", domain.SetField{Field: "account.notes", Value: "después"}); err != nil {
		t.Fatal(err)
	}
	manual, err := s.CreateSnapshot(ctx, p.ID, domain.SnapshotManual, "antes de la visita", "Jon")
	if err != nil {
		t.Fatal(err)
	}
	list, err := s.Snapshots(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	// the import kept a merge base too
	if len(list) != 3 || list[0].ID != manual.ID || list[1].ID != info.ID || list[2].Kind != domain.SnapshotMergeBase {
		t.Fatalf("snapshots %+v", list)
	}
	if list[1].Label != "Revisión T1" || list[1].Author != "Laura" || list[1].Kind != domain.SnapshotSignOff || list[1].At.IsZero() {
		t.Errorf("listed as %+v", list[1])
	}
	snap, err := s.Snapshot(ctx, info.ID)
	if err != nil {
		t.Fatal(err)
	}
	was := snap.Doc()
	was.Account.Version, was.Plan.Version = d.Account.Version, d.Plan.Version
	if stateOf(t, &was) != kept {
		t.Fatalf("the snapshot is not the plan as it was:\n%+v", domain.Compare(was, *d))
	}
	if err := s.DeleteSnapshot(ctx, info.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Snapshot(ctx, info.ID); domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatalf("a deleted snapshot reads: %v", err)
	}
	if err := s.DeleteSnapshot(ctx, info.ID); domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatalf("deleting twice: %v", err)
	}
	if _, err := s.CreateSnapshot(ctx, "no-such-plan", domain.SnapshotManual, "", ""); domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatalf("a snapshot of no plan: %v", err)
	}
}

// A snapshot exported as a plan file reads back as that state, and names itself as the
// file's merge base, so that the file can come back and be merged.
func TestSnapshotExportsAsAPlanFile(t *testing.T) {
	s := tempStore(t)
	p := importFile(t, s, gen.Portfolio(3)[1])
	d := docOf(t, s, p.ID)
	info, _ := s.CreateSnapshot(ctx, p.ID, domain.SnapshotManual, "T1", "Laura")
	if err := edit(t, s, d, domain.JournalDo, "Laura", domain.SetField{Field: "risks", Value: "después"}); err != nil {
		t.Fatal(err)
	}
	data, err := s.ExportSnapshot(ctx, info.ID)
	if err != nil {
		t.Fatal(err)
	}
	f, err := DecodePlanFile(data)
	if err != nil {
		t.Fatal(err)
	}
	snap, _ := s.Snapshot(ctx, info.ID)
	if f.Plans[0].Risks != snap.Plan.Risks || f.Plans[0].Risks == "después" || len(f.MergeBases) != 1 {
		t.Fatalf("exported risks %q, merge bases %+v", f.Plans[0].Risks, f.MergeBases)
	}
	report, err := s.MergeJSON(ctx, data, MergeOptions{})
	if err != nil || report.Plans[0].Ancestor == nil || len(report.Plans[0].Changes) != 0 {
		t.Fatalf("merging the unchanged export back: %v %+v", err, report)
	}
}
