package domain_test

import (
	"errors"
	"testing"

	"kamplan/domain"
)

// Removing a person removes their informal links and coverage pairs; undo puts every one
// back in its place.
func TestRemovingAContactTakesItsLinksAndCoverage(t *testing.T) {
	d := newDoc(t)
	p := d.Plan
	victim := p.Contacts[1].ID
	p.Links = append(p.Links,
		domain.Link{ID: "x1", From: victim, To: p.Contacts[0].ID, Kind: domain.LinkConflict},
		domain.Link{ID: "x2", From: p.Contacts[2].ID, To: p.Contacts[3].ID, Kind: domain.LinkInfluences},
		domain.Link{ID: "x3", From: p.Contacts[0].ID, To: victim, Kind: domain.LinkInfluences})
	if len(p.CoverageOf(victim)) == 0 {
		t.Fatal("generated plan: the contact has no coverage, the test proves nothing")
	}
	applyAndUndo(t, d, domain.RemoveItem{Coll: domain.CollContacts, ID: victim})
	if _, err := d.Apply(domain.RemoveItem{Coll: domain.CollContacts, ID: victim}); err != nil {
		t.Fatal(err)
	}
	if len(p.LinksOf(victim)) != 0 || len(p.CoverageOf(victim)) != 0 {
		t.Fatalf("links %v, coverage %v of a removed contact remain", p.LinksOf(victim), p.CoverageOf(victim))
	}
	if len(p.LinksOf(p.Contacts[2].ID)) == 0 {
		t.Fatal("a link between two other people went too")
	}
}

func TestRemovingCentresOfferingsAndCompetitorsCleansTheWhiteSpace(t *testing.T) {
	d := newDoc(t)
	p := d.Plan
	centre, offering := p.Centres[0].ID, p.Wallet.Offerings[0].ID
	competitor := p.Wallet.Competitors[0].ID
	p.WhiteSpace[1].Status, p.WhiteSpace[1].Competitor = domain.SpaceCompetitor, competitor
	for _, e := range []domain.Edit{
		domain.RemoveItem{Coll: domain.CollCentres, ID: centre},
		domain.RemoveItem{Coll: domain.CollOfferings, ID: offering},
		domain.RemoveItem{Coll: domain.CollCompetitors, ID: competitor},
	} {
		applyAndUndo(t, d, e)
		if _, err := d.Apply(e); err != nil {
			t.Fatalf("%#v: %v", e, err)
		}
	}
	for _, c := range p.WhiteSpace {
		if c.CentreID == centre || c.OfferingID == offering || c.Competitor == competitor {
			t.Fatalf("cell %+v still refers to a removed part", c)
		}
	}
	if len(p.WhiteSpace) == 0 {
		t.Fatal("every cell went")
	}
}

func TestMapEditsRefused(t *testing.T) {
	d := newDoc(t)
	p := d.Plan
	a, b := p.Contacts[0].ID, p.Contacts[1].ID
	link := func(id, from, to string, k domain.LinkKind) domain.Edit {
		return domain.AddItem{Coll: domain.CollLinks, Value: domain.Link{ID: id, From: from, To: to, Kind: k}}
	}
	if _, err := d.Apply(link("ok", a, b, domain.LinkConflict)); err != nil {
		t.Fatalf("a first conflict refused: %v", err)
	}
	member := p.CoverageOf(a)[0].MemberID
	tests := []struct {
		name string
		edit domain.Edit
		key  string
	}{
		{"link to oneself", link("n1", a, a, domain.LinkInfluences), "err.self_link"},
		{"same conflict the other way", link("n2", b, a, domain.LinkConflict), "err.duplicate_link"},
		{"link to nobody", link("n3", a, "nobody", domain.LinkInfluences), "err.unknown_contact"},
		{"unknown kind", link("n4", a, b, "likes"), "err.choice"},
		{"second pair of one member", domain.AddItem{Coll: domain.CollCoverage, Value: domain.Coverage{ID: "n5", MemberID: member, ContactID: a}}, "err.duplicate_coverage"},
		{"pair of no member", domain.AddItem{Coll: domain.CollCoverage, Value: domain.Coverage{ID: "n10", ContactID: a}}, "err.required"},
		{"level out of range", domain.AddItem{Coll: domain.CollCoverage, Value: domain.Coverage{ID: "n6", MemberID: d.Account.Team[0].ID, ContactID: a, RelNow: 5}}, "err.range"},
		{"centre without a name", domain.AddItem{Coll: domain.CollCentres, Value: domain.BuyingCentre{ID: "n7", Name: "  "}}, "err.required"},
		{"centre named twice", domain.AddItem{Coll: domain.CollCentres, Value: domain.BuyingCentre{ID: "n8", Name: "planta norte"}}, "err.duplicate_centre"},
		{"second cell for a pair", domain.AddItem{Coll: domain.CollWhiteSpace, Value: domain.SpaceCell{ID: "n9", CentreID: p.WhiteSpace[0].CentreID, OfferingID: p.WhiteSpace[0].OfferingID, Status: domain.SpaceOpen}}, "err.duplicate_cell"},
		{"negative potential", domain.ReplaceItem{Coll: domain.CollWhiteSpace, Value: func() domain.SpaceCell { c := p.WhiteSpace[0]; c.Potential = -1; return c }()}, "err.negative"},
		{"reports-to cycle", domain.ReplaceItem{Coll: domain.CollContacts, Value: func() domain.Contact { c := p.Contacts[0]; c.ReportsTo = p.Contacts[1].ID; return c }()}, "err.cycle"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := snapshot(t, d)
			_, err := d.Apply(tt.edit)
			if !hasProblem(err, tt.key) {
				t.Fatalf("got %v, want a problem %s", err, tt.key)
			}
			if snapshot(t, d) != before {
				t.Fatal("a refused edit changed the plan")
			}
		})
	}
}

func hasProblem(err error, key string) bool {
	var ps domain.Problems
	if !errors.As(err, &ps) {
		return false
	}
	for _, p := range ps {
		if p.Key == key {
			return true
		}
	}
	return false
}
