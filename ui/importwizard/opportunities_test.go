package importwizard

import (
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/storage/csvimport"
)

func dealCalled(p *domain.Plan, name string) []domain.Deal {
	var out []domain.Deal
	for _, d := range p.Opportunities {
		if d.Name == name {
			out = append(out, d)
		}
	}
	return out
}

// Choosing "Opportunities" imports a Pipedrive export into the open plan: the summary
// says what happens to each row before anything is written, and a second import through
// the wizard updates by CRM id and adds nothing.
func TestWizardImportsOpportunities(t *testing.T) {
	a, target := openSample(t, "es")
	before := len(storedPlan(t, a, target.PlanID).Opportunities)
	w := wizardOn(t, a, "pipedrive_deals_es.csv")
	chooseKind(t, w, csvimport.KindOpportunities)
	summary := importThroughTheWizard(t, w)
	if !strings.Contains(summary, "línea 3: Ampliación de \"almacén\" norte: oportunidad nueva en negotiate") {
		t.Errorf("the summary does not say what happens to the row:\n%s", summary)
	}
	p := storedPlan(t, a, target.PlanID)
	got := dealCalled(p, "Ampliación de \"almacén\" norte")
	if len(p.Opportunities) != before+2 || len(got) != 1 || got[0].Value != 123456789 || got[0].CRMID != "42" {
		t.Fatalf("%d → %d opportunities; %+v", before, len(p.Opportunities), got)
	}
	if opened(t, a).PlanID != target.PlanID {
		t.Error("the plan was not opened")
	}
	w = wizardOn(t, a, "pipedrive_deals_es.csv")
	chooseKind(t, w, csvimport.KindOpportunities)
	importThroughTheWizard(t, w)
	if n := len(storedPlan(t, a, target.PlanID).Opportunities); n != before+2 {
		t.Errorf("a second import doubled: %d opportunities, want %d", n, before+2)
	}
}

// Amounts that read two ways keep Next disabled until the person says the decimal mark,
// which the amounts stored then follow, and which is remembered for the next such file.
func TestWizardAsksTheDecimalMark(t *testing.T) {
	a, target := openSample(t, "en")
	w := wizardOn(t, a, "sheet_amounts_ambiguous.csv")
	chooseKind(t, w, csvimport.KindOpportunities)
	if !w.next.Disabled() || !w.choices.decimals.Visible() {
		t.Fatal("Next is enabled before the decimal mark is chosen")
	}
	radio := w.choices.decimals.Objects[1].(interface{ SetSelected(string) })
	radio.SetSelected(w.loc.T("csv.wizard.decimal_comma"))
	if w.next.Disabled() {
		t.Fatalf("Next stays disabled: %q", w.choices.problem.Text)
	}
	importThroughTheWizard(t, w)
	if d := dealCalled(storedPlan(t, a, target.PlanID), "A"); len(d) != 1 || d[0].Value != 150 {
		t.Fatalf("%+v", d)
	}
	if again := wizardOn(t, a, "sheet_amounts_ambiguous.csv"); again.decimals != csvimport.DecimalComma {
		t.Errorf("the decimal mark was not remembered: %q", again.decimals)
	}
}
