package plausible

import (
	"slices"
	"testing"

	"kamplan/domain"
)

var today = domain.NewDate(2026, 11, 24)

// spacePlan has two centres × two offerings; the wallet matches the cells.
func spacePlan() *domain.Plan {
	return &domain.Plan{
		Wallet: domain.Wallet{Potential: 1000, Revenue: 300,
			Offerings:   []domain.Offering{{ID: "o1", Name: "MES", Potential: 600, Revenue: 100}, {ID: "o2", Name: "IoT", Potential: 400, Revenue: 200}},
			Competitors: []domain.CompetitorShare{{ID: "k1", Name: "Siemens", SharePct: 30}}},
		Centres: []domain.BuyingCentre{{ID: "c1", Name: "Bilbao"}, {ID: "c2", Name: "Gijón"}},
		WhiteSpace: []domain.SpaceCell{
			{ID: "a", CentreID: "c1", OfferingID: "o1", Status: domain.SpaceOpen, Potential: 400},
			{ID: "b", CentreID: "c2", OfferingID: "o1", Status: domain.SpaceCompetitor, Competitor: "k1", Potential: 200, Revenue: 100},
			{ID: "c", CentreID: "c1", OfferingID: "o2", Status: domain.SpaceOurs, Potential: 250, Revenue: 200},
			{ID: "d", CentreID: "c2", OfferingID: "o2", Status: domain.SpaceNotRelevant, Potential: 150},
		},
	}
}

// figuresPlan is valid and plausible: our 30 % and the competitors' 30 % of a 1,000 wallet,
// one contact last met yesterday.
func figuresPlan() *domain.Plan {
	p := spacePlan()
	p.ID, p.Period, p.Language, p.Currency = "p", "FY2027", "es", "EUR"
	p.StageNow, p.StageTarget = domain.StageBasic, domain.StageCooperative
	p.Contacts = []domain.Contact{{ID: "k", Name: "Ana", Influence: 3, LastContact: today.AddDays(-1)}}
	return p
}

// The plan's warnings hold the strength weights that do not add up as well as the figures.
func TestWarningsHoldTheWeights(t *testing.T) {
	p := figuresPlan()
	p.Portfolio.Strength = domain.Axis{Factors: []domain.Factor{{Name: "Price", Weight: 60}}}
	if !slices.ContainsFunc(Warnings(p), func(w domain.Warning) bool { return w.Key == "warn.weights" }) {
		t.Fatalf("warnings %+v lack the weights", Warnings(p))
	}
}

func TestSpaceTotals(t *testing.T) {
	p := spacePlan()
	p.WhiteSpace = append(p.WhiteSpace, domain.SpaceCell{ID: "x", CentreID: "gone", OfferingID: "o1", Status: domain.SpaceOpen, Potential: 999})
	got := SpaceTotals(p)
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
		change func(p *domain.Plan)
		want   []string
	}{
		{"cells match the wallet", func(*domain.Plan) {}, nil},
		{"no money in the cells: nothing to compare", func(p *domain.Plan) {
			for i := range p.WhiteSpace {
				p.WhiteSpace[i].Potential, p.WhiteSpace[i].Revenue = 0, 0
			}
		}, nil},
		{"potential differs", func(p *domain.Plan) { p.Wallet.Potential = 2000 }, []string{"whitespace.warn.potential"}},
		{"revenue differs", func(p *domain.Plan) { p.Wallet.Revenue = 1 }, []string{"whitespace.warn.revenue"}},
		{"one offering differs", func(p *domain.Plan) {
			p.Wallet.Offerings[0].Potential, p.Wallet.Offerings[1].Potential = 500, 500
		}, []string{"whitespace.warn.offering", "whitespace.warn.offering"}},
		{"cell changed: total and its offering differ", func(p *domain.Plan) { p.WhiteSpace[0].Potential = 10 },
			[]string{"whitespace.warn.potential", "whitespace.warn.offering"}},
		{"offering without wallet figures is not compared", func(p *domain.Plan) {
			p.Wallet.Offerings[1].Potential, p.Wallet.Offerings[1].Revenue = 0, 0
			p.Wallet.Potential, p.Wallet.Revenue = 600, 100
			p.WhiteSpace = p.WhiteSpace[:2]
		}, nil},
	}
	for _, tc := range tests {
		p := spacePlan()
		tc.change(p)
		var keys []string
		for _, w := range SpaceWarnings(p) {
			keys = append(keys, w.Key)
		}
		if !slices.Equal(keys, tc.want) {
			t.Errorf("%s: warnings %v, want %v", tc.name, keys, tc.want)
		}
	}
	p := spacePlan()
	p.Wallet.Offerings[0].Revenue = 5
	if ws := SpaceWarnings(p); len(ws) != 1 || ws[0].Args[0] != "MES" {
		t.Errorf("offering warning should name MES: %+v", ws)
	}
}

func TestLargestOpenCells(t *testing.T) {
	tests := []struct {
		name string
		n    int
		edit func(p *domain.Plan)
		want []string
	}{
		{"open and competitor cells, largest first", 5, func(*domain.Plan) {}, []string{"a", "b"}},
		{"limit", 1, func(*domain.Plan) {}, []string{"a"}},
		{"ours and not relevant never offered", 5, func(p *domain.Plan) { p.WhiteSpace[0].Status = domain.SpaceOurs }, []string{"b"}},
		{"ties in map order", 5, func(p *domain.Plan) { p.WhiteSpace[0].Potential = 100 }, []string{"a", "b"}},
		{"ties in map order after reordering centres", 5, func(p *domain.Plan) {
			p.WhiteSpace[0].Potential = 100
			p.Centres[0], p.Centres[1] = p.Centres[1], p.Centres[0]
		}, []string{"b", "a"}},
		{"revenue above potential is no open potential", 5, func(p *domain.Plan) { p.WhiteSpace[1].Revenue = 900 }, []string{"a"}},
	}
	for _, tc := range tests {
		q := spacePlan()
		tc.edit(q)
		var ids []string
		for _, c := range LargestOpenCells(q, tc.n) {
			ids = append(ids, c.ID)
		}
		if !slices.Equal(ids, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, ids, tc.want)
		}
	}
}

func TestFigureWarnings(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *domain.Plan)
		want   []string
	}{
		{"plausible", func(*domain.Plan) {}, nil},
		{"offerings above the potential", func(p *domain.Plan) {
			p.Wallet.Potential = 900
			for i := range p.WhiteSpace {
				p.WhiteSpace[i].Potential, p.WhiteSpace[i].Revenue = 0, 0
			}
		}, []string{"warn.offerings_over_wallet"}},
		{"offerings add up to the potential", func(p *domain.Plan) {}, nil},
		{"an open cell with more revenue than potential", func(p *domain.Plan) {
			p.WhiteSpace[0].Revenue = 500
			p.Wallet.Revenue, p.Wallet.Offerings[0].Revenue, p.Wallet.Competitors[0].SharePct = 800, 600, 0
		}, []string{"warn.open_cell_revenue"}},
		{"a cell of ours with more revenue than potential", func(p *domain.Plan) {
			p.WhiteSpace[2].Revenue = 300
			p.Wallet.Revenue, p.Wallet.Offerings[1].Revenue = 400, 300
		}, nil},
		{"cells above the wallet", func(p *domain.Plan) { p.WhiteSpace[0].Potential = 900 }, []string{"whitespace.warn.potential", "whitespace.warn.offering"}},
		{"target stage below the current one", func(p *domain.Plan) { p.StageNow, p.StageTarget = domain.StageInterdependent, domain.StageBasic }, []string{"warn.stage_target_below"}},
		{"target stage the current one", func(p *domain.Plan) { p.StageTarget = p.StageNow }, nil},
	}
	for _, tt := range tests {
		p := figuresPlan()
		tt.change(p)
		var got []string
		for _, w := range FigureWarnings(p) {
			got = append(got, w.Key)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
		if err := p.Impossible(today); err != nil {
			t.Errorf("%s: an implausible figure is refused: %v", tt.name, err)
		}
	}
}

func TestOpenCellWarningNamesTheCell(t *testing.T) {
	p := figuresPlan()
	w := CellWarning(p, domain.SpaceCell{CentreID: "c2", OfferingID: "o2", Status: domain.SpaceOpen, Potential: 10, Revenue: 11})
	if w == nil || !slices.Equal(w.Args, []any{"Gijón", "IoT"}) {
		t.Fatalf("warning %+v", w)
	}
}
