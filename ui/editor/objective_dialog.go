package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/editor/forms"
	"kamplan/ui/form"
)

// objectiveDialog edits an objective with the SMART check of each letter shown as you type.
func (e *Editor) objectiveDialog(id string, list *widget.List) *form.Dialog {
	o := domain.Objective{ID: domain.NewID(), Category: domain.CatFinancial}
	if x := e.plan.FindObjective(id); x != nil {
		o = *x
	}
	return openObjectiveForm(e, id, o, list)
}

// openObjectiveForm edits o, an objective of the plan with id, or a new one when id is "" (a
// draft pre-filled from an open cell of the white-space map, say: nothing enters the plan
// until the person saves it).
func openObjectiveForm(e *Editor, id string, o domain.Objective, list *widget.List) *form.Dialog {
	fd := form.NewDialog(e.sh)
	f := forms.NewObjective(e.env, fd, &o)
	done := func() {
		if list != nil {
			list.Refresh()
		}
		e.refresh()
	}
	save := e.saveOrDelete(fd, domain.CollObjectives, id, o.Statement, func() any { f.Read(); return o }, done)
	if id != "" {
		addDealButton(e, fd, func(d *domain.Deal) { d.ObjectiveIDs = []string{id} })
	}
	fd.Show(e.tr("editor.objective"), nil, fyne.NewSize(720, 640), save)
	f.Check()
	return fd
}
