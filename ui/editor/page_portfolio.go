package editor

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/picture"
)

// portfolioPage scores the account: attractiveness on the portfolio's factors, relative
// strength on the plan's own criteria (criteria.go), with live totals and quadrant.
type portfolioPage struct {
	e *Editor
	// others are the portfolio's other accounts, drawn around this one on the matrix (read
	// once, when the page is first drawn)
	others []domain.PlanSummary
}

func (*portfolioPage) shows() topics {
	return topics{owns: []domain.Coll{domain.CollCriteria},
		fields: []domain.Field{domain.FieldAccountName, domain.FieldPeriod, domain.FieldWalletPotential, domain.FieldWalletRevenue}}
}

func (p *portfolioPage) build() fyne.CanvasObject {
	e := p.e
	pf := &e.plan.Portfolio
	result := widget.NewLabel("")
	result.Wrapping = fyne.TextWrapWord
	e.live(func() {
		pos := pf.Position(e.settings.Cutoff)
		at, _ := pf.Attractiveness.Total()
		st, _ := pf.Strength.Total()
		text := e.tr("editor.totals", e.loc.Number(at, 2), e.loc.Number(st, 2))
		if pos.Placed {
			text += "\n" + e.tr("portfolio."+string(pos.Quadrant)) + " — " + e.tr("portfolio."+string(pos.Quadrant)+".advice")
		} else {
			text += "\n" + e.tr("editor.incomplete")
		}
		result.SetText(text)
	})
	attr := container.NewVBox()
	for _, f := range pf.Attractiveness.Factors {
		attr.Add(scoredFactor(e, f, p.attractivenessScore(f.ID, e.loc.FactorLabel(f))))
	}
	where := container.NewBorder(nil, nil, p.matrix(), nil, result) // the matrix, and the totals beside it, as you score
	return container.NewVBox(where, widget.NewSeparator(), heading(e.loc, "portfolio.attractiveness"), attr,
		heading(e.loc, "portfolio.strength"), criteria{e}.view())
}

// attractivenessScore sets one factor's score (1–10; none for not scored).
func (p *portfolioPage) attractivenessScore(id, label string) fyne.CanvasObject {
	e := p.e
	return scorePicker(e, label, func() int { return e.plan.Portfolio.Attractiveness.Scores[id] }, func(v int) domain.Edit {
		return domain.SetScore{Axis: domain.AxisAttractiveness, Factor: id, Score: v}
	})
}

// scorePicker is a row of 1–10 choices for one factor's score: Tab reaches it, Space and the
// arrow keys choose, and choosing the selected score again clears it (not scored).
func scorePicker(e *Editor, label string, get func() int, edit func(score int) domain.Edit) *widget.RadioGroup {
	opts := make([]string, 10)
	for i := range opts {
		opts[i] = strconv.Itoa(i + 1)
	}
	r := widget.NewRadioGroup(opts, nil)
	r.Horizontal = true
	if v := get(); v > 0 {
		r.SetSelected(strconv.Itoa(v))
	}
	r.OnChanged = func(s string) {
		v, _ := strconv.Atoi(s) // "" (cleared) is 0: not scored
		if v == get() {
			return
		}
		if err := e.apply(edit(v)); err != nil {
			e.showError(err)
		}
	}
	e.name(r, label)
	return r
}

// anchors says what a score of 2, 5 and 8 means for a factor ("10 = low risk" for a risk):
// the company's wording from Settings, else the catalogue's.
func anchors(e *Editor, f domain.Factor) fyne.CanvasObject {
	text := f.Anchors
	if strings.TrimSpace(text) == "" {
		text = e.loc.DefaultAnchors(f.ID)
	}
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.TextStyle = fyne.TextStyle{Italic: true}
	return l
}

// scoredFactor is one factor of the attractiveness axis: its name and weight, its anchors, and
// the 1–10 picker.
func scoredFactor(e *Editor, f domain.Factor, picker fyne.CanvasObject) fyne.CanvasObject {
	name := widget.NewLabelWithStyle(e.loc.FactorLabel(f)+" ("+strconv.Itoa(f.Weight)+" %)", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewVBox(name, anchors(e, f), picker)
}

// matrix shows where the account lands on the portfolio matrix as it is scored, among the
// other accounts of the portfolio (as the home last listed them), highlighted.
func (p *portfolioPage) matrix() fyne.CanvasObject {
	e := p.e
	m := picture.NewPortfolioMatrix(e.loc, e.settings, nil)
	m.OnSelect = func(string) { m.Select(e.account.ID) } // others are shown on hover, this one stays marked
	e.live(func() {
		m.SetRows(p.withThisPlan())
		m.Select(e.account.ID)
	})
	return container.NewGridWrap(fyne.NewSize(480, 260), m)
}

// withThisPlan is the portfolio's latest plans with this account's row as it is now scored.
func (p *portfolioPage) withThisPlan() []domain.PlanSummary {
	e := p.e
	w := e.plan.Wallet
	rows := []domain.PlanSummary{{AccountID: e.account.ID, AccountName: e.account.Name, PlanID: e.plan.ID, Period: e.plan.Period,
		Potential: w.Potential, Revenue: w.Revenue, Position: e.plan.Portfolio.Position(e.settings.Cutoff)}}
	if p.others == nil {
		all, _ := e.sh.Store().Portfolio(e.sh.Context())
		p.others = []domain.PlanSummary{}
		for _, r := range domain.LatestPlans(all) {
			if r.AccountID != e.account.ID {
				p.others = append(p.others, r)
			}
		}
	}
	return append(rows, p.others...)
}
