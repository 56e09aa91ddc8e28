package form

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// BlankList stands for the stakeholders' list where a map, not the list, opens a contact.
func BlankList() *widget.List {
	return widget.NewList(func() int { return 0 }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(widget.ListItemID, fyne.CanvasObject) {})
}

// NewTwoLineRow is the one style of the lists of plan items, as the portfolio lists accounts:
// a bold first line (the item) over a plain second one (its facts), both cut with "…".
func NewTwoLineRow() fyne.CanvasObject {
	first := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	second := widget.NewLabel("")
	first.Truncation, second.Truncation = fyne.TextTruncateEllipsis, fyne.TextTruncateEllipsis
	return container.NewVBox(first, second)
}

// SetTwoLineRow fills a row of NewTwoLineRow; danger shows the facts in red (overdue, failing).
func SetTwoLineRow(o fyne.CanvasObject, first, second string, danger bool) {
	rows := o.(*fyne.Container).Objects
	facts := rows[1].(*widget.Label)
	facts.Importance = widget.MediumImportance
	if danger {
		facts.Importance = widget.DangerImportance
	}
	rows[0].(*widget.Label).SetText(first)
	facts.SetText(second)
}
