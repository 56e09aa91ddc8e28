package storage

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
)

// twinPlans imports the large plan into two stores: one saves edits with their journal
// entries (encoding what they reach), the other saves the whole plan, as every other
// caller does.
func twinPlans(t *testing.T) (edits, whole *Store, a, b *domain.Doc) {
	t.Helper()
	edits, whole = tempStore(t), tempStore(t)
	doc := func(s *Store) *domain.Doc {
		p := importFile(t, s, gen.LargePlan())
		acc, err := s.Account(ctx, p.AccountID)
		if err != nil {
			t.Fatal(err)
		}
		return &domain.Doc{Account: acc, Plan: p}
	}
	return edits, whole, doc(edits), doc(whole)
}

// apply applies an edit to both twins and returns the journal entry of the first.
func applyTwice(t *testing.T, a, b *domain.Doc, e domain.Edit) history.JournalEntry {
	t.Helper()
	inv, err := a.Apply(e)
	if err != nil {
		t.Fatalf("apply %#v: %v", e, err)
	}
	if _, err := b.Apply(e); err != nil {
		t.Fatal(err)
	}
	return history.JournalEntry{PlanID: a.Plan.ID, Author: "Laura", Kind: history.JournalDo, Edit: e, Inverse: inv}
}

// planRow is the plan's own row as stored, but for the time of the save.
func planRow(t *testing.T, s *Store, id string) []any {
	t.Helper()
	var period, currency, quadrant, deadline, body string
	var potential, revenue, version int64
	var attr, strength float64
	err := s.db.QueryRow(`SELECT period, currency, potential, revenue, attractiveness, strength, quadrant, next_deadline,
		body, version FROM plans WHERE id = ?`, id).Scan(&period, &currency, &potential, &revenue, &attr, &strength,
		&quadrant, &deadline, &body, &version)
	if err != nil {
		t.Fatal(err)
	}
	return []any{period, currency, potential, revenue, attr, strength, quadrant, deadline, body, version}
}

// changedKeys are the rows of the plans' lists that differ between two snapshots.
func changedKeys(before, after map[string]string) []string {
	var out []string
	for k, v := range after {
		if before[k] != v {
			out = append(out, k)
		}
	}
	for k := range before {
		if _, ok := after[k]; !ok {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// A save of edits with their journal entries encodes only what the edits reach, and writes
// the very rows a save of the whole plan writes: the contact edited and nothing else, the
// rows a removal cleans, the positions a move shifts, the plan's own row for its fields.
func TestASaveOfEditsWritesWhatAWholeSaveWrites(t *testing.T) {
	contact := func(d *domain.Doc, i int) domain.Contact {
		c := d.Plan.Contacts[i]
		c.Title = "Directora de compras"
		return c
	}
	tests := []struct {
		name  string
		edits func(d *domain.Doc) []domain.Edit
		rows  int // rows of the lists changed; -1: whatever the whole save changes
	}{
		{"one contact replaced", func(d *domain.Doc) []domain.Edit {
			return []domain.Edit{domain.ReplaceItem{Coll: domain.CollContacts, Value: contact(d, 7)}}
		}, 1},
		{"a field of the plan", func(d *domain.Doc) []domain.Edit {
			return []domain.Edit{domain.SetField{Field: domain.FieldValueProposition, Value: "Menos paradas de línea"}}
		}, 0},
		{"a field of the account", func(d *domain.Doc) []domain.Edit {
			return []domain.Edit{domain.SetField{Field: domain.FieldAccountNotes, Value: "Cliente desde 2019"}}
		}, 0},
		{"a score of the strength", func(d *domain.Doc) []domain.Edit {
			f := d.Plan.Portfolio.Strength.Factors[0]
			return []domain.Edit{domain.SetScore{Axis: domain.AxisStrength, Factor: f.ID, Score: 1 + d.Plan.Portfolio.Strength.Scores[f.ID]%5}}
		}, 0},
		{"a contact others refer to removed", func(d *domain.Doc) []domain.Edit {
			return []domain.Edit{domain.RemoveItem{Coll: domain.CollContacts, ID: d.Plan.Coverage[0].ContactID}}
		}, -1},
		{"an action moved to the top", func(d *domain.Doc) []domain.Edit {
			return []domain.Edit{domain.MoveItem{Coll: domain.CollActions, ID: d.Plan.Actions[40].ID, To: 0}}
		}, 41},
		{"an action added in the middle", func(d *domain.Doc) []domain.Edit {
			a := d.Plan.Actions[3]
			a.ID, a.Title = "new-action", "Visitar la planta"
			return []domain.Edit{domain.AddItem{Coll: domain.CollActions, At: 100, Value: a}}
		}, 401},
		{"an item of a SWOT added", func(d *domain.Doc) []domain.Edit {
			it := domain.SWOTItem{ID: "new-item", Quadrant: domain.Threat, Text: "Nuevo competidor asiático", Impact: 4}
			return []domain.Edit{domain.AddItem{Coll: domain.CollSWOTItems, Parent: d.Plan.SWOTs[1].ID, At: -1, Value: it}}
		}, 1},
		{"several edits, one undone", func(d *domain.Doc) []domain.Edit {
			c := contact(d, 20)
			return []domain.Edit{domain.ReplaceItem{Coll: domain.CollContacts, Value: c},
				domain.SetField{Field: domain.FieldRisks, Value: "Retraso del pedido marco"},
				domain.ReplaceItem{Coll: domain.CollContacts, Value: d.Plan.Contacts[20]}}
		}, 0},
		{"a whole content replaced (a restore)", func(d *domain.Doc) []domain.Edit {
			q := d.Plan.Clone()
			q.Notes = q.Notes[:1]
			q.Context = "Restaurado"
			return []domain.Edit{domain.ReplaceContent{Plan: q, Cause: domain.CauseRestore}}
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sEdits, sWhole, a, b := twinPlans(t)
			before := snapshot(t, sEdits)
			var entries []history.JournalEntry
			for _, e := range tt.edits(a) {
				entries = append(entries, applyTwice(t, a, b, e))
			}
			if err := sEdits.SaveEdits(ctx, a.Account, a.Plan, entries); err != nil {
				t.Fatal(err)
			}
			if err := sWhole.SaveEdits(ctx, b.Account, b.Plan, nil); err != nil {
				t.Fatal(err)
			}
			got, want := snapshot(t, sEdits), snapshot(t, sWhole)
			if changed := changedKeys(before, got); !slices.Equal(changed, changedKeys(before, want)) ||
				(tt.rows >= 0 && len(changed) != tt.rows) {
				t.Fatalf("rows changed: %d %v…\nwhole save: %d, want %d", len(changed), first(changed), len(changedKeys(before, want)), tt.rows)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatal("the rows differ from those of a whole save")
			}
			if !reflect.DeepEqual(planRow(t, sEdits, a.Plan.ID), planRow(t, sWhole, b.Plan.ID)) {
				t.Fatal("the plan's own row differs from that of a whole save")
			}
			wantSame(t, sEdits, a.Plan)
		})
	}
}

// wantSame checks that the stored plan and the rows the store remembers are the plan's.
func wantSame(t *testing.T, s *Store, p *domain.Plan) {
	t.Helper()
	rows, err := toRows(p)
	if err != nil {
		t.Fatal(err)
	}
	if kept := s.saved.of(p.ID); kept == nil || kept.version != p.Version || kept.body != rows.body || !reflect.DeepEqual(kept.items, rows.items) {
		t.Fatal("the rows the store remembers are not the saved plan's")
	}
	q, err := s.LoadPlan(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if asJSON(t, q) != asJSON(t, p) {
		t.Fatal("the plan reads back otherwise than it was edited")
	}
}

// Random edits of every kind, saved a few at a time with their journal entries, leave in
// the database exactly the plan the editor holds.
func TestRandomEditsSavedWithTheirEntriesReadBackWhole(t *testing.T) {
	s := tempStore(t)
	p := importFile(t, s, gen.LargePlan())
	acc, err := s.Account(ctx, p.AccountID)
	if err != nil {
		t.Fatal(err)
	}
	d := &domain.Doc{Account: acc, Plan: p}
	r := rand.New(rand.NewPCG(22, 7))
	for save := range 60 {
		var entries []history.JournalEntry
		for range 1 + r.IntN(4) {
			e := gen.RandomEdit(r, d)
			inv, err := d.Apply(e)
			if err != nil {
				continue // refused, as a person's edit may be
			}
			entries = append(entries, history.JournalEntry{PlanID: p.ID, Kind: history.JournalDo, Edit: e, Inverse: inv})
		}
		if err := s.SaveEdits(ctx, d.Account, d.Plan, entries); err != nil {
			t.Fatalf("save %d: %v", save, err)
		}
		wantSame(t, s, p)
	}
}
