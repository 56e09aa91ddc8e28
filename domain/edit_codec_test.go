package domain_test

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// historyDoc is a generated plan whose portfolio has its attractiveness factors (as the
// store fills them in), so that every kind of score can change.
func historyDoc(t testing.TB) *domain.Doc {
	f := gen.Portfolio(3)[1]
	f.Plans[0].Portfolio.Attractiveness.Factors = domain.DefaultAttractivenessFactors()
	return &domain.Doc{Account: &f.Account, Plan: &f.Plans[0]}
}

func roundTrip(t *testing.T, e domain.Edit) domain.Edit {
	t.Helper()
	b, err := domain.EncodeEdit(e)
	if err != nil {
		t.Fatalf("encode %#v: %v", e, err)
	}
	back, err := domain.DecodeEdit(b)
	if err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	if !reflect.DeepEqual(back, e) {
		t.Fatalf("%s reads back as\n%#v\nnot\n%#v", b, back, e)
	}
	return back
}

// Every edit and its inverse, of random sequences of every kind of edit, reads back from the
// journal's JSON as the very same edit.
func TestEncodedEditsReadBackTheSame(t *testing.T) {
	types := map[string]bool{}
	for seed := uint64(1); seed <= 25; seed++ {
		d := historyDoc(t)
		r := rand.New(rand.NewPCG(seed, 3))
		for range 80 {
			e := gen.RandomEdit(r, d)
			inv, err := d.Apply(e)
			if err != nil {
				continue
			}
			roundTrip(t, e)
			roundTrip(t, inv)
			types[reflect.TypeOf(e).Name()] = true
			types[reflect.TypeOf(inv).Name()] = true
		}
	}
	for _, want := range []string{"SetField", "SetScore", "AddItem", "RemoveItem", "ReplaceItem", "MoveItem", "Batch"} {
		if !types[want] {
			t.Errorf("no %s among the random edits", want)
		}
	}
}

func TestEveryFieldReadsBackAsItsOwnType(t *testing.T) {
	d := historyDoc(t)
	pct := 12.5
	d.Plan.Wallet.MarginPct = &pct
	d.Plan.Commitment.ClientAgreement.Date = domain.NewDate(2027, 3, 31)
	for _, name := range domain.Fields() {
		e := roundTrip(t, domain.SetField{Field: name, Value: d.FieldValue(name)}).(domain.SetField)
		if reflect.TypeOf(e.Value) != reflect.TypeOf(d.FieldValue(name)) {
			t.Errorf("%s reads back as a %T", name, e.Value)
		}
	}
	roundTrip(t, domain.SetField{Field: "wallet.target_share", Value: (*float64)(nil)})
}

func TestEveryListElementReadsBackAsItsType(t *testing.T) {
	d := historyDoc(t)
	p := d.Plan
	elements := map[domain.Coll]any{
		domain.CollSWOTs: p.SWOTs[0], domain.CollSWOTItems: p.SWOTs[0].Items[0], domain.CollContacts: p.Contacts[0],
		domain.CollStrategies: p.Strategies[0], domain.CollObjectives: p.Objectives[0], domain.CollActions: p.Actions[0],
		domain.CollKPIs: p.KPIs[0], domain.CollNotes: p.Notes[0], domain.CollOfferings: p.Wallet.Offerings[0],
		domain.CollCompetitors: p.Wallet.Competitors[0], domain.CollLinks: p.Links[0], domain.CollCoverage: p.Coverage[0],
		domain.CollCentres: p.Centres[0], domain.CollWhiteSpace: p.WhiteSpace[0],
		domain.CollCriteria: p.Portfolio.Strength.Factors[0], domain.CollTeam: d.Account.Team[0],
	}
	for c, v := range elements {
		roundTrip(t, domain.AddItem{Coll: c, Parent: "p", At: 2, Value: v})
		roundTrip(t, domain.ReplaceItem{Coll: c, Value: v})
		roundTrip(t, domain.RemoveItem{Coll: c, Parent: "p", ID: "x"})
		roundTrip(t, domain.MoveItem{Coll: c, ID: "x", To: 3})
	}
	roundTrip(t, domain.Batch{})
	roundTrip(t, domain.Batch{domain.SetScore{Axis: domain.AxisStrength, Factor: "price", Score: 7}, domain.Batch{}})
}

func TestReplaceContentReadsBackTheSame(t *testing.T) {
	d := historyDoc(t)
	e := domain.ReplaceWith(*d, true, domain.CauseMerge, "plan devuelto.json")
	inv, err := d.Apply(e)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, e)
	roundTrip(t, inv)
}

// A journal row that cannot be read is an error that says so, never a crash.
func TestUnreadableEditsAreErrors(t *testing.T) {
	for _, raw := range []string{``, `null`, `[]`, `{"type":"explode"}`, `{"type":"set_field","field":"nope","value":1}`,
		`{"type":"set_field","field":"wallet.potential","value":"3M"}`, `{"type":"add_item","coll":"nope","value":{}}`,
		`{"type":"add_item","coll":"contacts","value":{"influence":"high"}}`, `{"type":"batch","edits":[{"type":"x"}]}`,
		`{"type":"set_field","field":"commitment.client_agreement.date","value":"31/03/2027"}`} {
		e, err := domain.DecodeEdit([]byte(raw))
		var de *domain.Error
		if err == nil || !asError(err, &de) || de.Key != "err.journal_edit" {
			t.Errorf("%s: %#v, %v", raw, e, err)
		}
	}
}

func FuzzDecodeEdit(f *testing.F) {
	d := historyDoc(f)
	for _, e := range []domain.Edit{domain.SetField{Field: "context", Value: "x"}, domain.RemoveItem{Coll: domain.CollContacts, ID: "a"},
		domain.AddItem{Coll: domain.CollKPIs, Value: d.Plan.KPIs[0]}, domain.Batch{domain.SetScore{Axis: domain.AxisStrength, Factor: "price", Score: 3}}} {
		b, _ := domain.EncodeEdit(e)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := domain.DecodeEdit(b)
		if err != nil {
			return
		}
		again, err := domain.EncodeEdit(e)
		if err != nil {
			t.Fatalf("%s decodes to an edit that cannot be written: %v", b, err)
		}
		if _, err := domain.DecodeEdit(again); err != nil {
			t.Fatalf("%s: written again it cannot be read: %v", again, err)
		}
	})
}
