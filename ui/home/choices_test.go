package home

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"kamplan/ui/locale"
)

// The home comes back as the person left it — filtered by tier and owner, sorted by next
// review, the account last chosen selected with its detail — after a plan was opened and
// closed, in either language (the order is kept by its key).
func TestTheHomeComesBackAsItWasLeft(t *testing.T) {
	a := newTestApp(t, "es")
	h := a.home
	h.tier.SetSelectedIndex(1)
	h.sortBy.SetSelected(a.tr("home.sort.review"))
	if len(h.shown) < 2 {
		t.Fatalf("the sample has %d accounts of the first tier; the test needs two", len(h.shown))
	}
	owner := h.shown[1].Owner
	h.owner.SetSelected(owner)
	h.list.Select(0)
	chosen := h.shown[0]
	test.Tap(h.open)
	a.Loc = locale.New("en")
	a.ShowHome()
	h = a.home
	if h.tier.SelectedIndex() != 1 || h.owner.Selected != owner || h.sortBy.Selected != a.tr("home.sort.review") {
		t.Fatalf("the home came back with tier %q, owner %q, order %q", h.tier.Selected, h.owner.Selected, h.sortBy.Selected)
	}
	for _, r := range h.shown {
		if r.Owner != owner {
			t.Errorf("%s of %s is shown, the filter is %s", r.AccountName, r.Owner, owner)
		}
	}
	if got, ok := h.Selected(); !ok || got.AccountID != chosen.AccountID || h.title.Text == "" {
		t.Errorf("selected %+v (%v), want %s with its detail", got.AccountName, ok, chosen.AccountName)
	}
}

// Choices kept that no longer fit — an owner who left the portfolio, an order unknown — fall
// back to all accounts by name.
func TestChoicesThatNoLongerFitFallBack(t *testing.T) {
	a := newTestApp(t, "en")
	p := a.Preferences()
	p.SetString(prefOwner, "Nobody Anymore")
	p.SetString(prefSort, "home.sort.colour")
	p.SetInt(prefTier, 99)
	a.ShowHome()
	h := a.home
	if h.owner.SelectedIndex() != 0 || h.sortBy.SelectedIndex() != 0 || h.tier.SelectedIndex() != 0 || len(h.shown) != len(h.all) {
		t.Errorf("owner %q, order %q, tier %q: %d of %d shown", h.owner.Selected, h.sortBy.Selected, h.tier.Selected, len(h.shown), len(h.all))
	}
}

// What is due follows the home's filters, as the list and the matrix do: with one tier
// chosen it lists only that tier's accounts; with all, every account's.
func TestWhatIsDueFollowsTheFilters(t *testing.T) {
	a := newTestApp(t, "en")
	h := a.home
	accounts := func() map[string]bool {
		seen := map[string]bool{}
		for _, it := range h.due.items {
			seen[it.accountID] = true
		}
		return seen
	}
	all := accounts()
	if len(all) < 2 {
		t.Fatalf("the sample has what is due in %d accounts; the test needs two", len(all))
	}
	h.search.SetText("Aceros")
	shown := map[string]bool{}
	for _, r := range h.shown {
		shown[r.AccountID] = true
	}
	got := accounts()
	if len(got) == 0 || len(got) >= len(all) {
		t.Fatalf("searching Aceros: what is due lists %d accounts of %d", len(got), len(all))
	}
	for id := range got {
		if !shown[id] {
			t.Errorf("what is due lists account %s, which the filters hide", id)
		}
	}
	h.search.SetText("")
	if n := len(accounts()); n != len(all) {
		t.Errorf("with no filter, what is due lists %d accounts of %d", n, len(all))
	}
}
