package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/editor/forms"
	"kamplan/ui/form"
)

// actionDialog edits the action with id, or a new one when id is "".
func (e *Editor) actionDialog(id string, list *widget.List) *form.Dialog {
	a := domain.Action{ID: domain.NewID(), Status: domain.StatusNotStarted, Start: domain.Today(), Due: domain.Today().AddDays(30)}
	if x := e.plan.FindAction(id); x != nil {
		a = *x
	}
	fd := form.NewDialog(e.sh)
	f := forms.NewAction(e.env, fd, &a)
	done := func() { list.Refresh(); e.refresh() }
	save := e.saveOrDelete(fd, domain.CollActions, id, a.Title, func() any { f.Read(); return a }, done)
	fd.Show(e.tr("editor.action"), nil, fyne.NewSize(720, 640), save)
	return fd
}
