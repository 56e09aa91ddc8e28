package editor

import (
	"fyne.io/fyne/v2"

	"kamplan/ui/editor/historylist"
)

// historyPage lists the plan's saved changes in words, newest first, filtered by section and
// by person (package historylist); it is drawn again after every save.
type historyPage struct {
	e    *Editor
	list *historylist.List // the filters and the page chosen, kept between drawings
}

func (*historyPage) shows() topics { return topics{journal: true} }

func (p *historyPage) build() fyne.CanvasObject {
	if p.list == nil {
		p.list = historylist.New(p.e.sh, p.e.plan.ID, p.e.pages.redrawHere)
	}
	return p.list.View(p.e.doc)
}
