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
	if id != "" {
		fd.AddDelete(a.Title, func() error { return e.applyThen(domain.RemoveItem{Coll: domain.CollActions, ID: id}, done) })
	}
	fd.Show(e.tr("editor.action"), nil, fyne.NewSize(720, 640), func() error {
		f.Read()
		return e.applyThen(putEdit(domain.CollActions, id, a), done)
	})
	return fd
}
