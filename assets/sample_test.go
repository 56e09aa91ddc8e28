package assets_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
)

func samples(t *testing.T) []domain.PlanFile {
	t.Helper()
	files, err := assets.SampleFiles()
	if err != nil || len(files) < 2 {
		t.Fatalf("sample files: %d, %v", len(files), err)
	}
	var out []domain.PlanFile
	for i, b := range files {
		var f domain.PlanFile
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&f); err != nil {
			t.Fatalf("sample %d: %v", i, err)
		}
		out = append(out, f)
	}
	return out
}

func TestSamplesAreValidPlans(t *testing.T) {
	names := map[string]bool{}
	for _, f := range samples(t) {
		if f.Format != domain.PlanFileFormat || f.Version != domain.PlanFileVersion {
			t.Errorf("%s: format %q version %d", f.Account.Name, f.Format, f.Version)
		}
		if err := f.Account.Validate(); err != nil {
			t.Errorf("%s: %v", f.Account.Name, err)
		}
		if names[f.Account.Name] {
			t.Errorf("%s appears twice", f.Account.Name)
		}
		names[f.Account.Name] = true
		for _, p := range f.Plans {
			p.Portfolio.Attractiveness.Factors = domain.DefaultAttractivenessFactors()
			if err := p.Validate(); err != nil {
				t.Errorf("%s %s:\n%v", f.Account.Name, p.Period, err)
			}
			if !p.Portfolio.Position(domain.DefaultCutoff).Placed {
				t.Errorf("%s is not placed in the portfolio matrix", f.Account.Name)
			}
		}
	}
}

// The first sample is the plan a new user meets: every section of the method is filled.
func TestMainSampleIsComplete(t *testing.T) {
	f := samples(t)[0]
	p := f.Plans[0]
	subjects := map[domain.Subject]int{}
	for _, s := range p.SWOTs {
		subjects[s.Subject]++
	}
	checks := map[string]bool{
		"team":             len(f.Account.Team) >= 3,
		"context":          p.Context != "",
		"wallet":           p.Wallet.Potential > 0 && p.Wallet.Revenue > 0 && len(p.Wallet.Offerings) > 0 && len(p.Wallet.Competitors) > 0,
		"client SWOT":      subjects[domain.SubjectClient] == 1,
		"our SWOT":         subjects[domain.SubjectUs] == 1,
		"competitor SWOTs": subjects[domain.SubjectCompetitor] >= 2,
		"strategies":       len(p.Strategies) >= 6,
		"contacts":         len(p.Contacts) >= 10,
		"stages":           p.StageNow.Valid() && p.StageTarget.Valid(),
		"value":            p.ValueProposition != "" && p.RelationshipPlan != "",
		"objectives":       len(p.Objectives) >= 5,
		"actions":          len(p.Actions) >= 25,
		"kpis":             len(p.KPIs) >= 8,
		"review":           p.ReviewCadence != "" && p.Resources != "" && p.Risks != "",
		"approval":         p.Commitment.InternalApproval.Done(),
		"notes":            len(p.Notes) > 0,
	}
	for what, ok := range checks {
		if !ok {
			t.Errorf("the main sample lacks %s", what)
		}
	}
	planB := false
	for _, k := range p.KPIs {
		planB = planB || k.PlanBTriggered()
	}
	if !planB {
		t.Error("no plan-B trigger fires in the main sample")
	}
}
