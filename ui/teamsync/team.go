// Package teamsync is the desktop app working on a team's store: the plans are edited in a
// local copy, which package storage/replica keeps in step with the team store in the
// background — when the app starts, a second after each save, when the team store says a
// colleague saved, and every half minute (so a laptop that was offline catches up). The
// status bar says whether the copy is synced or what waits to be sent; a plan both sides
// changed in the same places waits for the person to pick a side in each conflict.
package teamsync

import (
	"context"
	"log"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain/history"
	"kamplan/storage/remote"
	"kamplan/storage/replica"
	"kamplan/ui/form"
	"kamplan/ui/shell"
)

// How long after a save the sync starts, and how often it runs when nothing calls it.
const (
	AfterSave = time.Second
	Every     = 30 * time.Second
)

// Hooks are what the app does around a sync, on the interface's goroutine.
type Hooks struct {
	Flush   func()               // before: save what the person typed
	Changed func(replica.Report) // after a sync that wrote here (Report.Here lists what)
}

// OpenFunc connects to the team store.
type OpenFunc func(ctx context.Context) (replica.Store, error)

// Team is the sync of the app's local copy with a team store.
type Team struct {
	sh      shell.Shell
	local   replica.Local
	address string // the team store's, without a password
	open    OpenFunc
	hooks   Hooks
	status  *widget.Label
	resolve *widget.Button

	mu     sync.Mutex // one sync at a time
	remote replica.Store
	held   []replica.Held
	kick   chan struct{}

	timerMu sync.Mutex // a save during a sync (the Flush hook's) must not wait for it
	timer   *time.Timer

	choiceMu sync.Mutex
	chosen   map[string]history.Side // the sides picked in the conflicts, by conflictKey
}

// New prepares the sync of local with the team store at address, which open connects to.
func New(sh shell.Shell, local replica.Local, address string, open OpenFunc, hooks Hooks) *Team {
	t := &Team{sh: sh, local: local, address: remote.Redacted(address), open: open, hooks: hooks,
		status: widget.NewLabel(""), kick: make(chan struct{}, 1)}
	t.resolve = widget.NewButton(t.sh.Locale().T("team.resolve"), t.showConflicts)
	t.resolve.Hide()
	return t
}

// View is the sync's part of the status bar: what it says and, when conflicts wait, the
// button that shows them.
func (t *Team) View() fyne.CanvasObject { return container.NewHBox(t.resolve, t.status) }

// Status is what the status bar says of the sync.
func (t *Team) Status() string { return t.status.Text }

// Address is the team store's address, without its password.
func (t *Team) Address() string { return t.address }

// Start runs the sync now and then in the background until ctx ends.
func (t *Team) Start(ctx context.Context) {
	t.status.SetText(t.sh.Locale().T("team.connecting"))
	go t.loop(ctx)
	t.Kick()
}

// Kick asks for a sync as soon as possible.
func (t *Team) Kick() {
	select {
	case t.kick <- struct{}{}:
	default:
	}
}

// Saved is told of every save of the local copy: a sync follows a second later.
func (t *Team) Saved() {
	t.timerMu.Lock()
	defer t.timerMu.Unlock()
	if t.timer != nil {
		t.timer.Stop()
	}
	t.timer = time.AfterFunc(AfterSave, t.Kick)
}

func (t *Team) loop(ctx context.Context) {
	tick := time.NewTicker(Every)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.kick:
		case <-tick.C:
		case <-t.changes():
		}
		if _, err := t.SyncNow(ctx); err != nil {
			log.Printf("kamplan: team sync with %s: %v", t.address, err)
		}
	}
}

// changes is the team store's signal that a colleague saved; nil (never) when it gives none.
func (t *Team) changes() <-chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	if n, ok := t.remote.(remote.Notifier); ok {
		return n.Changes()
	}
	return nil
}

// SyncNow syncs once, with the sides the person picked in the conflicts shown, then says
// how it went; call it off the interface's goroutine.
func (t *Team) SyncNow(ctx context.Context) (replica.Report, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.hooks.Flush != nil {
		fyne.DoAndWait(t.hooks.Flush)
	}
	chosen := t.takeChoices()
	rep, err := t.syncOnce(ctx, func(it replica.Item, c history.Conflict) history.Side { return chosen[conflictKey(it, c)] })
	if err != nil {
		t.choose(chosen) // for the next sync
	}
	pending, perr := replica.Pending(ctx, t.local)
	if perr != nil {
		log.Printf("kamplan: counting the changes to send: %v", perr)
	}
	fyne.DoAndWait(func() {
		t.show(rep, err, pending)
		if len(rep.Here) > 0 && t.hooks.Changed != nil {
			t.hooks.Changed(rep)
		}
	})
	return rep, err
}

// choose keeps the sides picked in conflicts for the next sync.
func (t *Team) choose(sides map[string]history.Side) {
	t.choiceMu.Lock()
	defer t.choiceMu.Unlock()
	if t.chosen == nil {
		t.chosen = map[string]history.Side{}
	}
	for k, s := range sides {
		t.chosen[k] = s
	}
}

// takeChoices hands the sides picked to a sync, which uses them once.
func (t *Team) takeChoices() map[string]history.Side {
	t.choiceMu.Lock()
	defer t.choiceMu.Unlock()
	c := t.chosen
	t.chosen = nil
	return c
}

// syncOnce connects when not connected, and forgets a connection that failed.
func (t *Team) syncOnce(ctx context.Context, choose replica.Choose) (replica.Report, error) {
	if t.remote == nil {
		st, err := t.open(ctx)
		if err != nil {
			return replica.Report{}, err
		}
		t.remote = st
	}
	rep, err := replica.Sync(ctx, t.local, t.remote, choose)
	if err != nil {
		t.remote.Close()
		t.remote = nil
	}
	return rep, err
}

// Close ends the connection to the team store.
func (t *Team) Close() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.remote != nil {
		t.remote.Close()
		t.remote = nil
	}
}

// show says in the status bar how the sync went: offline with what waits to be sent, or
// synced at what time, with the conflicts and problems left.
func (t *Team) show(rep replica.Report, err error, pending int) {
	loc := t.sh.Locale()
	t.held = rep.Held
	var text string
	switch {
	case err != nil && pending == 0:
		text = loc.T("team.offline_none")
	case err != nil:
		text = loc.TCount("team.offline", pending, pending)
	default:
		text = loc.T("team.synced", time.Now().Format("15:04"))
	}
	if err == nil && len(rep.Held) > 0 {
		text += " — " + loc.TCount("team.held", len(rep.Held), len(rep.Held))
	}
	if err == nil && len(rep.Problems) > 0 {
		text += " — " + loc.TCount("team.problems", len(rep.Problems), len(rep.Problems), form.FirstLine(form.Message(loc, rep.Problems[0])))
	}
	if err != nil {
		t.status.Importance = widget.WarningImportance
	} else {
		t.status.Importance = widget.MediumImportance
	}
	t.status.SetText(text)
	t.resolve.SetText(loc.T("team.resolve"))
	if len(t.held) > 0 && err == nil {
		t.resolve.Show()
	} else {
		t.resolve.Hide()
	}
}
