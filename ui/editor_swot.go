package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// swotPage edits the SWOTs of the plan: the client, us, and one per competitor.
func (e *editor) swotPage() fyne.CanvasObject {
	holder := container.NewStack()
	subject := widget.NewSelect(nil, nil)
	var show func(i int)
	labels := func() []string {
		var out []string
		for _, w := range e.plan.SWOTs {
			if w.Subject == domain.SubjectCompetitor {
				out = append(out, e.tr("subject.competitor")+": "+w.Competitor)
			} else {
				out = append(out, e.tr("subject."+string(w.Subject)))
			}
		}
		return out
	}
	show = func(i int) {
		if i < 0 || i >= len(e.plan.SWOTs) {
			holder.Objects = nil
			holder.Refresh()
			return
		}
		holder.Objects = []fyne.CanvasObject{e.swotEditor(&e.plan.SWOTs[i])}
		holder.Refresh()
	}
	subject.Options = labels()
	subject.OnChanged = func(string) { show(subject.SelectedIndex()) }
	addCompetitor := widget.NewButtonWithIcon(e.tr("editor.add_competitor_swot"), theme.ContentAddIcon(), func() {
		e.plan.SWOTs = append(e.plan.SWOTs, domain.SWOT{ID: domain.NewID(), Subject: domain.SubjectCompetitor, Competitor: e.tr("editor.new_competitor")})
		e.changed()
		subject.Options = labels()
		subject.SetSelectedIndex(len(e.plan.SWOTs) - 1)
	})
	if len(e.plan.SWOTs) > 0 {
		subject.SetSelectedIndex(0)
	}
	return container.NewBorder(container.NewBorder(nil, nil, nil, addCompetitor, subject), nil, nil, nil, holder)
}

// swotEditor shows the four quadrants of one SWOT, each with its items.
func (e *editor) swotEditor(w *domain.SWOT) fyne.CanvasObject {
	var top fyne.CanvasObject = widget.NewLabel("")
	if w.Subject == domain.SubjectCompetitor {
		name := e.required(func() string { return w.Competitor }, func(s string) { w.Competitor = s }, e.changed)
		del := widget.NewButtonWithIcon(e.tr("editor.delete_swot"), theme.DeleteIcon(), func() {
			e.confirmDelete(w.Competitor, func() {
				if err := e.removeSWOT(w.ID); err != nil {
					e.app.showError(err)
					return
				}
				e.app.refreshView()
			})
		})
		top = container.NewBorder(nil, nil, nil, del, widget.NewForm(widget.NewFormItem(e.tr("field.competitor"), name)))
	}
	grid := container.NewGridWithColumns(2)
	for _, q := range domain.Quadrants {
		grid.Add(e.quadrantEditor(w, q))
	}
	return container.NewVBox(top, grid)
}

func (e *editor) quadrantEditor(w *domain.SWOT, q domain.Quadrant) fyne.CanvasObject {
	box := container.NewVBox()
	var rebuild func()
	rebuild = func() {
		box.Objects = []fyne.CanvasObject{widget.NewLabelWithStyle(e.tr("quadrant."+string(q)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
		for i := range w.Items {
			if w.Items[i].Quadrant == q {
				box.Add(e.itemRow(w, i, rebuild))
			}
		}
		box.Add(widget.NewButtonWithIcon(e.tr("editor.add_item"), theme.ContentAddIcon(), func() {
			// an empty item is not saved until it has text: the plan stays valid
			w.Items = append(w.Items, domain.SWOTItem{ID: domain.NewID(), Quadrant: q, Text: "", Impact: 3})
			rebuild()
			if last := entries(box.Objects[len(box.Objects)-2]); len(last) > 0 {
				e.app.win.Canvas().Focus(last[0])
			}
		}))
		box.Refresh()
	}
	rebuild()
	return box
}

// itemRow edits one SWOT item: text, evidence, impact; move up or down; delete.
func (e *editor) itemRow(w *domain.SWOT, i int, rebuild func()) fyne.CanvasObject {
	it := &w.Items[i]
	text := widget.NewEntry()
	text.SetPlaceHolder(e.tr("editor.item_text"))
	text.SetText(it.Text)
	text.OnChanged = func(s string) {
		it.Text = s
		if e.plan.Validate() == nil {
			e.changed()
		}
	}
	evidence := e.text(func() string { return it.Evidence }, func(s string) { it.Evidence = s }, e.changed)
	evidence.SetPlaceHolder(e.tr("editor.item_evidence"))
	impact := widget.NewSelect([]string{"1", "2", "3", "4", "5"}, nil)
	impact.SetSelectedIndex(it.Impact - 1)
	impact.OnChanged = func(string) { it.Impact = impact.SelectedIndex() + 1; e.changed() }
	move := func(delta int) func() {
		return func() {
			j := e.neighbour(w, i, delta)
			if j < 0 {
				return
			}
			w.Items[i], w.Items[j] = w.Items[j], w.Items[i]
			e.changed()
			rebuild()
		}
	}
	del := func() {
		e.confirmDelete(it.Text, func() {
			w.Items = append(w.Items[:i], w.Items[i+1:]...)
			e.changed()
			rebuild()
		})
	}
	buttons := container.NewHBox(impact,
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), move(-1)),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), move(1)),
		widget.NewButtonWithIcon("", theme.DeleteIcon(), del))
	return container.NewVBox(text, container.NewBorder(nil, nil, nil, buttons, evidence))
}

// neighbour is the index of the previous (delta −1) or next item of the same quadrant, or −1.
func (e *editor) neighbour(w *domain.SWOT, i, delta int) int {
	for j := i + delta; j >= 0 && j < len(w.Items); j += delta {
		if w.Items[j].Quadrant == w.Items[i].Quadrant {
			return j
		}
	}
	return -1
}

// removeSWOT deletes a competitor SWOT unless a strategy is built on one of its items.
func (e *editor) removeSWOT(id string) error {
	var kept []domain.SWOT
	for _, w := range e.plan.SWOTs {
		if w.ID != id {
			kept = append(kept, w)
		}
	}
	before := e.plan.SWOTs
	e.plan.SWOTs = kept
	if err := e.plan.Validate(); err != nil {
		e.plan.SWOTs = before
		return errorf(e.tr("editor.swot_in_use"))
	}
	e.changed()
	return nil
}
