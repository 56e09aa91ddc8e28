package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// saveDelay is how long the editor waits after the last keystroke before saving.
const saveDelay = 600 * time.Millisecond

// editor edits one plan of one account: Knowledge → Vision → Commitment. Every valid edit
// changes the plan in memory at once and is saved shortly after typing stops.
type editor struct {
	app          *App
	account      *domain.Account
	plan         *domain.Plan
	settings     domain.Settings
	timer        *time.Timer
	planDirty    bool
	accountDirty bool
	saveState    *widget.Label
	refreshers   []func() // recompute live figures after any edit
}

func newEditor(a *App, acc *domain.Account, p *domain.Plan) *editor {
	st, _ := a.store.Settings(a.ctx)
	return &editor{app: a, account: acc, plan: p, settings: st, saveState: widget.NewLabel(a.tr("editor.saved"))}
}

func (e *editor) tr(key string, args ...any) string { return e.app.tr(key, args...) }

func (e *editor) build() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(e.account.Name+" — "+e.plan.Period, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	back := widget.NewButton("← "+e.tr("menu.view_portfolio"), e.app.showHome)
	header := container.NewBorder(nil, nil, back, e.saveState, title)
	tabs := container.NewAppTabs(
		container.NewTabItem(e.tr("phase.knowledge"), e.knowledgeTabs()),
		container.NewTabItem(e.tr("phase.vision"), e.visionTabs()),
		container.NewTabItem(e.tr("phase.commitment"), e.commitmentTabs()),
	)
	e.refresh()
	return container.NewBorder(header, nil, nil, nil, tabs)
}

// sub builds the inner tabs of a phase; each page scrolls.
func (e *editor) sub(pages ...*container.TabItem) fyne.CanvasObject {
	for _, p := range pages {
		p.Content = container.NewVScroll(container.NewPadded(p.Content))
	}
	t := container.NewAppTabs(pages...)
	t.SetTabLocation(container.TabLocationLeading)
	return t
}

// changed records a valid edit of the plan and schedules its save.
func (e *editor) changed() {
	e.planDirty = true
	e.schedule()
}

// accountChanged records a valid edit of the account profile.
func (e *editor) accountChanged() {
	e.accountDirty = true
	e.schedule()
}

func (e *editor) schedule() {
	e.saveState.SetText(e.tr("editor.unsaved"))
	e.refresh()
	if e.timer != nil {
		e.timer.Stop()
	}
	e.timer = time.AfterFunc(saveDelay, func() { fyne.Do(func() { e.save() }) })
}

// refresh recomputes every live figure (share of wallet, totals, SMART, warnings).
func (e *editor) refresh() {
	for _, f := range e.refreshers {
		f()
	}
}

func (e *editor) live(f func()) { e.refreshers = append(e.refreshers, f) }

// flush saves now whatever is pending; false when it could not be saved.
func (e *editor) flush() bool {
	if e.timer != nil {
		e.timer.Stop()
	}
	e.dropEmptyItems()
	return e.save()
}

// dropEmptyItems forgets SWOT items added but never written, so they do not block saving.
func (e *editor) dropEmptyItems() {
	for i := range e.plan.SWOTs {
		w := &e.plan.SWOTs[i]
		kept := w.Items[:0]
		for _, it := range w.Items {
			if strings.TrimSpace(it.Text) != "" {
				kept = append(kept, it)
			}
		}
		if len(kept) != len(w.Items) {
			w.Items = kept
			e.planDirty = true
		}
	}
}

func (e *editor) save() bool {
	if !e.planDirty && !e.accountDirty {
		return true
	}
	e.saveState.SetText(e.tr("editor.saving"))
	if e.accountDirty {
		if err := e.app.store.SaveAccount(e.app.ctx, e.account); err != nil {
			return e.failed(err)
		}
		e.accountDirty = false
	}
	if e.planDirty {
		if err := e.app.store.SavePlan(e.app.ctx, e.plan); err != nil {
			return e.failed(err)
		}
		e.planDirty = false
	}
	e.saveState.SetText(e.tr("editor.saved"))
	return true
}

func (e *editor) failed(err error) bool {
	msg := firstLine(e.app.message(err))
	e.saveState.SetText(e.tr("editor.not_saved"))
	e.app.setStatus(e.tr("editor.save_failed", msg))
	return false
}

// putItem replaces element i of a list of the plan (appends when i < 0), keeping the change
// only when the plan stays valid; otherwise the list is as before and the problems returned.
func putItem[T any](e *editor, list *[]T, i int, v T) error {
	before := append([]T(nil), (*list)...)
	if i < 0 {
		*list = append(*list, v)
	} else {
		(*list)[i] = v
	}
	if err := e.plan.Validate(); err != nil {
		*list = before
		return err
	}
	e.changed()
	return nil
}

// listSaved refreshes a list after an edit dialog put an element into the plan, or shows
// why the plan refused it.
func (e *editor) listSaved(err error, list *widget.List) {
	if err != nil {
		e.app.showError(err)
		return
	}
	list.Refresh()
	e.refresh()
}

// deleteButton adds Delete to an edit dialog: it closes the dialog, confirms, then removes.
func (e *editor) deleteButton(form *widget.Form, d dialog.Dialog, what string, remove func() error, list *widget.List) {
	form.Append("", widget.NewButtonWithIcon(e.tr("editor.delete"), theme.DeleteIcon(), func() {
		d.Hide()
		e.confirmDelete(what, func() {
			if err := remove(); err != nil {
				e.app.showError(err)
			}
			list.Refresh()
			e.refresh()
		})
	}))
}
