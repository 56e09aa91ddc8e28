package ui

import (
	"errors"
	"maps"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// criteria edits the plan's relative-strength criteria. The weights must add up to 100, so
// several fields may need to change before the axis is valid: they edit a draft of the whole
// axis, which is committed as one edit as soon as it is valid.
type criteria struct {
	e      *editor
	draft  domain.Axis
	fields []*field
}

func (c *criteria) strength() domain.Axis { return c.e.plan.Portfolio.Strength }

// commit stores the draft; when it is refused, the field shows why.
func (c *criteria) edit(change func(ax *domain.Axis)) domain.Edit {
	change(&c.draft)
	return domain.SetField{Field: "portfolio.strength", Value: domain.Axis{
		Factors: slices.Clone(c.draft.Factors), Scores: maps.Clone(c.draft.Scores)}}
}

// settled clears the other criteria fields once the axis was stored with their values.
func (c *criteria) settled() {
	for _, f := range c.fields {
		if c.e.pending[f] || c.e.isInvalid(f) {
			f.commit()
		}
	}
}

func (c *criteria) factorIndex(id string) int {
	return slices.IndexFunc(c.draft.Factors, func(f domain.Factor) bool { return f.ID == id })
}

func (c *criteria) stored(id string) (domain.Factor, bool) {
	i := slices.IndexFunc(c.strength().Factors, func(f domain.Factor) bool { return f.ID == id })
	if i < 0 {
		return domain.Factor{}, false
	}
	return c.strength().Factors[i], true
}

func (c *criteria) nameField(id string) *field {
	e := c.e
	name := func() string { f, _ := c.stored(id); return e.app.factorLabel(f) }
	return e.newField(spec{label: e.tr("field.criterion"), parse: e.requiredText, after: c.settled,
		show: name, value: func() any { return name() },
		edit: func(v any) domain.Edit {
			return c.edit(func(ax *domain.Axis) {
				if i := c.factorIndex(id); i >= 0 {
					ax.Factors[i].Name = v.(string)
				}
			})
		}})
}

func (c *criteria) weightField(id string) *field {
	e := c.e
	weight := func() int { f, _ := c.stored(id); return f.Weight }
	return e.newField(spec{label: e.tr("field.weight"), after: c.settled,
		parse: func(s string) (any, error) {
			v, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil || v < 0 || v > 100 {
				return nil, errors.New(e.tr("err.range", 0, 100))
			}
			return v, nil
		},
		show: func() string { return strconv.Itoa(weight()) }, value: func() any { return weight() },
		edit: func(v any) domain.Edit {
			return c.edit(func(ax *domain.Axis) {
				if i := c.factorIndex(id); i >= 0 {
					ax.Factors[i].Weight = v.(int)
				}
			})
		}})
}

func (c *criteria) scoreSelect(id, label string) fyne.CanvasObject {
	return c.e.scorePicker(label, func() int { return c.strength().Scores[id] }, func(v int) domain.Edit {
		return c.edit(func(ax *domain.Axis) {
			if ax.Scores == nil {
				ax.Scores = map[string]int{}
			}
			if v == 0 {
				delete(ax.Scores, id)
			} else {
				ax.Scores[id] = v
			}
		})
	})
}

// criteriaEditor edits the strength criteria: name, weight (the weights must reach 100), score.
func (e *editor) criteriaEditor() fyne.CanvasObject {
	c := &criteria{e: e}
	total := widget.NewLabel("")
	e.live(func() {
		if s := c.draft.WeightSum(); s == 100 {
			total.SetText(e.tr("editor.weights_ok"))
		} else {
			total.SetText("⚠ " + e.tr("err.weights", s))
		}
	})
	box := container.NewVBox()
	var redraw func()
	redraw = func() {
		e.forget(box)
		ax := c.strength()
		c.draft = domain.Axis{Factors: slices.Clone(ax.Factors), Scores: maps.Clone(ax.Scores)}
		c.fields = nil
		box.Objects = []fyne.CanvasObject{container.NewBorder(nil, nil, nil,
			container.New(&fixedWidth{width: 70 + teamDeleteWidth}, e.columnHead("field.weight")),
			e.columnHead("field.criterion"))}
		for _, f := range ax.Factors {
			box.Add(c.row(f, redraw))
		}
		box.Add(total)
		box.Add(widget.NewButtonWithIcon(e.tr("editor.add_criterion"), theme.ContentAddIcon(), func() {
			c.change(func(ax *domain.Axis) {
				ax.Factors = append(ax.Factors, domain.Factor{ID: domain.NewID(), Name: e.tr("editor.new_criterion")})
			}, redraw)
		}))
		box.Refresh()
		e.refresh()
	}
	redraw()
	return box
}

func (c *criteria) row(f domain.Factor, redraw func()) fyne.CanvasObject {
	e := c.e
	name, weight := c.nameField(f.ID), c.weightField(f.ID)
	c.fields = append(c.fields, name, weight)
	id := f.ID
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		e.confirmDelete(name.Text, func() {
			c.change(func(ax *domain.Axis) {
				if i := c.factorIndex(id); i >= 0 {
					ax.Factors = slices.Delete(ax.Factors, i, i+1)
				}
				delete(ax.Scores, id)
			}, redraw)
		})
	})
	right := container.NewHBox(container.NewGridWrap(fyne.NewSize(70, weight.MinSize().Height), weight.box()), del)
	score := container.NewHBox(widget.NewLabel(e.tr("field.score")), c.scoreSelect(id, e.tr("field.score")))
	return container.NewVBox(container.NewBorder(nil, nil, nil, right, name.box()), e.anchors(f), score, widget.NewSeparator())
}

// change adds or removes a criterion. Until the weights add up to 100 again the axis cannot be
// stored, so the change stays in the draft and the total says what is missing.
func (c *criteria) change(change func(ax *domain.Axis), redraw func()) {
	ed := c.edit(change)
	if err := c.e.apply(ed); err != nil {
		c.e.showError(err)
	}
	redraw()
}
