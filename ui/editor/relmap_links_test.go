package editor

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
)

// buttonIn finds a button whose text starts with prefix inside an object.
func buttonIn(o fyne.CanvasObject, prefix string) *widget.Button {
	var b *widget.Button
	walk(o, func(x fyne.CanvasObject) {
		if y, ok := x.(*widget.Button); ok && b == nil && strings.HasPrefix(y.Text, prefix) {
			b = y
		}
	})
	return b
}

// The contact dialog lists the person's informal links; Remove takes one out of the store,
// "Add: in conflict with…" adds one with the person chosen, and Ctrl+Z brings a removal back.
func TestContactDialogListsAndEditsLinks(t *testing.T) {
	a, e := openSample(t, "en")
	fernando, begona := contactNamed(t, e.plan, "Fernando Suárez"), contactNamed(t, e.plan, "Begoña Ibáñez")
	fd := e.contactDialog(fernando, form.BlankList())
	if !strings.Contains(labelsText(fd.Body), "Influences Begoña Ibáñez") {
		t.Fatalf("the dialog does not list Fernando's link: %q", labelsText(fd.Body))
	}
	test.Tap(buttonIn(fd.Body, "Remove"))
	if !e.Flush() {
		t.Fatal("not saved")
	}
	if n := len(storedPlan(t, a, e.plan.ID).LinksOf(fernando)); n != 0 {
		t.Fatalf("%d links left after Remove", n)
	}
	if !strings.Contains(labelsText(fd.Body), "No informal links") {
		t.Error("the dialog still lists the removed link")
	}
	test.Tap(buttonIn(fd.Body, "Add: in conflict"))
	top := a.win.Canvas().Overlays().Top()
	var list *widget.List
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
	}
	if list == nil {
		t.Fatal("no list of people to choose from")
	}
	list.Select(0) // the first person other than Fernando: Íñigo
	if !e.Flush() {
		t.Fatal("not saved")
	}
	links := storedPlan(t, a, e.plan.ID).LinksOf(fernando)
	if len(links) != 1 || links[0].Kind != domain.LinkConflict || links[0].To != e.plan.Contacts[0].ID {
		t.Errorf("stored links %+v", links)
	}
	fd.Close()
	a.win.Canvas().Unfocus()
	undo(a) // the conflict
	undo(a) // the removal
	if !a.editor.Flush() {
		t.Fatal("undo not saved")
	}
	links = storedPlan(t, a, e.plan.ID).LinksOf(fernando)
	if len(links) != 1 || links[0].To != begona || links[0].Kind != domain.LinkInfluences {
		t.Errorf("after two undos: %+v", links)
	}
}
