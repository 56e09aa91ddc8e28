package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

func (e *editor) visionTabs() fyne.CanvasObject {
	p := e.plan
	return e.sub(
		container.NewTabItem(e.tr("editor.strategies"), e.strategiesPage()),
		container.NewTabItem(e.tr("editor.portfolio"), e.portfolioPage()),
		container.NewTabItem(e.tr("editor.value"), container.NewVBox(
			e.heading("field.value_proposition"), e.multiline(func() string { return p.ValueProposition }, func(s string) { p.ValueProposition = s }),
			e.heading("field.relationship_plan"), e.multiline(func() string { return p.RelationshipPlan }, func(s string) { p.RelationshipPlan = s }))),
		container.NewTabItem(e.tr("editor.objectives"), e.objectivesPage()),
	)
}

// strategiesPage lists the cross-analysis strategies; a dialog builds one from SWOT items.
func (e *editor) strategiesPage() fyne.CanvasObject {
	list := widget.NewList(func() int { return len(e.plan.Strategies) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Wrapping = fyne.TextWrapWord; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			s := e.plan.Strategies[i]
			o.(*widget.Label).SetText(e.tr("strategy."+string(s.Kind)) + " — " + s.Text)
		})
	list.OnSelected = func(i widget.ListItemID) { list.UnselectAll(); e.strategyDialog(i, list) }
	add := widget.NewButtonWithIcon(e.tr("editor.add_strategy"), theme.ContentAddIcon(), func() { e.strategyDialog(-1, list) })
	return container.NewVBox(add, container.NewGridWrap(fyne.NewSize(900, 420), list))
}

func (e *editor) strategyDialog(i int, list *widget.List) {
	s := domain.Strategy{ID: domain.NewID(), Kind: domain.KindSO}
	if i >= 0 {
		s = e.plan.Strategies[i]
	}
	text := widget.NewMultiLineEntry()
	text.SetText(s.Text)
	var labels, ids []string
	for _, w := range e.plan.SWOTs {
		who := e.tr("subject." + string(w.Subject))
		if w.Subject == domain.SubjectCompetitor {
			who = w.Competitor
		}
		for _, it := range w.Items {
			labels = append(labels, fmt.Sprintf("%s · %s · %s", who, string(it.Quadrant), it.Text))
			ids = append(ids, it.ID)
		}
	}
	items := widget.NewCheckGroup(labels, nil)
	for _, id := range s.ItemIDs {
		items.Selected = append(items.Selected, labels[indexOf(ids, id)])
	}
	kind := widget.NewLabel("")
	problem := widget.NewLabel("")
	problem.Wrapping = fyne.TextWrapWord
	chosen := func() []string {
		var out []string
		for j, l := range labels {
			for _, sel := range items.Selected {
				if sel == l {
					out = append(out, ids[j])
				}
			}
		}
		return out
	}
	items.OnChanged = func([]string) {
		var qs []domain.Quadrant
		for _, id := range chosen() {
			it, _ := e.plan.FindItem(id)
			qs = append(qs, it.Quadrant)
		}
		if k, ok := domain.KindFor(qs); ok {
			s.Kind = k
			kind.SetText(e.tr("strategy." + string(k)))
		} else {
			kind.SetText(e.tr("err.strategy_items"))
		}
	}
	items.OnChanged(nil)
	content := container.NewBorder(container.NewVBox(widget.NewForm(widget.NewFormItem(e.tr("field.strategy"), text)), kind), problem, nil, nil,
		container.NewVScroll(items))
	d := dialog.NewCustomConfirm(e.tr("editor.strategy"), e.tr("dialog.save"), e.tr("dialog.cancel"), content, func(ok bool) {
		if !ok {
			return
		}
		s.Text, s.ItemIDs = strings.TrimSpace(text.Text), chosen()
		e.listSaved(putItem(e, &e.plan.Strategies, i, s), list)
	}, e.app.win)
	d.Resize(fyne.NewSize(760, 560))
	d.Show()
}

// portfolioPage scores the account: attractiveness on the portfolio's factors, relative
// strength on the plan's own criteria, with live totals and quadrant.
func (e *editor) portfolioPage() fyne.CanvasObject {
	pf := &e.plan.Portfolio
	if pf.Attractiveness.Scores == nil {
		pf.Attractiveness.Scores = map[string]int{}
	}
	if pf.Strength.Scores == nil {
		pf.Strength.Scores = map[string]int{}
	}
	result := widget.NewLabel("")
	result.Wrapping = fyne.TextWrapWord
	e.live(func() {
		pos := pf.Position(e.settings.Cutoff)
		at, _ := pf.Attractiveness.Total()
		st, _ := pf.Strength.Total()
		text := e.tr("editor.totals", e.app.decimal(at, 2), e.app.decimal(st, 2))
		if pos.Placed {
			text += "\n" + e.tr("portfolio."+string(pos.Quadrant)) + " — " + e.tr("portfolio."+string(pos.Quadrant)+".advice")
		} else {
			text += "\n" + e.tr("editor.incomplete")
		}
		result.SetText(text)
	})
	attr := widget.NewForm()
	for _, f := range pf.Attractiveness.Factors {
		attr.Append(fmt.Sprintf("%s (%d)", e.app.factorLabel(f), f.Weight), e.scoreSelect(pf.Attractiveness.Scores, f.ID))
	}
	return container.NewVBox(e.heading("portfolio.attractiveness"), attr,
		e.heading("portfolio.strength"), e.criteriaEditor(), result)
}

func (e *editor) scoreSelect(scores map[string]int, id string) *widget.Select {
	opts := []string{"—", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"}
	s := widget.NewSelect(opts, nil)
	s.SetSelectedIndex(scores[id])
	s.OnChanged = func(string) {
		if i := s.SelectedIndex(); i <= 0 {
			delete(scores, id)
		} else {
			scores[id] = i
		}
		e.changed()
	}
	return s
}

// criteriaEditor edits the strength criteria: name, weight (the weights must reach 100), score.
func (e *editor) criteriaEditor() fyne.CanvasObject {
	ax := &e.plan.Portfolio.Strength
	box := container.NewVBox()
	total := widget.NewLabel("")
	e.live(func() {
		if s := ax.WeightSum(); s == 100 {
			total.SetText(e.tr("editor.weights_ok"))
		} else {
			total.SetText("⚠ " + e.tr("err.weights", s))
		}
	})
	var rebuild func()
	rebuild = func() {
		box.Objects = nil
		for i := range ax.Factors {
			f := &ax.Factors[i]
			name := widget.NewEntry()
			name.SetText(e.app.factorLabel(*f))
			name.OnChanged = func(s string) {
				if strings.TrimSpace(s) != "" {
					f.Name = s
					e.changed()
				}
			}
			weight := widget.NewEntry()
			weight.SetText(strconv.Itoa(f.Weight))
			weight.Validator = func(s string) error {
				if v, err := strconv.Atoi(strings.TrimSpace(s)); err != nil || v < 0 || v > 100 {
					return fmt.Errorf("%s", e.tr("err.range", 0, 100))
				}
				return nil
			}
			weight.OnChanged = func(s string) {
				if weight.Validate() == nil {
					f.Weight, _ = strconv.Atoi(strings.TrimSpace(s))
					e.weightsChanged()
				}
			}
			idx, id := i, f.ID
			del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
				e.confirmDelete(f.Name, func() {
					ax.Factors = append(ax.Factors[:idx], ax.Factors[idx+1:]...)
					delete(ax.Scores, id)
					e.weightsChanged()
					rebuild()
				})
			})
			right := container.NewHBox(container.NewGridWrap(fyne.NewSize(70, weight.MinSize().Height), weight), e.scoreSelect(ax.Scores, f.ID), del)
			box.Add(container.NewBorder(nil, nil, nil, right, name))
		}
		box.Add(total)
		box.Add(widget.NewButtonWithIcon(e.tr("editor.add_criterion"), theme.ContentAddIcon(), func() {
			ax.Factors = append(ax.Factors, domain.Factor{ID: domain.NewID(), Name: e.tr("editor.new_criterion")})
			e.weightsChanged()
			rebuild()
		}))
		box.Refresh()
	}
	rebuild()
	return box
}

// weightsChanged saves only when the weights add up to 100; until then the total says why.
func (e *editor) weightsChanged() {
	if e.plan.Portfolio.Strength.WeightSum() == 100 {
		e.changed()
		return
	}
	e.refresh()
}
