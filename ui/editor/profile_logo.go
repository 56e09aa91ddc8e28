package editor

import (
	"fyne.io/fyne/v2"

	"kamplan/domain"
	"kamplan/ui/form"
)

// clientLogo is the account's logo for the document's cover: chosen, replaced or cleared as
// one edit each, undone like any other.
func (p *profilePage) clientLogo() fyne.CanvasObject {
	e := p.e
	obj, refresh := form.BoundLogo(e.sh, func() []byte { return e.account.Logo }, func(b []byte) error {
		return e.apply(domain.SetField{Field: domain.FieldAccountLogo, Value: b})
	})
	e.live(refresh)
	return obj
}
