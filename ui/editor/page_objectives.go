package editor

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/period"
	"kamplan/domain/pipeline"
	"kamplan/domain/smart"
	"kamplan/ui/form"
	uipipeline "kamplan/ui/pipeline"
)

// objectivesPage lists the SMART objectives, each with its SMART check; a dialog edits one
// (objective_dialog.go).
type objectivesPage struct{ e *Editor }

func (*objectivesPage) shows() topics {
	return topics{owns: []domain.Coll{domain.CollObjectives},
		shows:  []domain.Coll{domain.CollKPIs, domain.CollStrategies, domain.CollSWOTs, domain.CollSWOTItems, domain.CollOpportunities},
		fields: []domain.Field{domain.FieldPeriod}}
}

func (p *objectivesPage) build() fyne.CanvasObject {
	e := p.e
	list := widget.NewList(func() int { return len(e.plan.Objectives) }, form.NewTwoLineRow,
		func(i widget.ListItemID, o fyne.CanvasObject) {
			ob := e.plan.Objectives[i]
			failing := !smart.OK(smart.Objective(e.plan, ob, period.Parse(e.plan.Period)))
			second := smartSummary(e.plan, ob)
			if s := uipipeline.ObjectiveSummary(e.loc, e.plan, ob, pipeline.Coverage(e.settings)); s != "" {
				second += " · " + s
			}
			form.SetTwoLineRow(o, ob.Statement, second, failing)
		})
	list.OnSelected = func(i widget.ListItemID) {
		list.UnselectAll()
		if i < len(e.plan.Objectives) {
			e.objectiveDialog(e.plan.Objectives[i].ID, list)
		}
	}
	box := form.ListBox(list, func() int { return len(e.plan.Objectives) })
	e.live(func() { list.Refresh(); box.Refresh() }) // objectives added elsewhere (the white-space map) show at once
	add := widget.NewButtonWithIcon(e.tr("editor.add_objective"), theme.ContentAddIcon(), func() { e.objectiveDialog("", list) })
	return container.NewVBox(add, box)
}

// smartSummary is "✓ SMART", or the failing letters marked as plainly as the passing ones:
// "✗ T  (S✓ M✓ A✓ R✓ T✗)".
func smartSummary(p *domain.Plan, o domain.Objective) string {
	checks := smart.Objective(p, o, period.Parse(p.Period))
	if smart.OK(checks) {
		return "✓ SMART"
	}
	var failed, all []string
	for _, c := range checks {
		mark := "✓"
		if !c.OK {
			mark = "✗"
			failed = append(failed, c.Letter)
		}
		all = append(all, c.Letter+mark)
	}
	return "✗ " + strings.Join(failed, " ") + "  (" + strings.Join(all, " ") + ")"
}
