package domain

import (
	"slices"
	"testing"
)

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

func TestSpaceTotals(t *testing.T) {
	p := spacePlan()
	p.WhiteSpace = append(p.WhiteSpace, SpaceCell{ID: "x", CentreID: "gone", OfferingID: "o1", Status: SpaceOpen, Potential: 999})
	got := p.SpaceTotals()
	tests := []struct {
		name string
		got  SpaceTotal
		want SpaceTotal
	}{
		{"row Bilbao", got.Rows["c1"], SpaceTotal{Potential: 650, Revenue: 200, Open: 400, Cells: 2, HasMoney: true}},
		{"row Gijón", got.Rows["c2"], SpaceTotal{Potential: 350, Revenue: 100, Open: 100, Cells: 2, HasMoney: true}},
		{"column MES", got.Cols["o1"], SpaceTotal{Potential: 600, Revenue: 100, Open: 500, Cells: 2, HasMoney: true}},
		{"column IoT", got.Cols["o2"], SpaceTotal{Potential: 400, Revenue: 200, Open: 0, Cells: 2, HasMoney: true}},
		{"all (a cell of a gone centre not counted)", got.All, SpaceTotal{Potential: 1000, Revenue: 300, Open: 500, Cells: 4, HasMoney: true}},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s = %+v, want %+v", tc.name, tc.got, tc.want)
		}
	}
}

func TestSpaceWarnings(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *Plan)
		want   []string
	}{
		{"cells match the wallet", func(*Plan) {}, nil},
		{"no money in the cells: nothing to compare", func(p *Plan) {
			for i := range p.WhiteSpace {
				p.WhiteSpace[i].Potential, p.WhiteSpace[i].Revenue = 0, 0
			}
		}, nil},
		{"potential differs", func(p *Plan) { p.Wallet.Potential = 2000 }, []string{"whitespace.warn.potential"}},
		{"revenue differs", func(p *Plan) { p.Wallet.Revenue = 1 }, []string{"whitespace.warn.revenue"}},
		{"one offering differs", func(p *Plan) {
			p.Wallet.Offerings[0].Potential, p.Wallet.Offerings[1].Potential = 500, 500
		}, []string{"whitespace.warn.offering", "whitespace.warn.offering"}},
		{"cell changed: total and its offering differ", func(p *Plan) { p.WhiteSpace[0].Potential = 10 },
			[]string{"whitespace.warn.potential", "whitespace.warn.offering"}},
		{"offering without wallet figures is not compared", func(p *Plan) {
			p.Wallet.Offerings[1].Potential, p.Wallet.Offerings[1].Revenue = 0, 0
			p.Wallet.Potential, p.Wallet.Revenue = 600, 100
			p.WhiteSpace = p.WhiteSpace[:2]
		}, nil},
	}
	for _, tc := range tests {
		p := spacePlan()
		tc.change(p)
		var keys []string
		for _, w := range p.SpaceWarnings() {
			keys = append(keys, w.Key)
		}
		if !slices.Equal(keys, tc.want) {
			t.Errorf("%s: warnings %v, want %v", tc.name, keys, tc.want)
		}
	}
	p := spacePlan()
	p.Wallet.Offerings[0].Revenue = 5
	if ws := p.SpaceWarnings(); len(ws) != 1 || ws[0].Args[0] != "MES" {
		t.Errorf("offering warning should name MES: %+v", ws)
	}
}

func TestLargestOpenCells(t *testing.T) {
	tests := []struct {
		name string
		n    int
		edit func(p *Plan)
		want []string
	}{
		{"open and competitor cells, largest first", 5, func(*Plan) {}, []string{"a", "b"}},
		{"limit", 1, func(*Plan) {}, []string{"a"}},
		{"ours and not relevant never offered", 5, func(p *Plan) { p.WhiteSpace[0].Status = SpaceOurs }, []string{"b"}},
		{"ties in map order", 5, func(p *Plan) { p.WhiteSpace[0].Potential = 100 }, []string{"a", "b"}},
		{"ties in map order after reordering centres", 5, func(p *Plan) {
			p.WhiteSpace[0].Potential = 100
			p.Centres[0], p.Centres[1] = p.Centres[1], p.Centres[0]
		}, []string{"b", "a"}},
		{"revenue above potential is no open potential", 5, func(p *Plan) { p.WhiteSpace[1].Revenue = 900 }, []string{"a"}},
	}
	for _, tc := range tests {
		q := spacePlan()
		tc.edit(q)
		var ids []string
		for _, c := range q.LargestOpenCells(tc.n) {
			ids = append(ids, c.ID)
		}
		if !slices.Equal(ids, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, ids, tc.want)
		}
	}
}
