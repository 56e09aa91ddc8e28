package editor

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/ui/form"
	"kamplan/ui/shell"
)

// openReviews opens the sample plan (two reviews held, the latest on 2026-11-16) on the
// page of account reviews and opens the form that records one.
func openReviewForm(t *testing.T, lang string) (*testApp, *Editor, *form.Dialog) {
	t.Helper()
	a, e := openSample(t, lang)
	a.win.Resize(fyne.NewSize(1400, 900))
	e.ShowPage(shell.PageReviews)
	tapButton(t, a.win.Content(), a.tr("review.record"))
	return a, e, topDialog(t, a)
}

// formItem is the control of the dialog's field with the label key given.
func formItem(t *testing.T, a *testApp, fd *form.Dialog, labelKey string) fyne.CanvasObject {
	t.Helper()
	for _, it := range fd.Form.Items {
		if it.Text == a.tr(labelKey) {
			return it.Widget
		}
	}
	t.Fatalf("no field %q in the form", a.tr(labelKey))
	return nil
}

// tapCheck ticks the box of a check group labelled text, as a click does.
func tapCheck(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	for _, x := range test.LaidOutObjects(o) {
		if c, ok := x.(*widget.Check); ok && c.Text == text {
			test.Tap(c)
			return
		}
	}
	t.Fatalf("no box %q", text)
}

// typeIn types text into the i-th entry of a field, a key at a time.
func typeIn(t *testing.T, o fyne.CanvasObject, i int, text string) {
	t.Helper()
	var entries []*widget.Entry
	walk(o, func(c fyne.CanvasObject) {
		if en := form.EntryOf(c); en != nil {
			entries = append(entries, en)
		}
	})
	if i >= len(entries) {
		t.Fatalf("no entry %d of %d", i, len(entries))
	}
	entries[i].SetText("")
	test.Type(entries[i], text)
}

func radios(o fyne.CanvasObject) []*widget.RadioGroup {
	var out []*widget.RadioGroup
	walk(o, func(c fyne.CanvasObject) {
		if r, ok := c.(*widget.RadioGroup); ok {
			out = append(out, r)
		}
	})
	return out
}

func fillReview(t *testing.T, a *testApp, e *Editor, fd *form.Dialog) {
	t.Helper()
	tapCheck(t, formItem(t, a, fd, "review.our_team"), "Javier Ortega")
	tapCheck(t, formItem(t, a, fd, "review.client_side"), e.plan.Contacts[0].Name)
	objectives := formItem(t, a, fd, "review.objectives")
	rs := radios(objectives)
	rs[0].SetSelected(a.tr("review.status.on_track"))
	rs[1].SetSelected(a.tr("review.status.off_track"))
	typeIn(t, objectives, 1, "Siemens ganó la automatización")
	typeIn(t, formItem(t, a, fd, "review.kpis"), 0, "12,5")
	typeIn(t, formItem(t, a, fd, "review.pdf.decisions"), 0, "Llamar al director de planta")
	tapButton(t, fd.Body, a.tr("review.add_action"))
	row := formItem(t, a, fd, "review.new_action")
	typeIn(t, row, 0, "Visitar Gijón con el equipo técnico")
	typeIn(t, row, 1, "15/01/2027")
	selects := map[string]*widget.Select{}
	walk(row, func(c fyne.CanvasObject) {
		if s, ok := c.(*widget.Select); ok {
			selects[s.PlaceHolder] = s
		}
	})
	selects[a.tr("review.owner")].SetSelected("Laura Gómez")
	selects[a.tr("review.objective")].SetSelectedIndex(1)
}

// newReview is the review the store holds that the sample plan had not.
func newReview(t *testing.T, a *testApp, e *Editor) (*domain.Plan, *domain.Review) {
	t.Helper()
	if !e.Flush() {
		t.Fatal("the plan was not saved")
	}
	p := storedPlan(t, a, e.plan.ID)
	for i := range p.Reviews {
		if r := &p.Reviews[i]; r.Date == e.doc.Day() {
			return p, r
		}
	}
	return p, nil
}

func TestRecordingAReviewSavesItWithItsActionsAndOneUndoRemovesAll(t *testing.T) {
	a, e, fd := openReviewForm(t, "es")
	actionsBefore := len(e.plan.Actions)
	fillReview(t, a, e, fd)
	test.Tap(fd.Save)
	p, r := newReview(t, a, e)
	if r == nil {
		t.Fatalf("no review of today in the store: %s", labelsText(fd.Body))
	}
	wantObj := []domain.ObjectiveReview{{ObjectiveID: p.Objectives[0].ID, Status: domain.OnTrack},
		{ObjectiveID: p.Objectives[1].ID, Status: domain.OffTrack, Comment: "Siemens ganó la automatización"}}
	if !reflect.DeepEqual(r.Objectives, wantObj) {
		t.Errorf("statuses stored %+v, want %+v", r.Objectives, wantObj)
	}
	if len(r.KPIValues) != 1 || r.KPIValues[0] != (domain.KPIValue{KPIID: p.KPIs[0].ID, Value: 12.5}) {
		t.Errorf("KPI values stored %+v, want 12,5 for the first KPI", r.KPIValues)
	}
	if !slices.Equal(r.Decisions, []string{"Llamar al director de planta"}) || len(r.MemberIDs) != 1 || len(r.ContactIDs) != 1 {
		t.Errorf("stored: decisions %q, members %v, contacts %v", r.Decisions, r.MemberIDs, r.ContactIDs)
	}
	if len(p.Actions) != actionsBefore+1 || len(r.ActionIDs) != 1 {
		t.Fatalf("actions %d (was %d), the review's %v", len(p.Actions), actionsBefore, r.ActionIDs)
	}
	act := p.FindAction(r.ActionIDs[0])
	if act == nil || act.Title != "Visitar Gijón con el equipo técnico" || act.Owner != "Laura Gómez" ||
		act.Due != domain.NewDate(2027, 1, 15) || !slices.Equal(act.ObjectiveIDs, []string{p.Objectives[1].ID}) {
		t.Fatalf("the new action in the action plan: %+v", act)
	}
	pressUndo(t, a)
	if p, r := newReview(t, a, e); r != nil || len(p.Actions) != actionsBefore {
		t.Fatalf("after one undo: review %v, %d actions (want none and %d)", r, len(p.Actions), actionsBefore)
	}
}

// Every refused KPI value is said beside its own entry, all at once, and saying so moves
// nothing below (the next click lands where the pointer is); Save stores nothing.
func TestHalfTypedKPIValuesAreAllRefusedBesideTheirEntriesAndNothingSaved(t *testing.T) {
	for _, c := range []struct{ lang, typed string }{{"es", "12,"}, {"en", "1.2.3"}} {
		t.Run(c.lang, func(t *testing.T) {
			a, e, fd := openReviewForm(t, c.lang)
			if len(e.plan.KPIs) < 2 {
				t.Fatalf("the sample plan has %d KPIs, the test needs two", len(e.plan.KPIs))
			}
			kpis := formItem(t, a, fd, "review.kpis")
			height := fd.Body.MinSize().Height
			for i := range 2 {
				typeIn(t, kpis, i, c.typed)
			}
			if h := fd.Body.MinSize().Height; h != height {
				t.Errorf("the form's height went from %v to %v: what is under the KPIs moved", height, h)
			}
			want := a.loc.Number(1250.5, 1)
			if msgs := dangerTexts(kpis); len(msgs) != 2 || !strings.Contains(msgs[0], want) || !strings.Contains(msgs[1], want) {
				t.Errorf("beside the KPIs: %q, want two messages with a number like %s", msgs, want)
			}
			fd.Submit()
			if !fd.IsOpen() {
				t.Error("the form closed")
			}
			if _, r := newReview(t, a, e); r != nil {
				t.Fatalf("a review was saved: %+v", r)
			}
		})
	}
}

// The unit of each KPI stays written beside its entry while a value is typed.
func TestTheKPIsUnitStaysBesideItsEntry(t *testing.T) {
	a, e, fd := openReviewForm(t, "es")
	kpis := formItem(t, a, fd, "review.kpis")
	typeIn(t, kpis, 0, "12,5")
	shown := labelsText(kpis)
	for _, k := range e.plan.KPIs {
		if k.Unit != "" && !strings.Contains(shown, k.Unit) {
			t.Errorf("the unit %q of %s is not shown beside its value:\n%s", k.Unit, k.Name, shown)
		}
	}
}

// dangerTexts are the texts of the visible messages in the danger colour inside o.
func dangerTexts(o fyne.CanvasObject) []string {
	var out []string
	walk(o, func(c fyne.CanvasObject) {
		if l, ok := c.(*widget.Label); ok && l.Visible() && l.Importance == widget.DangerImportance && l.Text != "" {
			out = append(out, l.Text)
		}
	})
	return out
}

func TestWhatChangedSinceTheLastReviewNamesTheStageAndTheOpportunity(t *testing.T) {
	a, e := openSample(t, "en")
	var d domain.Deal
	for _, x := range e.plan.Opportunities {
		if x.Stage == "qualify" {
			d = x
		}
	}
	d.Stage, d.Probability = "develop", 25
	if err := e.Apply(domain.ReplaceItem{Coll: domain.CollOpportunities, Value: d}); err != nil {
		t.Fatal(err)
	}
	if !e.Flush() {
		t.Fatal("the plan was not saved")
	}
	e.ShowPage(shell.PageReviews)
	shown := labelsText(a.win.Content())
	want := a.tr("review.changes.since", a.loc.LongDate(domain.NewDate(2026, 11, 16)))
	if !strings.Contains(shown, want) {
		t.Fatalf("the page does not say %q:\n%s", want, shown)
	}
	var line string
	for _, l := range strings.Split(shown, "\n") {
		if strings.Contains(l, d.Name) && strings.Contains(l, a.tr("history.field.stage")) {
			line = l
		}
	}
	if !strings.Contains(line, a.tr("pipeline.stage.qualify")) || !strings.Contains(line, a.tr("pipeline.stage.develop")) {
		t.Fatalf("the change of stage is said %q, want the stages' names %q and %q", line, a.tr("pipeline.stage.qualify"), a.tr("pipeline.stage.develop"))
	}
}

// The sample was imported after its review of 2026-11-16, without its history: the reviews
// page never says nothing changed since the review; it says the history does not reach back
// to it and, once the plan is edited, what changed since the history begins (its first
// entry in the store's journal).
func TestWhatChangedOfAPlanImportedAfterItsReviewIsNotNothing(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		a, e := openSample(t, lang)
		held := domain.NewDate(2026, 11, 16)
		e.ShowPage(shell.PageReviews)
		shown := labelsText(a.win.Content())
		if strings.Contains(shown, a.tr("history.none")) || !strings.Contains(shown, a.loc.HistoryBegins(held, time.Time{})) {
			t.Fatalf("%s: before any edit the page says:\n%s", lang, shown)
		}
		if err := e.Apply(domain.SetField{Field: domain.FieldPreparedFor, Value: "Comité de dirección"}); err != nil || !e.Flush() {
			t.Fatalf("the edit was not saved: %v", err)
		}
		page, err := a.store.Journal().Page(a.ctx, e.plan.ID, history.JournalQuery{})
		if err != nil || len(page.Entries) != 1 {
			t.Fatalf("the journal holds %d entries (%v), want the edit alone", len(page.Entries), err)
		}
		e.ShowPage(shell.PageProfile)
		e.ShowPage(shell.PageReviews)
		shown = labelsText(a.win.Content())
		if strings.Contains(shown, a.tr("history.none")) || !strings.Contains(shown, a.loc.HistoryBegins(held, page.Entries[0].At)) ||
			!strings.Contains(shown, "Comité de dirección") {
			t.Errorf("%s: after the edit the page says:\n%s", lang, shown)
		}
	}
}

func TestANewActionWithoutObjectiveIsRefusedInTheUsersLanguage(t *testing.T) {
	a, e, fd := openReviewForm(t, "es")
	tapButton(t, fd.Body, a.tr("review.add_action"))
	typeIn(t, formItem(t, a, fd, "review.new_action"), 0, "Visitar Gijón")
	msg := fd.Msgs["action.1"]
	if want := form.Capitalise(a.tr("err.action_objective")); msg.Text != want || !msg.Visible() {
		t.Errorf("under the new action: %q, want %q", msg.Text, want)
	}
	fd.Submit()
	if _, r := newReview(t, a, e); r != nil || !fd.IsOpen() {
		t.Fatalf("saved without the action's objective: %+v", r)
	}
}

func TestAnEmptyReviewIsRefusedAndNothingSaved(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		t.Run(lang, func(t *testing.T) {
			a, e, fd := openReviewForm(t, lang)
			test.Tap(fd.Save)
			if !fd.IsOpen() {
				t.Error("the form closed")
			}
			if msg, want := fd.Msgs["member_ids"], a.tr("review.err.empty"); !msg.Visible() || msg.Text != want {
				t.Errorf("under our team: %q (shown %v), want %q", msg.Text, msg.Visible(), want)
			}
			tapCheck(t, formItem(t, a, fd, "review.our_team"), "Javier Ortega")
			if fd.Msgs["member_ids"].Visible() {
				t.Error("the refusal stays once someone is ticked")
			}
			p, r := newReview(t, a, e)
			if r != nil || len(p.Reviews) != 2 {
				t.Fatalf("stored: review %+v, %d reviews (the sample has 2)", r, len(p.Reviews))
			}
		})
	}
}

// The review shown read-only writes its KPI values, percentages as such, and its actions'
// days the way the app writes them elsewhere: no ISO day beside a heading in words.
func TestAReviewViewedWritesNumbersAndDaysInTheInterfacesWay(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		t.Run(lang, func(t *testing.T) {
			a, e := openSample(t, lang)
			p := storedPlan(t, a, e.plan.ID)
			r := &p.Reviews[0]
			for i := range p.Reviews {
				if p.Reviews[i].Date.After(r.Date) {
					r = &p.Reviews[i]
				}
			}
			e.ShowPage(shell.PageReviews)
			tapButton(t, a.win.Content(), a.tr("review.view"))
			shown := dialogText(t, a)
			var want []string
			for _, v := range r.KPIValues {
				if k := p.FindKPI(v.KPIID); k != nil && strings.HasPrefix(k.Unit, "%") {
					want = append(want, k.Name+": "+a.loc.KPIValue(*k, v.Value)) // with the decimals of the KPI's other figures
				}
			}
			for _, id := range r.ActionIDs {
				if x := p.FindAction(id); x != nil && !x.Due.IsZero() {
					want = append(want, a.loc.LongDate(x.Due))
				}
			}
			if len(want) < 2 {
				t.Fatalf("the sample's latest review has no percentage or no action due: %+v", r)
			}
			for _, w := range want {
				if !strings.Contains(shown, w) {
					t.Errorf("the review shown lacks %q:\n%s", w, shown)
				}
			}
			if iso := regexp.MustCompile(`\d{4}-\d\d-\d\d`).FindString(shown); iso != "" {
				t.Errorf("the review shown writes the day %s in ISO:\n%s", iso, shown)
			}
		})
	}
}

// At the window's first size, the list of objectives a new action serves opens inside the
// window: the choice is wide enough for the list, which does not spill past it.
func TestTheNewActionsObjectiveListFitsTheWindow(t *testing.T) {
	a, _ := openSample(t, "es")
	a.win.Resize(fyne.NewSize(1200, 680))
	a.editor.ShowPage(shell.PageReviews)
	tapButton(t, a.win.Content(), a.tr("review.record"))
	fd := topDialog(t, a)
	tapButton(t, fd.Body, a.tr("review.add_action"))
	var objective *widget.Select
	walk(formItem(t, a, fd, "review.new_action"), func(c fyne.CanvasObject) {
		if s, ok := c.(*widget.Select); ok && s.PlaceHolder == a.tr("review.objective") {
			objective = s
		}
	})
	if objective == nil {
		t.Fatal("no objective to choose in the new action")
	}
	test.Tap(objective)
	var menu *widget.PopUpMenu
	for _, o := range test.LaidOutObjects(a.win.Canvas().Overlays().Top()) {
		if m, ok := o.(*widget.PopUpMenu); ok {
			menu = m
		}
	}
	if menu == nil {
		t.Fatal("tapping the objective opened no list")
	}
	right := menu.Position().X + max(menu.Size().Width, menu.MinSize().Width)
	end := fyne.CurrentApp().Driver().AbsolutePositionForObject(objective).X + objective.Size().Width
	if width := a.win.Canvas().Size().Width; right > width || right > end+1 {
		t.Errorf("the list of objectives ends at %v, past the choice's %v or the window's %v", right, end, width)
	}
}

// Once its only review is undone, the plan has no review again: the reviews page says so and
// no longer lists what changed since the review that is gone; the store holds none.
func TestUndoingTheOnlyReviewLeavesNoChangesSinceIt(t *testing.T) {
	a, e := openSample(t, "es")
	a.win.Resize(fyne.NewSize(1400, 900))
	for len(e.plan.Reviews) > 0 {
		if err := e.Apply(domain.RemoveItem{Coll: domain.CollReviews, ID: e.plan.Reviews[0].ID}); err != nil {
			t.Fatal(err)
		}
	}
	e.ShowPage(shell.PageReviews)
	tapButton(t, a.win.Content(), a.tr("review.record"))
	fd := topDialog(t, a)
	fillReview(t, a, e, fd)
	test.Tap(fd.Save)
	since := strings.SplitN(a.tr("review.changes.since", "§"), "§", 2)[0]
	if text := pageText(a.win.Content(), e); !strings.Contains(text, since) {
		t.Fatalf("after the review, the page does not say what changed since it:\n%s", text)
	}
	e.ShowPage(shell.PageProfile)
	pressUndo(t, a)
	if p, r := newReview(t, a, e); r != nil || len(p.Reviews) != 0 {
		t.Fatalf("after the undo the store holds %d reviews", len(p.Reviews))
	}
	e.ShowPage(shell.PageReviews)
	text := pageText(a.win.Content(), e)
	if strings.Contains(text, since) || !strings.Contains(text, a.tr("review.changes.no_review")) {
		t.Errorf("with no review left, the page says:\n%s", text)
	}
}

// A review dated after today is refused beside its date, in the person's language, and
// nothing is stored: a review is recorded once held (one dated years ahead silenced the
// overdue review and the plan's health).
func TestAReviewDatedAfterTodayIsRefusedBesideItsDate(t *testing.T) {
	a, e, fd := openReviewForm(t, "es")
	before := len(e.plan.Reviews)
	tapCheck(t, formItem(t, a, fd, "review.our_team"), "Javier Ortega")
	radios(formItem(t, a, fd, "review.objectives"))[0].SetSelected(a.tr("review.status.on_track"))
	typeIn(t, formItem(t, a, fd, "review.date"), 0, a.Loc.Day(domain.Today().AddDays(4*365)))
	test.Tap(fd.Save)
	if !e.Flush() {
		t.Fatal("the plan was not saved")
	}
	if p := storedPlan(t, a, e.plan.ID); len(p.Reviews) != before {
		t.Fatalf("the store holds %d reviews, had %d", len(p.Reviews), before)
	}
	if msg := fd.Msgs["date"]; msg == nil || !strings.Contains(msg.Text, "posterior a hoy") {
		t.Errorf("the date's message: %v; the form:\n%s", msg, labelsText(fd.Body))
	}
}
