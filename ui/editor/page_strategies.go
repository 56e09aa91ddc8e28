package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/editor/forms"
	"kamplan/ui/form"
)

// strategiesPage is the cross analysis as the TOWS grid: SO and WO over the opportunities,
// ST and WT over the threats, each cell listing its strategies with an Add of its own.
type strategiesPage struct{ e *Editor }

func (*strategiesPage) shows() topics {
	return topics{owns: []domain.Coll{domain.CollStrategies}}
}

func (p *strategiesPage) build() fyne.CanvasObject {
	e := p.e
	// two rows of two, each row as tall as its longer cell (a 2×2 grid made both rows as tall
	// as the longest cell, leaving a gap under the short ones)
	opportunities, threats := container.NewGridWithColumns(2), container.NewGridWithColumns(2)
	var redraw func()
	redraw = func() {
		opportunities.Objects = []fyne.CanvasObject{p.cell(domain.KindSO, redraw), p.cell(domain.KindWO, redraw)}
		threats.Objects = []fyne.CanvasObject{p.cell(domain.KindST, redraw), p.cell(domain.KindWT, redraw)}
		opportunities.Refresh()
		threats.Refresh()
		e.refresh()
	}
	redraw()
	return container.NewVBox(form.Wrapped(e.tr("editor.tows_intro")), opportunities, threats)
}

// cell lists the strategies of one kind; Add offers only the items of its two quadrants.
func (p *strategiesPage) cell(k domain.StrategyKind, redraw func()) fyne.CanvasObject {
	e := p.e
	box := container.NewVBox(widget.NewLabelWithStyle(e.tr("strategy."+string(k)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, st := range e.plan.Strategies {
		if st.Kind != k {
			continue
		}
		id := st.ID
		text := widget.NewLabel(st.Text)
		text.Wrapping = fyne.TextWrapWord
		edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { p.dialog(id, redraw, nil) })
		box.Add(container.NewBorder(nil, nil, shareMark(st.ShareWithClient), edit, text))
	}
	quadrants := []domain.Quadrant{domain.Quadrant(k[0:1]), domain.Quadrant(k[1:2])}
	box.Add(widget.NewButtonWithIcon(e.tr("editor.add_strategy"), theme.ContentAddIcon(), func() { p.dialog("", redraw, quadrants) }))
	return container.NewPadded(box)
}

// dialog edits the strategy with id, or a new one of the items of the given quadrants (all
// items when none are given); redraw runs after the plan took a change.
func (p *strategiesPage) dialog(id string, redraw func(), only []domain.Quadrant) *form.Dialog {
	e := p.e
	s := domain.Strategy{ID: domain.NewID(), Kind: domain.KindSO}
	if x := e.plan.FindStrategy(id); x != nil {
		s = *x
	}
	fd := form.NewDialog(e.sh)
	f := forms.NewStrategy(e.env, fd, &s, only)
	done := func() { redraw(); e.refresh() }
	save := e.saveOrDelete(fd, domain.CollStrategies, id, s.Text, func() any { f.Read(); return s }, done)
	fd.Show(e.tr("editor.strategy"), nil, fyne.NewSize(760, 600), save)
	return fd
}

// putEdit adds v to a list when id is "" (a new element), else replaces the element.
func putEdit(c domain.Coll, id string, v any) domain.Edit {
	if id == "" {
		return domain.AddItem{Coll: c, At: -1, Value: v}
	}
	return domain.ReplaceItem{Coll: c, Value: v}
}
