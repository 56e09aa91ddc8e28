package health_test

import (
	"slices"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/health"
	"kamplan/storage/planfile"
)

// The sample plans a new user sees first: the flagship plans (the Spanish and the English one)
// are well filled and current on the day they were last brought up to date, but their accounts
// need attention (plan B not started, pipeline short, no client agreement yet, one decider
// covered below Working); the others are drafts with gaps.
func TestSamplePlansScores(t *testing.T) {
	files, err := assets.SampleFiles()
	if err != nil || len(files) == 0 {
		t.Fatal(err)
	}
	today := domain.NewDate(2026, 12, 7)
	flagships := 0
	for i, b := range files {
		f, err := planfile.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		p := f.Plans[0]
		r := health.Score(&p, domain.DefaultSettings(), today)
		var failing []string
		for _, c := range r.Failing() {
			failing = append(failing, c.Key)
		}
		if i == 0 || p.Language == "en" {
			want := []string{"plan_b", "pipeline", "signoff", "deciders"}
			if r.Score != 83 || !slices.Equal(failing, want) {
				t.Errorf("%s: %d %v, want 83 %v", f.Account.Name, r.Score, failing, want)
			}
			flagships++
			continue
		}
		if r.Score < 40 || r.Score >= 83 || len(failing) == 0 {
			t.Errorf("%s: %d %v", f.Account.Name, r.Score, failing)
		}
	}
	if flagships != 2 {
		t.Errorf("%d flagship plans, want the Spanish and the English one", flagships)
	}
}
