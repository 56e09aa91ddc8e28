package editor

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/editor/bind"
	"kamplan/ui/form"
	"kamplan/ui/picture"
	"kamplan/ui/shell"
)

func TestObjectiveDialogChecksSmartAsYouTypeAndSaves(t *testing.T) {
	a, e := openSample(t, "en")
	o := e.plan.Objectives[5]
	o.Deadline = domain.Date{} // without a deadline: not time-bound
	if err := e.apply(domain.ReplaceItem{Coll: domain.CollObjectives, Value: o}); err != nil {
		t.Fatal(err)
	}
	fd := e.objectiveDialog(o.ID, form.BlankList())
	f := fd.Form.Items
	if !strings.Contains(labelsTextOf(fd), "✗") {
		t.Fatalf("the SMART check does not show the failing letter")
	}
	setEntry(t, f[7].Widget, "2027-02-30")
	if !fd.Save.Disabled() || fd.Msgs["deadline"].Text == "" {
		t.Fatal("an impossible deadline was not refused")
	}
	setEntry(t, f[7].Widget, "2027-09-30")
	if strings.Contains(labelsTextOf(fd), "✗") {
		t.Fatalf("SMART still fails: %s", labelsTextOf(fd))
	}
	setEntry(t, f[5].Widget, "1.5x")
	if !fd.Save.Disabled() {
		t.Fatal("an unreadable baseline was accepted")
	}
	setEntry(t, f[5].Widget, "1.5")
	test.Tap(fd.Save)
	if fd.IsOpen() || !e.Flush() {
		t.Fatalf("the objective was refused: %s", fd.General.Text)
	}
	got := storedPlan(t, a, e.plan.ID).FindObjective(o.ID)
	if got.Deadline != domain.NewDate(2027, 9, 30) || got.Baseline == nil || *got.Baseline != 1.5 {
		t.Fatalf("stored %+v", got)
	}
}

func labelsTextOf(fd *form.Dialog) string {
	var b strings.Builder
	walk(fd.Body, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	})
	return b.String()
}

func TestRefusedObjectiveDeletionNamesTheAction(t *testing.T) {
	a, e := openSample(t, "en")
	var used domain.Objective
	for _, o := range e.plan.Objectives {
		for _, act := range e.plan.Actions {
			if !act.Contingency && len(act.ObjectiveIDs) == 1 && act.ObjectiveIDs[0] == o.ID {
				used = o
			}
		}
	}
	fd := e.objectiveDialog(used.ID, form.BlankList())
	tapButton(t, fd.Left, "Delete")
	answer(t, a, "Yes")
	if !fd.IsOpen() || !strings.Contains(fd.General.Text, "only objective of the action") {
		t.Fatalf("deleting an objective actions depend on: %q", fd.General.Text)
	}
	if storedPlan(t, a, e.plan.ID).FindObjective(used.ID) == nil || e.plan.FindObjective(used.ID) == nil {
		t.Fatal("the objective was removed")
	}
}

func TestSWOTItemsMoveAndDelete(t *testing.T) {
	a, e := openSample(t, "en")
	w := e.plan.SWOTOf(domain.SubjectClient, "")
	first, second := w.In(domain.Strength)[0], w.In(domain.Strength)[1]
	q := (&swotPage{e: e}).quadrant(w.ID, domain.Strength)
	var down, del []*widget.Button
	walk(q, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "" {
			switch b.Icon.Name() {
			case "foreground_arrow-down.svg":
				down = append(down, b)
			case "foreground_delete.svg":
				del = append(del, b)
			}
		}
	})
	if len(down) == 0 || len(del) == 0 {
		t.Fatal("no move or delete buttons")
	}
	test.Tap(down[0])
	if !e.Flush() {
		t.Fatal(e.saveState.Text)
	}
	if got := storedPlan(t, a, e.plan.ID).SWOTOf(domain.SubjectClient, "").In(domain.Strength); got[0].ID != second.ID || got[1].ID != first.ID {
		t.Fatal("the strength did not move down")
	}
	var lastDelete *widget.Button
	walk(q, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Icon != nil && b.Icon.Name() == "foreground_delete.svg" {
			lastDelete = b
		}
	})
	n := len((&swotPage{e: e}).swot(w.ID).Items)
	test.Tap(lastDelete)
	answer(t, a, "Yes")
	if !e.Flush() || len(storedPlan(t, a, e.plan.ID).SWOTOf(domain.SubjectClient, "").Items) != n-1 {
		t.Fatal("the item was not deleted")
	}
}

func TestCompetitorSWOTAddRenameDelete(t *testing.T) {
	a, e := openSample(t, "en")
	page := drawPage(e, shell.PageSWOT)
	n := len(e.plan.SWOTs)
	tapButton(t, page, "Add competitor SWOT")
	fd := form.OpenDialogs(a.win)[len(form.OpenDialogs(a.win))-1]
	fd.Submit() // no name yet: refused, nothing added
	if !fd.IsOpen() || len(e.plan.SWOTs) != n {
		t.Fatal("a competitor SWOT without a name was added")
	}
	setEntry(t, fd.Form.Items[0].Widget, "Aceros Rivales 🏭")
	fd.Submit()
	if fd.IsOpen() || len(e.plan.SWOTs) != n+1 || !e.Flush() || storedPlan(t, a, e.plan.ID).SWOTs[n].Competitor != "Aceros Rivales 🏭" {
		t.Fatal("the named competitor SWOT was not added")
	}
	id := e.plan.SWOTs[n].ID
	retype(fieldNamed(t, page, "Competitor"), "Acerías Rivales")
	if !e.Flush() || storedPlan(t, a, e.plan.ID).SWOTs[n].Competitor != "Acerías Rivales" {
		t.Fatal("the competitor was not renamed")
	}
	retype(fieldNamed(t, page, "Competitor"), " ")
	if (&swotPage{e: e}).swot(id).Competitor != "Acerías Rivales" || !strings.HasPrefix(e.saveState.Text, "Not saved — fix") {
		t.Fatalf("a blank competitor name was accepted: %s", e.saveState.Text)
	}
	fieldNamed(t, page, "Competitor").TypedShortcut(&fyne.ShortcutUndo{}) // takes back the typing first
	if fieldNamed(t, page, "Competitor").Text != "Acerías Rivales" || e.saveState.Text == "Not saved — fix: Competitor" {
		t.Fatalf("undo did not take back the blank name: %q", e.saveState.Text)
	}
	e.View()
	if err := e.apply(domain.RemoveItem{Coll: domain.CollSWOTs, ID: id}); err != nil {
		t.Fatal(err)
	}
	if !e.Flush() || len(storedPlan(t, a, e.plan.ID).SWOTs) != n {
		t.Fatal("the competitor SWOT was not deleted")
	}
}

func TestProfileCurrencyTeamAndNotes(t *testing.T) {
	a, e := openSample(t, "en")
	page := drawPage(e, shell.PageProfile)
	retype(fieldNamed(t, page, "Currency"), "usd")
	if !e.Flush() || storedPlan(t, a, e.plan.ID).Currency != "USD" {
		t.Fatal("a lower-case currency code was not taken")
	}
	retype(fieldNamed(t, page, "Currency"), "EURO")
	if !strings.Contains(fieldNamed(t, page, "Currency").Msg.Text, "three-letter") {
		t.Fatal("EURO was accepted")
	}
	fieldNamed(t, page, "Currency").Revert()
	n := len(e.account.Team)
	tapButton(t, page, "Add team member")
	answer(t, a, "Save") // no name yet: refused, the dialog stays
	if e.Flush(); len(e.account.Team) != n {
		t.Fatal("a member without a name was added")
	}
	if acc, _ := a.store.Account(a.ctx, e.account.ID); len(acc.Team) != n || a.win.Canvas().Overlays().Top() == nil {
		t.Fatalf("a member without a name was stored or the dialog closed: %+v", acc.Team)
	}
	var entries []*widget.Entry // the name, then the title
	for _, o := range test.LaidOutObjects(a.win.Canvas().Overlays().Top()) {
		if x := form.EntryOf(o); x != nil && !slices.Contains(entries, x) {
			entries = append(entries, x)
		}
	}
	if entries[1].PlaceHolder != "Key Account Executive" {
		t.Fatalf("the empty title shows %q, not the role's name", entries[1].PlaceHolder)
	}
	test.Type(entries[0], "Lucía Ferrer")
	test.Type(entries[1], "Directora técnica ")
	answer(t, a, "Save")
	if !e.Flush() {
		t.Fatal(e.saveState.Text)
	}
	acc, _ := a.store.Account(a.ctx, e.account.ID)
	if len(acc.Team) != n+1 || acc.Team[n].Name != "Lucía Ferrer" || acc.Team[n].Title != "Directora técnica" || acc.Team[n].Role != domain.RoleExecutive {
		t.Fatalf("team stored: %+v", acc.Team)
	}
	notes := (&signoffPage{e: e}).notes()
	k := len(e.plan.Notes)
	tapButton(t, notes, "Add note")
	var internal *widget.Check
	walk(notes, func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok {
			internal = c
		}
	})
	internal.SetChecked(true)
	if !e.Flush() || len(storedPlan(t, a, e.plan.ID).Notes) != k {
		t.Fatal("a new note without text was stored")
	}
	var texts []*field
	for _, f := range fieldsOf(notes) {
		if f.Label() == "Notes" {
			texts = append(texts, f)
		}
	}
	if texts[k].Text != "" || texts[k].PlaceHolder == "" {
		t.Fatalf("a new note starts with %q instead of an empty field with a placeholder", texts[k].Text)
	}
	retype(texts[k], "Nota interna")
	if !e.Flush() || len(storedPlan(t, a, e.plan.ID).Notes) != k+1 || !storedPlan(t, a, e.plan.ID).Notes[k].Internal {
		t.Fatal("the new internal note was not stored")
	}
	assertSavedMeansStored(t, e)
}

func TestFieldShortcuts(t *testing.T) {
	a, e := openSample(t, "en")
	page := drawPage(e, shell.PageProfile)
	risks := fieldNamed(t, page, "Client industry and operations")
	retype(risks, "Texto nuevo")
	risks.TypedShortcut(&fyne.ShortcutUndo{})
	if e.plan.Context == "Texto nuevo" {
		t.Fatal("Ctrl+Z in a field did not undo the plan edit")
	}
	a.editor.Redo()
	if a.editor.plan.Context != "Texto nuevo" {
		t.Fatal("redo did not make the edit again")
	}
	redo := &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	if !bind.IsRedo(redo) || bind.IsRedo(&fyne.ShortcutUndo{}) || !bind.IsUndo(&fyne.ShortcutUndo{}) {
		t.Fatal("undo and redo shortcuts are not recognised")
	}
	found := false
	a.win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyK, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { found = true })
	risks.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyK, Modifier: fyne.KeyModifierShortcutDefault})
	if !found {
		t.Fatal("a window shortcut typed in a field did not reach the window")
	}
}

func TestCalendarWritesTheDayInTheInterfaceFormat(t *testing.T) {
	a, e := openSample(t, "es")
	page := drawPage(e, shell.PageSignOff)
	var cal *widget.Button
	walk(page, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Icon != nil && strings.Contains(b.Icon.Name(), "calendar") && cal == nil {
			cal = b
		}
	})
	if cal == nil {
		t.Fatal("no calendar beside the approval date")
	}
	test.Tap(cal)
	top := a.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("the calendar did not open")
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == "15" {
			test.Tap(b)
			break
		}
	}
	d := e.plan.Commitment.InternalApproval.Date
	if d.Time().Day() != 15 || !e.Flush() || storedPlan(t, a, e.plan.ID).Commitment.InternalApproval.Date != d {
		t.Fatalf("picked day not stored: %v", d)
	}
	if !strings.Contains(labelsTextOfEntries(page), d.Time().Format("02/01/2006")) {
		t.Fatal("the picked day is not shown as DD/MM/AAAA")
	}
}

func labelsTextOfEntries(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, f := range fieldsOf(o) {
		b.WriteString(f.Text + "\n")
	}
	return b.String()
}

func TestUndoTurnsToThePageOfTheEdit(t *testing.T) {
	a, e := openSample(t, "en")
	c := e.plan.Contacts[1]
	c.Influence = 1
	if err := e.apply(domain.ReplaceItem{Coll: domain.CollContacts, Value: c}); err != nil {
		t.Fatal(err)
	}
	e.pages.tabs.SelectIndex(1) // Vision
	a.undo()
	if e.pages.tabs.SelectedIndex() != 0 || e.pages.subs[0].SelectedIndex() != 4 { // Knowledge, Stakeholders
		t.Fatalf("undo left the screen on phase %d page %d", e.pages.tabs.SelectedIndex(), e.pages.subs[0].SelectedIndex())
	}
	if e.plan.Contacts[1].Influence == 1 {
		t.Fatal("the contact edit was not undone")
	}
}

func TestCommittedValuesAreShownTheInterfacesWay(t *testing.T) {
	_, e := openSample(t, "en")
	page := drawPage(e, shell.PageWallet)
	potential, revenue := fieldNamed(t, page, "Total purchase potential"), fieldNamed(t, page, "Our revenue")
	retype(potential, "5M")
	if potential.Text != "5,000,000" {
		t.Fatalf("5M shows as %q after it was saved", potential.Text)
	}
	retype(potential, "3x")
	retype(revenue, "lots")
	if e.saveState.Text != "Not saved — fix: Total purchase potential, Our revenue" {
		t.Fatalf("header %q", e.saveState.Text)
	}
}

func TestANewEntryDoesNotOpenFullOfRequired(t *testing.T) {
	_, e := openSample(t, "en")
	fd := e.actionDialog("", form.BlankList())
	if fd.Msgs["title"].Visible() || !fd.Save.Disabled() {
		t.Fatal("an untouched new action shows Required, or can be saved without a title")
	}
	fd.Submit()
	if !fd.Msgs["title"].Visible() || fd.Msgs["title"].Text != "Required" {
		t.Fatalf("after Save the missing title is not named: %q", fd.Msgs["title"].Text)
	}
}

func TestScoresPercentagesAndOfferings(t *testing.T) {
	a, e := openSample(t, "en")
	f := e.plan.Portfolio.Attractiveness.Factors[0]
	score := (&portfolioPage{e: e}).attractivenessScore(f.ID, "volume").(*widget.RadioGroup)
	score.SetSelected("7")
	if !e.Flush() || storedPlan(t, a, e.plan.ID).Portfolio.Attractiveness.Scores[f.ID] != 7 {
		t.Fatal("the attractiveness score was not stored")
	}
	score.SetSelected("") // choosing the selected score again clears it
	if !e.Flush() || storedPlan(t, a, e.plan.ID).Portfolio.Attractiveness.Scores[f.ID] != 0 {
		t.Fatal("clearing the score was not stored")
	}
	page := drawPage(e, shell.PageWallet)
	margin := fieldNamed(t, page, "Margin % (internal)")
	retype(margin, "150")
	if !margin.Msg.Visible() {
		t.Fatal("a margin of 150 % was accepted")
	}
	retype(margin, "12.5")
	retype(fieldNamed(t, page, "Target share of wallet % (internal)"), "")
	if !e.Flush() || *storedPlan(t, a, e.plan.ID).Wallet.MarginPct != 12.5 || storedPlan(t, a, e.plan.ID).Wallet.TargetShare != nil {
		t.Fatal("the margin or the cleared target share was not stored")
	}
	n := len(e.plan.Wallet.Offerings)
	tapButton(t, page, "Add offering")
	offerings := []*field{}
	for _, f := range fieldsOf(page) {
		if f.Label() == "Offering" {
			offerings = append(offerings, f)
		}
	}
	retype(offerings[n], "Mantenimiento predictivo")
	if !e.Flush() || storedPlan(t, a, e.plan.ID).Wallet.Offerings[n].Name != "Mantenimiento predictivo" {
		t.Fatal("the new offering was not stored")
	}
	var dels []*widget.Button
	walk(page, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Icon != nil && b.Icon.Name() == "foreground_delete.svg" {
			dels = append(dels, b)
		}
	})
	test.Tap(dels[n])
	answer(t, a, "Yes")
	if !e.Flush() || len(storedPlan(t, a, e.plan.ID).Wallet.Offerings) != n {
		t.Fatal("the offering was not deleted")
	}
}

func TestCrossAnalysisIsTheTOWSGrid(t *testing.T) {
	a, e := openSample(t, "en")
	page := drawPage(e, shell.PageStrategies)
	text := labelsText(page)
	for _, k := range []string{"strategy.SO", "strategy.WO", "strategy.ST", "strategy.WT"} {
		if !strings.Contains(text, e.tr(k)) {
			t.Fatalf("the grid has no %s cell", e.tr(k))
		}
	}
	for _, s := range e.plan.Strategies {
		if !strings.Contains(text, s.Text) {
			t.Fatalf("strategy %q is not in its cell", s.Text)
		}
	}
	rows := page.(*fyne.Container).Objects // the introduction, SO | WO, ST | WT
	cells := append(rows[1].(*fyne.Container).Objects, rows[2].(*fyne.Container).Objects...)
	tapButton(t, cells[0], "Add strategy") // SO
	fd := form.OpenDialogs(a.win)[len(form.OpenDialogs(a.win))-1]
	var items *widget.CheckGroup
	walk(fd.Form, func(o fyne.CanvasObject) {
		if g, ok := o.(*widget.CheckGroup); ok {
			items = g
		}
	})
	for _, l := range items.Options {
		if !strings.Contains(l, "Strengths") && !strings.Contains(l, "Opportunities") {
			t.Fatalf("the SO cell offers %q", l)
		}
	}
	setEntry(t, fd.Form.Items[0].Widget, "Nueva estrategia ofensiva")
	items.SetSelected([]string{items.Options[0], items.Options[len(items.Options)-1]})
	fd.Submit()
	if fd.IsOpen() || !e.Flush() {
		t.Fatalf("the new SO strategy was refused: %s", fd.General.Text)
	}
	if !strings.Contains(labelsText(page), "Nueva estrategia ofensiva") {
		t.Fatal("the grid does not show the new strategy")
	}
}

// A contact moved on the influence map is shown there again when the move is undone or
// redone, not on the contact list.
func TestUndoReturnsToTheMapTheEditWasMadeOn(t *testing.T) {
	a, e := openSample(t, "en")
	e.pages.tabs.SelectIndex(0)
	e.pages.subs[0].SelectIndex(6) // Influence map
	c := e.plan.Contacts[2]
	c.Influence, c.Attitude = 1, -2
	if err := e.apply(domain.ReplaceItem{Coll: domain.CollContacts, Value: c}); err != nil {
		t.Fatal(err)
	}
	for _, step := range []func(){a.undo, a.redo} {
		e.pages.tabs.SelectIndex(2) // Commitment
		step()
		if e.pages.tabs.SelectedIndex() != 0 || e.pages.subs[0].SelectedIndex() != 6 {
			t.Fatalf("the screen is on phase %d page %d, not the influence map", e.pages.tabs.SelectedIndex(), e.pages.subs[0].SelectedIndex())
		}
	}
	if !e.Flush() || storedPlan(t, a, e.plan.ID).Contacts[2].Influence != 1 {
		t.Fatal("the redone move is not stored")
	}
}

// Scoring moves the account's own bubble on the page's matrix, highlighted among the
// portfolio's other accounts.
func TestScoringMovesTheAccountOnItsMatrix(t *testing.T) {
	a, e := openSample(t, "en")
	page := drawPage(e, shell.PagePortfolio)
	m := widgetOn[*picture.PortfolioMatrix](t, page, "matrix")
	m.Resize(fyne.NewSize(400, 260))
	ownBubble := func() chart.MatrixBubble {
		for _, b := range m.Layout().Bubbles {
			if b.ID == e.account.ID {
				return b
			}
		}
		t.Fatal("the account is not on its matrix")
		return chart.MatrixBubble{}
	}
	if m.Selected() != e.account.ID || !ownBubble().Selected || len(m.Layout().Bubbles) < 2 {
		t.Fatalf("selected %q, %d bubbles: the account is not highlighted among the others", m.Selected(), len(m.Layout().Bubbles))
	}
	before := ownBubble().Centre
	f := e.plan.Portfolio.Attractiveness.Factors[0]
	score := (&portfolioPage{e: e}).attractivenessScore(f.ID, "volume").(*widget.RadioGroup)
	score.SetSelected(map[bool]string{true: "1", false: "10"}[e.plan.Portfolio.Attractiveness.Scores[f.ID] > 5])
	if ownBubble().Centre == before {
		t.Fatal("a new score did not move the account's bubble")
	}
	if !e.Flush() || storedPlan(t, a, e.plan.ID).Portfolio.Attractiveness.Scores[f.ID] == 0 {
		t.Fatal("the score was not stored")
	}
}

// The side navigation is as wide as its longest title in every phase and language, so no title
// is cut and the page never jumps sideways.
func TestSideNavigationFitsEveryTitle(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		_, e := openSample(t, lang)
		for _, sub := range e.pages.subs {
			for _, it := range sub.Items {
				if w := fyne.MeasureText(it.Text, theme.TextSize(), fyne.TextStyle{Bold: true}).Width; w+2*theme.Padding() > e.pages.navWidth() {
					t.Errorf("%s: %q is wider than the navigation", lang, it.Text)
				}
			}
		}
	}
}

// Ctrl+PageDown and Ctrl+PageUp read the plan page by page, across the phases, and stop at
// the first and last pages.
func TestCtrlPageDownReadsThePlanInOrder(t *testing.T) {
	a, e := openSample(t, "en")
	c, ok := a.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) })
	if !ok {
		t.Skip("the test canvas takes no shortcuts")
	}
	key := func(k fyne.KeyName) {
		c.TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault})
	}
	at := func() [2]int {
		return [2]int{e.pages.tabs.SelectedIndex(), e.pages.subs[e.pages.tabs.SelectedIndex()].SelectedIndex()}
	}
	e.pages.tabs.SelectIndex(0)
	e.pages.subs[0].SelectIndex(0)
	total, pages := len(pageList), e.pages.phases
	seen := map[[2]int]bool{at(): true}
	for range total + 2 {
		key(fyne.KeyPageDown)
		seen[at()] = true
	}
	if len(seen) != total || at() != [2]int{2, len(pages[2]) - 1} {
		t.Fatalf("Ctrl+PageDown visited %d of %d pages and stopped at %v", len(seen), total, at())
	}
	key(fyne.KeyPageUp)
	if at() != [2]int{2, len(pages[2]) - 2} {
		t.Fatalf("Ctrl+PageUp went to %v", at())
	}
	for range total + 2 {
		key(fyne.KeyPageUp)
	}
	if at() != [2]int{0, 0} {
		t.Fatalf("Ctrl+PageUp stopped at %v", at())
	}
}

// Actions, objectives and contacts are listed in one style: the item in bold over its facts,
// the facts in red when the action is overdue or the objective fails its SMART check.
func TestListsShareOneRowStyle(t *testing.T) {
	_, e := openSample(t, "en")
	today := domain.NewDate(2027, 3, 1)
	act := domain.Action{Title: "Cerrar la renovación", Owner: "Marta Soler", Status: domain.StatusInProgress, Due: domain.NewDate(2027, 2, 1)}
	row := form.NewTwoLineRow()
	actionRow(e.loc, row, act, today)
	lines := row.(*fyne.Container).Objects
	title, facts := lines[0].(*widget.Label), lines[1].(*widget.Label)
	if title.Text != act.Title || !title.TextStyle.Bold || !strings.HasPrefix(facts.Text, "Overdue · ") || facts.Importance != widget.DangerImportance {
		t.Fatalf("overdue action row: %q / %q (importance %v)", title.Text, facts.Text, facts.Importance)
	}
	act.Status = domain.StatusDone
	actionRow(e.loc, row, act, today)
	if facts.Importance == widget.DangerImportance || !strings.HasPrefix(facts.Text, "Done · ") {
		t.Fatalf("a done action is still red: %q", facts.Text)
	}
}

// A SWOT statement wraps over two lines so it is read whole, yet Enter saves it and Tab moves
// on, as in a one-line field.
func TestSWOTStatementWrapsAndEnterSaves(t *testing.T) {
	a, e := openSample(t, "en")
	w := e.plan.SWOTOf(domain.SubjectClient, "")
	page := (&swotPage{e: e}).editor(w.ID, func() {})
	var statement *field
	for _, f := range fieldsOf(page) {
		if f.Label() == e.tr("quadrant."+string(domain.Strength)) && statement == nil {
			statement = f
		}
	}
	if statement == nil || !statement.MultiLine || statement.Wrapping != fyne.TextWrapWord || statement.AcceptsTab() {
		t.Fatal("the statement does not wrap, or Tab would be typed into it")
	}
	retype(statement, "Liderazgo en acero plano para automoción 🚗")
	statement.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if strings.Contains(statement.Text, "\n") || !e.Flush() ||
		storedPlan(t, a, e.plan.ID).SWOTOf(domain.SubjectClient, "").In(domain.Strength)[0].Text != "Liderazgo en acero plano para automoción 🚗" {
		t.Fatalf("Enter did not save the statement: %q", statement.Text)
	}
}
