package domain

import (
	"errors"
	"slices"
	"testing"
)

var plausibleToday = NewDate(2026, 11, 24)

// figuresPlan is valid and plausible: our 30 % and the competitors' 30 % of a 1,000 wallet,
// one contact last met yesterday.
func figuresPlan() *Plan {
	p := spacePlan()
	p.ID, p.Period, p.Language, p.Currency = "p", "FY2027", "es", "EUR"
	p.StageNow, p.StageTarget = StageBasic, StageCooperative
	p.Contacts = []Contact{{ID: "k", Name: "Ana", Influence: 3, LastContact: plausibleToday.AddDays(-1)}}
	return p
}

func problemKeys(err error) []string {
	var ps Problems
	if !errors.As(err, &ps) {
		return nil
	}
	var out []string
	for _, p := range ps {
		out = append(out, p.Path+" "+p.Key)
	}
	return out
}

func TestImpossibleFigures(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *Plan)
		want   []string
	}{
		{"plausible", func(*Plan) {}, nil},
		{"our share and the competitors' make the whole wallet", func(p *Plan) { p.Wallet.Competitors[0].SharePct = 70 }, nil},
		{"41.7 % of ours and 95 % of theirs", func(p *Plan) {
			p.Wallet.Potential, p.Wallet.Revenue = 1_500_000_00, 625_000_00
			p.Wallet.Competitors[0].SharePct = 60
			p.Wallet.Competitors = append(p.Wallet.Competitors, CompetitorShare{ID: "k2", Name: "B", SharePct: 35})
		}, []string{"wallet err.shares_over_wallet"}},
		{"our revenue above the potential", func(p *Plan) { p.Wallet.Competitors[0].SharePct, p.Wallet.Revenue = 0, 1001 }, []string{"wallet err.shares_over_wallet"}},
		{"no potential: our share is not known", func(p *Plan) { p.Wallet.Potential, p.Wallet.Revenue = 0, 5000 }, nil},
		{"last met today", func(p *Plan) { p.Contacts[0].LastContact = plausibleToday }, nil},
		{"never met", func(p *Plan) { p.Contacts[0].LastContact = Date{} }, nil},
		{"last met tomorrow", func(p *Plan) { p.Contacts[0].LastContact = plausibleToday.AddDays(1) }, []string{"contacts[0].last_contact err.last_contact_future"}},
		{"a review held today", func(p *Plan) { p.Reviews = []Review{{ID: "r1", Date: plausibleToday}} }, nil},
		{"a review dated in four years", func(p *Plan) { p.Reviews = []Review{{ID: "r1", Date: plausibleToday.AddDays(4 * 365)}} },
			[]string{"reviews[0].date err.review_future"}},
	}
	for _, tt := range tests {
		p := figuresPlan()
		tt.change(p)
		if err := p.Validate(); err != nil {
			t.Fatalf("%s: the plan is not valid: %v", tt.name, err)
		}
		if got := problemKeys(p.Impossible(plausibleToday)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func figuresDoc() *Doc {
	return &Doc{Account: &Account{ID: "a", Name: "A"}, Plan: figuresPlan(), Today: func() Date { return plausibleToday }}
}

// An edit that makes a figure impossible is refused and changes nothing; what a plan stored
// before the rules already held does not block other edits, nor a fix.
func TestApplyRefusesAnEditThatMakesAFigureImpossible(t *testing.T) {
	d := figuresDoc()
	c := d.Plan.Contacts[0]
	c.LastContact = plausibleToday.AddDays(1)
	if _, err := d.Apply(ReplaceItem{Coll: CollContacts, Value: c}); !slices.Equal(problemKeys(err), []string{"contacts[0].last_contact err.last_contact_future"}) {
		t.Fatalf("a last contact tomorrow: %v", err)
	}
	if d.Plan.Contacts[0].LastContact != plausibleToday.AddDays(-1) {
		t.Fatal("the refused edit changed the plan")
	}
	if _, err := d.Apply(SetField{Field: FieldWalletRevenue, Value: int64(701)}); !slices.Equal(problemKeys(err), []string{"wallet err.shares_over_wallet"}) {
		t.Fatalf("our 70.1 %% and their 30 %%: %v", err)
	}
	if d.Plan.Wallet.Revenue != 300 {
		t.Fatal("the refused revenue was kept")
	}
	if _, err := d.Apply(SetField{Field: FieldWalletRevenue, Value: int64(700)}); err != nil {
		t.Fatalf("70 %% and 30 %% refused: %v", err)
	}

	d.Plan.Wallet.Competitors[0].SharePct = 95 // as stored before the rule existed
	if _, err := d.Apply(SetField{Field: FieldContext, Value: "Otro contexto"}); err != nil {
		t.Fatalf("an unrelated edit of a plan stored with impossible shares: %v", err)
	}
	if _, err := d.Apply(SetField{Field: FieldWalletRevenue, Value: int64(800)}); err == nil {
		t.Fatal("an edit making the impossible shares worse was taken")
	}
	if _, err := d.Apply(SetField{Field: FieldWalletRevenue, Value: int64(50)}); err != nil {
		t.Fatalf("the fix was refused: %v", err)
	}
}

// spacePlan has two centres × two offerings; the wallet matches the cells.
func spacePlan() *Plan {
	return &Plan{
		Wallet: Wallet{Potential: 1000, Revenue: 300,
			Offerings:   []Offering{{ID: "o1", Name: "MES", Potential: 600, Revenue: 100}, {ID: "o2", Name: "IoT", Potential: 400, Revenue: 200}},
			Competitors: []CompetitorShare{{ID: "k1", Name: "Siemens", SharePct: 30}}},
		Centres: []BuyingCentre{{ID: "c1", Name: "Bilbao"}, {ID: "c2", Name: "Gijón"}},
		WhiteSpace: []SpaceCell{
			{ID: "a", CentreID: "c1", OfferingID: "o1", Status: SpaceOpen, Potential: 400},
			{ID: "b", CentreID: "c2", OfferingID: "o1", Status: SpaceCompetitor, Competitor: "k1", Potential: 200, Revenue: 100},
			{ID: "c", CentreID: "c1", OfferingID: "o2", Status: SpaceOurs, Potential: 250, Revenue: 200},
			{ID: "d", CentreID: "c2", OfferingID: "o2", Status: SpaceNotRelevant, Potential: 150},
		},
	}
}
