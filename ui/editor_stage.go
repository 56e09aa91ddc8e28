package ui

import (
	"fmt"
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// stagePage shows the relationship stage now and the target, with the stage warning.
func (e *editor) stagePage() fyne.CanvasObject {
	var labels []string
	for _, s := range domain.Stages {
		labels = append(labels, fmt.Sprintf("%d %s", s, e.tr(fmt.Sprintf("stage.%d", s))))
	}
	p := e.plan
	warning := widget.NewLabel("")
	warning.Wrapping = fyne.TextWrapWord
	e.live(func() {
		if w := p.StageWarning(); w != nil {
			warning.SetText("⚠ " + e.tr(w.Key, w.Args...))
		} else {
			warning.SetText("")
		}
	})
	stage := func(name string, get func() domain.Stage) *widget.Select {
		return e.choice(labels, func() int { return int(get()) - 1 },
			func(i int) domain.Edit { return domain.SetField{Field: name, Value: domain.Stage(i + 1)} })
	}
	now := stage("stage_now", func() domain.Stage { return p.StageNow })
	target := stage("stage_target", func() domain.Stage { return p.StageTarget })
	return container.NewVBox(widget.NewForm(
		widget.NewFormItem(e.tr("editor.stage_now"), now), widget.NewFormItem(e.tr("editor.stage_target"), target)), warning)
}

// teamDeleteWidth is the room a row's delete button takes, so that headers sit over their columns.
const teamDeleteWidth = 44
