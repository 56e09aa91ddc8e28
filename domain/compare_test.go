package domain_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// randomRun applies n random edits to d, skipping the refused ones, and returns the edits
// applied with their inverses.
func randomRun(t *testing.T, r *rand.Rand, d *domain.Doc, n int) (done []domain.Edit) {
	t.Helper()
	for range n {
		e := gen.RandomEdit(r, d)
		if inv, err := d.Apply(e); err == nil {
			done = append(done, e, inv)
		}
	}
	return done
}

// copyOf is a deep copy of a state.
func copyOf(t testing.TB, d *domain.Doc) *domain.Doc {
	t.Helper()
	r := domain.ReplaceWith(*d, true, "", "")
	a, p := *r.Account, *r.Plan
	return &domain.Doc{Account: &a, Plan: &p}
}

func apply(t *testing.T, d *domain.Doc, es ...domain.Edit) {
	t.Helper()
	for _, e := range es {
		if _, err := d.Apply(e); err != nil {
			t.Fatalf("%#v: %v", e, err)
		}
	}
}

func TestCompareFindsChangesByID(t *testing.T) {
	base := historyDoc(t)
	p := base.Plan
	renamed := p.Contacts[1]
	renamed.Name = "Ane Goikoetxea"
	closer := p.Contacts[2]
	closer.RelNow = domain.RelStrong
	kpi := p.KPIs[0]
	kpi.History = append([]domain.Measurement(nil), kpi.History...)
	kpi.History[0].Value = 77
	item := domain.SWOTItem{ID: "new-item", Quadrant: domain.Opportunity, Text: "Nueva planta en Avilés", Impact: 4}
	tests := []struct {
		name string
		edit domain.Edit
		want []domain.Change
	}{
		{"a renamed contact is changed, not removed and added", domain.ReplaceItem{Coll: domain.CollContacts, Value: renamed},
			[]domain.Change{{Section: domain.SectionContacts, Kind: domain.Changed, Coll: domain.CollContacts, ID: renamed.ID,
				Name: "Ane Goikoetxea", Field: "name", Old: p.Contacts[1].Name, New: "Ane Goikoetxea"}}},
		{"a contact's level", domain.ReplaceItem{Coll: domain.CollContacts, Value: closer},
			[]domain.Change{{Section: domain.SectionContacts, Kind: domain.Changed, Coll: domain.CollContacts, ID: closer.ID,
				Name: closer.Name, Field: "rel_now", Old: p.Contacts[2].RelNow, New: domain.RelStrong}}},
		{"a wallet figure", domain.SetField{Field: "wallet.potential", Value: int64(300_000_000)},
			[]domain.Change{{Section: domain.SectionWallet, Kind: domain.Changed, Field: "wallet.potential", Old: p.Wallet.Potential, New: int64(300_000_000)}}},
		{"a KPI value", domain.ReplaceItem{Coll: domain.CollKPIs, Value: kpi},
			[]domain.Change{{Section: domain.SectionKPIs, Kind: domain.Changed, Coll: domain.CollKPIHistory, Parent: kpi.ID,
				ID: kpi.History[0].Period, Name: kpi.Name, Field: "value", Old: p.KPIs[0].History[0].Value, New: 77.0}}},
		{"a portfolio score", domain.SetScore{Axis: domain.AxisStrength, Factor: "price", Score: 9},
			[]domain.Change{{Section: domain.SectionPortfolio, Kind: domain.Changed, Coll: domain.CollStrengthScores, ID: "price",
				Name: "Price", Field: "score", Old: p.Portfolio.Strength.Scores["price"], New: 9}}},
		{"an added SWOT item", domain.AddItem{Coll: domain.CollSWOTItems, Parent: p.SWOTs[0].ID, At: 0, Value: item},
			[]domain.Change{{Section: domain.SectionSWOT, Kind: domain.Added, Coll: domain.CollSWOTItems, Parent: p.SWOTs[0].ID,
				ID: item.ID, Name: item.Text, New: item}}},
		{"a removed note", domain.RemoveItem{Coll: domain.CollNotes, ID: p.Notes[0].ID},
			[]domain.Change{{Section: domain.SectionCommitment, Kind: domain.Removed, Coll: domain.CollNotes, ID: p.Notes[0].ID,
				Name: p.Notes[0].Text, Old: p.Notes[0]}}},
		{"a moved action", domain.MoveItem{Coll: domain.CollActions, ID: p.Actions[0].ID, To: 2},
			[]domain.Change{{Section: domain.SectionActions, Kind: domain.Moved, Coll: domain.CollActions, ID: p.Actions[0].ID,
				Name: p.Actions[0].Title, Old: 0, New: 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := copyOf(t, base)
			apply(t, d, tt.edit)
			got := domain.Compare(*base, *d)
			if shown(got) != shown(tt.want) {
				t.Errorf("got  %s\nwant %s", shown(got), shown(tt.want))
			}
		})
	}
}

// shown writes what a change says to its reader: its exported fields.
func shown(cs []domain.Change) string {
	out := ""
	for _, c := range cs {
		old, _ := json.Marshal(c.Old)
		now, _ := json.Marshal(c.New)
		out += fmt.Sprintf("{%s %s %s %s %s %q %s %s→%s}", c.Section, c.Kind, c.Coll, c.Parent, c.ID, c.Name, c.Field, old, now)
	}
	return out
}

func TestCompareOfTheSameStateIsEmpty(t *testing.T) {
	d := historyDoc(t)
	if cs := domain.Compare(*d, *copyOf(t, d)); len(cs) != 0 {
		t.Fatalf("%d changes between a plan and its copy: %+v", len(cs), cs)
	}
}

// touched lists what edits (and their inverses, which name what a removal cleaned) can
// have changed: "field/NAME", "COLL/ID", and "COLL/PARENT/*" for a list whose order changed.
func touched(es []domain.Edit) map[string]bool {
	out := map[string]bool{}
	var walk func(e domain.Edit)
	walk = func(e domain.Edit) {
		switch x := e.(type) {
		case domain.Batch:
			for _, y := range x {
				walk(y)
			}
		case domain.SetField:
			out["field/"+string(x.Field)] = true
		case domain.SetScore:
			coll := domain.CollStrengthScores
			if x.Axis == domain.AxisAttractiveness {
				coll = domain.CollAttractivenessScores
			}
			out[string(coll)+"/"+x.Factor] = true
		case domain.AddItem:
			out[string(x.Coll)+"/"+idOf(x.Value)] = true
			out[string(x.Coll)+"/"+x.Parent+"/*"] = true
		case domain.ReplaceItem:
			out[string(x.Coll)+"/"+idOf(x.Value)] = true
		case domain.RemoveItem:
			out[string(x.Coll)+"/"+x.ID] = true
			out[string(x.Coll)+"/"+x.Parent+"/*"] = true
		case domain.MoveItem:
			out[string(x.Coll)+"/"+x.Parent+"/*"] = true
		}
	}
	for _, e := range es {
		walk(e)
	}
	return out
}

func idOf(v any) string { return reflect.ValueOf(v).FieldByName("ID").String() }

// keyOf is the key touched gives the element or field of a change.
func keyOf(c domain.Change) string {
	switch c.Coll {
	case "":
		return "field/" + c.Field
	case domain.CollKPIHistory:
		return "kpis/" + c.Parent
	}
	if c.Kind == domain.Moved {
		return string(c.Coll) + "/" + c.Parent + "/*"
	}
	return string(c.Coll) + "/" + c.ID
}

// For random sequences of edits, Compare lists exactly what they changed: nothing that no
// edit touched, no change whose two values are the same, and enough to rebuild the newer
// state from the older one (a merge with an unchanged side gives the other side).
func TestCompareListsExactlyWhatTheEditsChanged(t *testing.T) {
	for seed := uint64(1); seed <= 40; seed++ {
		r := rand.New(rand.NewPCG(seed, 11))
		a := historyDoc(t)
		b := copyOf(t, a)
		edits := touched(randomRun(t, r, b, 40))
		cs := domain.Compare(*a, *b)
		if len(cs) == 0 {
			t.Fatalf("seed %d: no change found after the random edits", seed)
		}
		for _, c := range cs {
			if !edits[keyOf(c)] {
				t.Errorf("seed %d: %s %s %s %s: no edit touched it", seed, c.Kind, c.Coll, c.ID, c.Field)
			}
			if c.Kind == domain.Changed && reflect.DeepEqual(c.Old, c.New) {
				t.Errorf("seed %d: %s %s: %v → %v is no change", seed, c.Coll, c.Field, c.Old, c.New)
			}
		}
		got, err := domain.Merge(*a, *a, *b).Result()
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if snapshot(t, &got) != snapshot(t, b) {
			t.Fatalf("seed %d: the changes do not rebuild the newer state:\n%+v", seed, domain.Compare(*b, got))
		}
	}
}
