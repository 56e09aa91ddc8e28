package storage

import (
	"path/filepath"
	"testing"

	"kamplan/domain"
)

// reopen closes the store and opens its file again, migrating it.
func reopen(t *testing.T, s *Store) *Store {
	t.Helper()
	path := s.Path()
	s.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func loadAll(t *testing.T, s *Store, l *legacyAccount) (*domain.Account, []*domain.Plan) {
	t.Helper()
	a, err := s.Account(ctx, l.account.ID)
	if err != nil {
		t.Fatal(err)
	}
	var plans []*domain.Plan
	for _, p := range l.plans {
		q, err := s.LoadPlan(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		plans = append(plans, q)
	}
	return a, plans
}

func openAt(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "old.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// A database at schema version 3 (team members without ids, pairs naming their member,
// owners typed on contacts) is brought to the one coverage model: names become members,
// pairs refer to them by id, owners become pairs, and no contact keeps an owner.
func TestMigrationGivesTeamMembersIDs(t *testing.T) {
	s := openAt(t)
	l := newLegacyAccount(t, s)
	l.writeLegacy(t, s, 3, true)
	s = reopen(t, s)
	a, plans := loadAll(t, s, l)
	l.checkAdopted(t, a, plans)
	var owners int
	if err := s.db.QueryRow("SELECT count(*) FROM plan_items WHERE kind = 'contacts' AND json_extract(body, '$.owner') IS NOT NULL").Scan(&owners); err != nil || owners != 0 {
		t.Fatalf("%d contacts keep an owner (%v)", owners, err)
	}
	if err := s.SaveAccount(ctx, a); err != nil {
		t.Fatalf("saving the migrated account: %v", err)
	}
	if err := s.SavePlan(ctx, plans[0]); err != nil {
		t.Fatalf("saving the migrated plan: %v", err)
	}
}

// A database written before team coverage existed (schema version 2): 003 makes each
// owner that contact's pair, 004 makes the pair's member a team member by id.
func TestMigrationFromBeforeCoverage(t *testing.T) {
	s := openAt(t)
	l := newLegacyAccount(t, s)
	l.writeLegacy(t, s, 2, false)
	s = reopen(t, s)
	a, plans := loadAll(t, s, l)
	l.checkOwnersArePairs(t, a, plans)
}
