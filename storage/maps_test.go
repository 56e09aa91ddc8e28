package storage

import (
	"path/filepath"
	"testing"

	"kamplan/domain"
)

// A database written before team coverage existed: each contact's owner becomes that
// owner's coverage pair with the contact's levels and frequency; contacts without an owner
// get none.
func TestCoverageMigrationMakesPairsOfOwners(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v2.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	id := mainPlanID(t, s)
	for _, q := range []string{"DELETE FROM plan_items WHERE kind = 'coverage'", "PRAGMA user_version = 2"} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	before, _ := s.LoadPlan(ctx, id)
	s.Close()
	if s, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	after, err := s.LoadPlan(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	owned := 0
	for _, k := range before.Contacts {
		pairs := after.CoverageOf(k.ID)
		if k.Owner == "" {
			if len(pairs) != 0 {
				t.Errorf("%s has no owner but %d pairs", k.Name, len(pairs))
			}
			continue
		}
		owned++
		want := domain.Coverage{Member: k.Owner, ContactID: k.ID, RelNow: k.RelNow, RelTarget: k.RelTarget, Frequency: k.Frequency}
		if len(pairs) != 1 {
			t.Fatalf("%s: %d pairs, want 1", k.Name, len(pairs))
		}
		got := pairs[0]
		if got.ID == "" {
			t.Errorf("%s: pair without id", k.Name)
		}
		got.ID = ""
		if got != want {
			t.Errorf("%s: pair %+v, want %+v", k.Name, got, want)
		}
	}
	if owned == 0 {
		t.Fatal("the sample has no contact with an owner: the test proves nothing")
	}
	if err := after.Validate(); err != nil {
		t.Fatalf("migrated plan invalid: %v", err)
	}
	if err := s.SavePlan(ctx, after); err != nil {
		t.Fatalf("saving the migrated plan: %v", err)
	}
}

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

// A version-1 plan file (before coverage) is brought forward on import.
func TestPlanFileVersion1GetsCoverageFromOwners(t *testing.T) {
	s := seededStore(t)
	p, _ := s.LoadPlan(ctx, mainPlanID(t, s))
	acc, _ := s.AccountByName(ctx, "Aceros del Norte, S.A.")
	p.Coverage = nil
	f := domain.PlanFile{Format: domain.PlanFileFormat, Version: 1, Account: *acc, Plans: []domain.Plan{*p}}
	b, err := EncodePlanFile(f)
	if err != nil {
		t.Fatal(err)
	}
	g, err := DecodePlanFile(b)
	if err != nil {
		t.Fatal(err)
	}
	owners := 0
	for _, k := range p.Contacts {
		if k.Owner != "" {
			owners++
			if g.Plans[0].OwnerOf(k.ID) != k.Owner {
				t.Errorf("%s: owner %q after import, want %q", k.Name, g.Plans[0].OwnerOf(k.ID), k.Owner)
			}
		}
	}
	if owners == 0 || len(g.Plans[0].Coverage) != owners {
		t.Fatalf("%d pairs for %d owners", len(g.Plans[0].Coverage), owners)
	}
}
