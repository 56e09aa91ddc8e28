package pipeline

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/pipeline"
	"kamplan/ui/form"
	"kamplan/ui/locale"
)

// Page draws the opportunities: their totals, the board by stage and the list of all.
func Page(h Host) fyne.CanvasObject {
	loc := h.Env().Host.Locale()
	b := newBoard(h)
	totals := widget.NewLabel("")
	totals.Wrapping = fyne.TextWrapWord
	list := widget.NewList(func() int { return len(h.Env().Plan.Opportunities) }, form.NewTwoLineRow,
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if ds := h.Env().Plan.Opportunities; i < len(ds) {
				d := ds[i]
				form.SetTwoLineRow(o, d.Name, StageName(loc, d.Stage)+" · "+dealLine(loc, h.Env().Plan.Currency, d), false)
			}
		})
	list.OnSelected = func(i widget.ListItemID) {
		list.UnselectAll()
		if ds := h.Env().Plan.Opportunities; i < len(ds) {
			ShowDialog(h, ds[i])
		}
	}
	box := form.ListBox(list, func() int { return len(h.Env().Plan.Opportunities) })
	against, redraw := objectivesBox(h)
	update := func() {
		totals.SetText(Totals(loc, h.Env().Plan))
		redraw()
		b.refresh()
		list.Refresh()
		box.Refresh()
	}
	h.Live(update)
	update()
	add := widget.NewButtonWithIcon(loc.T("pipeline.add"), theme.ContentAddIcon(), func() { ShowDialog(h, NewDeal(h)) })
	hint := widget.NewLabel(loc.T("pipeline.board_hint"))
	hint.Wrapping = fyne.TextWrapWord
	return container.NewVBox(container.NewHBox(add), totals, heading(loc.T("pipeline.against")), against,
		widget.NewSeparator(), heading(loc.T("pipeline.board")), hint, b.view, widget.NewSeparator(),
		heading(loc.T("pipeline.all")), box)
}

// Totals says the plan's open pipeline, weighted and not, and what was won.
func Totals(loc locale.Locale, p *domain.Plan) string {
	s := pipeline.Total(p)
	return loc.T("pipeline.totals", loc.Money(s.Unweighted, p.Currency), loc.Money(s.Weighted, p.Currency), loc.Money(s.Won, p.Currency))
}

func heading(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}
