package form

import (
	"bytes"
	"errors"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/locale"
)

// LogoField chooses the client's logo for the document's cover: a PNG or JPEG file of at
// most domain.MaxLogoKB, checked as soon as it is chosen, with the message under the field.
type LogoField struct {
	widget.BaseWidget
	loc    locale.Locale
	status *widget.Label
	choose *widget.Button
	Clear  *widget.Button // no logo: also how a refused file is put right
	data   []byte
	chosen func() // tells the dialog to check its fields again
}

// NewLogoField is a logo field without a logo; chosen runs after each choice.
func NewLogoField(host Host, chosen func()) *LogoField {
	f := &LogoField{loc: host.Locale(), status: widget.NewLabel(host.Locale().T("settings.no_logo")), chosen: chosen}
	f.choose = widget.NewButton(f.loc.T("settings.choose"), func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				return
			}
			defer r.Close()
			f.Read(r)
		}, host.Window())
		d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".jpg", ".jpeg"}))
		host.ShowDialog(d, nil)
	})
	f.Clear = widget.NewButton(f.loc.T("settings.clear"), func() { f.Set(nil) })
	f.ExtendBaseWidget(f)
	return f
}

func (f *LogoField) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewHBox(f.status, f.choose, f.Clear))
}

// Read takes the file chosen; a file larger than the limit is not read whole.
func (f *LogoField) Read(r io.Reader) {
	b, err := io.ReadAll(io.LimitReader(r, domain.MaxLogoKB<<10+1))
	if err != nil {
		b = []byte{} // unreadable: refused as no image
	}
	f.Set(b)
}

// Set keeps the chosen file (nil: none) and shows its size.
func (f *LogoField) Set(b []byte) {
	f.data = b
	f.status.SetText(f.loc.T("settings.no_logo"))
	if b != nil {
		f.status.SetText(f.loc.T("settings.logo_size", (len(b)+1023)/1024))
	}
	f.chosen()
}

// Data is the file chosen: nil for none.
func (f *LogoField) Data() []byte { return f.data }

// Check says, in the person's language, why the chosen file is refused.
func (f *LogoField) Check() error {
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

// BoundLogo is a logo field bound to a stored logo: a file that passes Check goes to apply
// (an edit), a refused one is said under the field and goes nowhere. refresh shows the
// stored logo again once it changed elsewhere (an undo); a refused file stays shown till then.
func BoundLogo(h Host, stored func() []byte, apply func([]byte) error) (obj fyne.CanvasObject, refresh func()) {
	msg := DangerLabel()
	var field *LogoField
	var showing []byte // the stored logo as the field last showed it
	field = NewLogoField(h, func() {
		SetMessage(msg, field.Check())
		if field.Check() != nil || bytes.Equal(field.Data(), stored()) {
			return
		}
		showing = field.Data()
		SetMessage(msg, apply(field.Data()))
	})
	refresh = func() {
		if showing == nil || !bytes.Equal(stored(), showing) {
			showing = stored()
			field.Set(showing)
		}
	}
	refresh()
	return container.NewVBox(field, msg), refresh
}
