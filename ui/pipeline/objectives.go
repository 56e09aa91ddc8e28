package pipeline

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/pipeline"
	"kamplan/ui/locale"
)

// objectivesBox shows each revenue objective against the opportunities that serve it, and
// update draws it again from the plan.
func objectivesBox(h Host) (box *fyne.Container, update func()) {
	box = container.NewVBox()
	update = func() {
		env := h.Env()
		loc, p := env.Host.Locale(), env.Plan
		box.Objects = nil
		prs := pipeline.Objectives(p, pipeline.Coverage(h.Settings()))
		if len(prs) == 0 {
			box.Add(wrapped(loc.T("pipeline.no_revenue_objective", p.Currency, p.Currency)))
		}
		for _, pr := range prs {
			title := widget.NewLabelWithStyle(pr.Objective.Statement, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			title.Wrapping = fyne.TextWrapWord
			box.Add(title)
			box.Add(wrapped(ObjectiveLine(loc, p.Currency, pr)))
			if w := CoverageWarning(loc, pr, pipeline.Coverage(h.Settings())); w != "" {
				l := wrapped(w)
				l.Importance = widget.WarningImportance
				box.Add(l)
			}
		}
		box.Refresh()
	}
	update()
	return box, update
}

func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// ObjectiveLine is a revenue objective's target, what was won for it, its pipeline and its gap.
func ObjectiveLine(loc locale.Locale, currency string, pr pipeline.Progress) string {
	m := func(v int64) string { return loc.Money(v, currency) }
	return loc.T("pipeline.objective_line", m(pr.Target), m(pr.Won), m(pr.Unweighted), m(pr.Weighted), m(pr.Gap))
}

// CoverageWarning says when the weighted pipeline covers the gap less than ratio times; ""
// when it does not.
func CoverageWarning(loc locale.Locale, pr pipeline.Progress, ratio float64) string {
	if !pr.Short {
		return ""
	}
	return "⚠ " + loc.T("pipeline.short", loc.Number(pr.Covered, 1), loc.Number(ratio, 1))
}

// ObjectiveSummary is a revenue objective against its opportunities in a few words, for
// its row in the list of objectives: "" for an objective not measured in money.
func ObjectiveSummary(loc locale.Locale, p *domain.Plan, o domain.Objective, ratio float64) string {
	if _, ok := pipeline.RevenueTarget(p, o); !ok {
		return ""
	}
	pr := pipeline.Progress{}
	for _, x := range pipeline.Objectives(p, ratio) {
		if x.Objective.ID == o.ID {
			pr = x
		}
	}
	m := func(v int64) string { return loc.Money(v, p.Currency) }
	s := loc.T("pipeline.objective_short", m(pr.Won), m(pr.Weighted), m(pr.Gap))
	if pr.Short {
		s = "⚠ " + s
	}
	return s
}
