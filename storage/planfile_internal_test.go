package storage

import (
	"bytes"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// The "internal only" switch of every kind of item that has one survives the plan file:
// imported and loaded, then exported and imported into another store, the marked item is
// internal and the next one of its kind shared, as they were.
func TestPlanFileKeepsEveryInternalOnlySwitch(t *testing.T) {
	tests := []struct {
		kind string
		mark func(p *domain.Plan)
		read func(p *domain.Plan) (first, second bool)
	}{
		{"objective", func(p *domain.Plan) { p.Objectives[0].Internal = true },
			func(p *domain.Plan) (bool, bool) { return p.Objectives[0].Internal, p.Objectives[1].Internal }},
		{"KPI", func(p *domain.Plan) { p.KPIs[0].Internal = true },
			func(p *domain.Plan) (bool, bool) { return p.KPIs[0].Internal, p.KPIs[1].Internal }},
		{"note", func(p *domain.Plan) { p.Notes[0].Internal = true },
			func(p *domain.Plan) (bool, bool) { return p.Notes[0].Internal, p.Notes[1].Internal }},
		{"action", func(p *domain.Plan) { p.Actions[0].Internal = true },
			func(p *domain.Plan) (bool, bool) { return p.Actions[0].Internal, p.Actions[1].Internal }},
		{"opportunity", func(p *domain.Plan) { p.Opportunities[0].Internal = true },
			func(p *domain.Plan) (bool, bool) { return p.Opportunities[0].Internal, p.Opportunities[1].Internal }},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			f := gen.Portfolio(1)[0]
			p := &f.Plans[0]
			p.Notes = []domain.Note{{ID: "n-a", Text: "Shared"}, {ID: "n-b", Text: "Shared too"}}
			tt.mark(p)
			data, err := EncodePlanFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(data, []byte(`"internal": true`)) {
				t.Fatal("the plan file does not say the item is internal")
			}
			for _, store := range []string{"imported", "exported and imported again"} {
				s := tempStore(t)
				got, err := s.ImportJSON(ctx, data, false)
				if err != nil {
					t.Fatal(err)
				}
				loaded, err := s.LoadPlan(ctx, got.Plans[0].ID)
				if err != nil {
					t.Fatal(err)
				}
				if first, second := tt.read(loaded); !first || second {
					t.Errorf("%s: the marked %s internal %v, the next one %v", store, tt.kind, first, second)
				}
				data, _ = s.ExportJSON(ctx, f.Account.Name, "")
			}
		})
	}
}
