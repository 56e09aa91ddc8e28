package assets_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode"

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

// flagships are the complete sample plans, one per language of the interface: the first
// sample (Spanish) and the English one.
func flagships(t *testing.T) []domain.PlanFile {
	t.Helper()
	all := samples(t)
	out := []domain.PlanFile{all[0]}
	for _, f := range all[1:] {
		if f.Plans[0].Language == "en" {
			out = append(out, f)
		}
	}
	if len(out) != 2 || out[0].Plans[0].Language != "es" {
		t.Fatalf("%d flagship samples, want a Spanish one first and an English one", len(out))
	}
	return out
}

// The flagship samples are the plans a new user meets, in Spanish or in English: every
// section of the method is filled.
func TestMainSamplesAreComplete(t *testing.T) {
	for _, f := range flagships(t) {
		sampleIsComplete(t, f)
	}
}

func sampleIsComplete(t *testing.T, f domain.PlanFile) {
	t.Helper()
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
			t.Errorf("%s lacks %s", f.Account.Name, what)
		}
	}
	planB := false
	for _, k := range p.KPIs {
		planB = planB || k.PlanBTriggered()
	}
	if !planB {
		t.Errorf("no plan-B trigger fires in %s", f.Account.Name)
	}
}

// The English sample is written in English, British English, from the first word to the last:
// no Spanish letter or word, no American spelling.
func TestEnglishSampleIsInBritishEnglish(t *testing.T) {
	f := flagships(t)[1]
	if f.Plans[0].Currency != "GBP" || f.Account.RevenueCurrency != "GBP" {
		t.Errorf("currency %s, revenue in %s: a British account counts in pounds", f.Plans[0].Currency, f.Account.RevenueCurrency)
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	var tree any
	if err := json.Unmarshal(b, &tree); err != nil {
		t.Fatal(err)
	}
	foreign := map[string]bool{"de": true, "del": true, "la": true, "el": true, "los": true, "las": true, "para": true,
		"con": true, "y": true, "una": true, "por": true, "que": true, "planta": true, "cuenta": true,
		"center": true, "centers": true, "program": true, "organization": true, "analyze": true, "optimize": true,
		"prioritize": true, "color": true, "favor": true, "behavior": true, "labor": true, "utilize": true}
	for _, s := range texts(tree) {
		if strings.ContainsAny(s, "áéíóúñÁÉÍÓÚÑ¿¡€") {
			t.Errorf("not English: %q", s)
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if foreign[w] {
				t.Errorf("%q in %q", w, s)
			}
		}
	}
}

// texts are the strings of a decoded JSON tree, but for identifiers (16 hexadecimal digits).
func texts(v any) []string {
	switch v := v.(type) {
	case string:
		if len(v) == 16 && strings.Trim(v, "0123456789abcdef") == "" {
			return nil
		}
		return []string{v}
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, texts(x)...)
		}
		return out
	case map[string]any:
		var out []string
		for _, x := range v {
			out = append(out, texts(x)...)
		}
		return out
	}
	return nil
}

// A white-space cell of a sample is "in progress" only where an open opportunity is
// (METHOD §10): the documents print the status as it is set, and a reader checks it.
func TestSampleCellsInProgressHaveAnOpenOpportunity(t *testing.T) {
	for _, f := range samples(t) {
		for _, p := range f.Plans {
			open := map[[2]string]bool{}
			for _, o := range p.Opportunities {
				if !o.Closed() {
					open[[2]string{o.CentreID, o.OfferingID}] = true
				}
			}
			for _, c := range p.WhiteSpace {
				if c.Status == domain.SpaceInProgress && !open[[2]string{c.CentreID, c.OfferingID}] {
					t.Errorf("%s: a cell in progress (%s × %s) has no open opportunity", f.Account.Name, c.CentreID, c.OfferingID)
				}
			}
		}
	}
}
