package domain_test

import (
	"kamplan/domain/plausible"
	"slices"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/edition"
	"kamplan/domain/summary"
)

func TestSummariseClientHidesPosition(t *testing.T) {
	p := domain.MarkedPlan()
	p.Portfolio.Attractiveness = domain.Axis{Factors: domain.DefaultAttractivenessFactors(), Scores: map[string]int{
		"volume": 8, "growth": 8, "profitability": 7, "fit": 9, "engagement": 6, "risk": 5}}
	today := domain.NewDate(2026, 11, 24)
	internal := summary.Of(p, domain.DefaultCutoff, today)
	if !internal.Position.Placed || len(internal.Warnings) == 0 {
		t.Fatalf("internal summary lacks position or warnings: %+v", internal)
	}
	client := summary.Of(edition.Plan(p), domain.DefaultCutoff, today)
	if client.Position.Placed || client.Warnings != nil || client.PlanBActive != nil {
		t.Fatalf("client summary shows internal facts: %+v", client)
	}
	if len(client.TopObjectives) != 1 {
		t.Fatalf("top objectives %d", len(client.TopObjectives))
	}
}

// Repeated findings come as one alert with the count and the names, most important first.
func TestAlertsGroupRepeatedFindings(t *testing.T) {
	p := domain.MarkedPlan()
	p.Contacts = nil
	for _, n := range []string{"Ana", "Bea", "Carla"} {
		p.Contacts = append(p.Contacts, domain.Contact{ID: n, Name: n, Influence: 2, BuyingRoles: []domain.BuyingRole{domain.BuyingDecider}})
	}
	as := summary.Alerts(p, domain.NewDate(2026, 11, 24))
	var deciders *summary.Alert
	for i := range as {
		if i > 0 && as[i].Severity > as[i-1].Severity {
			t.Errorf("alerts not ranked: %+v", as)
		}
		if as[i].Key == "pdf.alert.deciders_no_owner" {
			deciders = &as[i]
		}
	}
	if deciders == nil || deciders.Count != 3 || strings.Join(deciders.Names, ",") != "Ana,Bea,Carla" || deciders.Section != "stakeholders" {
		t.Fatalf("deciders alert %+v", deciders)
	}
	if summary.Of(edition.Plan(p), domain.DefaultCutoff, domain.NewDate(2026, 11, 24)).Alerts != nil {
		t.Error("the client summary carries alerts")
	}
}

// The figures that do not add up are in the plan's warnings and the internal summary's
// findings, never in the client's.
func TestFigureWarningsAreAmongThePlansWarnings(t *testing.T) {
	p := domain.FiguresPlan()
	p.StageNow, p.StageTarget = domain.StageInterdependent, domain.StageBasic
	has := func(ws []domain.Warning) bool {
		return slices.ContainsFunc(ws, func(w domain.Warning) bool { return w.Key == "warn.stage_target_below" })
	}
	if !has(plausible.Warnings(p)) {
		t.Error("the plan's warnings lack the target stage")
	}
	if !slices.ContainsFunc(summary.Alerts(p, domain.PlausibleToday), func(a summary.Alert) bool { return a.Key == "warn.stage_target_below" && a.Section == "position" }) {
		t.Error("the summary's findings lack the target stage")
	}
	if f := summary.Of(edition.Plan(p), domain.DefaultCutoff, domain.PlausibleToday); f.Warnings != nil || f.Alerts != nil {
		t.Error("the client summary carries warnings")
	}
}
