// Package uitest drives the app's screens in tests the way a person does: it walks what a
// screen shows, reads its texts, taps its buttons and answers its dialogs. Only tests import it.
package uitest

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/ui/form"
	"kamplan/ui/picture"
)

// Walk visits every object of a tree, entering containers, scrolls, forms and tabs.
func Walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			Walk(c, visit)
		}
	case *container.Scroll:
		Walk(x.Content, visit)
	case *container.AppTabs:
		for _, it := range x.Items {
			Walk(it.Content, visit)
		}
	case *widget.Form:
		for _, it := range x.Items {
			Walk(it.Widget, visit)
		}
	}
}

// WidgetOn is the last widget of type T in o's tree; the test fails, naming what, when there
// is none.
func WidgetOn[T fyne.CanvasObject](t testing.TB, o fyne.CanvasObject, what string) T {
	t.Helper()
	var found T
	ok := false
	Walk(o, func(c fyne.CanvasObject) {
		if x, is := c.(T); is {
			found, ok = x, true
		}
	})
	if !ok {
		t.Fatalf("no %s on the page", what)
	}
	return found
}

// LabelsText is every label, button, choice and fact of a tree, a line each.
func LabelsText(o fyne.CanvasObject) string {
	var b strings.Builder
	Walk(o, func(c fyne.CanvasObject) {
		switch x := c.(type) {
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *widget.Button:
			b.WriteString(x.Text + "\n")
		case *widget.Select:
			b.WriteString(x.Selected + "\n" + strings.Join(x.Options, "\n") + "\n")
		case *picture.FactList:
			b.WriteString(x.String())
		}
	})
	return b.String()
}

// TapButton taps the first button of a tree with a text.
func TapButton(t testing.TB, o fyne.CanvasObject, text string) {
	t.Helper()
	var found *widget.Button
	Walk(o, func(c fyne.CanvasObject) {
		if b, ok := c.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	test.Tap(found)
}

// Answer taps a button of the dialog on top of the window ("Yes", "Reload"…).
func Answer(t testing.TB, w fyne.Window, text string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog is open to answer %q", text)
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("the dialog has no button %q", text)
}

// DialogText is every text of the dialog on top of the window: labels, entries, buttons.
func DialogText(t testing.TB, w fyne.Window) string {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	var b strings.Builder
	for _, o := range test.LaidOutObjects(top) {
		switch x := o.(type) {
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *widget.Entry:
			b.WriteString(x.Text + "\n")
		case *widget.Button:
			b.WriteString(x.Text + "\n")
		}
	}
	return b.String()
}

// CloseDialogs closes the window's edit dialogs and removes whatever else it shows on top.
func CloseDialogs(w fyne.Window) {
	for _, fd := range form.OpenDialogs(w) {
		fd.Close()
	}
	for o := w.Canvas().Overlays().Top(); o != nil; o = w.Canvas().Overlays().Top() {
		w.Canvas().Overlays().Remove(o)
	}
}

// TopDialog is the edit dialog on top of the window.
func TopDialog(t testing.TB, w fyne.Window) *form.Dialog {
	t.Helper()
	open := form.OpenDialogs(w)
	if len(open) == 0 {
		t.Fatal("no dialog opened")
	}
	return open[len(open)-1]
}

// SetEntry types text into the first entry of a tree.
func SetEntry(t testing.TB, o fyne.CanvasObject, text string) {
	t.Helper()
	var en *widget.Entry
	Walk(o, func(c fyne.CanvasObject) {
		if x := form.EntryOf(c); x != nil && en == nil {
			en = x
		}
	})
	if en == nil {
		t.Fatal("no entry")
	}
	en.SetText(text)
}

// DialogShows reports whether an entry of a dialog holds text.
func DialogShows(fd *form.Dialog, text string) bool {
	found := false
	Walk(fd.Body, func(o fyne.CanvasObject) {
		if en := form.EntryOf(o); en != nil && en.Text == text {
			found = true
		}
	})
	return found
}

// DialogShowsEntry reports whether an entry of the dialog on top of the window holds text.
func DialogShowsEntry(w fyne.Window, text string) bool {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	for _, o := range test.LaidOutObjects(top) {
		if en, ok := o.(*widget.Entry); ok && en.Text == text {
			return true
		}
	}
	return false
}
