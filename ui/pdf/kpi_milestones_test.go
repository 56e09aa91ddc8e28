package pdf

import (
	"strings"
	"testing"

	"kamplan/domain"
)

// kpiPage is the text of the KPI table's page of a plan holding only the sample's data use
// cases (target 6, measured 4 in Nov 2026) with the interim targets given.
func kpiPage(t *testing.T, lang string, edition domain.Edition, milestones []domain.Measurement) string {
	t.Helper()
	doc := sampleDocument(t, lang, edition)
	for _, k := range doc.Plan.KPIs {
		if k.Target == 6 && k.Unit == "casos" {
			k.Milestones, k.PlanB = milestones, domain.PlanB{}
			doc.Plan.KPIs = []domain.KPI{k}
		}
	}
	if len(doc.Plan.KPIs) != 1 {
		t.Fatal("the sample has no data use cases KPI")
	}
	return pageWith(t, mustRender(t, doc), map[string]string{"es": "Base → objetivo", "en": "Baseline → target"}[lang])
}

// Beside its target, the KPI table says the interim target the latest value is judged by, and
// the light judges it so: 4 of 6 is red, 4 against the 4 due by September is green. Both editions.
func TestKPITableJudgesTheLatestValueByItsInterimTarget(t *testing.T) {
	quarterly := []domain.Measurement{{Period: "2026-06", Value: 3}, {Period: "2026-09", Value: 4}, {Period: "2026-12", Value: 5}, {Period: "2027-03", Value: 6}}
	for _, tt := range []struct {
		lang        string
		edition     domain.Edition
		by, red, ok string
	}{
		{"es", domain.EditionInternal, "4 → 6 meta a sept. 2026: 4", "Rojo", "Verde"},
		{"es", domain.EditionClient, "4 → 6 meta a sept. 2026: 4", "Rojo", "Verde"},
		{"en", domain.EditionInternal, "4 → 6 target by Sep 2026: 4", "Red", "Green"},
		{"en", domain.EditionClient, "4 → 6 target by Sep 2026: 4", "Red", "Green"},
	} {
		without := kpiPage(t, tt.lang, tt.edition, nil)
		if strings.Contains(without, tt.by) || !strings.Contains(without, tt.red) {
			t.Errorf("%s %s without interim targets: %q", tt.lang, tt.edition, without)
		}
		with := kpiPage(t, tt.lang, tt.edition, quarterly)
		if !strings.Contains(with, tt.by) || !strings.Contains(with, tt.ok) || strings.Contains(with, " "+tt.red+" ") {
			t.Errorf("%s %s with interim targets: %q", tt.lang, tt.edition, with)
		}
	}
}

// The review pack puts each value captured at the review beside the target in force in the
// review's month: the NPS of 37 on 16 Nov 2026 against the 36 due by September, not the final 40.
func TestReviewPackTargetIsTheOneInForceOnTheDay(t *testing.T) {
	doc := sampleDocument(t, "es", domain.EditionInternal)
	doc.Review, doc.Today = true, domain.NewDate(2026, 12, 7)
	for i, k := range doc.Plan.KPIs {
		if k.Name == "NPS de la cuenta" {
			doc.Plan.KPIs[i].Milestones = []domain.Measurement{{Period: "2026-09", Value: 36}, {Period: "2026-12", Value: 38}}
		}
	}
	data, _ := render(t, doc)
	text := strings.Join(strings.Fields(allText(t, data)), " ")
	// the final target, the one in force that day with its period, and the light it gives
	if !strings.Contains(text, "NPS de la cuenta 37 puntos 40 puntos meta a sept. 2026: 36 Verde") {
		t.Errorf("the NPS is not set against its September target: %q", text)
	}
}

// A KPI's values by period wrap between two values, never before the dot that parts them:
// no line of the appendix starts with "·", in the samples' every language and edition.
func TestValuesByPeriodNeverWrapBeforeTheirDot(t *testing.T) {
	for _, doc := range []Document{englishDocument(t, domain.EditionClient), englishDocument(t, domain.EditionInternal),
		sampleDocument(t, "es", domain.EditionClient), sampleDocument(t, "es", domain.EditionInternal)} {
		for _, line := range strings.Split(allText(t, mustRender(t, doc)), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "·") {
				t.Errorf("%s %s: a line starts with the dot: %q", doc.Lang, doc.Edition, line)
			}
		}
	}
}
