package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage"
)

const aceros = "Aceros del Norte, S.A."

// change opens the database, applies edits to the account's plan and saves them with their
// journal entries, as the app would.
func change(t *testing.T, db string, edits ...domain.Edit) {
	t.Helper()
	ctx := context.Background()
	s, err := storage.OpenExisting(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, err := s.AccountByName(ctx, aceros)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := s.Portfolio(ctx)
	var p *domain.Plan
	for _, r := range rows {
		if r.AccountID == a.ID {
			p, _ = s.LoadPlan(ctx, r.PlanID)
		}
	}
	d := domain.Doc{Account: a, Plan: p}
	var entries []history.JournalEntry
	for _, e := range edits {
		inv, err := d.Apply(e)
		if err != nil {
			t.Fatal(err)
		}
		entries = append(entries, history.JournalEntry{PlanID: p.ID, Author: "Laura", Kind: history.JournalDo, Edit: e, Inverse: inv})
	}
	if err := s.SaveEdits(ctx, a, p, entries); err != nil {
		t.Fatal(err)
	}
}

// planOf reads the account's plan.
func planOf(t *testing.T, db string) *domain.Plan {
	t.Helper()
	r := run("--db", db, "export-json", "--account", aceros, "--out", "-")
	f, err := storage.DecodePlanFile([]byte(r.stdout))
	if err != nil {
		t.Fatal(err, r.stderr)
	}
	return &f.Plans[0]
}

// cameBack sends the plan to a consultant's database, who makes theirs there, and returns
// the file they send back.
func cameBack(t *testing.T, db string, theirs ...domain.Edit) string {
	t.Helper()
	dir := t.TempDir()
	sent, back, consultant := filepath.Join(dir, "sent.json"), filepath.Join(dir, "back.json"), filepath.Join(dir, "consultant.db")
	for _, args := range [][]string{{"--db", db, "export-json", "--account", aceros, "--out", sent},
		{"--db", consultant, "import-json", sent}} {
		if r := run(args...); r.code != 0 {
			t.Fatalf("%v: %+v", args, r)
		}
	}
	change(t, consultant, theirs...)
	if r := run("--db", consultant, "export-json", "--account", aceros, "--out", back); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	return back
}

func TestImportMergeKeepsBothSides(t *testing.T) {
	db := sampleDB(t, filepath.Join(t.TempDir(), "k.db"))
	back := cameBack(t, db, domain.SetField{Field: "risks", Value: "Riesgo visto por la consultora"})
	change(t, db, domain.SetField{Field: "wallet.potential", Value: int64(5_000_000_00)})
	r := run("--db", db, "import-json", "--merge", back)
	if r.code != 0 || !strings.Contains(r.stdout, "FY2027 of "+aceros+": merged from the state of") ||
		!strings.Contains(r.stdout, "1 change to the stored plan, saved as one edit that can be undone") {
		t.Fatalf("%+v", r)
	}
	if p := planOf(t, db); p.Risks != "Riesgo visto por la consultora" || p.Wallet.Potential != 5_000_000_00 {
		t.Fatalf("risks %q, potential %d", p.Risks, p.Wallet.Potential)
	}
}

func TestImportMergeConflicts(t *testing.T) {
	for _, tt := range []struct {
		prefer, want, kept string
	}{{"", "Riesgo según Laura", ""}, {"stored", "Riesgo según Laura", "kept the stored one"}, {"file", "Riesgo según la consultora", "kept the file's"}} {
		db := sampleDB(t, filepath.Join(t.TempDir(), "k.db"))
		back := cameBack(t, db, domain.SetField{Field: "risks", Value: "Riesgo según la consultora"})
		change(t, db, domain.SetField{Field: "risks", Value: "Riesgo según Laura"})
		args := []string{"--db", db, "import-json", "--merge", back}
		if tt.prefer != "" {
			args = append(args, "--prefer", tt.prefer)
		}
		r := run(args...)
		conflict := "conflict: Reviews, resources, risks and sign-off › Risks: stored “Riesgo según Laura” | file “Riesgo según la consultora”"
		if !strings.Contains(r.stdout, conflict) || !strings.Contains(r.stdout, tt.kept) {
			t.Errorf("prefer %q: %+v", tt.prefer, r)
		}
		if tt.prefer == "" && (r.code != 1 || !strings.Contains(r.stderr, "nothing was merged") || !strings.Contains(r.stderr, "--prefer stored or --prefer file")) {
			t.Errorf("a conflict without --prefer: %+v", r)
		}
		if got := planOf(t, db).Risks; got != tt.want {
			t.Errorf("prefer %q: risks %q", tt.prefer, got)
		}
	}
}

func TestImportMergeWithoutAncestor(t *testing.T) {
	db := sampleDB(t, filepath.Join(t.TempDir(), "k.db"))
	back := cameBack(t, db, domain.SetField{Field: "risks", Value: "consultora"})
	data, _ := os.ReadFile(back)
	f, _ := storage.DecodePlanFile(data)
	f.MergeBases = nil
	orphan, _ := storage.EncodePlanFile(f)
	os.WriteFile(back, orphan, 0o644)
	r := run("--db", db, "import-json", "--merge", back)
	if r.code != 1 || !strings.Contains(r.stdout, "this database does not keep the state the file was made from") ||
		!strings.Contains(r.stderr, "--prefer") || planOf(t, db).Risks == "consultora" {
		t.Fatalf("%+v", r)
	}
	if r := run("--db", db, "import-json", "--merge", "--prefer", "file", back); r.code != 0 || planOf(t, db).Risks != "consultora" {
		t.Fatalf("%+v", r)
	}
}

func TestHistoryUsage(t *testing.T) {
	db := sampleDB(t, filepath.Join(t.TempDir(), "k.db"))
	for _, args := range [][]string{
		{"import-json", "--merge", "--replace", "x.json"},
		{"import-json", "--prefer", "file", "x.json"},
		{"export-pdf", "--account", aceros, "--edition", "client", "--since", "x", "--out", "x.pdf"},
		{"snapshot", "--account", aceros, "--kind", "weekly"},
		{"snapshots"},
		{"restore"},
		{"export-json", "--account", aceros, "--snapshot", "x", "--out", "-"},
	} {
		if r := run(append([]string{"--db", db}, args...)...); r.code != 2 {
			t.Errorf("%v: %+v", args, r)
		}
	}
	if r := run("--db", db, "import-json", "--merge", "--prefer", "both", writeTemp(t, "{}")); r.code != 2 {
		t.Errorf("--prefer both: %+v", r)
	}
}

func writeTemp(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "f.json")
	os.WriteFile(path, []byte(content), 0o644)
	return path
}

func TestSnapshotsAndWhatChangedInThePDF(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	out := filepath.Join(dir, "plan.pdf")
	if r := run("--db", db, "snapshot", "--account", aceros, "--kind", "sign-off", "--label", "Revisión T3"); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	change(t, db, domain.SetField{Field: "wallet.potential", Value: int64(5_000_000_00)})
	r := run("--db", db, "snapshots", "--account", aceros)
	if r.code != 0 || !strings.Contains(r.stdout, "\tsign_off\t") || !strings.Contains(r.stdout, "\tRevisión T3\n") {
		t.Fatalf("%+v", r)
	}
	title := assets.T("es", "pdf.s.changes") // the sample plan's document language
	if r := run("--db", db, "export-pdf", "--account", aceros, "--out", out); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	data, _ := os.ReadFile(out)
	if !contentHas(t, data, title) || !contentHas(t, data, "5.000.000\u00a0€") {
		t.Error("the internal edition does not say what changed since the last sign-off")
	}
	if r := run("--db", db, "export-pdf", "--account", aceros, "--edition", "client", "--out", out); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	if data, _ := os.ReadFile(out); contentHas(t, data, title) {
		t.Error("the client edition says what changed")
	}
	if r := run("--db", db, "export-pdf", "--account", aceros, "--since", "Revisión T9", "--out", out); r.code != 1 || !strings.Contains(r.stderr, "kamplan snapshots") {
		t.Errorf("an unknown snapshot: %+v", r)
	}
	if r := run("--db", db, "snapshots", "--account", aceros); strings.Count(r.stdout, "\texport\t") != 2 {
		t.Errorf("each PDF export keeps a snapshot: %s", r.stdout)
	}
}

func TestRestoreVerb(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	backup := filepath.Join(dir, "copy.db")
	if r := run("--db", db, "backup", "--out", backup); r.code != 0 {
		t.Fatal(r.stderr)
	}
	good, _ := os.ReadFile(backup)
	change(t, db, domain.SetField{Field: "risks", Value: "después de la copia"})
	list := run("--db", db, "list").stdout
	refused := []struct{ name, content, says string }{
		{"garbage.db", "notes of the meeting", "is not a KAM Planner database"},
		{"cut.db", string(good[:len(good)/2]), "is cut short"},
	}
	for _, tt := range refused {
		path := filepath.Join(dir, tt.name)
		os.WriteFile(path, []byte(tt.content), 0o644)
		r := run("--db", db, "restore", path)
		if r.code != 1 || !strings.Contains(r.stderr, tt.says) || !strings.Contains(r.stderr, "the current data is unchanged") {
			t.Errorf("%s: %+v", tt.name, r)
		}
		if run("--db", db, "list").stdout != list || planOf(t, db).Risks != "después de la copia" {
			t.Errorf("%s: a refused restore changed the data", tt.name)
		}
	}
	r := run("--db", db, "restore", backup)
	if r.code != 0 || !strings.Contains(r.stdout, "the database as it was is kept in") || planOf(t, db).Risks == "después de la copia" {
		t.Fatalf("%+v", r)
	}
	fresh := filepath.Join(dir, "new", "k.db")
	if r := run("--db", fresh, "restore", backup); r.code != 0 || !strings.Contains(r.stdout, "there was no database before") ||
		run("--db", fresh, "list").stdout != run("--db", db, "list").stdout {
		t.Fatalf("restoring onto a new machine: %+v", r)
	}
}

// An export keeps the plan as exported, once per state and edition; an export that could not
// be written keeps nothing, so the list never claims a document nobody has.
func TestExportPDFKeepsOneSnapshotPerStateAndNoneWhenNotWritten(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	exports := func() int {
		return strings.Count(run("--db", db, "snapshots", "--account", aceros).stdout, "internal")
	}
	before := exports()
	bad := filepath.Join(dir, "missing", "folder", "plan.pdf")
	if r := run("--db", db, "export-pdf", "--account", aceros, "--out", bad); r.code == 0 {
		t.Fatalf("writing into a missing folder succeeded: %q", r.stdout)
	}
	if got := exports(); got != before {
		t.Fatalf("a failed export kept a snapshot: %d export snapshots, want %d", got, before)
	}
	out := filepath.Join(dir, "plan.pdf")
	for range 2 {
		if r := run("--db", db, "export-pdf", "--account", aceros, "--out", out); r.code != 0 {
			t.Fatal(r.stderr)
		}
	}
	if got := exports(); got != before+1 {
		t.Fatalf("two exports of one state kept %d snapshots, want 1", got-before)
	}
}
