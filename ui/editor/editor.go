package editor

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"kamplan/ui/shell"
)

// SaveDelay is how long a field waits after the last keystroke before it commits, and the
// editor after the last edit before it saves.
var SaveDelay = 600 * time.Millisecond

// Editor edits one plan of one account: Knowledge → Vision → Commitment. Every change is a
// domain edit applied by id (with its inverse kept for undo) and saved shortly after.
type Editor struct {
	sh       shell.Shell
	loc      locale.Locale
	doc      domain.Doc
	account  *domain.Account
	plan     *domain.Plan
	settings domain.Settings

	timer        *time.Timer
	planDirty    bool
	accountDirty bool
	saveErr      string // why the last save failed, until a save succeeds
	conflict     bool   // another writer changed the plan: saving stops until reload
	saveState    *widget.Label
	reloadButton *widget.Button // in the header while another writer's save stops ours
	changesButt  *widget.Button // lists the changes that could not be saved
	refreshers   []func()       // recompute live figures after any edit
	unsaved      []domain.Edit  // applied since the last successful save

	undo, redo []done
	fields     []*field
	pending    map[*field]bool // typed but not committed
	invalid    []*field        // text that is not a valid value, in the order typed

	names map[fyne.CanvasObject]string // controls named by a column header

	tabs *container.AppTabs // the three phases
	subs []*pageTabs        // the pages of each phase
	// relmap is the relationship map's view (zoom, pan, collapsed branches), kept over rebuilds
	relmap *relmapView
	// swotShown is the SWOT on the SWOT page, kept over rebuilds (an undo shows it again)
	swotShown string
	// portfolio is the rest of the portfolio, drawn on the scoring page around this account
	portfolio []domain.PlanSummary
}

// New is an editor of a plan of an account, in a window of the app.
func New(sh shell.Shell, acc *domain.Account, p *domain.Plan) *Editor {
	st, _ := sh.Store().Settings(sh.Context())
	e := &Editor{sh: sh, loc: sh.Locale(), account: acc, plan: p, settings: st, pending: map[*field]bool{}, names: map[fyne.CanvasObject]string{}}
	e.doc = domain.Doc{Account: acc, Plan: p}
	e.saveState = widget.NewLabel("")
	e.reloadButton = widget.NewButtonWithIcon(e.tr("editor.conflict.reload"), theme.ViewRefreshIcon(), e.Reload)
	e.reloadButton.Importance = widget.HighImportance
	e.changesButt = widget.NewButton(e.tr("editor.unsaved.show"), e.showUnsaved)
	return e
}

func (e *Editor) tr(key string, args ...any) string { return e.loc.T(key, args...) }

// Account is the account of the plan (the editor's: change it only through an edit).
func (e *Editor) Account() *domain.Account { return e.account }

// Plan is the plan being edited (the editor's: change it only through an edit).
func (e *Editor) Plan() *domain.Plan { return e.plan }

// View draws the editor: the header with the save state, the three phases and their pages.
func (e *Editor) View() fyne.CanvasObject {
	e.fields, e.invalid, e.refreshers, e.subs = nil, nil, nil, nil
	e.names = map[fyne.CanvasObject]string{}
	e.pending = map[*field]bool{}
	title := widget.NewLabelWithStyle(e.account.Name+" — "+e.plan.Period, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	back := widget.NewButton("← "+e.tr("menu.view_portfolio"), e.sh.ShowHome)
	state := container.NewHBox(e.saveState, e.changesButt, e.reloadButton)
	header := container.NewBorder(nil, nil, back, state, title)
	e.tabs = container.NewAppTabs()
	for i, phase := range editorPages() {
		var pages []*container.TabItem
		for _, p := range phase {
			pages = append(pages, container.NewTabItem(e.tr(p.key), p.build(e)))
		}
		e.tabs.Append(container.NewTabItem(e.tr(phaseKeys[i]), e.sub(pages...)))
	}
	e.tabs.OnSelected = func(*container.TabItem) { e.settleStatus() }
	e.refresh()
	e.showState()
	return container.NewBorder(header, nil, nil, nil, e.tabs)
}

// sub builds the inner tabs of a phase; each page scrolls.
func (e *Editor) sub(pages ...*container.TabItem) fyne.CanvasObject {
	// the right inset keeps the scroll bar, drawn over the content, off the rows' buttons
	pad := theme.Padding()
	inset := layout.NewCustomPaddedLayout(pad, pad, pad, pad+theme.Size(theme.SizeNameScrollBar))
	for _, p := range pages {
		p.Content = container.NewVScroll(container.New(inset, p.Content))
	}
	t := newPageTabs(e.navWidth(), pages...)
	t.onSelect = e.settleStatus
	e.subs = append(e.subs, t)
	return t.view
}

// apply makes an edit of the plan or the account, keeps its inverse for undo and schedules
// the save. A refused edit changes nothing and returns why.
func (e *Editor) apply(ed domain.Edit) error {
	inv, err := e.doc.Apply(ed)
	if err != nil {
		return err
	}
	e.undo = append(e.undo, done{inv, e.here()})
	e.redo = nil
	e.touched(ed)
	return nil
}

func (e *Editor) touched(ed domain.Edit) {
	e.unsaved = append(e.unsaved, ed)
	e.settleStatus()
	acc, plan := domain.Touches(ed)
	e.accountDirty = e.accountDirty || acc
	e.planDirty = e.planDirty || plan
	e.schedule()
}

// Undo undoes the latest edit (after committing what is typed), saves it like any edit
// and shows the plan as it now is.
func (e *Editor) Undo() { e.step(&e.undo, &e.redo) }

// Redo makes again the latest undone edit.
func (e *Editor) Redo() { e.step(&e.redo, &e.undo) }

func (e *Editor) step(from, to *[]done) {
	if f, ok := e.sh.Window().Canvas().Focused().(*field); ok && e.isInvalid(f) {
		f.revert() // first undo the typing that is not a value yet
		return
	}
	e.commitFields()
	if len(*from) == 0 {
		key := "editor.nothing_to_undo"
		if from == &e.redo {
			key = "editor.nothing_to_redo"
		}
		e.sh.Notify(e.tr(key))
		return
	}
	last := (*from)[len(*from)-1]
	inv, err := e.doc.Apply(last.edit)
	if err != nil {
		e.sh.ShowError(err)
		return
	}
	*from = (*from)[:len(*from)-1]
	*to = append(*to, done{inv, last.on})
	e.touched(last.edit)
	e.rebuild()
	e.showPageOf(last)
}

// done is an edit waiting on the undo or redo stack, with the page it was made on.
type done struct {
	edit domain.Edit
	on   shell.Page
}

// here is the page on screen, "" before the editor is drawn.
func (e *Editor) here() shell.Page {
	if e.tabs == nil {
		return ""
	}
	phase := e.tabs.SelectedIndex()
	pages := editorPages()
	if phase < 0 || phase >= len(e.subs) {
		return ""
	}
	return pages[phase][e.subs[phase].SelectedIndex()].page
}

// ShowPage turns to a page.
func (e *Editor) ShowPage(page shell.Page) {
	at, ok := placeOf(page)
	if !ok || e.tabs == nil || at.phase >= len(e.subs) {
		return
	}
	e.tabs.SelectIndex(at.phase)
	e.subs[at.phase].SelectIndex(at.page)
}

// showPageOf turns to the page where an undone or redone edit shows.
func (e *Editor) showPageOf(d done) {
	if at, ok := pageFor(d.edit, d.on); ok {
		e.ShowPage(at)
	}
}

// rebuild draws the editor again from the plan, on the same page.
func (e *Editor) rebuild() {
	phase := e.tabs.SelectedIndex()
	var pages []int
	for _, s := range e.subs {
		pages = append(pages, s.SelectedIndex())
	}
	e.sh.Show(e.View())
	e.tabs.SelectIndex(phase)
	for i, s := range e.subs {
		if i < len(pages) {
			s.SelectIndex(pages[i])
		}
	}
}

func (e *Editor) schedule() {
	e.refresh()
	e.showState()
	if e.timer != nil {
		e.timer.Stop()
	}
	e.timer = time.AfterFunc(SaveDelay, func() { fyne.Do(func() { e.save() }) })
}

// refresh recomputes every live figure (share of wallet, totals, SMART, warnings).
func (e *Editor) refresh() {
	for _, f := range e.refreshers {
		f()
	}
}

func (e *Editor) live(f func()) { e.refreshers = append(e.refreshers, f) }

// commitFields commits every field with typed text; false when some text is invalid.
func (e *Editor) commitFields() bool {
	ok := true
	for _, f := range e.fields {
		if e.pending[f] {
			ok = f.commit() && ok
		}
	}
	return ok && len(e.invalid) == 0
}

// Stop cancels the pending save and field commits (the editor is being thrown away).
func (e *Editor) Stop() {
	if e.timer != nil {
		e.timer.Stop()
	}
	for _, f := range e.fields {
		if f.timer != nil {
			f.timer.Stop()
		}
	}
}

// Flush commits what is typed and saves now; false when something could not be saved.
func (e *Editor) Flush() bool {
	if e.timer != nil {
		e.timer.Stop()
	}
	valid := e.commitFields()
	return e.save() && valid
}

func (e *Editor) save() bool {
	if e.conflict {
		e.showState()
		return false
	}
	if e.accountDirty {
		if err := e.sh.Store().SaveAccount(e.sh.Context(), e.account); err != nil {
			return e.failed(err)
		}
		e.accountDirty = false
	}
	if e.planDirty {
		if err := e.sh.Store().SavePlan(e.sh.Context(), e.plan); err != nil {
			return e.failed(err)
		}
		e.planDirty = false
	}
	e.unsaved = nil
	if e.saveErr != "" {
		e.saveErr = ""
		e.sh.Settle()
	}
	e.showState()
	return true
}

func (e *Editor) failed(err error) bool {
	if domain.IsStale(err) {
		e.conflict = true
		e.showState()
		e.conflictDialog()
		return false
	}
	e.saveErr = form.FirstLine(form.Message(e.loc, err))
	e.sh.ShowError(err)
	e.showState()
	return false
}

// conflictDialog says that another writer changed the plan and offers to reload it; the
// screen keeps what was typed here so that it can be copied first.
func (e *Editor) conflictDialog() {
	e.sh.ShowDialog(dialog.NewCustomConfirm(e.tr("editor.conflict.title"), e.tr("editor.conflict.reload"), e.tr("editor.conflict.keep"),
		form.Wrapped(e.tr("editor.conflict.body")), func(reload bool) {
			if reload {
				e.reload()
			}
		}, e.sh.Window()), nil)
}

// reload drops the edits made here and shows the plan as the store has it now, on the same page.
func (e *Editor) reload() {
	at := e.here()
	e.discard()
	e.sh.OpenPlan(e.account.ID, e.plan.ID, at)
}

// discard forgets the changes that were not saved: the editor is about to be left.
func (e *Editor) discard() {
	e.Stop()
	e.conflict, e.planDirty, e.accountDirty, e.saveErr = false, false, false, ""
	e.unsaved, e.invalid, e.pending = nil, nil, map[*field]bool{}
}

// settleStatus takes a passing notice ("Nothing to undo", a refusal) off the status bar once
// the person moves on; a save that failed stays there until a save succeeds.
func (e *Editor) settleStatus() {
	if e.saveErr == "" {
		e.sh.Settle()
	}
}

// showState says in the header whether what is on screen is saved.
func (e *Editor) showState() {
	switch {
	case e.conflict:
		e.saveState.SetText(e.tr("editor.state.conflict"))
	case len(e.invalid) > 0:
		e.saveState.SetText(e.tr("editor.state.fix", e.invalidLabels()))
	case e.saveErr != "":
		e.saveState.SetText(e.tr("editor.save_failed", e.saveErr))
	case e.planDirty || e.accountDirty || len(e.pending) > 0:
		e.saveState.SetText(e.tr("editor.unsaved"))
	default:
		e.saveState.SetText(e.tr("editor.saved"))
	}
	e.saveState.Importance = widget.MediumImportance
	if e.conflict || len(e.invalid) > 0 || e.saveErr != "" {
		e.saveState.Importance = widget.DangerImportance
	}
	e.saveState.Refresh()
	showIf(e.reloadButton, e.conflict)
	showIf(e.changesButt, e.conflict && len(e.unsaved) > 0)
}

// invalidLabels names the fields to fix, each once: "Total purchase potential, Our revenue".
func (e *Editor) invalidLabels() string {
	var names []string
	for _, f := range e.invalid {
		if !slices.Contains(names, f.spec.label) {
			names = append(names, f.spec.label)
		}
	}
	return strings.Join(names, ", ")
}

func (e *Editor) setInvalid(f *field, bad bool) {
	kept := e.invalid[:0]
	for _, g := range e.invalid {
		if g != f {
			kept = append(kept, g)
		}
	}
	e.invalid = kept
	if bad {
		e.invalid = append(e.invalid, f)
	}
	e.showState()
}

func (e *Editor) isInvalid(f *field) bool {
	for _, g := range e.invalid {
		if g == f {
			return true
		}
	}
	return false
}

// forget commits and drops the fields of a part of the page that is about to be drawn again.
func (e *Editor) forget(o fyne.CanvasObject) {
	gone := map[*field]bool{}
	for _, x := range form.Entries(o) {
		if f, ok := x.(*field); ok {
			f.commit()
			delete(e.pending, f)
			e.setInvalid(f, false)
			gone[f] = true
		}
	}
	kept := e.fields[:0]
	for _, f := range e.fields {
		if !gone[f] {
			kept = append(kept, f)
		}
	}
	e.fields = kept
}

// SaveState is what the header says of the plan on screen: saved, being edited, not saved and why.
func (e *Editor) SaveState() string { return e.saveState.Text }

// Here is the page on screen.
func (e *Editor) Here() shell.Page { return e.here() }
