package editor

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/ui/shell"
)

// The wallet page's box keeps the wallet and the white space out of the client edition: a
// tap stores the switch, undo takes it back in the store, and the box follows; the
// white-space page says so while it is set.
func TestWalletInternalBoxIsStoredAndUndone(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		a, e := openSample(t, lang)
		before := storedPlan(t, a, e.plan.ID).Wallet.Internal
		e.ShowPage(shell.PageWallet)
		box := walletInternalBox(t, a, e)
		if box.Checked != before {
			t.Fatalf("%s: the box shows %v, the plan holds %v", lang, box.Checked, before)
		}
		test.Tap(box)
		if !e.Flush() || storedPlan(t, a, e.plan.ID).Wallet.Internal == before {
			t.Fatalf("%s: the switch was not stored", lang)
		}
		page, err := a.store.Journal().Page(a.ctx, e.plan.ID, history.JournalQuery{})
		if want := (domain.SetField{Field: domain.FieldWalletInternal, Value: !before}); err != nil || len(page.Entries) == 0 || page.Entries[0].Edit != want {
			t.Fatalf("%s: the plan's history does not hold the switch (%v)", lang, err)
		}
		if shown := whiteSpaceNoteShown(a, e); shown == before {
			t.Errorf("%s: with the wallet internal %v the white-space page shows its note: %v", lang, !before, shown)
		}
		e.Undo()
		if !e.Flush() || storedPlan(t, a, e.plan.ID).Wallet.Internal != before {
			t.Fatalf("%s: undo did not take the switch back in the store", lang)
		}
		if box = walletInternalBox(t, a, e); box.Checked != before {
			t.Errorf("%s: after undo the box shows %v", lang, box.Checked)
		}
	}
}

func walletInternalBox(t *testing.T, a *testApp, e *Editor) *widget.Check {
	t.Helper()
	var box *widget.Check
	walk(viewOf(e, shell.PageWallet), func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && c.Text == a.tr("editor.wallet_internal") {
			box = c
		}
	})
	if box == nil {
		t.Fatal("no box to keep the wallet internal on the wallet page")
	}
	return box
}

// whiteSpaceNoteShown says whether the white-space page, drawn now, shows that the client
// edition leaves it out.
func whiteSpaceNoteShown(a *testApp, e *Editor) bool {
	shown := false
	walk(drawPage(e, shell.PageWhiteSpace), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Text == a.tr("whitespace.internal_note") {
			shown = l.Visible()
		}
	})
	return shown
}
