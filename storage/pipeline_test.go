package storage

import (
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/pipeline"
)

// The portfolio lists each plan's pipeline as last saved, without reading the plan.
func TestPortfolioSumsThePipeline(t *testing.T) {
	s := seededStore(t)
	id := mainPlanID(t, s)
	row := func() domain.PlanSummary {
		rows, _ := s.Portfolio(ctx)
		for _, r := range rows {
			if r.PlanID == id {
				return r
			}
		}
		t.Fatal("no row")
		return domain.PlanSummary{}
	}
	// the sample: open 150 + 400 + 240 + 300 k€, weighted 15 + 100 + 120 + 225 k€, won 180 k€,
	// and its revenue objective of 600 k€ served by 180 k€ won
	got := row()
	if got.Pipeline != 1_090_000_00 || got.Weighted != 460_000_00 || got.Won != 180_000_00 || got.Gap != 420_000_00 {
		t.Fatalf("sample: pipeline %d weighted %d won %d gap %d", got.Pipeline, got.Weighted, got.Won, got.Gap)
	}
	p, err := s.LoadPlan(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	i := len(p.Opportunities) - 2 // Servicios en la nube para la planta de Bilbao: 150 k€ in Qualify
	p.Opportunities[i].Stage, p.Opportunities[i].Probability = domain.StageWon, 100
	p.Opportunities[i].ClosedOn, p.Opportunities[i].Reason = domain.NewDate(2026, 12, 1), "Precio cerrado"
	if err := s.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	got = row()
	if got.Pipeline != 940_000_00 || got.Weighted != 445_000_00 || got.Won != 330_000_00 || got.Gap != 270_000_00 {
		t.Fatalf("after a win: pipeline %d weighted %d won %d gap %d", got.Pipeline, got.Weighted, got.Won, got.Gap)
	}
}

// BenchmarkOpenAndSumPipeline opens a plan of 500 opportunities (and a portfolio plan's
// other lists) and sums its pipeline against its objectives (aim: under 50 ms).
func BenchmarkOpenAndSumPipeline(b *testing.B) {
	s := tempStore(b)
	f := gen.Portfolio(1)[0]
	p := &f.Plans[0]
	for i := 0; len(p.Opportunities) < 500; i++ {
		d := p.Opportunities[i]
		d.ID = domain.NewID()
		p.Opportunities = append(p.Opportunities, d)
	}
	stored := importFile(b, s, f)
	b.ResetTimer()
	for b.Loop() {
		q, err := s.LoadPlan(ctx, stored.ID)
		if err != nil || len(q.Opportunities) != 500 {
			b.Fatal(err)
		}
		_ = pipeline.Total(q)
		_ = pipeline.Objectives(q, pipeline.DefaultCoverage)
	}
}
