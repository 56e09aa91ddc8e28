package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// formDialog is an edit dialog that never loses what was typed: Save stays disabled while a
// field's text is invalid, and an entry the plan refuses keeps the dialog open with each
// message under its field, naming fields as the person sees them.
type formDialog struct {
	app     *App
	form    *widget.Form
	msgs    map[string]*widget.Label // by the field's name in the plan, as problems name it
	checks  map[string]func() error
	order   []string
	general *widget.Label
	save    *widget.Button
	left    *fyne.Container
	dlg     *dialog.CustomDialog
	body    *fyne.Container
	scroll  *container.Scroll
	open    bool
	touched map[string]bool // fields changed since the dialog opened
	tried   bool            // Save was pressed once
	onSave  func() error
}

func newFormDialog(a *App) *formDialog {
	fd := &formDialog{app: a, form: widget.NewForm(), msgs: map[string]*widget.Label{}, checks: map[string]func() error{},
		general: dangerLabel(), left: container.NewHBox(), touched: map[string]bool{}}
	return fd
}

func dangerLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// add puts a control in the form under labelKey; key is its name in the plan. check, when not
// nil, says whether the control's text is valid and is run on every change.
func (fd *formDialog) add(key, labelKey string, w fyne.CanvasObject, check func() error) {
	msg := dangerLabel()
	fd.msgs[key] = msg
	fd.order = append(fd.order, key)
	if check != nil {
		fd.checks[key] = check
	}
	for _, x := range entries(w) {
		en := entryOf(x)
		if en == nil {
			continue
		}
		prev := en.OnChanged
		en.OnChanged = func(s string) {
			if prev != nil {
				prev(s)
			}
			fd.touched[key] = true
			fd.validate()
		}
		if !en.MultiLine && en.OnSubmitted == nil {
			en.OnSubmitted = func(string) { fd.submit() } // Enter saves when the fields are valid
		}
	}
	label := ""
	if labelKey != "" {
		label = fd.app.tr(labelKey)
	}
	fd.form.Append(label, container.NewVBox(w, msg))
}

// validate enables Save only when every field is valid; a field's message shows once the
// person changed it or pressed Save (a new entry does not open full of "Required").
func (fd *formDialog) validate() bool {
	ok := true
	for _, key := range fd.order {
		check := fd.checks[key]
		if check == nil {
			continue
		}
		err := check()
		if fd.touched[key] || fd.tried || err == nil {
			setMessage(fd.msgs[key], err)
		}
		ok = ok && err == nil
	}
	fd.general.Hide()
	if fd.save != nil {
		if ok {
			fd.save.Enable()
		} else {
			fd.save.Disable()
		}
	}
	return ok
}

func setMessage(l *widget.Label, err error) {
	if err == nil {
		l.SetText("")
		l.Hide()
		return
	}
	l.SetText(capitalise(err.Error()))
	l.Show()
}

// show opens the dialog; Save runs onSave, whose error (from the plan) keeps it open.
func (fd *formDialog) show(title string, extra fyne.CanvasObject, size fyne.Size, onSave func() error) {
	body := container.NewVBox(fd.form)
	if extra != nil {
		body.Add(extra)
	}
	body.Add(fd.general)
	fd.body = body
	fd.scroll = container.NewVScroll(body)
	fd.dlg = dialog.NewCustomWithoutButtons(title, fd.scroll, fd.app.win)
	cancel := widget.NewButtonWithIcon(fd.app.tr("dialog.cancel"), theme.CancelIcon(), fd.close)
	fd.onSave = onSave
	fd.save = widget.NewButtonWithIcon(fd.app.tr("dialog.save"), theme.ConfirmIcon(), fd.submit)
	fd.save.Importance = widget.HighImportance
	fd.dlg.SetButtons([]fyne.CanvasObject{fd.left, cancel, fd.save})
	fd.validate()
	fd.dlg.Resize(fitWindow(fd.app, size))
	fd.dlg.SetOnClosed(func() {
		fd.open = false
		fd.app.dialogs = slices.DeleteFunc(fd.app.dialogs, func(x *formDialog) bool { return x == fd })
	})
	fd.open = true
	fd.app.dialogs = append(fd.app.dialogs, fd)
	fd.app.showDialog(fd.dlg, fd.close)
	fd.focusFirst()
}

// close closes the dialog without saving.
func (fd *formDialog) close() { fd.dlg.Hide() }

// submit saves when every field is valid (Save, or Enter in a one-line field).
func (fd *formDialog) submit() {
	fd.tried = true
	if !fd.validate() {
		return
	}
	if err := fd.onSave(); err != nil {
		fd.refused(err)
		return
	}
	fd.dlg.Hide()
}

// refused shows why the plan refused the entry, each message under its field, and scrolls the
// first of them into view.
func (fd *formDialog) refused(err error) {
	known := map[string]bool{}
	for k := range fd.msgs {
		known[k] = true
	}
	byField := fd.app.problemsByField(err, known)
	for key, text := range byField {
		l := fd.general
		if key != "" {
			l = fd.msgs[key]
		}
		l.SetText(text)
		l.Show()
	}
	for _, key := range append(fd.order, "") {
		if byField[key] != "" {
			fd.reveal(key)
			return
		}
	}
}

// reveal scrolls the dialog so that the message under a field ("" the general one) is in view,
// with the field above it.
func (fd *formDialog) reveal(key string) {
	msg := fd.general
	if key != "" {
		msg = fd.msgs[key]
	}
	fd.body.Refresh()
	d := fd.app.fyne.Driver()
	bottom := d.AbsolutePositionForObject(msg).Y - d.AbsolutePositionForObject(fd.body).Y + msg.MinSize().Height
	view := fd.scroll.Size().Height
	if bottom > fd.scroll.Offset.Y+view || bottom-msg.MinSize().Height < fd.scroll.Offset.Y {
		fd.scroll.ScrollToOffset(fyne.NewPos(0, max(0, bottom-view+theme.Padding())))
	}
}

// addDelete puts a Delete button at the left of the dialog's buttons.
func (fd *formDialog) addDelete(what string, remove func() error) {
	fd.left.Add(widget.NewButtonWithIcon(fd.app.tr("editor.delete"), theme.DeleteIcon(), func() {
		fd.app.showDialog(dialog.NewConfirm(fd.app.tr("editor.delete.title"), fd.app.tr("editor.delete.ask", what), func(ok bool) {
			if !ok {
				return
			}
			if err := remove(); err != nil {
				fd.refused(err)
				return
			}
			fd.dlg.Hide()
		}, fd.app.win), nil)
	}))
}

func (fd *formDialog) focusFirst() {
	for _, it := range fd.form.Items {
		if fs := entries(it.Widget); len(fs) > 0 {
			fd.app.win.Canvas().Focus(fs[0])
			return
		}
	}
}

// entry is a one-line entry of an edit dialog; multi one of several lines.
func (a *App) entry(text string) *dialogEntry { return newDialogEntry(a, text, false) }
func (a *App) multi(text string) *dialogEntry { return newDialogEntry(a, text, true) }

// entryOf is the entry of an input, or nil.
func entryOf(o any) *widget.Entry {
	switch x := o.(type) {
	case *widget.Entry:
		return x
	case *dialogEntry:
		return &x.Entry
	}
	return nil
}

func selectOf(options []string, i int) *widget.Select {
	s := widget.NewSelect(options, nil)
	if i >= 0 && i < len(options) {
		s.SetSelectedIndex(i)
	}
	return s
}

// fitWindow keeps a dialog inside the window on small screens.
func fitWindow(a *App, want fyne.Size) fyne.Size {
	have := a.win.Canvas().Size()
	if have.Width <= 0 || have.Height <= 0 {
		return want
	}
	return fyne.NewSize(min(want.Width, have.Width-40), min(want.Height, have.Height-40))
}
