package editor

import (
	"kamplan/ui/form"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestDialogKeys(t *testing.T) {
	a, e := openSample(t, "en")
	c := e.Plan().Contacts[0]
	fd := e.contactDialog(c.ID, form.BlankList())
	focused, ok := a.win.Canvas().Focused().(*form.Entry)
	if !ok || focused.Text != c.Name {
		t.Fatalf("the contact dialog opens with %T focused, not its name", a.win.Canvas().Focused())
	}
	focused.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if fd.IsOpen() {
		t.Fatal("Escape did not close the dialog")
	}
	fd = e.contactDialog(c.ID, form.BlankList())
	title := fd.Form.Items[1].Widget
	setEntry(t, title, "Presidente ejecutivo")
	var en *form.Entry
	walk(title, func(o fyne.CanvasObject) {
		if x, ok := o.(*form.Entry); ok {
			en = x
		}
	})
	en.OnSubmitted(en.Text) // Enter
	if fd.IsOpen() || !e.Flush() || storedPlan(t, a, e.Plan().ID).Contacts[0].Title != "Presidente ejecutivo" {
		t.Fatal("Enter did not save the dialog")
	}
}

func TestTabFollowsTheVisualOrder(t *testing.T) {
	a, e := openSample(t, "en")
	fd := e.actionDialog(e.Plan().Actions[0].ID, form.BlankList())
	c := a.win.Canvas()
	var order []string
	for range 5 {
		if en := form.EntryOf(c.Focused()); en != nil {
			order = append(order, en.Text)
		}
		c.FocusNext()
	}
	a0 := e.Plan().Actions[0]
	want := []string{a0.Title, a0.Owner, a0.ClientOwner, a.loc.Day(a0.Start)}
	for i, w := range want {
		if i >= len(order) || order[i] != w {
			t.Fatalf("Tab order %q, want %q first", order, want)
		}
	}
	fd.Close()
}

func TestALongPasteBecomesAWrappedField(t *testing.T) {
	a, e := openSample(t, "en")
	page := e.walletPage()
	basis := fieldNamed(t, page, "Basis (e.g. last 12 months)")
	long := strings.Repeat("Ventas según el ERP del cliente, ", 160) // about 5,000 characters
	basis.SetText("")
	test.WidgetRenderer(basis) // as on screen: the entry's shortcuts are set up when it is drawn
	cb := a.fyne.Clipboard()
	cb.SetContent(long)
	basis.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	basis.FocusLost()
	if !basis.MultiLine || basis.Wrapping != fyne.TextWrapWord {
		t.Fatalf("a 5,000-character paste stayed on one line (%d characters)", len(basis.Text))
	}
	if !e.Flush() || storedPlan(t, a, e.Plan().ID).Wallet.Basis != long {
		t.Fatal("the long basis was not stored whole")
	}
	fd := e.actionDialog("", form.BlankList())
	en := form.EntryOf(firstEntry(fd.Form.Items[0].Widget))
	en.SetText(long)
	if !en.MultiLine {
		t.Fatal("a long paste in a dialog stayed on one line")
	}
}

func firstEntry(o fyne.CanvasObject) fyne.CanvasObject {
	var found fyne.CanvasObject
	walk(o, func(c fyne.CanvasObject) {
		if form.EntryOf(c) != nil && found == nil {
			found = c
		}
	})
	return found
}

// Escape answers a question "no" (nothing deleted), then closes the dialog under it.
func TestEscapeClosesAQuestionThenItsDialog(t *testing.T) {
	a, e := openSample(t, "en")
	escape := func() {
		a.win.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	}
	overlays := func() int { return len(a.win.Canvas().Overlays().List()) }
	n := len(e.Plan().Contacts)
	fd := e.contactDialog(e.Plan().Contacts[0].ID, form.BlankList())
	e.confirmDelete("x", func() { t.Fatal("Escape answered yes") })
	escape()
	if overlays() != 1 || !fd.IsOpen() {
		t.Fatalf("Escape on the question closed %d dialogs", 2-overlays())
	}
	escape()
	if overlays() != 0 || fd.IsOpen() || len(storedPlan(t, a, e.Plan().ID).Contacts) != n {
		t.Fatal("the second Escape did not close the contact dialog, or something was deleted")
	}
}
