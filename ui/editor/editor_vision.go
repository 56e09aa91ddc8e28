package editor

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
)

// valuePage is the value proposition and the relationship plan.
func (e *Editor) valuePage() fyne.CanvasObject {
	return container.NewVBox(
		e.heading("field.value_proposition"), e.textField("field.value_proposition", domain.FieldValueProposition, false, true).box(),
		e.heading("field.relationship_plan"), e.textField("field.relationship_plan", domain.FieldRelationshipPlan, false, true).box())
}

// strategiesPage is the cross analysis as the TOWS grid: SO and WO over the opportunities,
// ST and WT over the threats, each cell listing its strategies with an Add of its own.
func (e *Editor) strategiesPage() fyne.CanvasObject {
	// two rows of two, each row as tall as its longer cell (a 2×2 grid made both rows as tall
	// as the longest cell, leaving a gap under the short ones)
	opportunities, threats := container.NewGridWithColumns(2), container.NewGridWithColumns(2)
	var redraw func()
	redraw = func() {
		opportunities.Objects = []fyne.CanvasObject{e.towsCell(domain.KindSO, redraw), e.towsCell(domain.KindWO, redraw)}
		threats.Objects = []fyne.CanvasObject{e.towsCell(domain.KindST, redraw), e.towsCell(domain.KindWT, redraw)}
		opportunities.Refresh()
		threats.Refresh()
		e.refresh()
	}
	redraw()
	return container.NewVBox(form.Wrapped(e.tr("editor.tows_intro")), opportunities, threats)
}

// towsCell lists the strategies of one kind; Add offers only the items of its two quadrants.
func (e *Editor) towsCell(k domain.StrategyKind, redraw func()) fyne.CanvasObject {
	box := container.NewVBox(widget.NewLabelWithStyle(e.tr("strategy."+string(k)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, st := range e.plan.Strategies {
		if st.Kind != k {
			continue
		}
		id := st.ID
		text := widget.NewLabel(st.Text)
		text.Wrapping = fyne.TextWrapWord
		edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { e.strategyDialog(id, redraw, nil) })
		box.Add(container.NewBorder(nil, nil, shareMark(st.ShareWithClient), edit, text))
	}
	quadrants := []domain.Quadrant{domain.Quadrant(k[0:1]), domain.Quadrant(k[1:2])}
	box.Add(widget.NewButtonWithIcon(e.tr("editor.add_strategy"), theme.ContentAddIcon(), func() { e.strategyDialog("", redraw, quadrants) }))
	return container.NewPadded(box)
}

// swotChoices lists every SWOT item (of the given quadrants only, when some are given) as
// "whose · quadrant · text", each label unique.
func (e *Editor) swotChoices(only ...domain.Quadrant) (ids, labels []string) {
	seen := map[string]int{}
	for _, w := range e.plan.SWOTs {
		who := e.tr("subject." + string(w.Subject))
		if w.Subject == domain.SubjectCompetitor {
			who = w.Competitor
		}
		for _, it := range w.Items {
			if len(only) > 0 && !slices.Contains(only, it.Quadrant) {
				continue
			}
			l := shorten(fmt.Sprintf("%s · %s · %s", who, e.tr("quadrant."+string(it.Quadrant)), it.Text), 90)
			if seen[l]++; seen[l] > 1 {
				l += fmt.Sprintf(" (%d)", seen[l])
			}
			ids, labels = append(ids, it.ID), append(labels, l)
		}
	}
	return ids, labels
}

// strategyDialog edits the strategy with id, or a new one of the items of the given quadrants
// (all items when none are given); done runs after the plan took a change.
func (e *Editor) strategyDialog(id string, redraw func(), only []domain.Quadrant) *form.Dialog {
	s := domain.Strategy{ID: domain.NewID(), Kind: domain.KindSO}
	if x := e.plan.FindStrategy(id); x != nil {
		s = *x
	}
	fd := form.NewDialog(e.sh)
	text := form.NewMultiEntry(e.sh, s.Text)
	ids, labels := e.swotChoices(only...)
	items := widget.NewCheckGroup(labels, nil)
	items.Selected = pickLabels(ids, labels, s.ItemIDs)
	kind := widget.NewLabel("")
	kindOf := func() (domain.StrategyKind, bool) {
		var qs []domain.Quadrant
		for _, id := range pickIDs(ids, labels, items.Selected) {
			if it, _ := e.plan.FindItem(id); it != nil {
				qs = append(qs, it.Quadrant)
			}
		}
		return domain.KindFor(qs)
	}
	fd.Add("text", "field.strategy", text, func() error { _, err := e.requiredText(text.Text); return err })
	fd.Add("kind", "", kind, nil)
	share := widget.NewCheck(e.tr("editor.share_strategy"), nil) // above the long list of items
	share.SetChecked(s.ShareWithClient)
	fd.Add("share_with_client", "", share, nil)
	fd.Add("item_ids", "field.swot_items", items, func() error {
		k, ok := kindOf()
		if !ok {
			kind.SetText("")
			return fmt.Errorf("%s", e.tr("err.strategy_items"))
		}
		kind.SetText(e.tr("strategy." + string(k)))
		return nil
	})
	items.OnChanged = func([]string) { fd.Validate() }
	done := func() { redraw(); e.refresh() }
	if id != "" {
		fd.AddDelete(s.Text, func() error { return e.applyThen(domain.RemoveItem{Coll: domain.CollStrategies, ID: id}, done) })
	}
	fd.Show(e.tr("editor.strategy"), nil, fyne.NewSize(760, 600), func() error {
		s.Text, s.ItemIDs = strings.TrimSpace(text.Text), pickIDs(ids, labels, items.Selected)
		s.ShareWithClient = share.Checked
		s.Kind, _ = kindOf()
		return e.applyThen(e.putEdit(domain.CollStrategies, id, s), done)
	})
	return fd
}

// putEdit adds v to a list when id is "" (a new element), else replaces the element.
func (e *Editor) putEdit(c domain.Coll, id string, v any) domain.Edit {
	if id == "" {
		return domain.AddItem{Coll: c, At: -1, Value: v}
	}
	return domain.ReplaceItem{Coll: c, Value: v}
}

// applyThen applies an edit and, when the plan took it, runs done.
func (e *Editor) applyThen(ed domain.Edit, done func()) error {
	if err := e.apply(ed); err != nil {
		return err
	}
	done()
	return nil
}

// portfolioPage scores the account: attractiveness on the portfolio's factors, relative
// strength on the plan's own criteria, with live totals and quadrant.
func (e *Editor) portfolioPage() fyne.CanvasObject {
	pf := &e.plan.Portfolio
	result := widget.NewLabel("")
	result.Wrapping = fyne.TextWrapWord
	e.live(func() {
		pos := pf.Position(e.settings.Cutoff)
		at, _ := pf.Attractiveness.Total()
		st, _ := pf.Strength.Total()
		text := e.tr("editor.totals", e.loc.Number(at, 2), e.loc.Number(st, 2))
		if pos.Placed {
			text += "\n" + e.tr("portfolio."+string(pos.Quadrant)) + " — " + e.tr("portfolio."+string(pos.Quadrant)+".advice")
		} else {
			text += "\n" + e.tr("editor.incomplete")
		}
		result.SetText(text)
	})
	attr := container.NewVBox()
	for _, f := range pf.Attractiveness.Factors {
		attr.Add(e.scoredFactor(f, e.attractivenessScore(f.ID, e.loc.FactorLabel(f))))
	}
	where := container.NewBorder(nil, nil, e.liveMatrix(), nil, result) // the matrix, and the totals beside it, as you score
	return container.NewVBox(where, widget.NewSeparator(), e.heading("portfolio.attractiveness"), attr,
		e.heading("portfolio.strength"), e.criteriaEditor())
}

// attractivenessScore sets one factor's score (1–10; none for not scored).
func (e *Editor) attractivenessScore(id, label string) fyne.CanvasObject {
	return e.scorePicker(label, func() int { return e.plan.Portfolio.Attractiveness.Scores[id] }, func(v int) domain.Edit {
		return domain.SetScore{Axis: domain.AxisAttractiveness, Factor: id, Score: v}
	})
}

// shorten cuts a label to n characters with an ellipsis, so that a choice list fits the dialog.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
