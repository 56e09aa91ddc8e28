package pdf

import (
	"fmt"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/gen"
)

// analysis is the seller's analysis in a plan, each text replaced by a marker: the items of
// each SWOT by whose SWOT it is, and the strategies.
type analysis struct {
	client, ours, competitors, strategies []string
	shared                                map[string]bool // by marker: its switch as the plan has it
}

// markAnalysis gives every SWOT item and strategy of p a short unique text (the generated
// plan repeats its texts across SWOTs, and long texts wrap in the document).
func markAnalysis(p *domain.Plan) analysis {
	a := analysis{shared: map[string]bool{}}
	n := 0
	next := func(prefix string) string { n++; return fmt.Sprintf("%s%03dq", prefix, n) }
	for i := range p.SWOTs {
		w := &p.SWOTs[i]
		if w.Subject == domain.SubjectCompetitor {
			w.Competitor = next("Zname")
		}
		for j := range w.Items {
			it := &w.Items[j]
			switch w.Subject {
			case domain.SubjectClient:
				it.Text = next("Zcli")
				a.client = append(a.client, it.Text)
			case domain.SubjectUs:
				it.Text = next("Zour")
				a.ours = append(a.ours, it.Text)
			default:
				it.Text = next("Zcom")
				a.competitors = append(a.competitors, it.Text)
			}
			a.shared[it.Text] = it.ShareWithClient
		}
	}
	for i := range p.Strategies {
		p.Strategies[i].Text = next("Zstr")
		a.strategies = append(a.strategies, p.Strategies[i].Text)
		a.shared[p.Strategies[i].Text] = p.Strategies[i].ShareWithClient
	}
	return a
}

// shareAll sets the "share with the client" switch of every SWOT item and strategy.
func shareAll(p *domain.Plan, on bool) {
	for i := range p.SWOTs {
		for j := range p.SWOTs[i].Items {
			p.SWOTs[i].Items[j].ShareWithClient = on
		}
	}
	for i := range p.Strategies {
		p.Strategies[i].ShareWithClient = on
	}
}

// editionDocuments are the sample plan in both languages and the generated large plan.
func editionDocuments(t *testing.T) map[string]Document {
	f := gen.LargePlan()
	large := f.Plans[0]
	large.Portfolio.Attractiveness.Factors = domain.DefaultAttractivenessFactors()
	docs := map[string]Document{
		"large": {Account: f.Account, Plan: &large, Settings: domain.DefaultSettings(), Lang: "es", Today: domain.NewDate(2026, 11, 24)},
	}
	for _, lang := range assets.Languages {
		docs["sample "+lang] = sampleDocument(t, lang, domain.EditionInternal)
	}
	return docs
}

func missing(text string, want []string) []string {
	var out []string
	for _, m := range want {
		if !strings.Contains(text, m) {
			out = append(out, m)
		}
	}
	return out
}

func present(text string, marks []string) []string {
	var out []string
	for _, m := range marks {
		if strings.Contains(text, m) {
			out = append(out, m)
		}
	}
	return out
}

// The client edition holds our SWOT, the competitors' SWOTs and the strategies only where
// they are switched to "share with the client"; the client's own SWOT is shared by default.
func TestClientEditionHoldsOurAnalysisOnlyWhereShared(t *testing.T) {
	for name, doc := range editionDocuments(t) {
		doc.Plan = doc.Plan.Clone()
		a := markAnalysis(doc.Plan)
		if len(a.ours) == 0 || len(a.competitors) == 0 || len(a.strategies) == 0 || len(a.client) == 0 {
			t.Fatalf("%s: the plan lacks a part of the analysis: %+v", name, a)
		}
		internal := allText(t, must(render(t, doc)))
		if m := missing(internal, append(append(a.ours, a.competitors...), a.strategies...)); len(m) > 0 {
			t.Errorf("%s internal: %v missing", name, m)
		}
		doc.Edition = domain.EditionClient
		client := allText(t, must(render(t, doc)))
		for _, m := range append(append(append(a.client, a.ours...), a.competitors...), a.strategies...) {
			if strings.Contains(client, m) != a.shared[m] {
				t.Errorf("%s client, as stored: %s shared %v but printed %v", name, m, a.shared[m], !a.shared[m])
			}
		}

		shareAll(doc.Plan, false)
		client = allText(t, must(render(t, doc)))
		if leak := present(client, a.client); len(leak) > 0 {
			t.Errorf("%s client, nothing shared: client SWOT items printed: %v", name, leak)
		}
		shareAll(doc.Plan, true)
		client = allText(t, must(render(t, doc)))
		if m := missing(client, append(append(append(a.client, a.ours...), a.competitors...), a.strategies...)); len(m) > 0 {
			t.Errorf("%s client, all shared: %v missing", name, m)
		}
		for i := range doc.Plan.SWOTs {
			if w := doc.Plan.SWOTs[i]; w.Subject == domain.SubjectCompetitor && strings.Contains(client, w.Competitor) {
				t.Errorf("%s client, all shared: the competitor's name %q is printed", name, w.Competitor)
			}
		}
	}
}

// The one-page client edition never holds the analysis, shared or not: it has no room for it.
func TestOnePageClientEditionHoldsNoAnalysis(t *testing.T) {
	for name, doc := range editionDocuments(t) {
		doc.Plan = doc.Plan.Clone()
		a := markAnalysis(doc.Plan)
		doc.Edition, doc.OnePage = domain.EditionClient, true
		for _, on := range []bool{false, true} {
			shareAll(doc.Plan, on)
			text := allText(t, must(render(t, doc)))
			if leak := present(text, append(append(a.ours, a.competitors...), a.strategies...)); len(leak) > 0 {
				t.Errorf("%s one page, shared %v: %v", name, on, leak)
			}
		}
	}
}

// The SMART self-check of each objective is ours: the client edition prints the objective
// without the letters and the reasons a letter fails.
func TestClientEditionHasNoSmartSelfCheck(t *testing.T) {
	for _, lang := range assets.Languages {
		doc := sampleDocument(t, lang, domain.EditionInternal)
		doc.Plan = doc.Plan.Clone()
		doc.Plan.Objectives[0].Deadline = domain.Date{}
		reason := assets.T(lang, "smart.t_none")
		if internal := allText(t, must(render(t, doc))); !strings.Contains(internal, reason) || !strings.Contains(internal, "SMAR·") {
			t.Fatalf("%s: the internal edition lacks the SMART check", lang)
		}
		doc.Edition = domain.EditionClient
		client := allText(t, must(render(t, doc)))
		for _, s := range []string{reason, "SMAR·", "✓ SMART"} {
			if strings.Contains(client, s) {
				t.Errorf("%s client: %q is printed", lang, s)
			}
		}
		if !strings.Contains(client, doc.Plan.Objectives[2].Statement[:15]) {
			t.Errorf("%s client: the objectives are gone", lang)
		}
	}
}

// The glossary's SMART says an objective is relevant when linked to a strategy; a client
// edition that shows no strategy (none shared) leaves that out rather than point to
// something the client cannot see.
func TestClientGlossaryNamesStrategiesOnlyWhenItShowsThem(t *testing.T) {
	for _, tt := range []struct {
		edition domain.Edition
		shared  bool
		gloss   string
	}{
		{domain.EditionInternal, false, "Específico, Medible, Alcanzable, Relevante (vinculado a una estrategia) y con plazo."},
		{domain.EditionClient, true, "Específico, Medible, Alcanzable, Relevante (vinculado a una estrategia) y con plazo."},
		{domain.EditionClient, false, "Específico, Medible, Alcanzable, Relevante y con plazo."},
	} {
		doc := sampleDocument(t, "es", tt.edition)
		doc.Plan = doc.Plan.Clone()
		for i := range doc.Plan.Strategies {
			doc.Plan.Strategies[i].ShareWithClient = tt.shared && i == 0
		}
		text := strings.Join(strings.Fields(allText(t, must(render(t, doc)))), " ")
		if !strings.Contains(text, "SMART "+tt.gloss) {
			t.Errorf("%s shared %v: the glossary does not say %q", tt.edition, tt.shared, tt.gloss)
		}
	}
}

// Of our SWOT the client edition draws only the quadrants that hold a shared item: an empty
// "Weaknesses" would read as "we have none", or as "not assessed".
func TestClientEditionDrawsOnlyTheQuadrantsItShares(t *testing.T) {
	for _, lang := range assets.Languages {
		doc := sampleDocument(t, lang, domain.EditionClient) // the sample shares one strength of ours
		pages := pageTexts(t, must(render(t, doc)))
		ours := pagesBetween(pages, assets.T(lang, "subject.us")+"\n", assets.T(lang, "pdf.stage")+"\n")
		ours = ours[strings.Index(ours, assets.T(lang, "subject.us")+"\n"):]
		ours = ours[:strings.Index(ours, assets.T(lang, "pdf.stage")+"\n")]
		if !strings.Contains(ours, assets.T(lang, "quadrant.S")) {
			t.Fatalf("%s: our shared strength is not drawn:\n%s", lang, ours)
		}
		for _, s := range []string{assets.T(lang, "quadrant.W"), assets.T(lang, "quadrant.O"), assets.T(lang, "quadrant.T"), assets.T(lang, "pdf.none")} {
			if strings.Contains(ours, s) {
				t.Errorf("%s: our position shows %q:\n%s", lang, s, ours)
			}
		}
	}
}
