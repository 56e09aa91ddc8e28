package mergewizard

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage"
	"kamplan/ui/internal/uitest"
)

var ctx = context.Background()

const aceros = "Aceros del Norte, S.A."

// testApp is a window over a database with the sample plans, where a plan file is merged.
type testApp struct {
	*uitest.Shell
	changed int // how many times the wizard said the store changed
}

func newTestApp(t *testing.T, lang string) *testApp { return &testApp{Shell: uitest.NewShell(t, lang)} }

// stored is the sample account with its plan, as the database has it now.
func (a *testApp) stored(t *testing.T) *domain.Doc {
	t.Helper()
	acc, err := a.DB.AccountByName(ctx, aceros)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := a.DB.Portfolio(ctx)
	for _, r := range rows {
		if r.AccountID == acc.ID {
			p, err := a.DB.LoadPlan(ctx, r.PlanID)
			if err != nil {
				t.Fatal(err)
			}
			return &domain.Doc{Account: acc, Plan: p}
		}
	}
	t.Fatal("the sample plan is missing")
	return nil
}

// edit makes edits to the stored plan, as the editor saves them.
func (a *testApp) edit(t *testing.T, es ...domain.Edit) {
	t.Helper()
	save(t, a.DB, a.stored(t), es...)
}

func save(t *testing.T, s *storage.Store, d *domain.Doc, es ...domain.Edit) {
	t.Helper()
	for _, e := range es {
		if _, err := d.Apply(e); err != nil {
			t.Fatalf("%#v: %v", e, err)
		}
	}
	if err := s.SaveAccount(ctx, d.Account); err != nil {
		t.Fatal(err)
	}
	if err := s.SavePlan(ctx, d.Plan); err != nil {
		t.Fatal(err)
	}
}

// cameBack is the plan file of the sample account after a trip to a consultant: exported
// from this database, edited in the consultant's own, exported back.
func (a *testApp) cameBack(t *testing.T, es ...domain.Edit) []byte {
	t.Helper()
	sent, err := a.DB.ExportJSON(ctx, aceros, "")
	if err != nil {
		t.Fatal(err)
	}
	consultant, err := storage.OpenNoSeed(filepath.Join(t.TempDir(), "consultora.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer consultant.Close()
	f, err := consultant.ImportJSON(ctx, sent, false)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := consultant.LoadPlan(ctx, a.stored(t).Plan.ID)
	save(t, consultant, &domain.Doc{Account: &f.Account, Plan: p}, es...)
	back, err := consultant.ExportJSON(ctx, aceros, "")
	if err != nil {
		t.Fatal(err)
	}
	return back
}

// open works the merge of a file out and shows it, as File → Merge plan file does.
func (a *testApp) open(data []byte) *wizard {
	w := newWizard(a, a.DB, data, "vuelta.json", func() { a.changed++ })
	w.workOut()
	return w
}

// press taps a button of the wizard and waits for the merge it starts.
func press(t *testing.T, w *wizard, tap func()) error {
	t.Helper()
	done := make(chan error, 1)
	w.done = func(err error) { done <- err }
	tap()
	return <-done
}

func (a *testApp) dialogText(t *testing.T) string {
	t.Helper()
	return uitest.DialogText(t, a.Win)
}

// What only one side changed comes in; where both changed the same field, the person's pick
// is kept: the file's risks, the stored context. One edit of the plan's history.
func TestMergeKeepsBothSidesAndThePicks(t *testing.T) {
	a := newTestApp(t, "en")
	note := domain.Note{ID: "consultant-note", Text: "Revisar el contrato marco"}
	back := a.cameBack(t, domain.SetField{Field: "risks", Value: "según la consultora"},
		domain.SetField{Field: "context", Value: "contexto de la consultora"},
		domain.SetField{Field: "account.industry", Value: "Siderurgia verde"},
		domain.AddItem{Coll: domain.CollNotes, At: -1, Value: note})
	a.edit(t, domain.SetField{Field: "risks", Value: "según Laura"}, domain.SetField{Field: "context", Value: "contexto de Laura"},
		domain.SetField{Field: "wallet.potential", Value: int64(9_000_000_00)})
	before, _, _ := a.DB.Journal().UndoTail(ctx, a.stored(t).Plan.ID, 0)

	w := a.open(back)
	shown := a.dialogText(t)
	for _, want := range []string{"según Laura", "según la consultora", "contexto de Laura", "Siderurgia verde",
		"Profile › Client industry and operations", "Reviews, resources, risks and sign-off › Risks", "2 conflicts still need a choice"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the merge does not show %q:\n%s", want, shown)
		}
	}
	if len(w.view.rows) != 2 || !w.view.doMerge.Disabled() {
		t.Fatalf("%d conflicts; Merge disabled %v", len(w.view.rows), w.view.doMerge.Disabled())
	}
	test.Tap(w.view.takeTheir)
	for _, r := range w.view.rows {
		if strings.HasSuffix(r.key, "\x00context") {
			r.keepMine.SetSelected(r.keepMine.Options[0])
		}
	}
	if err := press(t, w, func() { test.Tap(w.view.doMerge) }); err != nil {
		t.Fatal(err)
	}
	got := a.stored(t)
	if got.Plan.Risks != "según la consultora" || got.Plan.Context != "contexto de Laura" || got.Account.Industry != "Siderurgia verde" ||
		got.Plan.Wallet.Potential != 9_000_000_00 || !hasNote(got.Plan, note.ID) {
		t.Fatalf("risks %q, context %q, industry %q, potential %d, notes %+v", got.Plan.Risks, got.Plan.Context,
			got.Account.Industry, got.Plan.Wallet.Potential, got.Plan.Notes)
	}
	after, _, _ := a.DB.Journal().UndoTail(ctx, got.Plan.ID, 0)
	if r, ok := after[len(after)-1].Edit.(domain.ReplaceContent); len(after) != len(before)+1 || !ok || r.Cause != domain.CauseMerge || r.Source != "vuelta.json" {
		t.Fatalf("the merge is not one edit on top of the plan's history: %d entries before, %+v", len(before), after)
	}
	if a.changed != 1 || !strings.Contains(a.Status.Text, "Merged “vuelta.json” into "+aceros) {
		t.Fatalf("changed %d times; status %q", a.changed, a.Status.Text)
	}
}

func hasNote(p *domain.Plan, id string) bool {
	for _, n := range p.Notes {
		if n.ID == id {
			return true
		}
	}
	return false
}

// A file with no conflict shows what comes in, in Spanish, and merges it at once.
func TestMergeWithoutConflictsShowsWhatComesIn(t *testing.T) {
	a := newTestApp(t, "es")
	back := a.cameBack(t, domain.SetField{Field: "risks", Value: "según la consultora"})
	w := a.open(back)
	shown := a.dialogText(t)
	if !strings.Contains(shown, "Llega 1 cambio del archivo") || !strings.Contains(shown, "según la consultora") || len(w.view.rows) != 0 {
		t.Fatalf("the merge shows:\n%s", shown)
	}
	if err := press(t, w, func() { test.Tap(w.view.doMerge) }); err != nil {
		t.Fatal(err)
	}
	if got := a.stored(t).Plan.Risks; got != "según la consultora" {
		t.Fatalf("risks %q", got)
	}
	if !strings.Contains(a.Status.Text, "1 cambio, guardado como una modificación que Deshacer revierte") {
		t.Fatalf("status %q", a.Status.Text)
	}
}

// The conflicts are shown in Spanish, and the shortcut keeps every stored version.
func TestMergeKeepAllMineInSpanish(t *testing.T) {
	a := newTestApp(t, "es")
	back := a.cameBack(t, domain.SetField{Field: "risks", Value: "según la consultora"})
	a.edit(t, domain.SetField{Field: "risks", Value: "según Laura"})
	w := a.open(back)
	shown := a.dialogText(t)
	if r := w.view.rows[0]; r.keepMine.Options[0] != "Conservar lo mío" || r.takeTheirs.Options[0] != "Tomar lo del archivo" {
		t.Errorf("the sides are picked with %q and %q", r.keepMine.Options[0], r.takeTheirs.Options[0])
	}
	for _, want := range []string{"«según Laura»", "«según la consultora»", "Falta 1 conflicto por decidir", "1 cosa se cambió aquí y también en el archivo"} {
		if !strings.Contains(shown, want) {
			t.Errorf("no %q in:\n%s", want, shown)
		}
	}
	test.Tap(w.view.keepMine)
	if err := press(t, w, func() { test.Tap(w.view.doMerge) }); err != nil {
		t.Fatal(err)
	}
	if got := a.stored(t).Plan.Risks; got != "según Laura" {
		t.Fatalf("risks %q", got)
	}
}

// Files that cannot be merged are refused with what to do instead; the plans stay as they were.
func TestMergeRefusals(t *testing.T) {
	for _, tt := range []struct {
		name string
		file func(a *testApp, t *testing.T) []byte
		want string
	}{
		{"garbage", func(*testApp, *testing.T) []byte { return []byte("%PDF-1.4 not a plan") }, "“vuelta.json” is not a KAM Planner plan file"},
		{"empty", func(*testApp, *testing.T) []byte { return nil }, "“vuelta.json” is not a KAM Planner plan file"},
		{"newer version", func(a *testApp, t *testing.T) []byte {
			return bytes.Replace(a.cameBack(t), []byte(`"version": 3`), []byte(`"version": 9`), 1)
		}, "written by a newer version of KAM Planner (plan file version 9; this one reads up to 3)"},
		{"plan of another account", func(a *testApp, t *testing.T) []byte {
			f, _ := storage.DecodePlanFile(a.cameBack(t))
			rows, _ := a.DB.Portfolio(ctx)
			f.Plans[0].ID = rows[len(rows)-1].PlanID
			data, _ := storage.EncodePlanFile(f)
			return data
		}, "belongs to another account"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := newTestApp(t, "en")
			data := tt.file(a, t)
			before := a.DB.Path()
			was := stateOf(t, a)
			w := a.open(data)
			if shown := a.dialogText(t); !strings.Contains(shown, tt.want) || !strings.Contains(shown, "Nothing was changed") {
				t.Fatalf("the refusal says:\n%s", shown)
			}
			if w.view != nil || stateOf(t, a) != was || a.changed != 0 || before != a.DB.Path() {
				t.Fatal("a refused file changed the plans")
			}
		})
	}
}

func stateOf(t *testing.T, a *testApp) string {
	t.Helper()
	d := a.stored(t)
	b, _ := storage.EncodePlanFile(domain.PlanFile{Format: domain.PlanFileFormat, Version: domain.PlanFileVersion, Account: *d.Account, Plans: []domain.Plan{*d.Plan}})
	return string(b)
}

// orphan is a file of the sample account that names no state this database keeps.
func (a *testApp) orphan(t *testing.T, es ...domain.Edit) []byte {
	t.Helper()
	f, err := storage.DecodePlanFile(a.cameBack(t, es...))
	if err != nil {
		t.Fatal(err)
	}
	f.MergeBases = nil
	data, _ := storage.EncodePlanFile(f)
	return data
}

// A file with no common ancestor comes in as a copy under the name the person gives it.
func TestUnrelatedFileComesInAsACopy(t *testing.T) {
	a := newTestApp(t, "en")
	was := stateOf(t, a)
	w := a.open(a.orphan(t, domain.SetField{Field: "risks", Value: "según la consultora"}))
	if w.alone == nil || !strings.Contains(a.dialogText(t), "does not keep the state of "+aceros) {
		t.Fatalf("no choice offered:\n%s", a.dialogText(t))
	}
	if w.alone.copyName.Text != aceros+" (copy)" {
		t.Fatalf("the copy is called %q", w.alone.copyName.Text)
	}
	w.alone.copyName.SetText("Aceros — versión de la consultora")
	if err := press(t, w, func() { test.Tap(w.alone.copy) }); err != nil {
		t.Fatal(err)
	}
	copied, err := a.DB.AccountByName(ctx, "Aceros — versión de la consultora")
	if err != nil {
		t.Fatal(err)
	}
	opened := a.Opened[len(a.Opened)-1]
	if p, _ := a.DB.LoadPlan(ctx, opened.PlanID); opened.AccountID != copied.ID || p == nil || p.Risks != "según la consultora" {
		t.Fatalf("the copy's plan was not opened: %+v", opened)
	}
	if stateOf(t, a) != was {
		t.Fatal("the copy changed the stored account")
	}
}

// A file with no common ancestor replaces the stored plan, after a question, as one edit.
func TestUnrelatedFileReplacesThePlan(t *testing.T) {
	a := newTestApp(t, "en")
	w := a.open(a.orphan(t, domain.SetField{Field: "risks", Value: "según la consultora"}))
	a.edit(t, domain.AddItem{Coll: domain.CollNotes, At: -1, Value: domain.Note{ID: "mine", Text: "mía"}})
	test.Tap(w.alone.replace)
	if !strings.Contains(a.dialogText(t), "undo takes it back") {
		t.Fatalf("no question before replacing:\n%s", a.dialogText(t))
	}
	if err := press(t, w, func() { uitest.Answer(t, a.Win, "Replace") }); err != nil {
		t.Fatal(err)
	}
	got := a.stored(t).Plan
	if got.Risks != "según la consultora" || hasNote(got, "mine") || a.changed != 1 {
		t.Fatalf("risks %q, notes %+v, changed %d", got.Risks, got.Notes, a.changed)
	}
	undo, _, _ := a.DB.Journal().UndoTail(ctx, got.ID, 1)
	if r, ok := undo[0].Edit.(domain.ReplaceContent); !ok || r.Cause != domain.CauseMerge {
		t.Fatalf("the replacement is not an edit of the plan's history: %+v", undo)
	}
}

// The file of an account this database lacks can be added instead.
func TestFileOfAnotherAccountCanBeAdded(t *testing.T) {
	a := newTestApp(t, "en")
	other, err := storage.OpenNoSeed(filepath.Join(t.TempDir(), "other.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.CreateAccount(ctx, &domain.Account{Name: "Naviera del Cantábrico", Tier: domain.TierStrategic}, "FY2027"); err != nil {
		t.Fatal(err)
	}
	data, _ := other.ExportJSON(ctx, "Naviera del Cantábrico", "")
	w := a.open(data)
	if !strings.Contains(a.dialogText(t), "holds the plans of Naviera del Cantábrico, which is not in this database") {
		t.Fatalf("the refusal says:\n%s", a.dialogText(t))
	}
	if err := press(t, w, func() { uitest.Answer(t, a.Win, "Add the account") }); err != nil {
		t.Fatal(err)
	}
	acc, err := a.DB.AccountByName(ctx, "Naviera del Cantábrico")
	if err != nil || a.Opened[len(a.Opened)-1].AccountID != acc.ID {
		t.Fatalf("the account was not added and opened: %v %+v", err, a.Opened)
	}
}

// A side chosen for a conflict is looked up by what the conflict is about.
func TestChosenSideIsFoundByTheConflict(t *testing.T) {
	w := &wizard{choices: map[string]history.Side{}}
	c := history.Conflict{Coll: domain.CollContacts, ID: "c1", Field: "rel_now"}
	w.choices[conflictKey("p1", c)] = history.Theirs
	if w.chosen("p1", c) != history.Theirs || w.chosen("p2", c) != "" || w.chosen("p1", history.Conflict{Coll: domain.CollContacts, ID: "c2", Field: "rel_now"}) != "" {
		t.Fatal("a side was found for another conflict")
	}
}

// When the stored plan changes while the person picks (another window saved it) and a new
// conflict appears, nothing is written: the merge is worked out again and shown afresh.
func TestMergeShownAgainWhenTheStoredPlanChanged(t *testing.T) {
	a := newTestApp(t, "en")
	back := a.cameBack(t, domain.SetField{Field: "risks", Value: "según la consultora"},
		domain.SetField{Field: "context", Value: "contexto de la consultora"})
	a.edit(t, domain.SetField{Field: "risks", Value: "según Laura"})
	w := a.open(back)
	test.Tap(w.view.takeTheir)
	a.edit(t, domain.SetField{Field: "context", Value: "contexto de Laura, guardado mientras tanto"})
	was := stateOf(t, a)
	shown := make(chan string, 2)
	w.shown = func(step string) { shown <- step }
	if err := press(t, w, func() { test.Tap(w.view.doMerge) }); err == nil {
		t.Fatal("a merge with a conflict nobody saw was written")
	}
	if step := <-shown; step != "merge" || len(w.view.rows) != 2 || !w.view.doMerge.Disabled() {
		t.Fatalf("shown %q again with %d conflicts, Merge disabled %v", step, len(w.view.rows), w.view.doMerge.Disabled())
	}
	if stateOf(t, a) != was {
		t.Fatal("the refused merge changed the plan")
	}
	for _, r := range w.view.rows {
		if strings.HasSuffix(r.key, "\x00context") {
			r.keepMine.SetSelected(r.keepMine.Options[0])
		}
	}
	if !w.view.doMerge.Disabled() {
		t.Fatal("Merge is on while a conflict on screen has no side picked")
	}
}
