package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"kamplan/assets"
	"kamplan/ui/form"
)

// noticeRule is the line above and below each component's title in THIRD_PARTY_NOTICES.txt
// (written by packaging/notices).
const noticeRule = "================================================================================"

// A notice is one component built into the program, with its licence texts.
type notice struct{ title, body string }

// parseNotices splits the third-party notices into their components: each begins with its
// title between two rules and runs to the next; the contents list before the first is left out.
func parseNotices(s string) []notice {
	parts := strings.Split(s, "\n"+noticeRule+"\n")
	var ns []notice
	for i := 1; i+1 < len(parts); i += 2 {
		ns = append(ns, notice{title: strings.TrimSpace(parts[i]), body: strings.Trim(parts[i+1], "\n")})
	}
	return ns
}

// licencesDialog (Help → Licences) lists the works built into the program and shows the licence
// texts of the one chosen: the notices their licences ask to be shown, in the app itself.
func (a helpMenu) licencesDialog() {
	ns := parseNotices(string(assets.Notices()))
	// The licence texts keep their own lines and layout: monospaced, not wrapped again.
	text := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	text.Selectable = true
	scroll := container.NewScroll(text)
	list := widget.NewList(func() int { return len(ns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(ns[i].title) })
	list.OnSelected = func(i widget.ListItemID) {
		text.SetText(ns[i].body)
		scroll.ScrollToTop()
	}
	split := container.NewHSplit(list, scroll)
	split.Offset = 0.3
	intro := widget.NewLabel(a.loc.T("licences.intro"))
	intro.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(a.loc.Title("menu.licences"), a.loc.T("dialog.close"), container.NewBorder(intro, nil, nil, nil, split), a.win)
	d.Resize(form.FitWindow(a.win, fyne.NewSize(1000, 640)))
	a.ShowDialog(d, nil)
	if len(ns) > 0 {
		list.Select(0)
	}
}
