package domain

import (
	"encoding/json"
	"testing"
)

func TestStageWarning(t *testing.T) {
	tests := []struct {
		name               string
		stage              Stage
		revenue, potential int64
		want               string
	}{
		{"integrated with low share", StageIntegrated, 20, 100, "warn.stage_high_sow_low"},
		{"interdependent with low share", StageInterdependent, 29, 100, "warn.stage_high_sow_low"},
		{"integrated with high share", StageIntegrated, 60, 100, ""},
		{"exploratory with very high share", StageExploratory, 80, 100, "warn.stage_low_sow_high"},
		{"cooperative in the middle", StageCooperative, 50, 100, ""},
		{"unknown potential", StageIntegrated, 20, 0, ""},
	}
	for _, tt := range tests {
		p := validPlan()
		p.StageNow = tt.stage
		p.Wallet = Wallet{Revenue: tt.revenue, Potential: tt.potential}
		got := ""
		if w := p.StageWarning(); w != nil {
			got = w.Key
		}
		if got != tt.want {
			t.Errorf("%s: warning %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPlanValidation(t *testing.T) {
	tests := []struct {
		name string
		edit func(p *Plan)
		path string
	}{
		{"new plan is valid", func(p *Plan) {}, ""},
		{"no period", func(p *Plan) { p.Period = "" }, "period"},
		{"language", func(p *Plan) { p.Language = "fr" }, "language"},
		{"currency", func(p *Plan) { p.Currency = "euro" }, "currency"},
		{"stage", func(p *Plan) { p.StageTarget = 6 }, "stage_target"},
		{"cadence", func(p *Plan) { p.ReviewCadence = "yearly" }, "review_cadence"},
		{"impact", func(p *Plan) {
			p.SWOTs[0].Items = []SWOTItem{{ID: "i", Quadrant: Strength, Text: "x", Impact: 6}}
		}, "swots[0].items[0].impact"},
		{"quadrant", func(p *Plan) {
			p.SWOTs[0].Items = []SWOTItem{{ID: "i", Quadrant: "X", Text: "x", Impact: 3}}
		}, "swots[0].items[0].quadrant"},
		{"competitor SWOT without a name", func(p *Plan) {
			p.SWOTs = append(p.SWOTs, SWOT{ID: "c", Subject: SubjectCompetitor})
		}, "swots[2].competitor"},
		{"repeated id", func(p *Plan) {
			p.Notes = []Note{{ID: p.SWOTs[0].ID, Text: "x"}}
		}, "notes[0].id"},
		{"missing id", func(p *Plan) { p.Notes = []Note{{Text: "x"}} }, "notes[0].id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPlan()
			tt.edit(p)
			assertProblem(t, p.Validate(), tt.path)
		})
	}
}

func TestAccountValidation(t *testing.T) {
	tests := []struct {
		name string
		a    Account
		path string
	}{
		{"valid", Account{Name: "Aceros del Norte", Tier: TierStrategic}, ""},
		{"no name", Account{Tier: TierKey}, "account.name"},
		{"tier", Account{Name: "X", Tier: "gold"}, "account.tier"},
		{"team role", Account{Name: "X", Tier: TierKey, Team: []TeamMember{{Name: "Ana", Role: "boss"}}}, "account.team[0].role"},
		{"size in numbers", Account{Name: "X", Tier: TierKey, Employees: 1800, AnnualRevenue: 135_000_000_000, RevenueCurrency: "EUR"}, ""},
		{"revenue in the plan's currency", Account{Name: "X", Tier: TierKey, AnnualRevenue: 1}, ""},
		{"negative employees", Account{Name: "X", Tier: TierKey, Employees: -1}, "account.employees"},
		{"negative revenue", Account{Name: "X", Tier: TierKey, AnnualRevenue: -100}, "account.annual_revenue"},
		{"revenue currency", Account{Name: "X", Tier: TierKey, AnnualRevenue: 100, RevenueCurrency: "euros"}, "account.revenue_currency"},
	}
	for _, tt := range tests {
		assertProblem(t, tt.a.Validate(), tt.path)
	}
}

func TestDateJSON(t *testing.T) {
	var v struct{ D, Z Date }
	if err := json.Unmarshal([]byte(`{"D":"2026-11-22","Z":""}`), &v); err != nil {
		t.Fatal(err)
	}
	if !v.D.Equal(NewDate(2026, 11, 22)) || !v.Z.IsZero() {
		t.Fatalf("decoded %v %v", v.D, v.Z)
	}
	b, _ := json.Marshal(v)
	if string(b) != `{"D":"2026-11-22","Z":""}` {
		t.Fatalf("encoded %s", b)
	}
	if err := json.Unmarshal([]byte(`{"D":"22/11/2026"}`), &v); CodeOf(err) != CodeInvalid {
		t.Fatalf("a malformed date gave %v", err)
	}
}

func TestCodeOf(t *testing.T) {
	if CodeOf(Errorf(CodeConflict, "k", "x")) != CodeConflict {
		t.Fatal("conflict lost")
	}
	if CodeOf(Problems{{Path: "a"}}) != CodeInvalid {
		t.Fatal("problems are invalid input")
	}
	if CodeOf(json.Unmarshal([]byte("{"), &struct{}{})) != CodeInternal {
		t.Fatal("a foreign error is internal")
	}
}
