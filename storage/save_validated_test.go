package storage

import (
	"encoding/json"
	"reflect"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// A plan is validated once per save: the editor's plan, which Doc.Apply validated, is not
// validated again, and every plan from anywhere else — the command line, an importer, a
// copy — is, so that an invalid one writes nothing.
func TestEveryPlanNoEditValidatedIsValidatedBySave(t *testing.T) {
	invalid := func(p *domain.Plan) { p.Contacts[3].Influence = 7 }
	tests := []struct {
		name string
		plan func(t *testing.T, s *Store, p *domain.Plan) *domain.Plan
	}{
		{"a plan read from the store and changed", func(t *testing.T, s *Store, p *domain.Plan) *domain.Plan {
			invalid(p)
			return p
		}},
		{"a plan decoded from JSON", func(t *testing.T, s *Store, p *domain.Plan) *domain.Plan {
			b, _ := json.Marshal(p)
			var q domain.Plan
			if err := json.Unmarshal(b, &q); err != nil {
				t.Fatal(err)
			}
			q.Version = p.Version
			invalid(&q)
			return &q
		}},
		{"a changed copy of a plan an edit validated", func(t *testing.T, s *Store, p *domain.Plan) *domain.Plan {
			mustEdit(t, p, domain.SetField{Field: domain.FieldContext, Value: "Nuevo contexto"})
			q := *p
			q.Contacts = append([]domain.Contact(nil), p.Contacts...)
			invalid(&q)
			return &q
		}},
		{"a plan an edit validated, saved, then changed", func(t *testing.T, s *Store, p *domain.Plan) *domain.Plan {
			mustEdit(t, p, domain.SetField{Field: domain.FieldContext, Value: "Nuevo contexto"})
			if err := s.SavePlan(ctx, p); err != nil {
				t.Fatal(err)
			}
			invalid(p)
			return p
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tempStore(t)
			p := tt.plan(t, s, importFile(t, s, gen.LargePlan()))
			before := snapshot(t, s)
			err := s.SavePlan(ctx, p)
			if ps, ok := err.(domain.Problems); !ok || ps[0].Path != "contacts[3].influence" {
				t.Fatalf("saving an invalid plan gave %v", err)
			}
			if !reflect.DeepEqual(before, snapshot(t, s)) {
				t.Fatal("an invalid save changed the database")
			}
		})
	}
}

// The editor's plan, validated by its edit, is saved and reads back as it was edited.
func TestAPlanAnEditValidatedIsSaved(t *testing.T) {
	s := tempStore(t)
	p := importFile(t, s, gen.LargePlan())
	c := p.Contacts[9]
	c.Phone = "+34 600 000 000"
	mustEdit(t, p, domain.ReplaceItem{Coll: domain.CollContacts, Value: c})
	if err := s.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	q, err := s.LoadPlan(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if asJSON(t, q) != asJSON(t, p) {
		t.Fatal("the plan reads back otherwise than it was edited")
	}
}

// mustEdit applies an edit to a plan as the editor does.
func mustEdit(t *testing.T, p *domain.Plan, e domain.Edit) domain.Edit {
	t.Helper()
	inv, err := (&domain.Doc{Plan: p}).Apply(e)
	if err != nil {
		t.Fatalf("apply %#v: %v", e, err)
	}
	return inv
}
