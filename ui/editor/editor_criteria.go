package editor

import (
	"errors"
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

// criteria edits the plan's relative-strength criteria, each by its id: every accepted name,
// weight and score is stored at once. While the weights do not add up to 100 the total says
// what is missing and the account is not placed; nothing else waits for them.
type criteria struct{ e *Editor }

// criterion is the stored criterion with an id, read when an edit is made (never a copy kept).
func (c criteria) criterion(id string) (domain.Factor, bool) {
	fs := c.e.plan.Portfolio.Strength.Factors
	i := slices.IndexFunc(fs, func(f domain.Factor) bool { return f.ID == id })
	if i < 0 {
		return domain.Factor{}, false
	}
	return fs[i], true
}

// replace is the edit that changes one criterion; nil when it no longer exists.
func (c criteria) replace(id string, change func(f *domain.Factor)) domain.Edit {
	f, ok := c.criterion(id)
	if !ok {
		return nil
	}
	change(&f)
	return domain.ReplaceItem{Coll: domain.CollCriteria, Value: f}
}

func (c criteria) nameField(id string) *field {
	e := c.e
	name := func() string { f, _ := c.criterion(id); return e.loc.FactorLabel(f) }
	return e.newField(spec{label: e.tr("field.criterion"), parse: e.requiredText,
		show: name, value: func() any { return name() },
		edit: func(v any) domain.Edit { return c.replace(id, func(f *domain.Factor) { f.Name = v.(string) }) }})
}

func (c criteria) weightField(id string) *field {
	e := c.e
	weight := func() int { f, _ := c.criterion(id); return f.Weight }
	return e.newField(spec{label: e.tr("field.weight"),
		parse: func(s string) (any, error) {
			v, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil || v < 0 || v > 100 {
				return nil, errors.New(e.tr("err.range", 0, 100))
			}
			return v, nil
		},
		show: func() string { return strconv.Itoa(weight()) }, value: func() any { return weight() },
		edit: func(v any) domain.Edit { return c.replace(id, func(f *domain.Factor) { f.Weight = v.(int) }) }})
}

func (c criteria) scoreSelect(id, label string) fyne.CanvasObject {
	return c.e.scorePicker(label, func() int { return c.e.plan.Portfolio.Strength.Scores[id] }, func(v int) domain.Edit {
		return domain.SetScore{Axis: domain.AxisStrength, Factor: id, Score: v}
	})
}

// criteriaEditor edits the strength criteria: name, weight and score of each; the total says
// whether the weights reach 100.
func (e *Editor) criteriaEditor() fyne.CanvasObject {
	c := criteria{e: e}
	total := widget.NewLabel("")
	e.live(func() { showWeightsTotal(e, total) })
	box := container.NewVBox()
	var redraw func()
	redraw = func() {
		e.forget(box)
		box.Objects = []fyne.CanvasObject{container.NewBorder(nil, nil, nil,
			container.New(&form.FixedWidth{Width: 70 + teamDeleteWidth}, e.columnHead("field.weight")),
			e.columnHead("field.criterion"))}
		for _, f := range e.plan.Portfolio.Strength.Factors {
			box.Add(c.row(f, redraw))
		}
		box.Add(total)
		box.Add(widget.NewButtonWithIcon(e.tr("editor.add_criterion"), theme.ContentAddIcon(), func() {
			c.change(domain.AddItem{Coll: domain.CollCriteria, At: -1,
				Value: domain.Factor{ID: domain.NewID(), Name: e.tr("editor.new_criterion")}}, redraw)
		}))
		box.Refresh()
		e.refresh()
	}
	redraw()
	return box
}

// showWeightsTotal says that the weights add up to 100, or what they add up to instead.
func showWeightsTotal(e *Editor, total *widget.Label) {
	total.Importance = widget.MediumImportance
	if w := e.plan.WeightsWarning(); w != nil {
		total.Importance = widget.WarningImportance
		total.SetText("⚠ " + e.tr(w.Key, w.Args...))
		return
	}
	total.SetText(e.tr("editor.weights_ok"))
}

func (c criteria) row(f domain.Factor, redraw func()) fyne.CanvasObject {
	e := c.e
	name, weight := c.nameField(f.ID), c.weightField(f.ID)
	id := f.ID
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		e.confirmDelete(name.Text, func() { c.change(domain.RemoveItem{Coll: domain.CollCriteria, ID: id}, redraw) })
	})
	right := container.NewHBox(container.NewGridWrap(fyne.NewSize(70, weight.MinSize().Height), weight.box()), del)
	score := container.NewHBox(widget.NewLabel(e.tr("field.score")), c.scoreSelect(id, e.tr("field.score")))
	return container.NewVBox(container.NewBorder(nil, nil, nil, right, name.box()), e.anchors(f), score, widget.NewSeparator())
}

// change adds or removes a criterion and draws the list again.
func (c criteria) change(ed domain.Edit, redraw func()) {
	if err := c.e.apply(ed); err != nil {
		c.e.showError(err)
	}
	redraw()
}
