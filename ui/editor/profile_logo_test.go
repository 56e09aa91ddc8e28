package editor

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/assets"
	"kamplan/ui/form"
	"kamplan/ui/shell"
)

// The client's logo of an account that exists is chosen on the profile page: stored with
// the account, one undo takes it back off; a file that is no image is refused under the
// field in the person's language and leaves the stored logo as it was.
func TestTheClientLogoIsChosenOnTheProfileAndUndone(t *testing.T) {
	a, e := openSample(t, "es")
	e.ShowPage(shell.PageProfile)
	field := logoOnPage(t, a.win.Content())
	storedLogo := func() []byte {
		acc, err := a.store.AccountByName(a.ctx, "Aceros del Norte, S.A.")
		if err != nil {
			t.Fatal(err)
		}
		return acc.Logo
	}
	field.Read(bytes.NewReader(assets.Icon()))
	if !e.Flush() || !bytes.Equal(storedLogo(), assets.Icon()) {
		t.Fatal("the chosen logo was not stored with the account")
	}
	field.Read(bytes.NewReader([]byte("GIF89a, not what a cover takes")))
	if !e.Flush() || !bytes.Equal(storedLogo(), assets.Icon()) {
		t.Fatal("a refused file replaced the stored logo")
	}
	if !onScreen(a.win.Content(), "Debe ser una imagen PNG o JPEG") {
		t.Fatal("the refused file is not said under the field")
	}
	e.Undo()
	if !e.Flush() || storedLogo() != nil {
		t.Fatal("one undo did not take the logo off the stored account")
	}
}

func logoOnPage(t *testing.T, o fyne.CanvasObject) *form.LogoField {
	t.Helper()
	for _, x := range test.LaidOutObjects(o) {
		if f, ok := x.(*form.LogoField); ok {
			return f
		}
	}
	t.Fatal("the profile page has no logo field")
	return nil
}

// onScreen reports whether a label laid out on screen reads text.
func onScreen(o fyne.CanvasObject, text string) bool {
	for _, x := range test.LaidOutObjects(o) {
		if l, ok := x.(*widget.Label); ok && l.Visible() && l.Text == text {
			return true
		}
	}
	return false
}
