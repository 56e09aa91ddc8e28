package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// influenceMapPage shows who stands in each zone of the influence/support grid.
func (e *editor) influenceMapPage() fyne.CanvasObject {
	return container.NewVBox(e.heading("editor.grid"), e.influenceGrid())
}

// influenceGrid lists who stands in each cell of the influence/support grid.
func (e *editor) influenceGrid() fyne.CanvasObject {
	cells := map[domain.GridCell]*widget.Label{}
	grid := container.NewGridWithColumns(2)
	// high influence on top; supportive on the right
	for _, c := range []domain.GridCell{domain.CellConvert, domain.CellLeverage, domain.CellMonitor, domain.CellMobilise} {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		cells[c] = l
		grid.Add(container.NewVBox(widget.NewLabelWithStyle(e.tr("grid."+string(c)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), l))
	}
	e.live(func() {
		names := map[domain.GridCell][]string{}
		for _, c := range e.plan.Contacts {
			names[c.Cell()] = append(names[c.Cell()], c.Name)
		}
		for cell, l := range cells {
			l.SetText(strings.Join(names[cell], ", "))
		}
	})
	return grid
}
