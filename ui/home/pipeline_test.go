package home

import (
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/ui/internal/uitest"
)

// rowText is what the home's list shows of an account.
func rowText(a *testApp, name string) string {
	h := a.home
	for i, r := range h.shown {
		if r.AccountName == name {
			o := h.newRow()
			h.updateRow(i, o)
			return uitest.LabelsText(o)
		}
	}
	return ""
}

// The home shows each account's pipeline and its coverage of the gap from the store's
// summaries, and the portfolio's total beside the matrix.
func TestHomeShowsThePipelinePerAccountAndInAll(t *testing.T) {
	a := newTestApp(t, "en")
	const aceros = "Aceros del Norte, S.A."
	if got := rowText(a, aceros); !strings.Contains(got, "⚠ pipeline 1.1M EUR · covers 1.1× the gap") {
		t.Fatalf("row: %q", got)
	}
	if got := a.home.overview.Text; !strings.Contains(got, "Pipeline €1,090,000 (weighted €460,000)") {
		t.Fatalf("overview: %q", got)
	}
	// three more times the weighted pipeline: no warning
	acc, _ := a.store.AccountByName(a.ctx, aceros)
	var planID string
	for _, r := range a.home.all {
		if r.AccountID == acc.ID {
			planID = r.PlanID
		}
	}
	p, err := a.store.LoadPlan(a.ctx, planID)
	if err != nil {
		t.Fatal(err)
	}
	p.Opportunities = append(p.Opportunities, domain.Deal{ID: domain.NewID(), Name: "Acería eléctrica", Value: 1_000_000_00,
		Stage: "negotiate", Probability: 80, ObjectiveIDs: []string{p.Opportunities[1].ObjectiveIDs[0]}})
	if err := a.store.SavePlan(a.ctx, p); err != nil {
		t.Fatal(err)
	}
	a.OnShowHome() // back to the portfolio, as after leaving the plan
	if got := rowText(a, aceros); !strings.Contains(got, "pipeline 2.1M EUR · covers 3.0× the gap") || strings.Contains(got, "⚠ pipeline") {
		t.Fatalf("row after a new opportunity: %q", got)
	}
}
