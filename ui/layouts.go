package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// Layouts the pages share: a list at the page's width, and table columns of a set width.

// listBox gives a list the page's whole width and room for about ten rows; the page scrolls.
func listBox(list fyne.CanvasObject) fyne.CanvasObject {
	return container.New(&fixedHeight{height: 420}, list)
}

// fixedHeight lays out its objects over the whole width at a set height.
type fixedHeight struct{ height float32 }

func (l *fixedHeight) MinSize(objects []fyne.CanvasObject) fyne.Size {
	w := float32(0)
	for _, o := range objects {
		w = max(w, min(o.MinSize().Width, 320))
	}
	return fyne.NewSize(w, l.height)
}

func (l *fixedHeight) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// fixedWidth gives its objects a set width (a table column) and their own height.
type fixedWidth struct{ width float32 }

func (l *fixedWidth) MinSize(objects []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(l.width, h)
}

func (l *fixedWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}
