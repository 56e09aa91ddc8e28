package home

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"kamplan/domain/plausible"

	"kamplan/domain"
	"kamplan/ui/locale"
	"kamplan/ui/shell"
)

// nextStep is one thing to do on an account, with the editor page where it is done.
type nextStep struct {
	text string
	at   shell.Page
}

// nextSteps lists what the selected plan needs next: overdue actions, red KPIs whose plan B
// fired, key players nobody covers, figures that do not add up, a plan not yet signed.
func nextSteps(loc locale.Locale, p *domain.Plan) []nextStep {
	var out []nextStep
	today := domain.Today()
	overdue := 0
	for _, act := range p.Actions {
		if act.Overdue(today) {
			overdue++
		}
	}
	if overdue > 0 {
		out = append(out, nextStep{loc.TCount("home.next.overdue", overdue, overdue), shell.PageActions})
	}
	triggered := 0
	for _, k := range p.KPIs {
		if k.PlanBTriggered() {
			triggered++
		}
	}
	if triggered > 0 {
		out = append(out, nextStep{loc.TCount("home.next.plan_b", triggered, triggered), shell.PageKPIs})
	}
	for _, w := range p.MapWarnings() {
		at := shell.PageRelationshipMap // which shows the map's warnings beside it
		if w.ContactID != "" {
			at = shell.PageCoverage // a person nobody on our team covers
		}
		out = append(out, nextStep{loc.T(w.Key, w.Args...), at})
	}
	if w := p.WeightsWarning(); w != nil {
		out = append(out, nextStep{loc.T(w.Key, w.Args...), shell.PagePortfolio})
	}
	for _, w := range plausible.FigureWarnings(p) {
		out = append(out, nextStep{loc.T(w.Key, w.Args...), figurePage(w)})
	}
	if !p.Commitment.InternalApproval.Done() || !p.Commitment.ClientAgreement.Done() {
		out = append(out, nextStep{loc.T("home.next.unsigned"), shell.PageSignOff})
	}
	return out
}

// stepsBox shows the next steps of a plan, each with a button into the editor at its page.
func (h *Home) stepsBox(r domain.PlanSummary, p *domain.Plan) fyne.CanvasObject {
	steps := nextSteps(h.loc, p)
	box := container.NewVBox(widget.NewLabelWithStyle(h.loc.T("home.next.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	if len(steps) == 0 {
		box.Add(widget.NewLabel(h.loc.T("home.next.none")))
	}
	for _, s := range steps {
		s := s
		text := widget.NewLabel("⚠ " + s.text)
		text.Wrapping = fyne.TextWrapWord
		goTo := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { h.sh.OpenPlan(r.AccountID, r.PlanID, s.at) })
		box.Add(container.NewBorder(nil, nil, nil, goTo, text))
	}
	return box
}

// figurePage is the editor page where a figure that does not add up is corrected.
func figurePage(w domain.Warning) shell.Page {
	switch w.Key {
	case "warn.offerings_over_wallet":
		return shell.PageWallet
	case "warn.stage_target_below":
		return shell.PageStage
	}
	return shell.PageWhiteSpace
}
