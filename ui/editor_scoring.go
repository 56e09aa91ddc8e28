package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// scorePicker is a row of 1–10 choices for one factor's score: Tab reaches it, Space and the
// arrow keys choose, and choosing the selected score again clears it (not scored).
func (e *editor) scorePicker(label string, get func() int, edit func(score int) domain.Edit) *widget.RadioGroup {
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
func (e *editor) anchors(f domain.Factor) fyne.CanvasObject {
	text := f.Anchors
	if strings.TrimSpace(text) == "" {
		text = e.app.defaultAnchors(f.ID)
	}
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.TextStyle = fyne.TextStyle{Italic: true}
	return l
}

// scoredFactor is one factor of the attractiveness axis: its name and weight, its anchors, and
// the 1–10 picker.
func (e *editor) scoredFactor(f domain.Factor, picker fyne.CanvasObject) fyne.CanvasObject {
	name := widget.NewLabelWithStyle(e.app.factorLabel(f)+" ("+strconv.Itoa(f.Weight)+" %)", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewVBox(name, e.anchors(f), picker)
}

// liveMatrix shows where the account lands on the portfolio matrix as it is scored, among
// the other accounts of the portfolio (as the home last listed them), highlighted.
func (e *editor) liveMatrix() fyne.CanvasObject {
	m := newPortfolioMatrix(e.app, nil)
	m.OnSelect = func(string) { m.Select(e.account.ID) } // others are shown on hover, this one stays marked
	e.live(func() {
		m.SetRows(e.portfolioWithThisPlan())
		m.Select(e.account.ID)
	})
	return container.NewGridWrap(fyne.NewSize(480, 260), m)
}

// portfolioWithThisPlan is the home's accounts with this one's row as it is now scored.
func (e *editor) portfolioWithThisPlan() []domain.PlanSummary {
	w := e.plan.Wallet
	rows := []domain.PlanSummary{{AccountID: e.account.ID, AccountName: e.account.Name, PlanID: e.plan.ID, Period: e.plan.Period,
		Potential: w.Potential, Revenue: w.Revenue, Position: e.plan.Portfolio.Position(e.settings.Cutoff)}}
	if e.app.home == nil {
		return rows
	}
	for _, r := range e.app.home.all {
		if r.AccountID != e.account.ID {
			rows = append(rows, r)
		}
	}
	return rows
}

// defaultAnchors is the catalogue's wording of a factor's scale.
func (a *App) defaultAnchors(factorID string) string {
	key := "anchor." + factorID
	if !a.loc.Has(key) {
		key = "anchor.generic"
	}
	return a.tr(key)
}
