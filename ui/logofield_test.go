package ui

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"kamplan/assets"
	"kamplan/ui/form"
)

// The client's logo is chosen in the new-account dialog: a file that is no PNG or JPEG, or
// one too large, is refused at once with a message in the person's language, and Save
// stores nothing; a PNG is kept with the account, for the document's cover.
func TestNewAccountDialogRefusesABadLogo(t *testing.T) {
	for _, c := range []struct{ lang, notImage, tooBig string }{
		{"en", "Must be a PNG or JPEG image", "Must be at most 1024 KB"},
		{"es", "Debe ser una imagen PNG o JPEG", "Debe ocupar como máximo 1024 KB"},
	} {
		a := newTestApp(t, c.lang)
		closeDialogs(a)
		fd := a.files().newAccountDialog()
		setEntry(t, fd.Form.Items[0].Widget, "Talleres Ibéricos")
		logo := logoFieldOf(t, fd)
		for _, bad := range []struct {
			file []byte
			want string
		}{
			{[]byte("GIF89a, not what a cover takes"), c.notImage},
			{append(bytes.Clone(assets.Icon()), make([]byte, 1<<20)...), c.tooBig},
		} {
			logo.Read(bytes.NewReader(bad.file))
			if got := fd.Msgs["logo"].Text; got != bad.want || !fd.Msgs["logo"].Visible() {
				t.Fatalf("%s: message %q, want %q", c.lang, got, bad.want)
			}
			test.Tap(fd.Save)
			if _, err := a.store.AccountByName(a.ctx, "Talleres Ibéricos"); !fd.IsOpen() || err == nil {
				t.Fatalf("%s: an account was stored with a refused logo", c.lang)
			}
		}
		test.Tap(logo.Clear)
		if fd.Msgs["logo"].Visible() || fd.Save.Disabled() {
			t.Fatalf("%s: with the logo cleared, the dialog still refuses: %q", c.lang, fd.Msgs["logo"].Text)
		}
		logo.Read(bytes.NewReader(assets.Icon()))
		test.Tap(fd.Save)
		acc, err := a.store.AccountByName(a.ctx, "Talleres Ibéricos")
		if err != nil || !bytes.Equal(acc.Logo, assets.Icon()) {
			t.Fatalf("%s: the account was not stored with its logo: %v", c.lang, err)
		}
	}
}

// logoFieldOf finds the logo field of the new-account dialog.
func logoFieldOf(t *testing.T, fd *form.Dialog) *form.LogoField {
	t.Helper()
	for _, it := range fd.Form.Items {
		if box, ok := it.Widget.(*fyne.Container); ok {
			if f, ok := box.Objects[0].(*form.LogoField); ok {
				return f
			}
		}
	}
	t.Fatal("the dialog has no logo field")
	return nil
}
