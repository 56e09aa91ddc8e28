package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

func (e *editor) objectivesPage() fyne.CanvasObject {
	list := widget.NewList(func() int { return len(e.plan.Objectives) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			ob := e.plan.Objectives[i]
			o.(*widget.Label).SetText(e.smartSummary(ob) + "  " + ob.Statement)
		})
	list.OnSelected = func(i widget.ListItemID) { list.UnselectAll(); e.objectiveDialog(i, list) }
	add := widget.NewButtonWithIcon(e.tr("editor.add_objective"), theme.ContentAddIcon(), func() { e.objectiveDialog(-1, list) })
	return container.NewVBox(add, container.NewGridWrap(fyne.NewSize(900, 420), list))
}

// smartSummary is "✓ SMART" or the letters with the failing ones dotted out.
func (e *editor) smartSummary(o domain.Objective) string {
	checks := e.plan.Smart(o, domain.ParsePeriod(e.plan.Period))
	if domain.SmartOK(checks) {
		return "✓ SMART"
	}
	var b strings.Builder
	for _, c := range checks {
		if c.OK {
			b.WriteString(c.Letter)
		} else {
			b.WriteString("·")
		}
	}
	return b.String()
}

// objectiveDialog edits an objective with the SMART check of each letter shown as you type.
func (e *editor) objectiveDialog(i int, list *widget.List) {
	o := domain.Objective{ID: domain.NewID(), Category: domain.CatFinancial}
	if i >= 0 {
		o = e.plan.Objectives[i]
	}
	smart := widget.NewLabel("")
	smart.Wrapping = fyne.TextWrapWord
	check := func() {
		var lines []string
		for _, c := range e.plan.Smart(o, domain.ParsePeriod(e.plan.Period)) {
			if c.OK {
				lines = append(lines, "✓ "+c.Letter)
			} else {
				lines = append(lines, "✗ "+e.tr(c.Key))
			}
		}
		smart.SetText(strings.Join(lines, "\n"))
	}
	edit := func(f func()) func() { return func() { f(); check() } }
	statement := widget.NewMultiLineEntry()
	statement.SetText(o.Statement)
	statement.OnChanged = func(s string) { o.Statement = s; check() }
	var cats []string
	for _, c := range domain.Categories {
		cats = append(cats, e.tr("category."+string(c)))
	}
	category := selectOf(cats, indexOf(domain.Categories, o.Category))
	category.OnChanged = func(string) { o.Category = domain.Categories[category.SelectedIndex()] }
	unit := widget.NewEntry()
	unit.SetText(o.Unit)
	unit.OnChanged = func(s string) { o.Unit = s; check() }
	kpiIDs, kpiLabels := []string{""}, []string{e.tr("editor.none")}
	for _, k := range e.plan.KPIs {
		kpiIDs, kpiLabels = append(kpiIDs, k.ID), append(kpiLabels, k.Name)
	}
	kpi := selectOf(kpiLabels, indexOf(kpiIDs, o.KPIID))
	kpi.OnChanged = func(string) { o.KPIID = kpiIDs[kpi.SelectedIndex()]; check() }
	stIDs, stLabels := []string{""}, []string{e.tr("editor.none")}
	for _, s := range e.plan.Strategies {
		stIDs, stLabels = append(stIDs, s.ID), append(stLabels, e.tr("strategy."+string(s.Kind))+" — "+s.Text)
	}
	strategy := selectOf(stLabels, indexOf(stIDs, o.StrategyID))
	strategy.OnChanged = func(string) { o.StrategyID = stIDs[strategy.SelectedIndex()]; check() }
	itIDs, itLabels := []string{""}, []string{e.tr("editor.none")}
	for _, w := range e.plan.SWOTs {
		for _, it := range w.Items {
			itIDs, itLabels = append(itIDs, it.ID), append(itLabels, e.tr("quadrant."+string(it.Quadrant))+" — "+it.Text)
		}
	}
	item := selectOf(itLabels, indexOf(itIDs, o.ItemID))
	item.OnChanged = func(string) { o.ItemID = itIDs[item.SelectedIndex()]; check() }
	baseline := e.looseNumber(o.Baseline, edit(func() {}), func(v *float64) { o.Baseline = v })
	target := e.looseNumber(o.Target, edit(func() {}), func(v *float64) { o.Target = v })
	deadline := widget.NewEntry()
	deadline.SetPlaceHolder(e.tr("editor.date_format"))
	deadline.SetText(e.app.date(o.Deadline))
	deadline.Validator = func(s string) error {
		if _, ok := e.app.parseDate(s); !ok {
			return errorf(e.tr("editor.err.date"))
		}
		return nil
	}
	deadline.OnChanged = func(s string) {
		if d, ok := e.app.parseDate(s); ok {
			o.Deadline = d
			check()
		}
	}
	owner := widget.NewEntry()
	owner.SetText(o.Owner)
	rationale := widget.NewMultiLineEntry()
	rationale.SetText(o.Rationale)
	internal := widget.NewCheck(e.tr("field.internal"), nil)
	internal.SetChecked(o.Internal)
	check()
	form := widget.NewForm(
		widget.NewFormItem(e.tr("field.statement"), statement), widget.NewFormItem(e.tr("field.category"), category),
		widget.NewFormItem(e.tr("field.kpi"), kpi), widget.NewFormItem(e.tr("field.unit"), unit),
		widget.NewFormItem(e.tr("field.baseline"), baseline), widget.NewFormItem(e.tr("field.target"), target),
		widget.NewFormItem(e.tr("field.deadline"), deadline), widget.NewFormItem(e.tr("field.owner"), owner),
		widget.NewFormItem(e.tr("field.strategy"), strategy), widget.NewFormItem(e.tr("field.swot_item"), item),
		widget.NewFormItem(e.tr("field.rationale"), rationale),
		widget.NewFormItem("", internal))
	d := dialog.NewCustomConfirm(e.tr("editor.objective"), e.tr("dialog.save"), e.tr("dialog.cancel"),
		container.NewVScroll(container.NewVBox(form, smart)), func(ok bool) {
			if !ok {
				return
			}
			o.Statement, o.Owner, o.Rationale, o.Internal = strings.TrimSpace(statement.Text), owner.Text, rationale.Text, internal.Checked
			e.listSaved(putItem(e, &e.plan.Objectives, i, o), list)
		}, e.app.win)
	if i >= 0 {
		e.deleteButton(form, d, o.Statement, func() error { return e.removeObjective(o.ID) }, list)
	}
	d.Resize(fyne.NewSize(720, 640))
	d.Show()
}

// looseNumber edits an optional number; an unreadable value shows its message and is ignored.
func (e *editor) looseNumber(v *float64, after func(), set func(*float64)) *widget.Entry {
	w := widget.NewEntry()
	if v != nil {
		w.SetText(e.app.decimal(*v, decimals(*v)))
	}
	w.Validator = func(s string) error {
		if _, ok := parseDecimal(s); !ok && strings.TrimSpace(s) != "" {
			return errorf(e.tr("editor.err.number"))
		}
		return nil
	}
	w.OnChanged = func(s string) {
		if strings.TrimSpace(s) == "" {
			set(nil)
		} else if x, ok := parseDecimal(s); ok {
			set(&x)
		}
		after()
	}
	return w
}

func decimals(v float64) int {
	if v == float64(int64(v)) {
		return 0
	}
	return 2
}

// removeObjective deletes an objective unless an action would be left without any.
func (e *editor) removeObjective(id string) error {
	orphans := 0
	for _, a := range e.plan.Actions {
		if !a.Contingency && len(a.ObjectiveIDs) == 1 && a.ObjectiveIDs[0] == id {
			orphans++
		}
	}
	if orphans > 0 {
		return errorf(e.tr("editor.objective_in_use", orphans))
	}
	var kept []domain.Objective
	for _, o := range e.plan.Objectives {
		if o.ID != id {
			kept = append(kept, o)
		}
	}
	e.plan.Objectives = kept
	for i := range e.plan.Actions {
		e.plan.Actions[i].ObjectiveIDs = without(e.plan.Actions[i].ObjectiveIDs, id)
	}
	e.changed()
	return nil
}
