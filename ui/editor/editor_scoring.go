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

// scorePicker is a row of 1–10 choices for one factor's score: Tab reaches it, Space and the
// arrow keys choose, and choosing the selected score again clears it (not scored).
func (e *Editor) scorePicker(label string, get func() int, edit func(score int) domain.Edit) *widget.RadioGroup {
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
func (e *Editor) anchors(f domain.Factor) fyne.CanvasObject {
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
func (e *Editor) scoredFactor(f domain.Factor, picker fyne.CanvasObject) fyne.CanvasObject {
	name := widget.NewLabelWithStyle(e.loc.FactorLabel(f)+" ("+strconv.Itoa(f.Weight)+" %)", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewVBox(name, e.anchors(f), picker)
}

// liveMatrix shows where the account lands on the portfolio matrix as it is scored, among
// the other accounts of the portfolio (as the home last listed them), highlighted.
func (e *Editor) liveMatrix() fyne.CanvasObject {
	m := picture.NewPortfolioMatrix(e.loc, e.settings, nil)
	m.OnSelect = func(string) { m.Select(e.account.ID) } // others are shown on hover, this one stays marked
	e.live(func() {
		m.SetRows(e.portfolioWithThisPlan())
		m.Select(e.account.ID)
	})
	return container.NewGridWrap(fyne.NewSize(480, 260), m)
}

// portfolioWithThisPlan is the portfolio's latest plans with this account's row as it is now
// scored (the portfolio read once, when the page is first drawn).
func (e *Editor) portfolioWithThisPlan() []domain.PlanSummary {
	w := e.plan.Wallet
	rows := []domain.PlanSummary{{AccountID: e.account.ID, AccountName: e.account.Name, PlanID: e.plan.ID, Period: e.plan.Period,
		Potential: w.Potential, Revenue: w.Revenue, Position: e.plan.Portfolio.Position(e.settings.Cutoff)}}
	if e.portfolio == nil {
		all, _ := e.sh.Store().Portfolio(e.sh.Context())
		e.portfolio = []domain.PlanSummary{}
		for _, r := range domain.LatestPlans(all) {
			if r.AccountID != e.account.ID {
				e.portfolio = append(e.portfolio, r)
			}
		}
	}
	return append(rows, e.portfolio...)
}
