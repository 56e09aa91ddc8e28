package health

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain/health"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"kamplan/ui/shell"
)

// Header is the plan health score in the editor's header: a button showing the score that
// lists its reasons, each leading to the page where it is fixed.
type Header struct {
	host   form.Host
	score  func() health.Result // the open plan's score, as it is now
	goTo   func(shell.Page)
	Button *widget.Button
	result health.Result
	dialog dialog.Dialog // the reasons, while they are open
}

// NewHeader is the header's score of the plan score gives; goTo turns to a page of the plan.
func NewHeader(host form.Host, score func() health.Result, goTo func(shell.Page)) *Header {
	h := &Header{host: host, score: score, goTo: goTo}
	h.Button = widget.NewButtonWithIcon("", theme.InfoIcon(), h.ShowReasons)
	h.Refresh()
	return h
}

// Refresh scores the plan again and shows the score.
func (h *Header) Refresh() {
	h.result = h.score()
	h.Button.SetText(Badge(h.host.Locale(), h.result.Score))
	h.Button.Importance = Importance(h.result.Score)
	h.Button.Refresh()
}

// Result is the score shown.
func (h *Header) Result() health.Result { return h.result }

// ShowReasons lists the checks: those to fix first, what each would add and a way to its
// page, then those met.
func (h *Header) ShowReasons() {
	loc := h.host.Locale()
	list := container.NewVBox()
	failing := h.result.Failing()
	if len(failing) > 0 {
		list.Add(widget.NewLabelWithStyle(loc.T("health.to_fix"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	for _, c := range failing {
		list.Add(h.reasonRow(c))
	}
	list.Add(widget.NewLabelWithStyle(loc.T("health.met"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, c := range h.result.Checks {
		if c.Passed() {
			list.Add(widget.NewLabel("✓ " + Name(loc, c) + " — " + Reason(loc, c)))
		}
	}
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(640, 420))
	h.dialog = dialog.NewCustom(loc.T("health.score", h.result.Score), loc.T("dialog.close"), scroll, h.host.Window())
	h.host.ShowDialog(h.dialog, nil)
}

// reasonRow is a check not met: its name and points, why, and a button to its page.
func (h *Header) reasonRow(c health.Check) fyne.CanvasObject {
	loc := h.host.Locale()
	title := widget.NewLabelWithStyle(Name(loc, c)+" · "+loc.T("health.points", points(loc, c), c.Weight),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	why := widget.NewLabel(Reason(loc, c))
	why.Wrapping = fyne.TextWrapWord
	page, ok := PageOf(c.Key)
	if !ok {
		return container.NewVBox(title, why)
	}
	open := widget.NewButton(loc.T("health.go_to"), func() {
		h.dialog.Hide()
		h.goTo(page)
	})
	return container.NewBorder(nil, nil, nil, container.NewVBox(open), container.NewVBox(title, why))
}

// points is what a check adds, with a decimal when it is partly met.
func points(loc locale.Locale, c health.Check) string {
	if p := c.Points(); p != math.Trunc(p) {
		return loc.Number(p, 1)
	}
	return loc.Number(c.Points(), 0)
}
