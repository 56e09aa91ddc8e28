// Package storetest is the contract every store of plans keeps: one test suite run against
// the SQLite store (package storage) and the team's PostgreSQL store (storage/postgres), so
// that the app, the command line and the sync between them cannot tell the two apart.
package storetest

import (
	"context"
	"encoding/json"
	"testing"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage/csvimport"
)

// Store is what the app needs of a store: ui/shell.Store, spelled out here so that the
// stores' tests need not build the desktop's packages.
type Store interface {
	domain.Store
	history.Store
	csvimport.AccountStore
}

// Run runs the contract against the stores open makes: each call a new, empty store, closed
// by the test's cleanup.
func Run(t *testing.T, open func(t *testing.T) Store) {
	tests := []struct {
		name string
		run  func(t *testing.T, s Store)
	}{
		{"AccountsAndPlans", accountsAndPlans},
		{"NamesAreUniqueWhateverTheirCase", namesUnique},
		{"StalePlanSaveWritesNothing", stalePlanSave},
		{"StaleAccountAndSettingsSaves", staleAccountAndSettings},
		{"Settings", settings},
		{"JournalPagesAndFilters", journalPages},
		{"UndoTail", undoTail},
		{"StaleSaveJournalsNothing", staleSaveJournalsNothing},
		{"Snapshots", snapshotsKept},
		{"RollForward", rollForward},
		{"ImportAccounts", importAccounts},
		{"ImportAccountsIsOneTransaction", importAllOrNothing},
		{"ActionsDue", actionsDue},
		{"NextReview", nextReview},
		{"OddText", oddText},
		{"InternalOnly", internalOnly},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.run(t, open(t)) })
	}
}

var ctx = context.Background()

// importPlan stores a plan file's account and first plan as the app would: the account
// created with an empty plan, then the plan's content saved over it.
func importPlan(t testing.TB, s Store, f domain.PlanFile) *domain.Plan {
	t.Helper()
	a := f.Account
	empty, err := s.CreateAccount(ctx, &a, f.Plans[0].Period)
	if err != nil {
		t.Fatal(err)
	}
	p := f.Plans[0].Clone()
	p.ID, p.AccountID, p.Version = empty.ID, a.ID, empty.Version
	if err := s.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	return p
}

func docOf(t testing.TB, s Store, planID string) *domain.Doc {
	t.Helper()
	p, err := s.LoadPlan(ctx, planID)
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.Account(ctx, p.AccountID)
	if err != nil {
		t.Fatal(err)
	}
	return &domain.Doc{Account: a, Plan: p}
}

// edit applies e and saves it with its journal entry, as the editor does.
func edit(t testing.TB, s Store, d *domain.Doc, kind history.JournalKind, author string, e domain.Edit) {
	t.Helper()
	inv, err := d.Apply(e)
	if err != nil {
		t.Fatal(err)
	}
	entry := history.JournalEntry{PlanID: d.Plan.ID, Author: author, Kind: kind, Edit: e, Inverse: inv}
	if err := s.SaveEdits(ctx, d.Account, d.Plan, []history.JournalEntry{entry}); err != nil {
		t.Fatalf("saving %#v: %v", e, err)
	}
}

// asJSON is what a person sees of a stored value, whatever its version.
func asJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func wantCode(t *testing.T, what string, err error, code domain.Code) {
	t.Helper()
	if domain.CodeOf(err) != code || err == nil {
		t.Fatalf("%s: got %v, want a %s error", what, err, code)
	}
}

func wantStale(t *testing.T, what string, err error) {
	t.Helper()
	if !domain.IsStale(err) {
		t.Fatalf("%s: got %#v, want a stale-save conflict", what, err)
	}
}
