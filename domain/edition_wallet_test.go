package domain_test

import (
	"encoding/json"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/edition"
	"kamplan/domain/summary"
)

// walletMarkedPlan is the marked plan with a marker in every part of its wallet and its
// white-space map, and an opportunity on one of its cells.
func walletMarkedPlan() *domain.Plan {
	p := domain.MarkedPlan()
	p.Wallet.Potential, p.Wallet.Revenue, p.Wallet.Basis = 4_800_017_00, 1_100_023_00, "MARK-WALLET-BASIS"
	p.Wallet.Offerings = []domain.Offering{{ID: "of1", Name: "MARK-WALLET-OFFERING", Potential: 700_031_00, Revenue: 200_037_00}}
	p.Centres = []domain.BuyingCentre{{ID: "bc1", Name: "MARK-WALLET-CENTRE"}}
	p.WhiteSpace = []domain.SpaceCell{{ID: "sc1", CentreID: "bc1", OfferingID: "of1", Status: domain.SpaceOpen, Potential: 300_041_00, Revenue: 100_043_00}}
	p.Opportunities[0].OfferingID, p.Opportunities[0].CentreID = "of1", "bc1"
	return p
}

// walletMarkers are the texts and amounts of walletMarkedPlan's wallet and map, as the JSON
// of a plan writes them.
var walletMarkers = []string{"MARK-WALLET-", "480001700", "110002300", "70003100", "20003700", "30004100", "10004300", `"of1"`, `"bc1"`, `"sc1"`}

// A plan that keeps its wallet internal has, in its client copy, no figure, offering,
// buying centre or cell of it, no link to them and no share of wallet or white space in the
// summary; a plan that shares it (the method's default) keeps them all. A shared KPI or
// objective on the share of wallet is the author's choice and stays either way.
func TestClientEditionKeepsTheWalletOnlyWhenShared(t *testing.T) {
	for _, internal := range []bool{false, true} {
		p := walletMarkedPlan()
		p.Wallet.Internal = internal
		if err := p.Validate(); err != nil {
			t.Fatalf("internal %v: marked plan invalid: %v", internal, err)
		}
		c := edition.Plan(p)
		b, _ := json.Marshal(c)
		for _, m := range walletMarkers {
			if in := strings.Contains(string(b), m); in == internal {
				t.Errorf("wallet internal %v: client copy holds %s: %v", internal, m, in)
			}
		}
		f := summary.Of(c, domain.DefaultCutoff, domain.NewDate(2026, 11, 24))
		if f.ShareKnown == internal || (f.WhiteSpace == 0) != internal {
			t.Errorf("wallet internal %v: summary's share known %v, white space %d", internal, f.ShareKnown, f.WhiteSpace)
		}
		if c.Wallet.Internal != internal || len(c.Opportunities) != 1 || len(c.KPIs) != 1 || len(c.Objectives) != 1 {
			t.Errorf("wallet internal %v: client copy lost the switch, the shared opportunity, KPI or objective: %+v", internal, c)
		}
		if full, _ := json.Marshal(p); !strings.Contains(string(full), "MARK-WALLET-CENTRE") || p.Opportunities[0].OfferingID != "of1" {
			t.Fatalf("wallet internal %v: the client edition changed the plan it was given", internal)
		}
	}
}
