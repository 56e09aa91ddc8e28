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

func TestFigureWarnings(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *Plan)
		want   []string
	}{
		{"plausible", func(*Plan) {}, nil},
		{"offerings above the potential", func(p *Plan) {
			p.Wallet.Potential = 900
			for i := range p.WhiteSpace {
				p.WhiteSpace[i].Potential, p.WhiteSpace[i].Revenue = 0, 0
			}
		}, []string{"warn.offerings_over_wallet"}},
		{"offerings add up to the potential", func(p *Plan) {}, nil},
		{"an open cell with more revenue than potential", func(p *Plan) {
			p.WhiteSpace[0].Revenue = 500
			p.Wallet.Revenue, p.Wallet.Offerings[0].Revenue, p.Wallet.Competitors[0].SharePct = 800, 600, 0
		}, []string{"warn.open_cell_revenue"}},
		{"a cell of ours with more revenue than potential", func(p *Plan) {
			p.WhiteSpace[2].Revenue = 300
			p.Wallet.Revenue, p.Wallet.Offerings[1].Revenue = 400, 300
		}, nil},
		{"cells above the wallet", func(p *Plan) { p.WhiteSpace[0].Potential = 900 }, []string{"whitespace.warn.potential", "whitespace.warn.offering"}},
		{"target stage below the current one", func(p *Plan) { p.StageNow, p.StageTarget = StageInterdependent, StageBasic }, []string{"warn.stage_target_below"}},
		{"target stage the current one", func(p *Plan) { p.StageTarget = p.StageNow }, nil},
	}
	for _, tt := range tests {
		p := figuresPlan()
		tt.change(p)
		var got []string
		for _, w := range p.FigureWarnings() {
			got = append(got, w.Key)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
		if err := p.Impossible(plausibleToday); err != nil {
			t.Errorf("%s: an implausible figure is refused: %v", tt.name, err)
		}
	}
}

func TestOpenCellWarningNamesTheCell(t *testing.T) {
	p := figuresPlan()
	w := p.CellWarning(SpaceCell{CentreID: "c2", OfferingID: "o2", Status: SpaceOpen, Potential: 10, Revenue: 11})
	if w == nil || !slices.Equal(w.Args, []any{"Gijón", "IoT"}) {
		t.Fatalf("warning %+v", w)
	}
}

// The figures that do not add up are in the plan's warnings and the internal summary's
// findings, never in the client's.
func TestFigureWarningsAreAmongThePlansWarnings(t *testing.T) {
	p := figuresPlan()
	p.StageNow, p.StageTarget = StageInterdependent, StageBasic
	has := func(ws []Warning) bool {
		return slices.ContainsFunc(ws, func(w Warning) bool { return w.Key == "warn.stage_target_below" })
	}
	if !has(p.Warnings()) {
		t.Error("the plan's warnings lack the target stage")
	}
	if !slices.ContainsFunc(p.Alerts(plausibleToday), func(a Alert) bool { return a.Key == "warn.stage_target_below" && a.Section == "position" }) {
		t.Error("the summary's findings lack the target stage")
	}
	if f := ClientEdition(p).Summarise(DefaultCutoff, plausibleToday); f.Warnings != nil || f.Alerts != nil {
		t.Error("the client summary carries warnings")
	}
}
