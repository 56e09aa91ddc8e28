package domain_test

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"kamplan/domain"
)

// sides makes mine and theirs from one ancestor with the given edits.
func sides(t *testing.T, anc *domain.Doc, mine, theirs []domain.Edit) (*domain.Doc, *domain.Doc) {
	t.Helper()
	m, th := copyOf(t, anc), copyOf(t, anc)
	apply(t, m, mine...)
	apply(t, th, theirs...)
	return m, th
}

func result(t *testing.T, m *domain.Merged) *domain.Doc {
	t.Helper()
	d, err := m.Result()
	if err != nil {
		t.Fatal(err)
	}
	return &d
}

func TestMergeKeepsBothSidesChanges(t *testing.T) {
	anc := historyDoc(t)
	p := anc.Plan
	k := p.KPIs[0]
	mineKPI, theirKPI := k, k
	mineKPI.History = append(append([]domain.Measurement(nil), k.History...), domain.Measurement{Period: "2028-01", Value: 81})
	theirKPI.History = append(append([]domain.Measurement(nil), k.History...), domain.Measurement{Period: "2028-02", Value: 84})
	c := p.Contacts[3]
	c.RelNow = domain.RelTrusted
	mine, theirs := sides(t, anc,
		[]domain.Edit{domain.SetField{Field: "wallet.potential", Value: int64(300_000_000)}, domain.ReplaceItem{Coll: domain.CollKPIs, Value: mineKPI},
			domain.AddItem{Coll: domain.CollNotes, At: -1, Value: domain.Note{ID: "mine-note", Text: "Revisión con compras"}}},
		[]domain.Edit{domain.ReplaceItem{Coll: domain.CollContacts, Value: c}, domain.ReplaceItem{Coll: domain.CollKPIs, Value: theirKPI},
			domain.AddItem{Coll: domain.CollNotes, At: -1, Value: domain.Note{ID: "their-note", Text: "Llamada del consultor"}},
			domain.RemoveItem{Coll: domain.CollNotes, ID: p.Notes[0].ID}})
	m := domain.Merge(*anc, *mine, *theirs)
	if len(m.Conflicts) != 0 {
		t.Fatalf("conflicts: %+v", m.Conflicts)
	}
	got := result(t, m).Plan
	h := got.FindKPI(k.ID).History
	if got.Wallet.Potential != 300_000_000 || got.FindContact(c.ID).RelNow != domain.RelTrusted ||
		h[len(h)-2].Period != "2028-01" || h[len(h)-1].Period != "2028-02" {
		t.Errorf("a change was lost: potential %d, relationship %d, last periods %v", got.Wallet.Potential, got.FindContact(c.ID).RelNow, h[len(h)-2:])
	}
	var notes []string
	for _, n := range got.Notes {
		notes = append(notes, n.ID)
	}
	if want := []string{p.Notes[1].ID, "mine-note", "their-note"}; !reflect.DeepEqual(notes, want) {
		t.Errorf("notes %v, want %v", notes, want)
	}
}

func TestMergeConflicts(t *testing.T) {
	anc := historyDoc(t)
	p := anc.Plan
	rename := func(name string) domain.Edit {
		c := p.Contacts[4]
		c.Name = name
		return domain.ReplaceItem{Coll: domain.CollContacts, Value: c}
	}
	action := p.Actions[5]
	action.ContactIDs = append([]string{p.Contacts[6].ID}, action.ContactIDs...)
	tests := []struct {
		name          string
		mine, theirs  []domain.Edit
		field         string
		id            string
		mineWins      func(*domain.Plan) bool
		theirsWins    func(*domain.Plan) bool
		conflictCount int
	}{
		{name: "one field, two values", field: "wallet.revenue",
			mine:       []domain.Edit{domain.SetField{Field: "wallet.revenue", Value: int64(1_000_00)}},
			theirs:     []domain.Edit{domain.SetField{Field: "wallet.revenue", Value: int64(2_000_00)}},
			mineWins:   func(p *domain.Plan) bool { return p.Wallet.Revenue == 1_000_00 },
			theirsWins: func(p *domain.Plan) bool { return p.Wallet.Revenue == 2_000_00 }},
		{name: "a contact renamed twice", field: "name", id: p.Contacts[4].ID,
			mine: []domain.Edit{rename("Ane Goikoetxea")}, theirs: []domain.Edit{rename("Ane Goikoetxea Arrieta")},
			mineWins:   func(p *domain.Plan) bool { return p.Contacts[4].Name == "Ane Goikoetxea" },
			theirsWins: func(p *domain.Plan) bool { return p.Contacts[4].Name == "Ane Goikoetxea Arrieta" }},
		{name: "removed here, changed there", id: p.Contacts[4].ID,
			mine: []domain.Edit{domain.RemoveItem{Coll: domain.CollContacts, ID: p.Contacts[4].ID}}, theirs: []domain.Edit{rename("Ane")},
			mineWins:   func(p *domain.Plan) bool { return p.FindContact(anc.Plan.Contacts[4].ID) == nil },
			theirsWins: func(p *domain.Plan) bool { return p.FindContact(anc.Plan.Contacts[4].ID).Name == "Ane" }},
		{name: "removed here, named there", id: p.Contacts[6].ID,
			mine:       []domain.Edit{domain.RemoveItem{Coll: domain.CollContacts, ID: p.Contacts[6].ID}},
			theirs:     []domain.Edit{domain.ReplaceItem{Coll: domain.CollActions, Value: action}},
			mineWins:   func(p *domain.Plan) bool { return p.FindContact(anc.Plan.Contacts[6].ID) == nil },
			theirsWins: func(p *domain.Plan) bool { return p.FindAction(action.ID).ContactIDs[0] == anc.Plan.Contacts[6].ID }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mine, theirs := sides(t, anc, tt.mine, tt.theirs)
			m := domain.Merge(*anc, *mine, *theirs)
			if len(m.Conflicts) != 1 || m.Conflicts[0].Field != tt.field || m.Conflicts[0].ID != tt.id ||
				len(m.Conflicts[0].Mine) == 0 || len(m.Conflicts[0].Theirs) == 0 || m.Conflicts[0].Take != domain.Mine {
				t.Fatalf("conflicts: %+v", m.Conflicts)
			}
			if !tt.mineWins(result(t, m).Plan) {
				t.Error("by default the stored side is not kept")
			}
			m.TakeAll(domain.Theirs)
			if !tt.theirsWins(result(t, m).Plan) {
				t.Error("taking their side does not keep it")
			}
		})
	}
}

func TestMergeSameChangeOnBothSidesIsNoConflict(t *testing.T) {
	anc := historyDoc(t)
	e := domain.SetField{Field: "risks", Value: "Cambio de dirección de compras"}
	mine, theirs := sides(t, anc, []domain.Edit{e}, []domain.Edit{e})
	m := domain.Merge(*anc, *mine, *theirs)
	if len(m.Conflicts) != 0 || result(t, m).Plan.Risks != "Cambio de dirección de compras" {
		t.Fatalf("conflicts %+v", m.Conflicts)
	}
}

// Without an ancestor every element either side has is kept, and every difference is a
// conflict decided by the preferred side.
func TestMergeUnrelated(t *testing.T) {
	anc := historyDoc(t)
	p := anc.Plan
	mine, theirs := sides(t, anc,
		[]domain.Edit{domain.SetField{Field: "risks", Value: "mine"}, domain.AddItem{Coll: domain.CollNotes, Value: domain.Note{ID: "m", Text: "m"}}},
		[]domain.Edit{domain.SetField{Field: "risks", Value: "theirs"}, domain.AddItem{Coll: domain.CollNotes, Value: domain.Note{ID: "t", Text: "t"}},
			domain.RemoveItem{Coll: domain.CollNotes, ID: p.Notes[0].ID}})
	for _, prefer := range []domain.Side{domain.Mine, domain.Theirs} {
		m := domain.MergeUnrelated(*mine, *theirs, prefer)
		if len(m.Conflicts) != 1 || m.Conflicts[0].Field != "risks" || m.Conflicts[0].Take != prefer {
			t.Fatalf("%s: conflicts %+v", prefer, m.Conflicts)
		}
		got := result(t, m).Plan
		if got.Risks != string(prefer) || len(got.Notes) != len(p.Notes)+2 {
			t.Errorf("%s: risks %q, %d notes", prefer, got.Risks, len(got.Notes))
		}
		m.TakeAll(map[domain.Side]domain.Side{domain.Mine: domain.Theirs, domain.Theirs: domain.Mine}[prefer])
		if got := result(t, m).Plan; got.Risks == string(prefer) {
			t.Errorf("%s: choosing the other side kept %q", prefer, got.Risks)
		}
	}
}

// Property: two random sequences of edits from one ancestor merge the same way every time,
// every change that is in no conflict is in the result, and every field both sides changed
// differently, every element removed on one side and changed on the other, is a conflict.
func TestMergeProperties(t *testing.T) {
	invalid, conflicts := 0, 0
	const runs = 60
	for seed := uint64(1); seed <= runs; seed++ {
		anc := historyDoc(t)
		mine, theirs := copyOf(t, anc), copyOf(t, anc)
		randomRun(t, rand.New(rand.NewPCG(seed, 1)), mine, 25)
		randomRun(t, rand.New(rand.NewPCG(seed, 2)), theirs, 25)
		m := domain.Merge(*anc, *mine, *theirs)
		again := domain.Merge(*anc, *mine, *theirs)
		if shownConflicts(m) != shownConflicts(again) {
			t.Fatalf("seed %d: two merges of the same states differ", seed)
		}
		conflicts += len(m.Conflicts)
		everyConflictReported(t, seed, m, domain.Compare(*anc, *mine), domain.Compare(*anc, *theirs))
		got, err := m.Result()
		if err != nil {
			invalid++
			continue
		}
		if again, _ := again.Result(); snapshot(t, &got) != snapshot(t, &again) {
			t.Fatalf("seed %d: two results of the same merge differ", seed)
		}
		noChangeLost(t, seed, m, anc, &got, domain.Compare(*anc, *mine), domain.Compare(*anc, *theirs))
	}
	t.Logf("%d of %d merges invalid, %d conflicts", invalid, runs, conflicts)
	if invalid > runs/5 || conflicts == 0 {
		t.Fatalf("%d of %d merges gave an invalid plan; %d conflicts in all", invalid, runs, conflicts)
	}
}

func shownConflicts(m *domain.Merged) string {
	out := ""
	for _, c := range m.Conflicts {
		out += c.Name + c.Field + shown(c.Mine) + shown(c.Theirs)
	}
	return out
}

func inConflict(m *domain.Merged, c domain.Change) bool {
	for _, k := range m.Conflicts {
		for _, x := range append(append([]domain.Change(nil), k.Mine...), k.Theirs...) {
			if shown([]domain.Change{x}) == shown([]domain.Change{c}) {
				return true
			}
		}
	}
	return false
}

// target is what a change does, without the names it reads (the other side may rename).
func target(c domain.Change) string {
	c.Name = ""
	return shown([]domain.Change{c})
}

func noChangeLost(t *testing.T, seed uint64, m *domain.Merged, anc, got *domain.Doc, mine, theirs []domain.Change) {
	t.Helper()
	have := map[string]bool{}
	for _, c := range domain.Compare(*anc, *got) {
		have[target(c)] = true
	}
	for _, side := range [][]domain.Change{mine, theirs} {
		for _, c := range side {
			if c.Kind == domain.Moved || inConflict(m, c) {
				continue
			}
			if !have[target(c)] {
				t.Errorf("seed %d: lost %s", seed, shown([]domain.Change{c}))
			}
		}
	}
}

func everyConflictReported(t *testing.T, seed uint64, m *domain.Merged, mine, theirs []domain.Change) {
	t.Helper()
	for _, x := range mine {
		for _, y := range theirs {
			sameField := x.Kind == domain.Changed && y.Kind == domain.Changed && x.Coll == y.Coll && x.ID == y.ID &&
				x.Parent == y.Parent && x.Field == y.Field && !reflect.DeepEqual(x.New, y.New)
			removedChanged := (x.Kind == domain.Removed) != (y.Kind == domain.Removed) && x.Coll == y.Coll && x.ID == y.ID
			if (sameField || removedChanged) && (!inConflict(m, x) || !inConflict(m, y)) {
				t.Errorf("seed %d: no conflict for %s and %s", seed, shown([]domain.Change{x}), shown([]domain.Change{y}))
			}
		}
	}
}
