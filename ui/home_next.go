package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// nextStep is one thing to do on an account, with the editor page where it is done.
type nextStep struct {
	text string
	at   place
}

// nextSteps lists what the selected plan needs next: overdue actions, red KPIs whose plan B
// fired, key players nobody covers, figures that do not add up, a plan not yet signed.
func (a *App) nextSteps(p *domain.Plan) []nextStep {
	var out []nextStep
	today := domain.Today()
	overdue := 0
	for _, act := range p.Actions {
		if act.Overdue(today) {
			overdue++
		}
	}
	if overdue > 0 {
		out = append(out, nextStep{a.trCount("home.next.overdue", overdue, overdue), pageActions})
	}
	triggered := 0
	for _, k := range p.KPIs {
		if k.PlanBTriggered() {
			triggered++
		}
	}
	if triggered > 0 {
		out = append(out, nextStep{a.trCount("home.next.plan_b", triggered, triggered), pageKPIs})
	}
	for _, w := range p.MapWarnings() {
		at := pageRelationshipMap // which shows the map's warnings beside it
		if w.ContactID != "" {
			at = pageCoverage // a person nobody on our team covers
		}
		out = append(out, nextStep{a.tr(w.Key, w.Args...), at})
	}
	if w := p.WeightsWarning(); w != nil {
		out = append(out, nextStep{a.tr(w.Key, w.Args...), pagePortfolio})
	}
	for _, w := range p.FigureWarnings() {
		out = append(out, nextStep{a.tr(w.Key, w.Args...), figurePage(w)})
	}
	if !p.Commitment.InternalApproval.Done() || !p.Commitment.ClientAgreement.Done() {
		out = append(out, nextStep{a.tr("home.next.unsigned"), pageSignOff})
	}
	return out
}

// stepsBox shows the next steps of a plan, each with a button into the editor at its page.
func (h *home) stepsBox(r domain.PlanSummary, p *domain.Plan) fyne.CanvasObject {
	steps := h.app.nextSteps(p)
	box := container.NewVBox(widget.NewLabelWithStyle(h.app.tr("home.next.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	if len(steps) == 0 {
		box.Add(widget.NewLabel(h.app.tr("home.next.none")))
	}
	for _, s := range steps {
		s := s
		text := widget.NewLabel("⚠ " + s.text)
		text.Wrapping = fyne.TextWrapWord
		goTo := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { h.app.openPlanAt(r.AccountID, r.PlanID, s.at) })
		box.Add(container.NewBorder(nil, nil, nil, goTo, text))
	}
	return box
}

// openPlanAt opens a plan in the editor at one of its pages.
func (a *App) openPlanAt(accountID, planID string, at place) {
	a.openPlan(accountID, planID)
	if a.editor != nil && a.editor.plan.ID == planID && at.phase >= 0 && at.phase < len(a.editor.subs) {
		a.editor.tabs.SelectIndex(at.phase)
		a.editor.subs[at.phase].SelectIndex(at.page)
	}
}

// figurePage is the editor page where a figure that does not add up is corrected.
func figurePage(w domain.Warning) place {
	switch w.Key {
	case "warn.offerings_over_wallet":
		return pageWallet
	case "warn.stage_target_below":
		return pageStage
	}
	return pageWhiteSpace
}
