// Package form holds what every form of the app is made of: the edit dialog that never loses
// what was typed, its entries, the calendar, the shared layouts and list rows, and the words
// of a refusal, each under its field.
package form

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/ui/locale"
)

// Host is what a form needs of the window it is shown in.
type Host interface {
	Window() fyne.Window
	Locale() locale.Locale
	// ShowDialog opens a dialog that Escape closes the way close does (nil: Hide).
	ShowDialog(d dialog.Dialog, close func())
	// GlobalKey handles a key that works wherever the focus is (Escape, F1); false for others.
	GlobalKey(k *fyne.KeyEvent) bool
}

// openDialogs are the edit dialogs open in each window, the top one last.
var openDialogs = map[fyne.Window][]*Dialog{}

// OpenDialogs lists the edit dialogs open in a window, the top one last.
func OpenDialogs(w fyne.Window) []*Dialog { return openDialogs[w] }

// Dialog is an edit dialog that never loses what was typed: Save stays disabled while a
// field's text is invalid, and an entry the plan refuses keeps the dialog open with each
// message under its field, naming fields as the person sees them.
type Dialog struct {
	host    Host
	Form    *widget.Form
	Msgs    map[string]*widget.Label // under each field, by its name in the plan, as problems name it
	Order   []string                 // the fields' names in the form's order
	General *widget.Label            // under the form: what concerns no field
	Save    *widget.Button
	Body    *fyne.Container
	Scroll  *container.Scroll
	checks  map[string]func() error
	quiet   map[string]bool // fields whose checks show their problems themselves, beside their controls
	Left    *fyne.Container // beside the buttons: Delete
	dlg     *dialog.CustomDialog
	open    bool
	touched map[string]bool // fields changed since the dialog opened
	tried   bool            // Save was pressed once
	onSave  func() error
}

// NewDialog is an empty edit dialog for a window.
func NewDialog(h Host) *Dialog {
	return &Dialog{host: h, Form: widget.NewForm(), Msgs: map[string]*widget.Label{}, checks: map[string]func() error{},
		quiet: map[string]bool{}, General: DangerLabel(), Left: container.NewHBox(), touched: map[string]bool{}}
}

// IsOpen says whether the dialog is on screen.
func (fd *Dialog) IsOpen() bool { return fd.open }

// DangerLabel is a hidden message in the danger colour, wrapped, shown when it has a text.
func DangerLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// Add puts a control in the form under labelKey; key is its name in the plan. check, when not
// nil, says whether the control's text is valid and is run on every change.
func (fd *Dialog) Add(key, labelKey string, w fyne.CanvasObject, check func() error) {
	msg := DangerLabel()
	fd.Msgs[key] = msg
	fd.Order = append(fd.Order, key)
	if check != nil {
		fd.checks[key] = check
	}
	for _, x := range Entries(w) {
		en := EntryOf(x)
		if en == nil {
			continue
		}
		prev := en.OnChanged
		en.OnChanged = func(s string) {
			if prev != nil {
				prev(s)
			}
			fd.touched[key] = true
			fd.Validate()
		}
		if !en.MultiLine && en.OnSubmitted == nil {
			en.OnSubmitted = func(string) { fd.Submit() } // Enter saves when the fields are valid
		}
	}
	label := ""
	if labelKey != "" {
		label = fd.host.Locale().T(labelKey)
	}
	fd.Form.Append(label, container.NewVBox(w, msg))
}

// CheckBeside keeps Save disabled while check fails, for a field added without a check that
// shows its own problems beside its controls; the message under it is left for the plan's
// refusals.
func (fd *Dialog) CheckBeside(key string, check func() error) {
	fd.checks[key] = check
	fd.quiet[key] = true
}

// Validate enables Save only when every field is valid; a field's message shows once the
// person changed it or pressed Save (a new entry does not open full of "Required").
func (fd *Dialog) Validate() bool {
	ok := true
	for _, key := range fd.Order {
		check := fd.checks[key]
		if check == nil {
			continue
		}
		err := check()
		if !fd.quiet[key] && (fd.touched[key] || fd.tried || err == nil) {
			SetMessage(fd.Msgs[key], err)
		}
		ok = ok && err == nil
	}
	fd.General.Hide()
	if fd.Save != nil {
		if ok {
			fd.Save.Enable()
		} else {
			fd.Save.Disable()
		}
	}
	return ok
}

// SetMessage shows err under a field, or hides the message when err is nil.
func SetMessage(l *widget.Label, err error) {
	if err == nil {
		l.SetText("")
		l.Hide()
		return
	}
	l.SetText(Capitalise(err.Error()))
	l.Show()
}

// Show opens the dialog; Save runs onSave, whose error (from the plan) keeps it open.
func (fd *Dialog) Show(title string, extra fyne.CanvasObject, size fyne.Size, onSave func() error) {
	body := container.NewVBox(fd.Form)
	if extra != nil {
		body.Add(extra)
	}
	body.Add(fd.General)
	fd.Body = body
	fd.Scroll = container.NewVScroll(body)
	fd.dlg = dialog.NewCustomWithoutButtons(title, fd.Scroll, fd.host.Window())
	cancel := widget.NewButtonWithIcon(fd.host.Locale().T("dialog.cancel"), theme.CancelIcon(), fd.Close)
	fd.onSave = onSave
	fd.Save = widget.NewButtonWithIcon(fd.host.Locale().T("dialog.save"), theme.ConfirmIcon(), fd.Submit)
	fd.Save.Importance = widget.HighImportance
	fd.dlg.SetButtons([]fyne.CanvasObject{fd.Left, cancel, fd.Save})
	fd.Validate()
	fd.dlg.Resize(FitWindow(fd.host.Window(), size))
	fd.dlg.SetOnClosed(func() {
		fd.open = false
		w := fd.host.Window()
		openDialogs[w] = slices.DeleteFunc(openDialogs[w], func(x *Dialog) bool { return x == fd })
	})
	fd.open = true
	openDialogs[fd.host.Window()] = append(openDialogs[fd.host.Window()], fd)
	fd.host.ShowDialog(fd.dlg, fd.Close)
	fd.focusFirst()
}

// Close closes the dialog without saving.
func (fd *Dialog) Close() { fd.dlg.Hide() }

// Submit saves when every field is valid (Save, or Enter in a one-line field).
func (fd *Dialog) Submit() {
	fd.tried = true
	if !fd.Validate() {
		return
	}
	if err := fd.onSave(); err != nil {
		fd.Refused(err)
		return
	}
	fd.dlg.Hide()
}

// Refused shows why the plan refused the entry, each message under its field, and scrolls the
// first of them into view.
func (fd *Dialog) Refused(err error) {
	known := map[string]bool{}
	for k := range fd.Msgs {
		known[k] = true
	}
	byField := ProblemsByField(fd.host.Locale(), err, known)
	for key, text := range byField {
		l := fd.General
		if key != "" {
			l = fd.Msgs[key]
		}
		l.SetText(text)
		l.Show()
	}
	for _, key := range append(fd.Order, "") {
		if byField[key] != "" {
			fd.reveal(key)
			return
		}
	}
}

// reveal scrolls the dialog so that the message under a field ("" the general one) is in view,
// with the field above it.
func (fd *Dialog) reveal(key string) {
	msg := fd.General
	if key != "" {
		msg = fd.Msgs[key]
	}
	fd.Body.Refresh()
	d := fyne.CurrentApp().Driver()
	bottom := d.AbsolutePositionForObject(msg).Y - d.AbsolutePositionForObject(fd.Body).Y + msg.MinSize().Height
	view := fd.Scroll.Size().Height
	if bottom > fd.Scroll.Offset.Y+view || bottom-msg.MinSize().Height < fd.Scroll.Offset.Y {
		fd.Scroll.ScrollToOffset(fyne.NewPos(0, max(0, bottom-view+theme.Padding())))
	}
}

// AddDelete puts a Delete button at the left of the dialog's buttons.
func (fd *Dialog) AddDelete(what string, remove func() error) {
	fd.Left.Add(widget.NewButtonWithIcon(fd.host.Locale().T("editor.delete"), theme.DeleteIcon(), func() {
		fd.host.ShowDialog(dialog.NewConfirm(fd.host.Locale().T("editor.delete.title"), fd.host.Locale().T("editor.delete.ask", what), func(ok bool) {
			if !ok {
				return
			}
			if err := remove(); err != nil {
				fd.Refused(err)
				return
			}
			fd.dlg.Hide()
		}, fd.host.Window()), nil)
	}))
}

func (fd *Dialog) focusFirst() {
	for _, it := range fd.Form.Items {
		if fs := Entries(it.Widget); len(fs) > 0 {
			fd.host.Window().Canvas().Focus(fs[0])
			return
		}
	}
}
