package storetest

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
)

func journalPages(t *testing.T, s Store) {
	p := importPlan(t, s, gen.Portfolio(1)[0])
	d := docOf(t, s, p.ID)
	before := time.Now().Add(-time.Second)
	for i := range 5 {
		author := []string{"Ana", "Luis"}[i%2]
		edit(t, s, d, history.JournalDo, author, domain.SetField{Field: "wallet.revenue", Value: int64(100 + i)})
	}
	edit(t, s, d, history.JournalDo, "Ana", domain.SetField{Field: "account.notes", Value: "nota"})
	page, err := s.Journal().Page(ctx, p.ID, history.JournalQuery{Limit: 4})
	if err != nil || len(page.Entries) != 4 || !page.More || page.Entries[0].Seq != 6 || !reflect.DeepEqual(page.Authors, []string{"Ana", "Luis"}) {
		t.Fatalf("first page: %+v, %v", page, err)
	}
	first := page.Entries[0]
	if first.Author != "Ana" || first.Kind != history.JournalDo || first.At.Before(before) ||
		!reflect.DeepEqual(first.Edit, domain.Edit(domain.SetField{Field: "account.notes", Value: "nota"})) {
		t.Fatalf("newest entry: %+v", first)
	}
	rest, _ := s.Journal().Page(ctx, p.ID, history.JournalQuery{Before: page.Entries[3].Seq})
	if len(rest.Entries) != 2 || rest.More || rest.Entries[0].Seq != 2 {
		t.Fatalf("second page: %+v", rest.Entries)
	}
	luis, _ := s.Journal().Page(ctx, p.ID, history.JournalQuery{Author: "Luis"})
	if len(luis.Entries) != 2 {
		t.Fatalf("Luis's entries: %d", len(luis.Entries))
	}
	wallet, _ := s.Journal().Page(ctx, p.ID, history.JournalQuery{Section: first.Sections()[0]})
	if len(wallet.Entries) != 1 {
		t.Fatalf("entries of section %s: %d", first.Sections()[0], len(wallet.Entries))
	}
	if again := docOf(t, s, p.ID); again.Plan.Wallet.Revenue != 104 || again.Account.Notes != "nota" {
		t.Fatal("the journaled edits were not saved")
	}
}

func undoTail(t *testing.T, s Store) {
	p := importPlan(t, s, gen.Portfolio(1)[0])
	d := docOf(t, s, p.ID)
	for i := range 12 {
		edit(t, s, d, history.JournalDo, "Ana", domain.SetField{Field: "wallet.revenue", Value: int64(i + 1)})
	}
	undo, redo, err := s.Journal().UndoTail(ctx, p.ID, 5)
	if err != nil || len(undo) != 5 || len(redo) != 0 || undo[0].Seq != 8 || undo[4].Seq != 12 {
		t.Fatalf("undo tail: %d to undo, %d to redo, %v", len(undo), len(redo), err)
	}
	top := undo[4]
	edit(t, s, d, history.JournalUndo, "Ana", top.Inverse)
	undo, redo, _ = s.Journal().UndoTail(ctx, p.ID, 0)
	if len(undo) != 11 || len(redo) != 1 || redo[0].Seq != 13 || d.Plan.Wallet.Revenue != 11 {
		t.Fatalf("after an undo: %d to undo, %d to redo", len(undo), len(redo))
	}
	edit(t, s, d, history.JournalRedo, "Ana", redo[0].Inverse)
	if undo, redo, _ = s.Journal().UndoTail(ctx, p.ID, 0); len(undo) != 12 || len(redo) != 0 {
		t.Fatalf("after a redo: %d to undo, %d to redo", len(undo), len(redo))
	}
	if u, r, err := s.Journal().UndoTail(ctx, "no-such-plan", 0); err != nil || u != nil || r != nil {
		t.Fatalf("a plan without a journal: %v %v %v", u, r, err)
	}
}

func staleSaveJournalsNothing(t *testing.T, s Store) {
	p := importPlan(t, s, gen.Portfolio(1)[0])
	mine, theirs := docOf(t, s, p.ID), docOf(t, s, p.ID)
	edit(t, s, theirs, history.JournalDo, "B", domain.SetField{Field: "risks", Value: "theirs"})
	e := domain.SetField{Field: "risks", Value: "mine"}
	inv, _ := mine.Apply(e)
	err := s.SaveEdits(ctx, mine.Account, mine.Plan, []history.JournalEntry{{PlanID: p.ID, Author: "A", Kind: history.JournalDo, Edit: e, Inverse: inv}})
	wantStale(t, "a stale save with its journal", err)
	page, _ := s.Journal().Page(ctx, p.ID, history.JournalQuery{})
	if len(page.Entries) != 1 || page.Entries[0].Author != "B" {
		t.Fatalf("after a stale save the journal holds %d entries", len(page.Entries))
	}
	if a, _ := s.Account(ctx, p.AccountID); a.Version != theirs.Account.Version {
		t.Fatal("a stale save wrote the account")
	}
	wrong := history.JournalEntry{PlanID: "another-plan", Kind: history.JournalDo, Edit: e, Inverse: inv}
	wantCode(t, "an entry of another plan", s.SaveEdits(ctx, nil, theirs.Plan, []history.JournalEntry{wrong}), domain.CodeInternal)
	if err := s.DeletePlan(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	if page, _ := s.Journal().Page(ctx, p.ID, history.JournalQuery{}); len(page.Entries) != 0 {
		t.Fatal("deleting a plan left its journal")
	}
}

func snapshotsKept(t *testing.T, s Store) {
	p := importPlan(t, s, gen.Portfolio(1)[0])
	kept, err := s.Snapshots().Create(ctx, p.ID, history.SnapshotManual, "antes de la reunión 📌", "Ana")
	if err != nil || kept.ID == "" || kept.PlanID != p.ID {
		t.Fatalf("snapshot: %+v, %v", kept, err)
	}
	d := docOf(t, s, p.ID)
	edit(t, s, d, history.JournalDo, "Ana", domain.SetField{Field: "risks", Value: "after the snapshot"})
	base, err := s.Snapshots().Create(ctx, p.ID, history.SnapshotMergeBase, "", "Ana")
	if err != nil || len(base.ID) != 16 || base.Kind != history.SnapshotMergeBase {
		t.Fatalf("merge base: %+v, %v", base, err)
	}
	again, _ := s.Snapshots().Create(ctx, p.ID, history.SnapshotMergeBase, "", "Ana")
	list, err := s.Snapshots().List(ctx, p.ID)
	if err != nil || len(list) != 2 || again.ID != base.ID || list[0].ID != base.ID || list[1].Label != "antes de la reunión 📌" {
		t.Fatalf("snapshots listed: %+v, %v", list, err)
	}
	snap, err := s.Snapshots().Read(ctx, kept.ID)
	if err != nil || snap.Plan.Risks != p.Risks || snap.Account.Name != d.Account.Name || snap.Author != "Ana" {
		t.Fatalf("snapshot read: %v", err)
	}
	if err := s.Snapshots().Delete(ctx, kept.ID); err != nil {
		t.Fatal(err)
	}
	_, err = s.Snapshots().Read(ctx, kept.ID)
	wantCode(t, "a deleted snapshot", err, domain.CodeNotFound)
	_, err = s.Snapshots().Create(ctx, "no-such-plan", history.SnapshotManual, "", "Ana")
	wantCode(t, "a snapshot of a missing plan", err, domain.CodeNotFound)
}

func importAccounts(t *testing.T, s Store) {
	p := importPlan(t, s, gen.Portfolio(1)[0])
	old, _ := s.Account(ctx, p.AccountID)
	old.Industry = "Minería"
	create := []*domain.Account{{Name: "Nueva Uno", Tier: domain.TierKey}, {Name: "Nueva Dos", Tier: domain.TierOther}}
	if err := s.ImportAccounts(ctx, create, []*domain.Account{old}, "FY2028"); err != nil {
		t.Fatal(err)
	}
	rows, _ := s.Portfolio(ctx)
	if len(rows) != 3 {
		t.Fatalf("after the import the portfolio lists %d plans", len(rows))
	}
	if a, _ := s.Account(ctx, p.AccountID); a.Industry != "Minería" || a.Version != old.Version {
		t.Fatalf("the updated account: %+v", a)
	}
	if a, err := s.AccountByName(ctx, "nueva dos"); err != nil || a.ID != create[1].ID {
		t.Fatalf("an imported account: %+v, %v", a, err)
	}
}

func importAllOrNothing(t *testing.T, s Store) {
	p := importPlan(t, s, gen.Portfolio(1)[0])
	stale, _ := s.Account(ctx, p.AccountID)
	fresh, _ := s.Account(ctx, p.AccountID)
	fresh.Notes = "saved first"
	if err := s.SaveAccount(ctx, fresh); err != nil {
		t.Fatal(err)
	}
	stale.Industry = "from the file"
	var create []*domain.Account
	for i := range 20 {
		create = append(create, &domain.Account{Name: fmt.Sprintf("Importada %d", i), Tier: domain.TierOther})
	}
	wantStale(t, "an import over a stale account", s.ImportAccounts(ctx, create, []*domain.Account{stale}, "FY2028"))
	dup := []*domain.Account{{Name: "Otra", Tier: domain.TierKey}, {Name: "OTRA", Tier: domain.TierKey}}
	wantCode(t, "an import naming one account twice", s.ImportAccounts(ctx, dup, nil, "FY2028"), domain.CodeConflict)
	if rows, _ := s.Portfolio(ctx); len(rows) != 1 {
		t.Fatalf("a refused import wrote %d plans", len(rows)-1)
	}
}

func actionsDue(t *testing.T, s Store) {
	p := importPlan(t, s, gen.Portfolio(1)[0])
	q := importPlan(t, s, gen.Portfolio(2)[1])
	day := func(s string) domain.Date { d, _ := domain.ParseDate(s); return d }
	p.Actions = []domain.Action{
		{ID: "late", Title: "Overdue", Due: day("2020-01-10"), Status: domain.StatusInProgress},
		{ID: "done", Title: "Finished", Due: day("2020-01-11"), Status: domain.StatusDone},
		{ID: "soon", Title: "Due soon", Due: day("2030-01-01"), Status: domain.StatusNotStarted},
		{ID: "later", Title: "Later", Due: day("2031-01-01"), Status: domain.StatusNotStarted},
		{ID: "undated", Title: "No date", Status: domain.StatusBlocked},
	}
	q.Actions = []domain.Action{{ID: "other", Title: "Other plan", Due: day("2021-05-05"), Status: domain.StatusBlocked}}
	for _, x := range []*domain.Plan{p, q} {
		for i := range x.Actions {
			x.Actions[i].ObjectiveIDs = []string{x.Objectives[0].ID}
		}
		for i := range x.KPIs {
			x.KPIs[i].PlanB.ActionIDs = nil // the replaced actions are gone
		}
		if err := s.SavePlan(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	due, err := s.ActionsDue(ctx, []string{q.ID, p.ID}, day("2030-06-30"))
	var got []string
	for _, a := range due {
		got = append(got, a.Action.ID)
	}
	if err != nil || !reflect.DeepEqual(got, []string{"other", "late", "soon"}) || due[0].PlanID != q.ID || due[1].PlanID != p.ID {
		t.Fatalf("actions due: %v, %v", got, err)
	}
	if only, _ := s.ActionsDue(ctx, []string{p.ID}, day("2020-12-31")); len(only) != 1 || only[0].Action.Title != "Overdue" {
		t.Fatalf("actions of one plan: %+v", only)
	}
}
