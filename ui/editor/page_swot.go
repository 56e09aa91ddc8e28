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
	"kamplan/ui/editor/bind"
	"kamplan/ui/form"
)

// swotPage edits the SWOTs of the plan: the client, us, and one per competitor.
type swotPage struct {
	e     *Editor
	shown string // the SWOT on the page, kept over redraws (an undo shows it again)
}

func (*swotPage) shows() topics {
	return topics{owns: []domain.Coll{domain.CollSWOTs, domain.CollSWOTItems}}
}

func (p *swotPage) build() fyne.CanvasObject {
	e := p.e
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
		p.shown = id
		e.fields.Forget(holder)
		holder.Objects = nil
		if p.swot(id) != nil {
			holder.Objects = []fyne.CanvasObject{p.editor(id, func() { subject.Options = labels(); subject.Refresh() })}
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
		p.competitorDialog(func() {
			subject.Options = labels()
			subject.SetSelectedIndex(len(ids) - 1)
		})
	})
	if len(ids) > 0 {
		subject.SetSelectedIndex(max(0, slices.Index(ids, p.shown)))
	}
	e.name(subject, e.tr("field.swot_of"))
	whose := widget.NewLabelWithStyle(e.tr("field.swot_of"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(container.NewBorder(nil, nil, whose, addCompetitor, subject), nil, nil, nil, holder)
}

// competitorDialog asks the competitor's name before its SWOT is added: a SWOT never
// holds a placeholder as a name.
func (p *swotPage) competitorDialog(added func()) {
	e := p.e
	fd := form.NewDialog(e.sh)
	name := form.NewEntry(e.sh, "")
	fd.Add("name", "field.competitor", name, func() error { _, err := e.parse.Required(name.Text); return err })
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
func (p *swotPage) swot(id string) *domain.SWOT {
	for i := range p.e.plan.SWOTs {
		if p.e.plan.SWOTs[i].ID == id {
			return &p.e.plan.SWOTs[i]
		}
	}
	return nil
}

// editor shows the four quadrants of one SWOT, each with its items.
func (p *swotPage) editor(id string, renamed func()) fyne.CanvasObject {
	e := p.e
	w := p.swot(id)
	box := container.NewVBox()
	if w.Subject == domain.SubjectCompetitor {
		name := e.fields.New(bind.Spec{Label: e.tr("field.competitor"), Parse: e.parse.Required,
			Show:  func() string { return p.competitor(id) },
			Value: func() any { return p.competitor(id) },
			Edit: func(v any) domain.Edit {
				c := *p.swot(id)
				c.Competitor = v.(string)
				return domain.ReplaceItem{Coll: domain.CollSWOTs, Value: c}
			},
			After: renamed})
		del := widget.NewButtonWithIcon(e.tr("editor.delete_swot"), theme.DeleteIcon(), func() {
			e.confirmDelete(p.competitor(id), func() {
				if err := e.apply(domain.RemoveItem{Coll: domain.CollSWOTs, ID: id}); err != nil {
					e.sh.ShowError(err)
					return
				}
				e.pages.redrawHere()
			})
		})
		box.Add(container.NewBorder(nil, nil, widget.NewLabel(e.tr("field.competitor")), del, name.Box()))
	}
	grid := container.NewGridWithColumns(2)
	for _, q := range domain.Quadrants {
		grid.Add(p.quadrant(id, q))
	}
	box.Add(grid)
	return box
}

// competitor is the name of the competitor of a SWOT.
func (p *swotPage) competitor(id string) string {
	if w := p.swot(id); w != nil {
		return w.Competitor
	}
	return ""
}

// quadrant lists the items of one quadrant of a SWOT, with an Add under them.
func (p *swotPage) quadrant(swotID string, q domain.Quadrant) fyne.CanvasObject {
	e := p.e
	box := container.NewVBox()
	var rebuild func()
	add := widget.NewButtonWithIcon(e.tr("editor.add_item"), theme.ContentAddIcon(), func() {
		// a new item enters the plan when its text is first committed
		row, text := p.itemRow(swotID, p.swot(swotID).NewItem(q), func() { rebuild() })
		box.Objects = append(box.Objects[:len(box.Objects)-1], row, box.Objects[len(box.Objects)-1])
		box.Refresh()
		e.sh.Window().Canvas().Focus(text)
	})
	rebuild = func() {
		e.fields.Forget(box)
		box.Objects = []fyne.CanvasObject{widget.NewLabelWithStyle(e.tr("quadrant."+string(q)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
		if w := p.swot(swotID); w != nil {
			for _, it := range w.In(q) {
				row, _ := p.itemRow(swotID, it, rebuild)
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
func (p *swotPage) itemOf(swotID string, draft *domain.SWOTItem) (domain.SWOTItem, bool) {
	if w := p.swot(swotID); w != nil {
		for _, it := range w.Items {
			if it.ID == draft.ID {
				return it, true
			}
		}
	}
	return *draft, false
}

// putItem stores an item: added when it is not in the plan yet (and has text), else replaced.
func putItem(swotID string, it domain.SWOTItem, exists bool) domain.Edit {
	if exists {
		return domain.ReplaceItem{Coll: domain.CollSWOTItems, Parent: swotID, Value: it}
	}
	return domain.AddItem{Coll: domain.CollSWOTItems, Parent: swotID, At: -1, Value: it}
}

// itemRow edits one SWOT item, by id: text, evidence, impact, whether the client edition
// shows it (an eye before a shared item); move up or down; delete.
func (p *swotPage) itemRow(swotID string, draft domain.SWOTItem, rebuild func()) (fyne.CanvasObject, *bind.Field) {
	e, d := p.e, &draft
	// update keeps the draft in step and stores the item; a new item waits for its text
	update := func(set func(it *domain.SWOTItem, v any)) func(any) domain.Edit {
		return func(v any) domain.Edit {
			set(d, v)
			it, exists := p.itemOf(swotID, d)
			set(&it, v)
			if !exists && it.Text == "" {
				return nil
			}
			return putItem(swotID, it, exists)
		}
	}
	current := func(get func(domain.SWOTItem) string) func() string {
		return func() string { it, _ := p.itemOf(swotID, d); return get(it) }
	}
	textOf := current(func(it domain.SWOTItem) string { return it.Text })
	text := e.fields.New(bind.Spec{Label: e.tr("quadrant." + string(draft.Quadrant)),
		Parse: func(s string) (any, error) {
			if _, exists := p.itemOf(swotID, d); !exists && s == "" {
				return "", nil // an untouched new item is not an error
			}
			return e.parse.Required(s)
		},
		Show: textOf, Value: func() any { return textOf() },
		Edit: update(func(it *domain.SWOTItem, v any) { it.Text = v.(string) }),
		Wrap: true, // a statement is read whole, not cut at the field's width
	})
	text.SetPlaceHolder(e.tr("editor.item_text"))
	evidenceOf := current(func(it domain.SWOTItem) string { return it.Evidence })
	evidence := e.fields.New(bind.Spec{Label: e.tr("editor.item_evidence"), Parse: e.parse.Any,
		Show: evidenceOf, Value: func() any { return evidenceOf() },
		Edit: update(func(it *domain.SWOTItem, v any) { it.Evidence = v.(string) }),
	})
	evidence.SetPlaceHolder(e.tr("editor.item_evidence"))
	impact := p.impactSelect(swotID, d)
	mark := shareMark(d.ShareWithClient)
	share := p.shareCheck(swotID, d, mark)
	buttons := container.NewHBox(
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { p.moveItem(swotID, d.ID, -1, rebuild) }),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { p.moveItem(swotID, d.ID, 1, rebuild) }),
		widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.deleteItem(swotID, d, rebuild) }))
	// The statement and the evidence get the row's whole width (but for the buttons): beside
	// the impact and the check they were cut to a few letters in a narrow window.
	impactBox := container.NewHBox(widget.NewLabel(e.tr("field.impact")), impact)
	return container.NewVBox(container.NewBorder(nil, nil, mark, buttons, text.Box()), evidence.Box(),
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
func (p *swotPage) shareCheck(swotID string, d *domain.SWOTItem, mark *widget.Icon) *widget.Check {
	e := p.e
	c := widget.NewCheck(e.tr("editor.share_with_client"), nil)
	c.SetChecked(d.ShareWithClient)
	c.OnChanged = func(on bool) {
		it, exists := p.itemOf(swotID, d)
		d.ShareWithClient = on
		setShareMark(mark, on)
		if !exists || it.ShareWithClient == on {
			return
		}
		it.ShareWithClient = on
		if err := e.apply(putItem(swotID, it, true)); err != nil {
			e.sh.ShowError(err)
		}
	}
	return c
}

// impactSelect sets an item's impact (1–5); on a new item it waits for the text.
func (p *swotPage) impactSelect(swotID string, d *domain.SWOTItem) *widget.Select {
	e := p.e
	opts := []string{"1", "2", "3", "4", "5"}
	s := widget.NewSelect(opts, nil)
	s.PlaceHolder = "–" // the default "(Select one)" made the select as wide as three digits' worth of text
	e.name(s, e.tr("field.impact"))
	s.SetSelectedIndex(d.Impact - 1)
	s.OnChanged = func(v string) {
		n, _ := strconv.Atoi(v)
		it, exists := p.itemOf(swotID, d)
		d.Impact = n
		if !exists || it.Impact == n {
			return
		}
		it.Impact = n
		if err := e.apply(putItem(swotID, it, true)); err != nil {
			e.sh.ShowError(err)
		}
	}
	return s
}

// moveItem swaps an item with the previous (−1) or next (+1) item of its quadrant.
func (p *swotPage) moveItem(swotID, id string, delta int, rebuild func()) {
	e, w := p.e, p.swot(swotID)
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

func (p *swotPage) deleteItem(swotID string, d *domain.SWOTItem, rebuild func()) {
	e := p.e
	it, exists := p.itemOf(swotID, d)
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
