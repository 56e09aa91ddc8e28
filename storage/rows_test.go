package storage

import (
	"path/filepath"
	"slices"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// oldKinds are the names schema versions up to 8 gave the rows of the plans' lists.
var oldKinds = map[domain.Coll]string{
	domain.CollSWOTs: "swot", domain.CollStrategies: "strategy", domain.CollContacts: "contact",
	domain.CollObjectives: "objective", domain.CollActions: "action", domain.CollKPIs: "kpi",
	domain.CollOfferings: "offering", domain.CollCompetitors: "competitor", domain.CollNotes: "note",
	domain.CollLinks: "link", domain.CollCoverage: "coverage", domain.CollCentres: "centre",
	domain.CollWhiteSpace: "space_cell",
}

// useOldKinds renames the rows of s as schema versions up to 8 named them.
func useOldKinds(t *testing.T, s *Store) {
	t.Helper()
	for coll, old := range oldKinds {
		if _, err := s.db.Exec("UPDATE plan_items SET kind = ? WHERE kind = ?", old, string(coll)); err != nil {
			t.Fatal(err)
		}
	}
}

// idsOf lists, per list of the plan model, the ids of its elements in order.
func idsOf(p *domain.Plan) map[domain.Coll][]string {
	out := map[domain.Coll][]string{}
	d := &domain.Doc{Plan: p}
	for _, c := range domain.Collections() {
		c.Each(d, func(_ int, id string, _ any) { out[c.Name] = append(out[c.Name], id) })
	}
	return out
}

// Every list of a plan is saved and read back whole and in order, those kept in rows of
// their own with one row per element.
func TestEveryListRoundTripsThroughTheStore(t *testing.T) {
	s := tempStore(t)
	f := gen.LargePlan()
	p := importFile(t, s, f)
	want := idsOf(&f.Plans[0])
	got := idsOf(p)
	for _, c := range domain.Collections() {
		t.Run(string(c.Name), func(t *testing.T) {
			if c.Account {
				return // the account's team is the account's: its store tests are the account's
			}
			if len(want[c.Name]) == 0 {
				t.Fatal("the generated plan has none: the test proves nothing")
			}
			if !slices.Equal(got[c.Name], want[c.Name]) {
				t.Errorf("read back %d ids %v…, want %d", len(got[c.Name]), first(got[c.Name]), len(want[c.Name]))
			}
			var rows int
			if err := s.db.QueryRow("SELECT count(*) FROM plan_items WHERE plan_id = ? AND kind = ?", p.ID, string(c.Name)).Scan(&rows); err != nil {
				t.Fatal(err)
			}
			if wantRows := map[bool]int{true: len(want[c.Name])}[c.Rows]; rows != wantRows {
				t.Errorf("%d rows of kind %q, want %d", rows, c.Name, wantRows)
			}
		})
	}
}

func first(ids []string) []string { return ids[:min(3, len(ids))] }

// A database whose rows carry the names of schema version 8 ("contact", "space_cell") is
// upgraded to the lists' names, and every plan reads back as it was.
func TestOldRowKindsBecomeListNames(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v8.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	p := importFile(t, s, gen.LargePlan())
	before := asJSON(t, p)
	useOldKinds(t, s)
	if _, err := s.db.Exec("PRAGMA user_version = 8"); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, s)
	kinds := distinctKinds(t, s)
	var want []string
	for _, c := range rowLists() {
		want = append(want, string(c.Name))
	}
	slices.Sort(want)
	if !slices.Equal(kinds, want) {
		t.Fatalf("rows of kinds %v, want %v", kinds, want)
	}
	q, err := s.LoadPlan(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if asJSON(t, q) != before {
		t.Fatal("the plan reads back otherwise after the upgrade")
	}
	if err := s.SavePlan(ctx, q); err != nil {
		t.Fatalf("saving after the upgrade: %v", err)
	}
}

func distinctKinds(t *testing.T, s *Store) []string {
	t.Helper()
	rows, err := s.db.Query("SELECT DISTINCT kind FROM plan_items ORDER BY kind")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			t.Fatal(err)
		}
		out = append(out, k)
	}
	return out
}
