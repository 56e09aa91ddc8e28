package storage

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"kamplan/domain"
)

// twoWriters opens one seeded database file twice, as the app and the command line would.
func twoWriters(t *testing.T) (a, b *Store, path string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "kamplan.db")
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close(); b.Close() })
	return a, b, path
}

func mainPlanID(t *testing.T, s *Store) string {
	t.Helper()
	acc, err := s.AccountByName(ctx, "Aceros del Norte, S.A.")
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := s.Portfolio(ctx)
	for _, r := range rows {
		if r.AccountID == acc.ID {
			return r.PlanID
		}
	}
	t.Fatal("no plan for the sample account")
	return ""
}

// asJSON compares what a user sees of a stored value, whatever its version.
func asJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func wantConflict(t *testing.T, err error) {
	t.Helper()
	if domain.CodeOf(err) != domain.CodeConflict {
		t.Fatalf("a stale save gave %v, want a conflict", err)
	}
	if !domain.IsStale(err) {
		t.Fatalf("a stale save gave %#v, want a stale-save conflict", err)
	}
}

func TestStalePlanSaveIsAConflict(t *testing.T) {
	a, b, path := twoWriters(t)
	id := mainPlanID(t, a)
	pa, _ := a.LoadPlan(ctx, id)
	pb, _ := b.LoadPlan(ctx, id)
	pb.ValueProposition = "B's proposition"
	pb.Notes = append(pb.Notes, domain.Note{ID: "note-b", Text: "written by B"})
	pb.Contacts[0].Title = "B's title"
	if err := b.SavePlan(ctx, pb); err != nil {
		t.Fatal(err)
	}
	pa.Context = "A's context"
	pa.Contacts[1].Title = "A's title"
	pa.Notes = nil
	wantConflict(t, a.SavePlan(ctx, pa))

	fresh, err := OpenNoSeed(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	stored, _ := fresh.LoadPlan(ctx, id)
	if asJSON(t, stored) != asJSON(t, pb) {
		t.Fatal("the database does not hold B's plan whole")
	}

	// The loser reloads, gets B's plan, and its next save goes through.
	again, err := a.LoadPlan(ctx, id)
	if err != nil || asJSON(t, again) != asJSON(t, pb) || again.Version != pb.Version {
		t.Fatalf("reloading after a conflict: %v", err)
	}
	again.Context = "A's context, redone"
	if err := a.SavePlan(ctx, again); err != nil {
		t.Fatalf("saving the reloaded plan: %v", err)
	}
	if err := a.SavePlan(ctx, again); err != nil {
		t.Fatalf("saving twice in a row: %v", err)
	}
	if err := b.SavePlan(ctx, pb); domain.CodeOf(err) != domain.CodeConflict {
		t.Fatalf("B's now stale save gave %v", err)
	}
}

func TestSaveBumpsTheVersion(t *testing.T) {
	s := seededStore(t)
	p, _ := s.LoadPlan(ctx, mainPlanID(t, s))
	before := p.Version
	p.Context = "edited"
	if err := s.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	q, _ := s.LoadPlan(ctx, p.ID)
	if before == 0 || p.Version <= before || q.Version != p.Version {
		t.Fatalf("versions: loaded %d, after save %d, reloaded %d", before, p.Version, q.Version)
	}
}

// A plan deleted and imported again under the same ids must not look like the old one.
func TestReplacedPlanIsAConflictForItsOldCopy(t *testing.T) {
	a, b, _ := twoWriters(t)
	id := mainPlanID(t, a)
	pa, _ := a.LoadPlan(ctx, id)
	data, err := b.ExportJSON(ctx, "Aceros del Norte, S.A.", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.ImportJSON(ctx, data, true); err != nil {
		t.Fatal(err)
	}
	pa.Context = "A's context"
	wantConflict(t, a.SavePlan(ctx, pa))
}

func TestStaleAccountSaveIsAConflict(t *testing.T) {
	a, b, path := twoWriters(t)
	accA, _ := a.AccountByName(ctx, "Aceros del Norte, S.A.")
	accB, _ := b.AccountByName(ctx, "Aceros del Norte, S.A.")
	accB.Industry = "B's industry"
	if err := b.SaveAccount(ctx, accB); err != nil {
		t.Fatal(err)
	}
	accA.Notes = "A's notes"
	wantConflict(t, a.SaveAccount(ctx, accA))
	fresh, _ := OpenNoSeed(path)
	defer fresh.Close()
	stored, _ := fresh.Account(ctx, accB.ID)
	if asJSON(t, stored) != asJSON(t, accB) {
		t.Fatal("the database does not hold B's account")
	}
	again, _ := a.Account(ctx, accA.ID)
	again.Notes = "A's notes, redone"
	if err := a.SaveAccount(ctx, again); err != nil {
		t.Fatalf("saving the reloaded account: %v", err)
	}
}

func TestStaleSettingsSaveIsAConflict(t *testing.T) {
	a, b, path := twoWriters(t)
	stA, _ := a.Settings(ctx) // nothing stored yet: both start from the defaults
	stB, _ := b.Settings(ctx)
	stB.CompanyName = "B's company"
	if err := b.SaveSettings(ctx, &stB); err != nil {
		t.Fatal(err)
	}
	stA.Paper = "letter"
	wantConflict(t, a.SaveSettings(ctx, &stA))
	stB.Accent = "#AA0000" // B's copy was bumped: B saves again
	if err := b.SaveSettings(ctx, &stB); err != nil {
		t.Fatal(err)
	}
	fresh, _ := OpenNoSeed(path)
	defer fresh.Close()
	stored, _ := fresh.Settings(ctx)
	if asJSON(t, stored) != asJSON(t, stB) || stored.Version != stB.Version {
		t.Fatal("the database does not hold B's settings")
	}
	stA, _ = a.Settings(ctx)
	stA.Paper = "letter"
	if err := a.SaveSettings(ctx, &stA); err != nil {
		t.Fatalf("saving the reloaded settings: %v", err)
	}
}

// A database of the first schema gains versions: its plans load at version 1 and save.
func TestVersionsMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"ALTER TABLE accounts DROP COLUMN version", "ALTER TABLE plans DROP COLUMN version",
		"ALTER TABLE settings DROP COLUMN version", "DROP TABLE revision", "PRAGMA user_version = 1"} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if matches, _ := filepath.Glob(path + ".bak-v1-*"); len(matches) != 1 {
		t.Fatalf("no copy before the upgrade: %v", matches)
	}
	p, err := s.LoadPlan(ctx, mainPlanID(t, s))
	if err != nil {
		t.Fatal(err)
	}
	if p.Version != 1 {
		t.Fatalf("after the upgrade: version %d, want 1", p.Version)
	}
	p.Context = "after the upgrade"
	if err := s.SavePlan(ctx, p); err != nil || p.Version <= 1 {
		t.Fatalf("saving after the upgrade: version %d, %v", p.Version, err)
	}
}
