package editor

import (
	"fmt"
	"kamplan/domain/plausible"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/picture"
)

// stagePage shows the relationship pyramid: a tap on a stage sets the current stage or the
// target (as the toggle says); the two selects do the same from the keyboard. The stage
// warning sits under it.
type stagePage struct{ e *Editor }

func (*stagePage) shows() topics {
	return topics{fields: []domain.Field{domain.FieldStageNow, domain.FieldStageTarget}}
}

func (sp *stagePage) build() fyne.CanvasObject {
	e := sp.e
	var labels []string
	for _, s := range domain.Stages {
		labels = append(labels, fmt.Sprintf("%d %s", s, e.tr(fmt.Sprintf("stage.%d", s))))
	}
	p := e.plan
	warning := widget.NewLabel("")
	warning.Wrapping = fyne.TextWrapWord
	warning.Importance = widget.WarningImportance
	stage := func(name domain.Field, get func() domain.Stage) *widget.Select {
		w := e.fields.Choice(labels, func() int { return int(get()) - 1 },
			func(i int) domain.Edit { return domain.SetField{Field: name, Value: domain.Stage(i + 1)} })
		e.live(func() {
			if i := int(get()) - 1; i >= 0 && i < len(labels) && w.SelectedIndex() != i {
				w.SetSelectedIndex(i)
			}
		})
		return w
	}
	now := stage(domain.FieldStageNow, func() domain.Stage { return p.StageNow })
	target := stage(domain.FieldStageTarget, func() domain.Stage { return p.StageTarget })
	setting := widget.NewRadioGroup([]string{e.tr("editor.stage_now"), e.tr("editor.stage_target")}, nil)
	setting.Horizontal, setting.Required = true, true
	setting.SetSelected(setting.Options[0])
	pyr := picture.NewStagePyramid(p.StageNow, p.StageTarget, picture.PyramidText(e.loc), func(s domain.Stage) {
		field := domain.FieldStageNow
		if setting.Selected == setting.Options[1] {
			field = domain.FieldStageTarget
		}
		sp.set(field, s)
	})
	e.live(func() {
		pyr.SetStages(p.StageNow, p.StageTarget)
		if w := p.StageWarning(); w != nil {
			warning.SetText("⚠ " + e.tr(w.Key, w.Args...))
		} else {
			warning.SetText("")
		}
	})
	below := warningsLabel(e, func() []domain.Warning { return one(plausible.StageTargetWarning(p)) })
	form := widget.NewForm(widget.NewFormItem(e.tr("plancharts.stage_setting"), setting),
		widget.NewFormItem(e.tr("editor.stage_now"), now), widget.NewFormItem(e.tr("editor.stage_target"), container.NewVBox(target, below)))
	help := widget.NewLabel(e.tr("plancharts.stage_help"))
	help.Wrapping = fyne.TextWrapWord
	return container.NewVBox(form, help, pyr, warning)
}

// set sets the current or the target stage (undoable); a refusal is shown.
func (sp *stagePage) set(field domain.Field, s domain.Stage) {
	e := sp.e
	if e.doc.FieldValue(field) == s {
		return
	}
	if err := e.apply(domain.SetField{Field: field, Value: s}); err != nil {
		e.showError(err)
	}
}
