package editor

import (
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/health"
	"kamplan/domain/history"
	"kamplan/ui/editor/bind"
	"kamplan/ui/editor/forms"
	"kamplan/ui/form"
	uihealth "kamplan/ui/health"
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
	fields   *bind.Set // the fields of the pages drawn, and what is typed in them
	parse    bind.Parse
	env      forms.Env // what the dialogs' forms read
	pages    *pageSet  // the pages, each drawn when first shown

	timer        *time.Timer
	planDirty    bool
	accountDirty bool
	saveErr      string // why the last save failed, until a save succeeds
	conflict     bool   // another writer changed the plan: saving stops until reload
	saveState    *widget.Label
	reloadButton *widget.Button // in the header while another writer's save stops ours
	changesButt  *widget.Button // lists the changes that could not be saved
	unsaved      []domain.Edit  // applied since the last successful save

	undo, redo []done
	journal    *editJournal // the edits for the plan's journal, and how far undo reaches back

	names map[fyne.CanvasObject]string // controls named by a column header

	// PrintReviewPack opens the PDF export with the review pack chosen (the app sets it);
	// the reviews page offers it when set.
	PrintReviewPack func()
}

// New is an editor of a plan of an account, in a window of the app.
func New(sh shell.Shell, acc *domain.Account, p *domain.Plan) *Editor {
	st, _ := sh.Store().Settings(sh.Context())
	e := &Editor{sh: sh, loc: sh.Locale(), account: acc, plan: p, settings: st, names: map[fyne.CanvasObject]string{}}
	e.doc = domain.Doc{Account: acc, Plan: p}
	e.fields = bind.NewSet(bind.Env{Host: sh, Doc: &e.doc, Apply: e.apply, Refused: sh.ShowError, Undo: e.Undo, Redo: e.Redo,
		Changed: e.showState, Pause: func() time.Duration { return SaveDelay }})
	e.parse = e.fields.Parse
	e.env = forms.Env{Host: sh, Parse: e.parse, Plan: p, Account: acc, Today: e.doc.Day}
	e.pages = newPageSet(e)
	e.saveState = widget.NewLabel("")
	e.reloadButton = widget.NewButtonWithIcon(e.tr("editor.conflict.reload"), theme.ViewRefreshIcon(), e.Reload)
	e.reloadButton.Importance = widget.HighImportance
	e.changesButt = widget.NewButton(e.tr("editor.unsaved.show"), e.showUnsaved)
	e.journal = &editJournal{sh: sh, planID: p.ID}
	var err error
	if e.undo, e.redo, err = e.journal.stacks(); err != nil {
		sh.ShowError(err) // the plan opens all the same, with nothing to undo
	}
	return e
}

func (e *Editor) tr(key string, args ...any) string { return e.loc.T(key, args...) }

// Account is the account of the plan (the editor's: change it only through an edit).
func (e *Editor) Account() *domain.Account { return e.account }

// Plan is the plan being edited (the editor's: change it only through an edit).
func (e *Editor) Plan() *domain.Plan { return e.plan }

// View draws the editor: the header with the save state, the three phases and their pages,
// of which only the page on screen is drawn (the others are when first shown).
func (e *Editor) View() fyne.CanvasObject {
	e.fields.Reset()
	e.names = map[fyne.CanvasObject]string{}
	pages := e.pages.view()
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	e.live(func() { title.SetText(e.account.Name + " — " + e.plan.Period) })
	back := widget.NewButton("← "+e.tr("menu.view_portfolio"), e.sh.ShowHome)
	score := uihealth.NewHeader(e.sh, func() health.Result { return health.Score(e.plan, e.settings, e.doc.Day()) }, e.ShowPage)
	e.live(score.Refresh)
	state := container.NewHBox(score.Button, e.saveState, e.changesButt, e.reloadButton)
	header := container.NewBorder(nil, nil, back, state, title)
	e.refresh()
	e.showState()
	return container.NewBorder(header, nil, nil, nil, pages)
}

// apply makes an edit of the plan or the account, keeps its inverse for undo and schedules
// the save. A refused edit changes nothing and returns why. The page on screen shows the edit
// already; other pages that show it are drawn again when next shown.
func (e *Editor) apply(ed domain.Edit) error {
	inv, err := e.doc.Apply(ed)
	if err != nil {
		return err
	}
	here := e.Here()
	e.undo = e.journal.trim(append(e.undo, done{inv, here}))
	e.redo = nil
	e.journal.record(history.JournalDo, ed, inv)
	e.pages.changed(pagesOf(ed, inv), here)
	e.touched(ed)
	return nil
}

// Apply makes an edit that comes from outside the pages (a restored snapshot) as the pages
// make theirs: after what is typed is committed, it is kept for undo and saved shortly
// after, and every page that shows it is drawn again, the page on screen at once.
func (e *Editor) Apply(ed domain.Edit) error {
	e.fields.CommitAll()
	if err := e.apply(ed); err != nil {
		return err
	}
	e.pages.changed(pagesOf(ed), "")
	e.pages.shown()
	return nil
}

// saveOrDelete gives a dialog that edits one element of a list (id "" for a new one) its
// Delete, when the element is in the plan, and returns its Save: each one edit of the list,
// value the element as the dialog says it; done runs after the plan took the edit.
func (e *Editor) saveOrDelete(fd *form.Dialog, c domain.Coll, id, name string, value func() any, done func()) func() error {
	if id != "" {
		fd.AddDelete(name, func() error { return e.applyThen(domain.RemoveItem{Coll: c, ID: id}, done) })
	}
	return func() error { return e.applyThen(putEdit(c, id, value()), done) }
}

// applyThen applies an edit and, when the plan took it, runs done.
func (e *Editor) applyThen(ed domain.Edit, done func()) error {
	if err := e.apply(ed); err != nil {
		return err
	}
	done()
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
// and turns to the page that shows it, drawn again with every page that shows it.
func (e *Editor) Undo() { e.step(&e.undo, &e.redo) }

// Redo makes again the latest undone edit.
func (e *Editor) Redo() { e.step(&e.redo, &e.undo) }

// setAside drops a step that can no longer be taken because what it changes is gone, so the
// next one goes further back; any other failure leaves the step for another try.
func (e *Editor) setAside(from *[]done, err error) {
	e.sh.ShowError(err)
	if code := domain.CodeOf(err); code == domain.CodeNotFound || code == domain.CodeInvalid {
		*from = (*from)[:len(*from)-1]
		e.sh.Notify(e.tr("editor.step_set_aside"))
	}
}

func (e *Editor) step(from, to *[]done) {
	if f, ok := e.sh.Window().Canvas().Focused().(*bind.Field); ok && e.fields.IsInvalid(f) {
		f.Revert() // first undo the typing that is not a value yet
		return
	}
	e.fields.CommitAll()
	if len(*from) == 0 {
		*from = e.journal.more(from == &e.undo, e.save)
	}
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
		e.setAside(from, err)
		return
	}
	*from = (*from)[:len(*from)-1]
	*to = e.journal.trim(append(*to, done{inv, last.on}))
	kind := history.JournalUndo
	if from == &e.redo {
		kind = history.JournalRedo
	}
	e.journal.record(kind, last.edit, inv)
	e.pages.changed(pagesOf(last.edit, inv), "")
	if at, ok := pageFor(last.edit, last.on); ok {
		e.ShowPage(at)
	}
	e.pages.shown()
	e.touched(last.edit)
}

// done is an edit waiting on the undo or redo stack, with the page it was made on.
type done struct {
	edit domain.Edit
	on   shell.Page
}

// Here is the page on screen, "" before the editor is drawn.
func (e *Editor) Here() shell.Page { return e.pages.here() }

// ShowPage turns to a page.
func (e *Editor) ShowPage(page shell.Page) { e.pages.show(page) }

// StepPage shows the plan's next (1) or previous (-1) page, across phases: the pages
// can be read through in order from the keyboard.
func (e *Editor) StepPage(d int) { e.pages.step(d) }

// refresh recomputes every live figure (share of wallet, totals, SMART, warnings).
func (e *Editor) refresh() { e.pages.refresh() }

// live registers what recomputes a live figure after every edit, for as long as its page is drawn.
func (e *Editor) live(f func()) { e.pages.live(f) }

// showError shows why an edit was refused, naming fields as the person sees them.
func (e *Editor) showError(err error) {
	e.sh.Notify(form.FirstLine(form.ProblemText(e.loc, err)))
	e.sh.ShowDialog(dialog.NewError(errors.New(form.ProblemText(e.loc, err)), e.sh.Window()), nil)
}

// confirmDelete asks before anything is deleted.
func (e *Editor) confirmDelete(what string, do func()) {
	e.confirmDeleteText(e.tr("editor.delete.ask", what), do)
}

// confirmDeleteText asks with a question of its own.
func (e *Editor) confirmDeleteText(ask string, do func()) {
	e.sh.ShowDialog(dialog.NewConfirm(e.tr("editor.delete.title"), ask, func(ok bool) {
		if ok {
			do()
		}
	}, e.sh.Window()), nil)
}

// name records the label a control is known by where a column header, not a form, names it.
func (e *Editor) name(o fyne.CanvasObject, label string) { e.names[o] = label }
