package home

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/summary"
	"kamplan/ui/chart"
	"kamplan/ui/form"
	"kamplan/ui/picture"
)

// detailPanel is the home's panel of the selected account: its name and the Open plan button
// on one line, its key facts in a compact list, and what to do next, each step a link into
// the editor.
func (h *Home) detailPanel() fyne.CanvasObject {
	h.title = widget.NewLabelWithStyle(h.loc.T("home.pick"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.title.Wrapping = fyne.TextWrapWord
	h.facts = container.NewStack()
	header := container.NewBorder(nil, nil, nil, h.open, h.title)
	body := container.NewVScroll(container.NewVBox(h.facts, h.steps))
	return container.NewBorder(header, nil, nil, nil, body)
}

// showDetail fills the panel for one account's plan.
func (h *Home) showDetail(r domain.PlanSummary, p *domain.Plan) {
	st, _ := h.sh.Store().Settings(h.sh.Context())
	f := summary.Of(p, st.Cutoff, domain.Today())
	h.title.Wrapping = fyne.TextWrapOff
	h.title.Truncation = fyne.TextTruncateEllipsis
	h.title.SetText(r.AccountName + " · " + r.Period)
	tr := h.loc.T
	position := picture.FactPart{Text: h.quadrantName(f.Position)}
	if f.Position.Placed {
		position.Dot = chart.QuadrantColour(f.Position.Quadrant).WithAlpha(0xFF)
	}
	var lights []picture.FactPart
	for _, s := range []domain.Status{domain.StatusGreen, domain.StatusAmber, domain.StatusRed} {
		lights = append(lights, picture.FactPart{Dot: chart.StatusColour(s), Text: fmt.Sprint(f.KPIStatus[s])})
	}
	h.facts.Objects = []fyne.CanvasObject{picture.NewFactList(
		picture.Fact{Caption: tr("home.fact.position"), Parts: []picture.FactPart{position}},
		picture.Fact{Caption: tr("home.fact.stage"), Parts: []picture.FactPart{{Text: tr(fmt.Sprintf("stage.%d", f.StageNow)) + " → " + tr(fmt.Sprintf("stage.%d", f.StageTarget))}}},
		picture.Fact{Caption: tr("home.fact.share"), Parts: []picture.FactPart{{Text: h.shareValue(r)}}},
		picture.Fact{Caption: tr("home.fact.kpis"), Parts: lights},
		picture.Fact{Caption: tr("home.fact.pipeline"), Parts: []picture.FactPart{{Text: h.pipelineFact(r)}}},
		picture.Fact{Caption: tr("home.fact.plan"), Parts: []picture.FactPart{{Text: h.planCounts(p)}}},
		healthFact(h.loc, p, st),
	)}
	h.facts.Refresh()
	h.steps.Objects = []fyne.CanvasObject{h.stepsBox(r, p)}
	h.steps.Refresh()
}

// planCounts says how big a plan is: "12 contacts · 1 objective · 9 actions · 4 KPIs".
func (h *Home) planCounts(p *domain.Plan) string {
	return strings.Join([]string{
		h.loc.TCount("home.detail.contacts", len(p.Contacts), len(p.Contacts)),
		h.loc.TCount("home.detail.objectives", len(p.Objectives), len(p.Objectives)),
		h.loc.TCount("home.detail.actions", len(p.Actions), len(p.Actions)),
		h.loc.TCount("home.detail.kpis", len(p.KPIs), len(p.KPIs)),
	}, " · ")
}

// showDetailError says why the selected account's plan could not be read.
func (h *Home) showDetailError(err error) {
	h.title.Wrapping = fyne.TextWrapWord
	h.title.SetText(form.Message(h.loc, err))
	h.facts.Objects, h.steps.Objects = nil, nil
	h.facts.Refresh()
	h.steps.Refresh()
}

// shareValue is the share of wallet as a percentage, or "unknown".
func (h *Home) shareValue(r domain.PlanSummary) string {
	v, ok := r.ShareOfWallet()
	if !ok {
		return h.loc.T("home.fact.unknown")
	}
	return h.loc.Number(v, 1) + " %"
}
