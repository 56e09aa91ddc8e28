package domain_test

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

func newDoc(t *testing.T) *domain.Doc {
	t.Helper()
	f := gen.Portfolio(3)[1]
	d := &domain.Doc{Account: &f.Account, Plan: &f.Plans[0]}
	if err := d.Plan.Validate(); err != nil {
		t.Fatalf("generated plan invalid: %v", err)
	}
	return d
}

func snapshot(t *testing.T, d *domain.Doc) string {
	t.Helper()
	b, err := json.Marshal(struct {
		A *domain.Account
		P *domain.Plan
	}{d.Account, d.Plan})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// apply applies an edit and checks that its inverse brings the document back.
func applyAndUndo(t *testing.T, d *domain.Doc, e domain.Edit) {
	t.Helper()
	before := snapshot(t, d)
	inv, err := d.Apply(e)
	if err != nil {
		t.Fatalf("apply %#v: %v", e, err)
	}
	if snapshot(t, d) == before {
		t.Fatalf("edit %#v changed nothing", e)
	}
	if _, err := d.Apply(inv); err != nil {
		t.Fatalf("undo %#v: %v", inv, err)
	}
	if got := snapshot(t, d); got != before {
		t.Fatalf("undo of %#v did not restore the document", e)
	}
}

func TestEditsAndTheirInverses(t *testing.T) {
	d := newDoc(t)
	p := d.Plan
	client := p.SWOTs[0]
	item := client.Items[0]
	item.Text = "Cambiado"
	contact := p.Contacts[2]
	contact.Influence = 5
	tests := map[string]domain.Edit{
		"set plan text":       domain.SetField{Field: domain.FieldContext, Value: "Nuevo contexto"},
		"set money":           domain.SetField{Field: domain.FieldWalletPotential, Value: int64(987_654_321_00)},
		"set optional pct":    domain.SetField{Field: domain.FieldWalletMarginPct, Value: ptr(12.5)},
		"set account name":    domain.SetField{Field: domain.FieldAccountName, Value: "Otro nombre"},
		"add team member":     domain.AddItem{Coll: domain.CollTeam, At: 0, Value: domain.TeamMember{ID: "m9", Name: "Ana", Role: domain.RoleFinance}},
		"rename team member":  domain.ReplaceItem{Coll: domain.CollTeam, Value: domain.TeamMember{ID: d.Account.Team[0].ID, Name: "Otro", Role: domain.RoleSponsor}},
		"move team member":    domain.MoveItem{Coll: domain.CollTeam, ID: d.Account.Team[0].ID, To: 1},
		"remove team member":  domain.RemoveItem{Coll: domain.CollTeam, ID: d.Account.Team[0].ID},
		"set stage":           domain.SetField{Field: domain.FieldStageNow, Value: domain.Stage(4)},
		"add item":            domain.AddItem{Coll: domain.CollSWOTItems, Parent: client.ID, At: 0, Value: domain.SWOTItem{ID: "new", Quadrant: domain.Threat, Text: "Nueva", Impact: 2}},
		"replace item":        domain.ReplaceItem{Coll: domain.CollSWOTItems, Parent: client.ID, Value: item},
		"move item":           domain.MoveItem{Coll: domain.CollSWOTItems, Parent: client.ID, ID: client.Items[0].ID, To: 3},
		"replace contact":     domain.ReplaceItem{Coll: domain.CollContacts, Value: contact},
		"remove contact":      domain.RemoveItem{Coll: domain.CollContacts, ID: p.Contacts[0].ID},
		"remove strategy":     domain.RemoveItem{Coll: domain.CollStrategies, ID: p.Strategies[0].ID},
		"remove action":       domain.RemoveItem{Coll: domain.CollActions, ID: p.Actions[0].ID},
		"remove kpi":          domain.RemoveItem{Coll: domain.CollKPIs, ID: p.KPIs[0].ID},
		"remove note":         domain.RemoveItem{Coll: domain.CollNotes, ID: p.Notes[0].ID},
		"add offering":        domain.AddItem{Coll: domain.CollOfferings, At: -1, Value: domain.Offering{ID: "o1", Name: "Servicio"}},
		"batch of two fields": domain.Batch{domain.SetField{Field: domain.FieldRisks, Value: "R"}, domain.SetField{Field: domain.FieldResources, Value: "X"}},
	}
	for name, e := range tests {
		t.Run(name, func(t *testing.T) { applyAndUndo(t, d, e) })
	}
}

func ptr(v float64) *float64 { return &v }

func TestRefusedEditChangesNothing(t *testing.T) {
	d := newDoc(t)
	p := d.Plan
	boss := p.Contacts[0]
	boss.ReportsTo = p.Contacts[1].ID
	sub := p.Contacts[1]
	sub.ReportsTo = boss.ID
	tests := map[string]struct {
		edit domain.Edit
		key  string
	}{
		"empty account name": {domain.SetField{Field: domain.FieldAccountName, Value: ""}, ""},
		"influence out of range": {domain.ReplaceItem{Coll: domain.CollContacts,
			Value: func() domain.Contact { c := p.Contacts[3]; c.Influence = 9; return c }()}, ""},
		"reports-to cycle": {domain.Batch{domain.ReplaceItem{Coll: domain.CollContacts, Value: boss},
			domain.ReplaceItem{Coll: domain.CollContacts, Value: sub}}, ""},
		"remove the client SWOT": {domain.RemoveItem{Coll: domain.CollSWOTs, ID: p.SWOTs[0].ID}, "edit.swot_required"},
		"remove an item a strategy uses": {domain.RemoveItem{Coll: domain.CollSWOTItems, Parent: swotOfItem(p, p.Strategies[0].ItemIDs[0]),
			ID: p.Strategies[0].ItemIDs[0]}, "edit.item_in_strategy"},
		"wrong value type": {domain.SetField{Field: domain.FieldWalletPotential, Value: "3M"}, "err.internal"},
		"unknown id":       {domain.RemoveItem{Coll: domain.CollActions, ID: "nope"}, "edit.not_found"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			before := snapshot(t, d)
			_, err := d.Apply(tt.edit)
			if err == nil {
				t.Fatal("the edit was accepted")
			}
			var de *domain.Error
			if tt.key != "" && (!asError(err, &de) || de.Key != tt.key) {
				t.Errorf("error %v, want key %s", err, tt.key)
			}
			if snapshot(t, d) != before {
				t.Error("a refused edit changed the document")
			}
		})
	}
}

func asError(err error, de **domain.Error) bool {
	e, ok := err.(*domain.Error)
	*de = e
	return ok
}

func swotOfItem(p *domain.Plan, id string) string {
	_, w := p.FindItem(id)
	return w.ID
}

func TestRemovingCleansReferences(t *testing.T) {
	d := newDoc(t)
	p := d.Plan
	c := p.Contacts[0]
	var reports, inActions int
	for _, k := range p.Contacts {
		if k.ReportsTo == c.ID {
			reports++
		}
	}
	for _, a := range p.Actions {
		for _, id := range a.ContactIDs {
			if id == c.ID {
				inActions++
			}
		}
	}
	if reports == 0 {
		t.Fatal("the generated plan has nobody reporting to the first contact")
	}
	if _, err := d.Apply(domain.RemoveItem{Coll: domain.CollContacts, ID: c.ID}); err != nil {
		t.Fatal(err)
	}
	for _, k := range p.Contacts {
		if k.ReportsTo == c.ID {
			t.Errorf("%s still reports to a removed contact", k.Name)
		}
	}
	for _, a := range p.Actions {
		for _, id := range a.ContactIDs {
			if id == c.ID {
				t.Errorf("action %s still names a removed contact", a.Title)
			}
		}
	}
}

func TestStrategyThenItsItemCanBeDeleted(t *testing.T) {
	d := newDoc(t)
	s := d.Plan.Strategies[0]
	item := s.ItemIDs[0]
	if _, err := d.Apply(domain.RemoveItem{Coll: domain.CollStrategies, ID: s.ID}); err != nil {
		t.Fatal(err)
	}
	for _, o := range d.Plan.Objectives {
		if o.StrategyID == s.ID {
			t.Error("an objective still names the removed strategy")
		}
	}
	stillUsed := false
	for _, other := range d.Plan.Strategies {
		for _, id := range other.ItemIDs {
			stillUsed = stillUsed || id == item
		}
	}
	_, err := d.Apply(domain.RemoveItem{Coll: domain.CollSWOTItems, Parent: swotOfItem(d.Plan, item), ID: item})
	if (err == nil) == stillUsed {
		t.Errorf("removing the item: %v (still used by another strategy: %v)", err, stillUsed)
	}
	if err := d.Plan.Validate(); err != nil {
		t.Errorf("the plan is no longer valid: %v", err)
	}
}

// TestRandomEditsUndoToTheOriginal applies many random edits, then undoes them all: the
// document must be exactly what it was.
func TestRandomEditsUndoToTheOriginal(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		d := newDoc(t)
		r := rand.New(rand.NewPCG(seed, 7))
		original := snapshot(t, d)
		var undo []domain.Edit
		for range 60 {
			if inv, err := d.Apply(randomEdit(r, d.Plan)); err == nil {
				undo = append(undo, inv)
			}
		}
		if len(undo) < 20 {
			t.Fatalf("seed %d: only %d of 60 random edits applied", seed, len(undo))
		}
		for i := len(undo) - 1; i >= 0; i-- {
			if _, err := d.Apply(undo[i]); err != nil {
				t.Fatalf("seed %d: undo %d: %v", seed, i, err)
			}
		}
		if got := snapshot(t, d); got != original {
			t.Fatalf("seed %d: after undoing every edit the document differs", seed)
		}
	}
}

func randomEdit(r *rand.Rand, p *domain.Plan) domain.Edit {
	w := p.SWOTs[r.IntN(len(p.SWOTs))]
	switch r.IntN(9) {
	case 0:
		return domain.SetField{Field: domain.FieldContext, Value: randomText(r)}
	case 1:
		return domain.SetField{Field: domain.FieldWalletRevenue, Value: int64(r.IntN(1e9))}
	case 2:
		return domain.AddItem{Coll: domain.CollSWOTItems, Parent: w.ID, At: r.IntN(5),
			Value: domain.SWOTItem{ID: domain.NewID(), Quadrant: domain.Quadrants[r.IntN(4)], Text: randomText(r), Impact: 1 + r.IntN(5)}}
	case 3:
		if len(w.Items) > 0 {
			it := w.Items[r.IntN(len(w.Items))]
			it.Text, it.Impact = randomText(r), 1+r.IntN(5)
			return domain.ReplaceItem{Coll: domain.CollSWOTItems, Parent: w.ID, Value: it}
		}
	case 4:
		if len(w.Items) > 0 {
			return domain.RemoveItem{Coll: domain.CollSWOTItems, Parent: w.ID, ID: w.Items[r.IntN(len(w.Items))].ID}
		}
	case 5:
		if len(p.Contacts) > 2 {
			return domain.RemoveItem{Coll: domain.CollContacts, ID: p.Contacts[r.IntN(len(p.Contacts))].ID}
		}
	case 6:
		if len(p.Contacts) == 0 {
			break
		}
		c := p.Contacts[r.IntN(len(p.Contacts))]
		c.Influence, c.Attitude = 1+r.IntN(5), r.IntN(5)-2
		c.ReportsTo = p.Contacts[r.IntN(len(p.Contacts))].ID
		return domain.ReplaceItem{Coll: domain.CollContacts, Value: c}
	case 7:
		if len(p.Objectives) > 0 {
			return domain.RemoveItem{Coll: domain.CollObjectives, ID: p.Objectives[r.IntN(len(p.Objectives))].ID}
		}
	case 8:
		if len(p.Actions) > 0 {
			return domain.MoveItem{Coll: domain.CollActions, ID: p.Actions[r.IntN(len(p.Actions))].ID, To: r.IntN(len(p.Actions))}
		}
	}
	return domain.SetField{Field: domain.FieldRisks, Value: randomText(r)}
}

func randomText(r *rand.Rand) string {
	words := []string{"plan", "cliente", "😀", "合同", "año", "—", "x"}
	return words[r.IntN(len(words))] + " " + words[r.IntN(len(words))]
}

func TestEveryFieldRoundTrips(t *testing.T) {
	d := newDoc(t)
	for _, name := range domain.Fields() {
		v := d.FieldValue(name)
		if _, err := d.Apply(domain.SetField{Field: name, Value: v}); err != nil {
			t.Errorf("%s: setting its own value was refused: %v", name, err)
		}
		if got := d.FieldValue(name); !reflect.DeepEqual(got, v) {
			t.Errorf("%s: %v became %v", name, v, got)
		}
	}
}
