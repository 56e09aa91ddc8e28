package home

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// homeLayout places the home's panels without a split handle: the account list on the left
// (30 % of the width, 280–420 px), the portfolio matrix over the right's upper part and two
// panels side by side under it (the selected account, what is due).
// Objects: list column, matrix panel, selected-account panel, due panel.
type homeLayout struct{}

const homeGap = 8

func (homeLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	left, top, a, b := objects[0].MinSize(), objects[1].MinSize(), objects[2].MinSize(), objects[3].MinSize()
	rightW := max(top.Width, a.Width+b.Width+homeGap)
	rightH := top.Height + max(a.Height, b.Height) + homeGap
	return fyne.NewSize(max(left.Width, 280)+homeGap+rightW, max(left.Height, rightH))
}

func (homeLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	leftW := max(280, min(420, size.Width*0.3))
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(fyne.NewSize(leftW, size.Height))
	x := leftW + homeGap
	w := size.Width - x
	topH := max(objects[1].MinSize().Height, size.Height*0.58)
	bottomMin := max(objects[2].MinSize().Height, objects[3].MinSize().Height)
	topH = min(topH, size.Height-bottomMin-homeGap)
	objects[1].Move(fyne.NewPos(x, 0))
	objects[1].Resize(fyne.NewSize(w, topH))
	y := topH + homeGap
	half := (w - homeGap) / 2
	objects[2].Move(fyne.NewPos(x, y))
	objects[2].Resize(fyne.NewSize(half, size.Height-y))
	objects[3].Move(fyne.NewPos(x+half+homeGap, y))
	objects[3].Resize(fyne.NewSize(w-half-homeGap, size.Height-y))
}

// panel sets a part of the home on the card colour, so the panels read as panels.
func panel(content fyne.CanvasObject) fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.CornerRadius = theme.InputRadiusSize()
	return container.NewStack(bg, container.NewPadded(content))
}
