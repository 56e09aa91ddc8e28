package home

import (
	"context"
	"path/filepath"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/pipeline"
	"kamplan/storage"
	"kamplan/ui/locale"
)

// BenchmarkPipelineColumn1000 reads a portfolio of 1,000 accounts from the store and works
// out the home's pipeline column — each row's open pipeline and coverage, marked against the
// settings' ratio — and the portfolio's total, as the home does when it opens (aim: under 50 ms).
func BenchmarkPipelineColumn1000(b *testing.B) {
	ctx := context.Background()
	s, err := storage.OpenNoSeed(filepath.Join(b.TempDir(), "k.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for _, f := range gen.Portfolio(1000) {
		data, _ := storage.EncodePlanFile(f)
		if _, err := s.ImportJSON(ctx, data, false); err != nil {
			b.Fatal(err)
		}
	}
	h := &Home{loc: locale.New("en")}
	b.ResetTimer()
	for b.Loop() {
		rows, err := s.Portfolio(ctx)
		st, err2 := s.Settings(ctx)
		if err != nil || err2 != nil {
			b.Fatal(err, err2)
		}
		h.all, h.ratio = domain.LatestPlans(rows), pipeline.Coverage(st)
		shown := 0
		for _, r := range h.all {
			if h.pipelineText(r) != "" {
				shown++
			}
		}
		if shown == 0 || h.pipelineTotal() == "" {
			b.Fatal("no pipeline to show")
		}
	}
}
