package ui

import (
	"errors"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/locale"
)

// logoField chooses the client's logo for the document's cover: a PNG or JPEG file of at
// most domain.MaxLogoKB, checked as soon as it is chosen, with the message under the field.
type logoField struct {
	widget.BaseWidget
	loc    locale.Locale
	status *widget.Label
	choose *widget.Button
	clear  *widget.Button // no logo: also how a refused file is put right
	data   []byte
	chosen func() // tells the dialog to check its fields again
}

func newLogoField(host form.Host, chosen func()) *logoField {
	f := &logoField{loc: host.Locale(), status: widget.NewLabel(host.Locale().T("settings.no_logo")), chosen: chosen}
	f.choose = widget.NewButton(f.loc.T("settings.choose"), func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				return
			}
			defer r.Close()
			f.read(r)
		}, host.Window())
		d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".jpg", ".jpeg"}))
		host.ShowDialog(d, nil)
	})
	f.clear = widget.NewButton(f.loc.T("settings.clear"), func() { f.set(nil) })
	f.ExtendBaseWidget(f)
	return f
}

func (f *logoField) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewHBox(f.status, f.choose, f.clear))
}

// read takes the file chosen; a file larger than the limit is not read whole.
func (f *logoField) read(r io.Reader) {
	b, err := io.ReadAll(io.LimitReader(r, domain.MaxLogoKB<<10+1))
	if err != nil {
		b = []byte{} // unreadable: refused as no image
	}
	f.set(b)
}

// set keeps the chosen file (nil: none) and shows its size.
func (f *logoField) set(b []byte) {
	f.data = b
	f.status.SetText(f.loc.T("settings.no_logo"))
	if b != nil {
		f.status.SetText(f.loc.T("settings.logo_size", (len(b)+1023)/1024))
	}
	f.chosen()
}

// check says, in the person's language, why the chosen file is refused.
func (f *logoField) check() error {
	if f.data != nil && len(f.data) == 0 {
		return errors.New(f.loc.T("err.logo"))
	}
	switch err := domain.CheckLogo(f.data); {
	case err == nil:
		return nil
	case err.Error() == "err.logo_size":
		return errors.New(f.loc.T("err.logo_size", domain.MaxLogoKB))
	}
	return errors.New(f.loc.T("err.logo"))
}
