package form

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ListBox gives a list the page's whole width and the height of its rows (see listFit); the
// page around it scrolls.
func ListBox(list *widget.List, rows func() int) *fyne.Container {
	return container.New(&listFit{list: list, rows: rows}, list)
}

// listFit is as tall as a list's rows, up to listMaxHeight: a short list shows whole, with
// no empty strip under it; a long one scrolls within that height.
type listFit struct {
	list  *widget.List
	rows  func() int
	itemH float32
}

const listMaxHeight = 520 // a page with a button over the list fits a 768-pixel screen

// FixedWidth gives its objects a set width (a table column) and their own height.
type FixedWidth struct{ Width float32 }

func (l *listFit) MinSize([]fyne.CanvasObject) fyne.Size {
	if l.itemH == 0 {
		l.itemH = l.list.CreateItem().MinSize().Height
	}
	sep := theme.Padding() // what widget.List puts between rows
	h := (l.itemH+sep)*float32(max(1, l.rows())) - sep
	return fyne.NewSize(min(l.list.MinSize().Width, 320), min(h, listMaxHeight))
}

func (l *listFit) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	l.list.Move(fyne.NewPos(0, 0))
	l.list.Resize(size)
}

func (l *FixedWidth) MinSize(objects []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(l.Width, h)
}

func (l *FixedWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}
