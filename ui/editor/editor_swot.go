package editor

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
)

// swotPage edits the SWOTs of the plan: the client, us, and one per competitor.
func (e *Editor) swotPage() fyne.CanvasObject {
	holder := container.NewStack()
	subject := widget.NewSelect(nil, nil)
	var ids []string
	labels := func() []string {
		var out []string
		ids = nil
		for _, w := range e.plan.SWOTs {
			ids = append(ids, w.ID)
			if w.Subject == domain.SubjectCompetitor {
				out = append(out, e.tr("subject.competitor")+": "+w.Competitor)
			} else {
				out = append(out, e.tr("subject."+string(w.Subject)))
			}
		}
		return out
	}
	show := func(id string) {
		e.swotShown = id
		e.forget(holder)
		holder.Objects = nil
		if e.swot(id) != nil {
			holder.Objects = []fyne.CanvasObject{e.swotEditor(id, func() { subject.Options = labels(); subject.Refresh() })}
		}
		holder.Refresh()
	}
	subject.Options = labels()
	subject.OnChanged = func(string) {
		if i := subject.SelectedIndex(); i >= 0 && i < len(ids) {
			show(ids[i])
		}
	}
	addCompetitor := widget.NewButtonWithIcon(e.tr("editor.add_competitor_swot"), theme.ContentAddIcon(), func() {
		e.competitorSWOTDialog(func() {
			subject.Options = labels()
			subject.SetSelectedIndex(len(ids) - 1)
		})
	})
	if len(ids) > 0 {
		subject.SetSelectedIndex(max(0, slices.Index(ids, e.swotShown)))
	}
	e.name(subject, e.tr("field.swot_of"))
	whose := widget.NewLabelWithStyle(e.tr("field.swot_of"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(container.NewBorder(nil, nil, whose, addCompetitor, subject), nil, nil, nil, holder)
}

// competitorSWOTDialog asks the competitor's name before its SWOT is added: a SWOT never
// holds a placeholder as a name.
func (e *Editor) competitorSWOTDialog(added func()) {
	fd := form.NewDialog(e.sh)
	name := form.NewEntry(e.sh, "")
	fd.Add("name", "field.competitor", name, func() error { _, err := e.requiredText(name.Text); return err })
	fd.Show(e.tr("editor.add_competitor_swot"), nil, fyne.NewSize(480, 200), func() error {
		w := domain.SWOT{ID: domain.NewID(), Subject: domain.SubjectCompetitor, Competitor: strings.TrimSpace(name.Text)}
		if err := e.apply(domain.AddItem{Coll: domain.CollSWOTs, At: -1, Value: w}); err != nil {
			return err
		}
		added()
		return nil
	})
}

// swot returns the SWOT with id, or nil.
func (e *Editor) swot(id string) *domain.SWOT {
	for i := range e.plan.SWOTs {
		if e.plan.SWOTs[i].ID == id {
			return &e.plan.SWOTs[i]
		}
	}
	return nil
}

// swotEditor shows the four quadrants of one SWOT, each with its items.
func (e *Editor) swotEditor(id string, renamed func()) fyne.CanvasObject {
	w := e.swot(id)
	box := container.NewVBox()
	if w.Subject == domain.SubjectCompetitor {
		name := e.newField(spec{label: e.tr("field.competitor"), parse: e.requiredText,
			show:  func() string { return e.swotName(id) },
			value: func() any { return e.swotName(id) },
			edit: func(v any) domain.Edit {
				c := *e.swot(id)
				c.Competitor = v.(string)
				return domain.ReplaceItem{Coll: domain.CollSWOTs, Value: c}
			},
			after: renamed})
		del := widget.NewButtonWithIcon(e.tr("editor.delete_swot"), theme.DeleteIcon(), func() {
			e.confirmDelete(e.swotName(id), func() {
				if err := e.apply(domain.RemoveItem{Coll: domain.CollSWOTs, ID: id}); err != nil {
					e.sh.ShowError(err)
					return
				}
				e.rebuild()
			})
		})
		box.Add(container.NewBorder(nil, nil, widget.NewLabel(e.tr("field.competitor")), del, name.box()))
	}
	grid := container.NewGridWithColumns(2)
	for _, q := range domain.Quadrants {
		grid.Add(e.quadrantEditor(id, q))
	}
	box.Add(grid)
	return box
}

func (e *Editor) swotName(id string) string {
	if w := e.swot(id); w != nil {
		return w.Competitor
	}
	return ""
}

func (e *Editor) quadrantEditor(swotID string, q domain.Quadrant) fyne.CanvasObject {
	box := container.NewVBox()
	var rebuild func()
	add := widget.NewButtonWithIcon(e.tr("editor.add_item"), theme.ContentAddIcon(), func() {
		// a new item enters the plan when its text is first committed
		row, text := e.itemRow(swotID, e.swot(swotID).NewItem(q), func() { rebuild() })
		box.Objects = append(box.Objects[:len(box.Objects)-1], row, box.Objects[len(box.Objects)-1])
		box.Refresh()
		e.sh.Window().Canvas().Focus(text)
	})
	rebuild = func() {
		e.forget(box)
		box.Objects = []fyne.CanvasObject{widget.NewLabelWithStyle(e.tr("quadrant."+string(q)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
		if w := e.swot(swotID); w != nil {
			for _, it := range w.In(q) {
				row, _ := e.itemRow(swotID, it, rebuild)
				box.Add(row)
			}
		}
		box.Add(add)
		box.Refresh()
	}
	rebuild()
	return box
}

// itemOf returns the stored item, and whether it is in the plan yet.
func (e *Editor) itemOf(swotID string, draft *domain.SWOTItem) (domain.SWOTItem, bool) {
	if w := e.swot(swotID); w != nil {
		for _, it := range w.Items {
			if it.ID == draft.ID {
				return it, true
			}
		}
	}
	return *draft, false
}

// putItem stores an item: added when it is not in the plan yet (and has text), else replaced.
func (e *Editor) putItem(swotID string, it domain.SWOTItem, exists bool) domain.Edit {
	if exists {
		return domain.ReplaceItem{Coll: domain.CollSWOTItems, Parent: swotID, Value: it}
	}
	return domain.AddItem{Coll: domain.CollSWOTItems, Parent: swotID, At: -1, Value: it}
}

// itemRow edits one SWOT item, by id: text, evidence, impact, whether the client edition
// shows it (an eye before a shared item); move up or down; delete.
func (e *Editor) itemRow(swotID string, draft domain.SWOTItem, rebuild func()) (fyne.CanvasObject, *field) {
	d := &draft
	// update keeps the draft in step and stores the item; a new item waits for its text
	update := func(set func(it *domain.SWOTItem, v any)) func(any) domain.Edit {
		return func(v any) domain.Edit {
			set(d, v)
			it, exists := e.itemOf(swotID, d)
			set(&it, v)
			if !exists && it.Text == "" {
				return nil
			}
			return e.putItem(swotID, it, exists)
		}
	}
	current := func(get func(domain.SWOTItem) string) func() string {
		return func() string { it, _ := e.itemOf(swotID, d); return get(it) }
	}
	textOf := current(func(it domain.SWOTItem) string { return it.Text })
	text := e.newField(spec{label: e.tr("quadrant." + string(draft.Quadrant)),
		parse: func(s string) (any, error) {
			if _, exists := e.itemOf(swotID, d); !exists && s == "" {
				return "", nil // an untouched new item is not an error
			}
			return e.requiredText(s)
		},
		show: textOf, value: func() any { return textOf() },
		edit: update(func(it *domain.SWOTItem, v any) { it.Text = v.(string) }),
		wrap: true, // a statement is read whole, not cut at the field's width
	})
	text.SetPlaceHolder(e.tr("editor.item_text"))
	evidenceOf := current(func(it domain.SWOTItem) string { return it.Evidence })
	evidence := e.newField(spec{label: e.tr("editor.item_evidence"), parse: anyText,
		show: evidenceOf, value: func() any { return evidenceOf() },
		edit: update(func(it *domain.SWOTItem, v any) { it.Evidence = v.(string) }),
	})
	evidence.SetPlaceHolder(e.tr("editor.item_evidence"))
	impact := e.impactSelect(swotID, d)
	mark := shareMark(d.ShareWithClient)
	share := e.shareCheck(swotID, d, mark)
	buttons := container.NewHBox(
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { e.moveItem(swotID, d.ID, -1, rebuild) }),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { e.moveItem(swotID, d.ID, 1, rebuild) }),
		widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { e.deleteItem(swotID, d, rebuild) }))
	// The statement and the evidence get the row's whole width (but for the buttons): beside
	// the impact and the check they were cut to a few letters in a narrow window.
	impactBox := container.NewHBox(widget.NewLabel(e.tr("field.impact")), impact)
	return container.NewVBox(container.NewBorder(nil, nil, mark, buttons, text.box()), evidence.box(),
		container.NewBorder(nil, nil, share, impactBox), widget.NewSeparator()), text
}

// shareMark is the eye that marks what the client edition shows (blank, the same size, when not).
func shareMark(shared bool) *widget.Icon {
	m := widget.NewIcon(nil)
	setShareMark(m, shared)
	return m
}

func setShareMark(m *widget.Icon, shared bool) {
	if shared {
		m.SetResource(theme.VisibilityIcon())
	} else {
		m.SetResource(nil)
	}
}

// shareCheck switches an item's "share with the client"; on a new item it waits for the text.
func (e *Editor) shareCheck(swotID string, d *domain.SWOTItem, mark *widget.Icon) *widget.Check {
	c := widget.NewCheck(e.tr("editor.share_with_client"), nil)
	c.SetChecked(d.ShareWithClient)
	c.OnChanged = func(on bool) {
		it, exists := e.itemOf(swotID, d)
		d.ShareWithClient = on
		setShareMark(mark, on)
		if !exists || it.ShareWithClient == on {
			return
		}
		it.ShareWithClient = on
		if err := e.apply(e.putItem(swotID, it, true)); err != nil {
			e.sh.ShowError(err)
		}
	}
	return c
}

// impactSelect sets an item's impact (1–5); on a new item it waits for the text.
func (e *Editor) impactSelect(swotID string, d *domain.SWOTItem) *widget.Select {
	opts := []string{"1", "2", "3", "4", "5"}
	s := widget.NewSelect(opts, nil)
	s.PlaceHolder = "–" // the default "(Select one)" made the select as wide as three digits' worth of text
	e.name(s, e.tr("field.impact"))
	s.SetSelectedIndex(d.Impact - 1)
	s.OnChanged = func(v string) {
		n, _ := strconv.Atoi(v)
		it, exists := e.itemOf(swotID, d)
		d.Impact = n
		if !exists || it.Impact == n {
			return
		}
		it.Impact = n
		if err := e.apply(e.putItem(swotID, it, true)); err != nil {
			e.sh.ShowError(err)
		}
	}
	return s
}

// moveItem swaps an item with the previous (−1) or next (+1) item of its quadrant.
func (e *Editor) moveItem(swotID, id string, delta int, rebuild func()) {
	w := e.swot(swotID)
	if w == nil {
		return
	}
	i := -1
	for k, it := range w.Items {
		if it.ID == id {
			i = k
		}
	}
	if i < 0 {
		return
	}
	for j := i + delta; j >= 0 && j < len(w.Items); j += delta {
		if w.Items[j].Quadrant == w.Items[i].Quadrant {
			if err := e.apply(domain.MoveItem{Coll: domain.CollSWOTItems, Parent: swotID, ID: id, To: j}); err != nil {
				e.sh.ShowError(err)
			}
			rebuild()
			return
		}
	}
}

func (e *Editor) deleteItem(swotID string, d *domain.SWOTItem, rebuild func()) {
	it, exists := e.itemOf(swotID, d)
	if !exists {
		rebuild()
		return
	}
	e.confirmDelete(it.Text, func() {
		if err := e.apply(domain.RemoveItem{Coll: domain.CollSWOTItems, Parent: swotID, ID: it.ID}); err != nil {
			e.sh.ShowError(err)
			return
		}
		rebuild()
	})
}
