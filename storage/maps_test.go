package storage

import (
	"testing"

	"kamplan/domain"
)

// Links, coverage, buying centres and white-space cells are stored and read back in order.
func TestMapsRoundTrip(t *testing.T) {
	s := seededStore(t)
	p, err := s.LoadPlan(ctx, mainPlanID(t, s))
	if err != nil {
		t.Fatal(err)
	}
	a, b := p.Contacts[0].ID, p.Contacts[1].ID
	p.Links = []domain.Link{{ID: "l1", From: a, To: b, Kind: domain.LinkConflict}, {ID: "l0", From: b, To: a, Kind: domain.LinkInfluences}}
	p.Centres = []domain.BuyingCentre{{ID: "c2", Name: "Planta de Avilés 🏭"}, {ID: "c1", Name: "I+D"}}
	p.WhiteSpace = nil
	p.Opportunities = nil // they name the centres replaced here
	if len(p.Wallet.Offerings) > 0 {
		p.WhiteSpace = []domain.SpaceCell{{ID: "w1", CentreID: "c1", OfferingID: p.Wallet.Offerings[0].ID, Status: domain.SpaceOpen, Potential: 12345}}
	}
	if err := s.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	q, err := s.LoadPlan(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(q.Links) != 2 || q.Links[0].ID != "l1" || q.Links[1].Kind != domain.LinkInfluences {
		t.Errorf("links %+v", q.Links)
	}
	if len(q.Centres) != 2 || q.Centres[0].Name != "Planta de Avilés 🏭" {
		t.Errorf("centres %+v", q.Centres)
	}
	if len(q.WhiteSpace) != len(p.WhiteSpace) || (len(q.WhiteSpace) == 1 && q.WhiteSpace[0].Potential != 12345) {
		t.Errorf("white space %+v", q.WhiteSpace)
	}
	if len(q.Coverage) != len(p.Coverage) {
		t.Errorf("coverage %d pairs, want %d", len(q.Coverage), len(p.Coverage))
	}
}
