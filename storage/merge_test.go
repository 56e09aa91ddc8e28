package storage

import (
	"bytes"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
)

// consultantRoundTrip exports a plan from ours, imports it into the consultant's own
// database, makes theirs there and exports it back: the file that comes back.
func consultantRoundTrip(t *testing.T, ours *Store, name string, theirs ...domain.Edit) []byte {
	t.Helper()
	sent, err := ours.ExportJSON(ctx, name, "")
	if err != nil {
		t.Fatal(err)
	}
	consultant := tempStore(t)
	f, err := consultant.ImportJSON(ctx, sent, false)
	if err != nil {
		t.Fatal(err)
	}
	d := docOf(t, consultant, f.Plans[0].ID)
	for _, e := range theirs {
		if err := edit(t, consultant, d, history.JournalDo, "Consultora", e); err != nil {
			t.Fatal(err)
		}
	}
	back, err := consultant.ExportJSON(ctx, name, "")
	if err != nil {
		t.Fatal(err)
	}
	return back
}

func mergeSetup(t *testing.T) (*Store, *domain.Doc) {
	t.Helper()
	s := tempStore(t)
	p := importFile(t, s, gen.Portfolio(3)[1])
	return s, docOf(t, s, p.ID)
}

// A plan file that went to a consultant and came back edited merges with the plan edited
// here meanwhile: both sides' work is kept, as one edit undone in one step.
func TestMergeAFileThatCameBack(t *testing.T) {
	s, d := mergeSetup(t)
	c := d.Plan.Contacts[2]
	c.RelNow = domain.RelTrusted
	item := domain.SWOTItem{ID: "consultant-item", Quadrant: domain.Threat, Text: "Nuevo competidor asiático", Impact: 4}
	back := consultantRoundTrip(t, s, d.Account.Name, domain.ReplaceItem{Coll: domain.CollContacts, Value: c},
		domain.AddItem{Coll: domain.CollSWOTItems, Parent: d.Plan.SWOTs[0].ID, At: -1, Value: item},
		domain.SetField{Field: "account.industry", Value: "Siderurgia verde"})
	if err := edit(t, s, d, history.JournalDo, "Laura", domain.SetField{Field: "wallet.potential", Value: int64(9_000_000_00)}); err != nil {
		t.Fatal(err)
	}
	before := stateOf(t, docOf(t, s, d.Plan.ID))
	report, err := s.MergeJSON(ctx, back, MergeOptions{Author: "Laura", Source: "plan-consultora.json"})
	if err != nil {
		t.Fatalf("%v %+v", err, report)
	}
	if !report.Written || len(report.Plans) != 1 || report.Plans[0].Ancestor == nil || len(report.Plans[0].Conflicts) != 0 {
		t.Fatalf("report %+v", report)
	}
	got := docOf(t, s, d.Plan.ID)
	if got.Plan.Wallet.Potential != 9_000_000_00 || got.Plan.FindContact(c.ID).RelNow != domain.RelTrusted ||
		got.Account.Industry != "Siderurgia verde" {
		t.Fatalf("a side's work was lost: potential %d, relationship %d, industry %q", got.Plan.Wallet.Potential,
			got.Plan.FindContact(c.ID).RelNow, got.Account.Industry)
	}
	if it, _ := got.Plan.FindItem(item.ID); it == nil {
		t.Fatal("the consultant's SWOT item is missing")
	}
	undo, _, _ := s.Journal().UndoTail(ctx, d.Plan.ID, 1)
	if r, ok := undo[0].Edit.(domain.ReplaceContent); len(undo) != 1 || !ok || r.Cause != domain.CauseMerge || r.Source != "plan-consultora.json" {
		t.Fatalf("the merge is not the last edit of the journal: %+v", undo)
	}
	if err := edit(t, s, got, history.JournalUndo, "Laura", undo[0].Inverse); err != nil {
		t.Fatal(err)
	}
	if stateOf(t, docOf(t, s, d.Plan.ID)) != before {
		t.Fatal("undoing the merge does not give back the plan as it was before")
	}
}

func conflictingFile(t *testing.T) (*Store, *domain.Doc, []byte) {
	t.Helper()
	s, d := mergeSetup(t)
	back := consultantRoundTrip(t, s, d.Account.Name, domain.SetField{Field: "risks", Value: "según la consultora"})
	if err := edit(t, s, d, history.JournalDo, "Laura", domain.SetField{Field: "risks", Value: "según Laura"}); err != nil {
		t.Fatal(err)
	}
	return s, d, back
}

func TestMergeConflictsNeedASide(t *testing.T) {
	s, d, back := conflictingFile(t)
	report, err := s.MergeJSON(ctx, back, MergeOptions{})
	var de *domain.Error
	if !asDomainError(err, &de) || de.Key != "err.merge_conflicts" || report.Written || len(report.Plans[0].Conflicts) != 1 {
		t.Fatalf("%v %+v", err, report)
	}
	if docOf(t, s, d.Plan.ID).Plan.Risks != "según Laura" {
		t.Fatal("a merge stopped by a conflict changed the plan")
	}
	for _, tt := range []struct {
		prefer history.Side
		want   string
	}{{history.Mine, "según Laura"}, {history.Theirs, "según la consultora"}} {
		s, d, back := conflictingFile(t)
		report, err := s.MergeJSON(ctx, back, MergeOptions{Prefer: tt.prefer})
		if err != nil || !report.Written || report.Plans[0].Conflicts[0].Take != tt.prefer {
			t.Fatalf("%s: %v %+v", tt.prefer, err, report)
		}
		if got := docOf(t, s, d.Plan.ID).Plan.Risks; got != tt.want {
			t.Errorf("prefer %s: %q", tt.prefer, got)
		}
		// merged once, the file is an ancestor: merging it again changes nothing
		again, err := s.MergeJSON(ctx, back, MergeOptions{})
		if err != nil || len(again.Plans[0].Changes) != 0 || docOf(t, s, d.Plan.ID).Plan.Risks != tt.want {
			t.Errorf("prefer %s: merging the same file again: %v %+v", tt.prefer, err, again)
		}
	}
}

// A file that names no ancestor this database keeps is merged only with a preferred side,
// and then keeps what either side has.
func TestMergeWithoutAncestor(t *testing.T) {
	s, d := mergeSetup(t)
	back := consultantRoundTrip(t, s, d.Account.Name, domain.SetField{Field: "risks", Value: "consultora"},
		domain.AddItem{Coll: domain.CollNotes, At: -1, Value: domain.Note{ID: "their-note", Text: "de la consultora"}})
	f, err := DecodePlanFile(back)
	if err != nil {
		t.Fatal(err)
	}
	f.MergeBases = nil
	orphan, _ := EncodePlanFile(f)
	if err := edit(t, s, d, history.JournalDo, "Laura", domain.AddItem{Coll: domain.CollNotes, At: -1, Value: domain.Note{ID: "my-note", Text: "mía"}}); err != nil {
		t.Fatal(err)
	}
	report, err := s.MergeJSON(ctx, orphan, MergeOptions{})
	var de *domain.Error
	if !asDomainError(err, &de) || de.Key != "err.merge_no_ancestor" || report.Written || report.Plans[0].Ancestor != nil {
		t.Fatalf("%v %+v", err, report)
	}
	if _, err := s.MergeJSON(ctx, orphan, MergeOptions{Prefer: history.Theirs}); err != nil {
		t.Fatal(err)
	}
	got := docOf(t, s, d.Plan.ID).Plan
	var ids []string
	for _, n := range got.Notes {
		ids = append(ids, n.ID)
	}
	if got.Risks != "consultora" || !containsAll(ids, "their-note", "my-note") {
		t.Fatalf("risks %q, notes %v", got.Risks, ids)
	}
}

func containsAll(xs []string, want ...string) bool {
	for _, w := range want {
		found := false
		for _, x := range xs {
			found = found || x == w
		}
		if !found {
			return false
		}
	}
	return true
}

func asDomainError(err error, de **domain.Error) bool {
	e, ok := err.(*domain.Error)
	*de = e
	return ok
}

func TestMergeOfAnUnknownAccountIsRefused(t *testing.T) {
	s := tempStore(t)
	data, _ := EncodePlanFile(gen.Portfolio(2)[1])
	_, err := s.MergeJSON(ctx, data, MergeOptions{Prefer: history.Theirs})
	var de *domain.Error
	if !asDomainError(err, &de) || de.Key != "err.merge_no_account" {
		t.Fatalf("%v", err)
	}
	if rows, _ := s.Portfolio(ctx); len(rows) != 0 {
		t.Fatal("a refused merge stored something")
	}
}

// A plan of the file the database does not have (a new period) is added by the merge.
func TestMergeAddsAPlanTheDatabaseLacks(t *testing.T) {
	s, d := mergeSetup(t)
	sent, _ := s.ExportJSON(ctx, d.Account.Name, "")
	f, _ := DecodePlanFile(sent)
	next := domain.NewPlan(f.Account.ID, "FY2028")
	f.Plans = append(f.Plans, *next)
	data, _ := EncodePlanFile(f)
	report, err := s.MergeJSON(ctx, data, MergeOptions{})
	if err != nil || len(report.Plans) != 2 || !report.Plans[1].Added {
		t.Fatalf("%v %+v", err, report)
	}
	if _, err := s.LoadPlan(ctx, next.ID); err != nil {
		t.Fatal(err)
	}
}

// Writing the same content twice keeps one merge base: a plan file's bytes depend on the
// plan alone.
func TestMergeBasesAreKeptOncePerContent(t *testing.T) {
	s, d := mergeSetup(t)
	first, _ := s.ExportJSON(ctx, d.Account.Name, "")
	second, _ := s.ExportJSON(ctx, d.Account.Name, "")
	if !bytes.Equal(first, second) {
		t.Fatal("two exports of the same plan differ")
	}
	f, _ := DecodePlanFile(first)
	if len(f.MergeBases) != 1 || f.MergeBases[0].PlanID != d.Plan.ID || len(f.MergeBases[0].Hash) != 64 {
		t.Fatalf("merge bases %+v", f.MergeBases)
	}
	if err := edit(t, s, d, history.JournalDo, "Laura", domain.SetField{Field: "risks", Value: "otro"}); err != nil {
		t.Fatal(err)
	}
	third, _ := s.ExportJSON(ctx, d.Account.Name, "")
	g, _ := DecodePlanFile(third)
	if len(g.MergeBases) != 2 || g.MergeBases[1] != f.MergeBases[0] {
		t.Fatalf("after an edit, merge bases %+v", g.MergeBases)
	}
}

// A plan that went back and forth names every state it came from, and still reads back the
// same bytes in another database: export → import → export is identical wherever it runs.
func TestMergeBasesTravelWithThePlan(t *testing.T) {
	s, d := mergeSetup(t)
	first, _ := s.ExportJSON(ctx, d.Account.Name, "")
	if err := edit(t, s, d, history.JournalDo, "Laura", domain.SetField{Field: "risks", Value: "después"}); err != nil {
		t.Fatal(err)
	}
	second, _ := s.ExportJSON(ctx, d.Account.Name, "")
	other := tempStore(t)
	if _, err := other.ImportJSON(ctx, second, false); err != nil {
		t.Fatal(err)
	}
	again, _ := other.ExportJSON(ctx, d.Account.Name, "")
	if !bytes.Equal(again, second) {
		t.Fatal("export → import → export in another database changed the bytes")
	}
	f, _ := DecodePlanFile(again)
	g, _ := DecodePlanFile(first)
	if len(f.MergeBases) < 2 || f.MergeBases[1] != g.MergeBases[0] {
		t.Fatalf("the earlier state is not named: %+v", f.MergeBases)
	}
}

// twoConflicts is a file and a stored plan that both changed the risks and the context
// differently, and each changed one thing the other did not.
func twoConflicts(t *testing.T) (*Store, *domain.Doc, []byte) {
	t.Helper()
	s, d := mergeSetup(t)
	back := consultantRoundTrip(t, s, d.Account.Name, domain.SetField{Field: "risks", Value: "según la consultora"},
		domain.SetField{Field: "context", Value: "contexto de la consultora"}, domain.SetField{Field: "account.industry", Value: "Siderurgia verde"})
	for _, e := range []domain.Edit{domain.SetField{Field: "risks", Value: "según Laura"}, domain.SetField{Field: "context", Value: "contexto de Laura"},
		domain.SetField{Field: "wallet.potential", Value: int64(9_000_000_00)}} {
		if err := edit(t, s, d, history.JournalDo, "Laura", e); err != nil {
			t.Fatal(err)
		}
	}
	return s, d, back
}

// A side is chosen conflict by conflict; what only one side changed is kept.
func TestMergeChoosesASideInEachConflict(t *testing.T) {
	s, d, back := twoConflicts(t)
	choose := func(planID string, c history.Conflict) history.Side {
		if planID != d.Plan.ID {
			t.Errorf("asked about plan %s", planID)
		}
		return map[string]history.Side{"risks": history.Theirs, "context": history.Mine}[c.Field]
	}
	report, err := s.MergeJSON(ctx, back, MergeOptions{Choose: choose, Source: "vuelta.json"})
	if err != nil || !report.Written || len(report.Plans[0].Conflicts) != 2 {
		t.Fatalf("%v %+v", err, report)
	}
	got := docOf(t, s, d.Plan.ID)
	if got.Plan.Risks != "según la consultora" || got.Plan.Context != "contexto de Laura" ||
		got.Account.Industry != "Siderurgia verde" || got.Plan.Wallet.Potential != 9_000_000_00 {
		t.Fatalf("risks %q, context %q, industry %q, potential %d", got.Plan.Risks, got.Plan.Context, got.Account.Industry, got.Plan.Wallet.Potential)
	}
	undo, _, _ := s.Journal().UndoTail(ctx, d.Plan.ID, 0)
	if r, ok := undo[len(undo)-1].Edit.(domain.ReplaceContent); !ok || r.Cause != domain.CauseMerge || undo[len(undo)-1].Author == "" {
		t.Fatalf("the merge is not one edit on top of the journal, by someone: %+v", undo[len(undo)-1])
	}
}

// A conflict Choose leaves open stops the merge, and says how many are open.
func TestMergeStopsOnAConflictLeftOpen(t *testing.T) {
	s, d, back := twoConflicts(t)
	before := stateOf(t, docOf(t, s, d.Plan.ID))
	choose := func(_ string, c history.Conflict) history.Side {
		if c.Field == "risks" {
			return history.Theirs
		}
		return ""
	}
	report, err := s.MergeJSON(ctx, back, MergeOptions{Choose: choose})
	var de *domain.Error
	if !asDomainError(err, &de) || de.Key != "err.merge_conflicts" || de.Args[0] != 1 || report.Written {
		t.Fatalf("%v %+v", err, report)
	}
	if stateOf(t, docOf(t, s, d.Plan.ID)) != before {
		t.Fatal("a stopped merge changed the plan")
	}
}

// A dry run reports what the merge would do and writes nothing.
func TestMergeDryRunWritesNothing(t *testing.T) {
	s, d := mergeSetup(t)
	back := consultantRoundTrip(t, s, d.Account.Name, domain.SetField{Field: "risks", Value: "consultora"})
	before := stateOf(t, docOf(t, s, d.Plan.ID))
	report, err := s.MergeJSON(ctx, back, MergeOptions{DryRun: true})
	if err != nil || report.Written || len(report.Plans[0].Changes) != 1 || report.Plans[0].Ancestor == nil {
		t.Fatalf("%v %+v", err, report)
	}
	if stateOf(t, docOf(t, s, d.Plan.ID)) != before {
		t.Fatal("a dry run changed the plan")
	}
	if undo, _, _ := s.Journal().UndoTail(ctx, d.Plan.ID, 0); len(undo) != 0 {
		t.Fatalf("a dry run journaled %d edits", len(undo))
	}
}

// Replacing takes the file's plan whole, even without a common ancestor, as one edit that
// undo takes back.
func TestMergeReplaceTakesTheFileWhole(t *testing.T) {
	s, d := mergeSetup(t)
	back := consultantRoundTrip(t, s, d.Account.Name, domain.SetField{Field: "risks", Value: "consultora"})
	f, _ := DecodePlanFile(back)
	f.MergeBases = nil
	orphan, _ := EncodePlanFile(f)
	if err := edit(t, s, d, history.JournalDo, "Laura", domain.AddItem{Coll: domain.CollNotes, At: -1, Value: domain.Note{ID: "my-note", Text: "mía"}}); err != nil {
		t.Fatal(err)
	}
	before := stateOf(t, docOf(t, s, d.Plan.ID))
	if _, err := s.MergeJSON(ctx, orphan, MergeOptions{Replace: true}); err != nil {
		t.Fatal(err)
	}
	got := docOf(t, s, d.Plan.ID)
	if got.Plan.Risks != "consultora" || len(got.Plan.Notes) != len(d.Plan.Notes)-1 {
		t.Fatalf("risks %q, notes %+v", got.Plan.Risks, got.Plan.Notes)
	}
	undo, _, _ := s.Journal().UndoTail(ctx, d.Plan.ID, 1)
	if err := edit(t, s, got, history.JournalUndo, "Laura", undo[0].Inverse); err != nil {
		t.Fatal(err)
	}
	if stateOf(t, docOf(t, s, d.Plan.ID)) != before {
		t.Fatal("undoing the replace does not give back the plan as it was")
	}
}

// A copy is a new account beside the one it came from, under new ids.
func TestImportAsCopy(t *testing.T) {
	s, d := mergeSetup(t)
	sent, _ := s.ExportJSON(ctx, d.Account.Name, "")
	f, err := s.ImportJSONAsCopy(ctx, sent, "  Copia de la consultora ")
	if err != nil {
		t.Fatal(err)
	}
	if f.Account.ID == d.Account.ID || f.Plans[0].ID == d.Plan.ID || f.Account.Name != "Copia de la consultora" {
		t.Fatalf("the copy is not new: %s %s %q", f.Account.ID, f.Plans[0].ID, f.Account.Name)
	}
	copied := docOf(t, s, f.Plans[0].ID)
	if copied.Account.ID != f.Account.ID || len(copied.Plan.Contacts) != len(d.Plan.Contacts) {
		t.Fatalf("the copy holds %d contacts of %d", len(copied.Plan.Contacts), len(d.Plan.Contacts))
	}
	if docOf(t, s, d.Plan.ID).Account.Name != d.Account.Name {
		t.Fatal("the original account changed")
	}
	for _, name := range []string{"copia de la consultora", d.Account.Name, " "} {
		if _, err := s.ImportJSONAsCopy(ctx, sent, name); err == nil {
			t.Errorf("a copy called %q was stored", name)
		}
	}
	var de *domain.Error
	if _, err := s.ImportJSONAsCopy(ctx, sent, d.Account.Name); !asDomainError(err, &de) || de.Key != "err.copy_name_taken" {
		t.Errorf("a taken name: %v", err)
	}
}
