package domain_test

import (
	"encoding/json"
	"testing"

	"kamplan/domain"
)

// A plan remembers that an edit validated it as it is, so that its save validates nothing
// again; anything else leaves a plan to be validated by whoever saves it.
func TestAPlanRemembersOnlyWhatAnEditValidated(t *testing.T) {
	newContext := domain.SetField{Field: domain.FieldContext, Value: "new context"}
	tests := []struct {
		name string
		do   func(t *testing.T, d *domain.Doc) *domain.Plan
		want bool
	}{
		{"an accepted edit of the plan", func(t *testing.T, d *domain.Doc) *domain.Plan {
			mustApply(t, d, newContext)
			return d.Plan
		}, true},
		{"an accepted edit after a save took the plan", func(t *testing.T, d *domain.Doc) *domain.Plan {
			mustApply(t, d, newContext)
			d.Plan.TakeValidated()
			mustApply(t, d, domain.SetField{Field: domain.FieldRisks, Value: "Retraso"})
			return d.Plan
		}, true},
		{"an edit of the account after a save took the plan", func(t *testing.T, d *domain.Doc) *domain.Plan {
			mustApply(t, d, newContext)
			d.Plan.TakeValidated()
			mustApply(t, d, domain.SetField{Field: domain.FieldAccountNotes, Value: "x"})
			return d.Plan
		}, true},
		{"an edit refused after an accepted one", func(t *testing.T, d *domain.Doc) *domain.Plan {
			mustApply(t, d, newContext)
			mustRefuse(t, d, domain.SetField{Field: domain.FieldCurrency, Value: "euro"})
			return d.Plan
		}, true},
		{"an edit refused on a plan as read", func(t *testing.T, d *domain.Doc) *domain.Plan {
			mustRefuse(t, d, domain.SetField{Field: domain.FieldCurrency, Value: "euro"})
			return d.Plan
		}, false},
		{"an edit of the account alone on a plan as read", func(t *testing.T, d *domain.Doc) *domain.Plan {
			mustApply(t, d, domain.SetField{Field: domain.FieldAccountNotes, Value: "x"})
			return d.Plan
		}, false},
		{"an edit of the account after one of the plan", func(t *testing.T, d *domain.Doc) *domain.Plan {
			mustApply(t, d, newContext)
			mustApply(t, d, domain.SetField{Field: domain.FieldAccountNotes, Value: "x"})
			return d.Plan
		}, true},
		{"an edit applied without validation after an accepted one", func(t *testing.T, d *domain.Doc) *domain.Plan {
			mustApply(t, d, newContext)
			if _, err := d.ApplyUnvalidated(domain.SetField{Field: domain.FieldCurrency, Value: "euro"}); err != nil {
				t.Fatal(err)
			}
			return d.Plan
		}, false},
		{"an edit that cannot be applied after an accepted one", func(t *testing.T, d *domain.Doc) *domain.Plan {
			mustApply(t, d, newContext)
			if _, err := d.Apply(domain.RemoveItem{Coll: domain.CollContacts, ID: "nobody"}); err == nil {
				t.Fatal("removing a contact that does not exist was accepted")
			}
			return d.Plan
		}, false},
		{"a copy of a validated plan", func(t *testing.T, d *domain.Doc) *domain.Plan {
			mustApply(t, d, newContext)
			c := *d.Plan
			c.Currency = "euro"
			return &c
		}, false},
		{"a validated plan read back from its JSON", func(t *testing.T, d *domain.Doc) *domain.Plan {
			mustApply(t, d, newContext)
			b, _ := json.Marshal(d.Plan)
			var back domain.Plan
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			return &back
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.do(t, newDoc(t))
			if got := p.TakeValidated(); got != tt.want {
				t.Fatalf("validated: %v, want %v", got, tt.want)
			}
			if p.TakeValidated() {
				t.Fatal("the plan is still taken as validated once asked")
			}
		})
	}
}

func mustApply(t *testing.T, d *domain.Doc, e domain.Edit) {
	t.Helper()
	if _, err := d.Apply(e); err != nil {
		t.Fatalf("apply %#v: %v", e, err)
	}
}

func mustRefuse(t *testing.T, d *domain.Doc, e domain.Edit) {
	t.Helper()
	if _, err := d.Apply(e); err == nil {
		t.Fatalf("%#v was accepted", e)
	}
}
