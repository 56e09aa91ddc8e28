package domain

import "testing"

// dealPlan has an objective, a centre, an offering and a competitor an opportunity can name.
func dealPlan() *Plan {
	p := smartPlan()
	p.Objectives = []Objective{goodObjective()}
	p.Centres = []BuyingCentre{{ID: "c1", Name: "Planta Norte"}}
	p.Wallet.Offerings = []Offering{{ID: "of1", Name: "MES"}}
	p.Wallet.Competitors = []CompetitorShare{{ID: "r1", Name: "Rival", SharePct: 20}}
	return p
}

func goodDeal() Deal {
	return Deal{ID: "d1", Name: "Línea 3", CentreID: "c1", OfferingID: "of1", Value: 120_000_00, Stage: "propose",
		Probability: 50, CompetitorID: "r1", ObjectiveIDs: []string{"ob1"}}
}

func TestDealValidation(t *testing.T) {
	day := NewDate(2027, 3, 1)
	tests := []struct {
		name string
		edit func(d *Deal)
		path string
	}{
		{"valid", func(d *Deal) {}, ""},
		{"no name", func(d *Deal) { d.Name = " " }, "opportunities[0].name"},
		{"no stage", func(d *Deal) { d.Stage = "" }, "opportunities[0].stage"},
		{"probability over 100", func(d *Deal) { d.Probability = 101 }, "opportunities[0].probability"},
		{"probability below 0", func(d *Deal) { d.Probability = -1 }, "opportunities[0].probability"},
		{"negative value", func(d *Deal) { d.Value = -1 }, "opportunities[0].value"},
		{"won without a date", func(d *Deal) { d.Stage, d.Reason = StageWon, "price" }, "opportunities[0].closed_on"},
		{"lost without a reason", func(d *Deal) { d.Stage, d.ClosedOn = StageLost, day }, "opportunities[0].reason"},
		{"won with date and reason", func(d *Deal) { d.Stage, d.ClosedOn, d.Reason = StageWon, day, "price" }, ""},
		{"unknown centre", func(d *Deal) { d.CentreID = "gone" }, "opportunities[0].centre_id"},
		{"unknown offering", func(d *Deal) { d.OfferingID = "gone" }, "opportunities[0].offering_id"},
		{"unknown competitor", func(d *Deal) { d.CompetitorID = "gone" }, "opportunities[0].competitor_id"},
		{"unknown objective", func(d *Deal) { d.ObjectiveIDs = []string{"ob1", "gone"} }, "opportunities[0].objective_ids[1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := dealPlan()
			d := goodDeal()
			tt.edit(&d)
			p.Opportunities = []Deal{d}
			assertProblem(t, p.Validate(), tt.path)
		})
	}
}

// Removing what an opportunity names cleans the reference, and undo puts it back.
func TestRemovingWhatADealNamesCleansItAndUndoRestores(t *testing.T) {
	tests := []struct {
		name   string
		remove RemoveItem
		field  func(d Deal) string
	}{
		{"objective", RemoveItem{Coll: CollObjectives, ID: "ob1"}, func(d Deal) string { return join(d.ObjectiveIDs) }},
		{"centre", RemoveItem{Coll: CollCentres, ID: "c1"}, func(d Deal) string { return d.CentreID }},
		{"offering", RemoveItem{Coll: CollOfferings, ID: "of1"}, func(d Deal) string { return d.OfferingID }},
		{"competitor", RemoveItem{Coll: CollCompetitors, ID: "r1"}, func(d Deal) string { return d.CompetitorID }},
		{"team member", RemoveItem{Coll: CollTeam, ID: "tm1"}, func(d Deal) string { return d.OwnerID }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := dealPlan()
			d := goodDeal()
			d.OwnerID = "tm1"
			p.Opportunities = []Deal{d}
			doc := &Doc{Plan: p, Account: &Account{ID: "acc", Name: "Aceros", Tier: TierKey, Team: []TeamMember{{ID: "tm1", Name: "Ana", Role: RoleManager}}}}
			before := tt.field(p.Opportunities[0])
			inv, err := doc.Apply(tt.remove)
			if err != nil {
				t.Fatal(err)
			}
			if got := tt.field(p.Opportunities[0]); got != "" {
				t.Fatalf("the opportunity still names %q", got)
			}
			if _, err := doc.Apply(inv); err != nil {
				t.Fatal(err)
			}
			if got := tt.field(p.Opportunities[0]); got != before {
				t.Fatalf("after undo %q, want %q", got, before)
			}
		})
	}
}

func join(ids []string) (s string) {
	for _, id := range ids {
		s += id + ","
	}
	return s
}
