package home

import (
	"slices"

	"fyne.io/fyne/v2/widget"
)

// The preferences that keep the home's choices: the portfolio comes back as the person left
// it — filtered, ordered, the account last chosen selected — after a plan is opened and
// closed, and after a restart. The order is kept by its key, so it survives a change of
// language; an owner by name, as owners come from the plans.
const (
	prefTier     = "home.filter.tier"
	prefQuadrant = "home.filter.quadrant"
	prefOwner    = "home.filter.owner"
	prefSort     = "home.sort"
	prefAccount  = "home.account"
)

// restoreChoices sets the filters and the order as they were left (the first option of each
// when none was kept), without filtering: Reload filters once.
func restoreChoices(h *Home) {
	p := h.sh.Preferences()
	choose(h.tier, p.Int(prefTier))
	choose(h.quadrant, p.Int(prefQuadrant))
	choose(h.sortBy, slices.Index(sortKeys, p.String(prefSort)))
}

// restoreOwnerAndAccount chooses the owner and the account kept, once the owners and the
// plans are read; an owner or an account no longer in the portfolio is let go.
func restoreOwnerAndAccount(h *Home) {
	p := h.sh.Preferences()
	choose(h.owner, slices.Index(h.owner.Options, p.String(prefOwner)))
	if h.selected != nil {
		return
	}
	id := p.String(prefAccount)
	for i := range h.all {
		if h.all[i].AccountID == id {
			r := h.all[i]
			h.selected = &r
		}
	}
}

// keepChoices writes the home's filters, order and chosen account to the preferences.
func keepChoices(h *Home) {
	p := h.sh.Preferences()
	p.SetInt(prefTier, max(h.tier.SelectedIndex(), 0))
	p.SetInt(prefQuadrant, max(h.quadrant.SelectedIndex(), 0))
	p.SetString(prefOwner, "")
	if h.owner.SelectedIndex() > 0 {
		p.SetString(prefOwner, h.owner.Selected)
	}
	p.SetString(prefSort, sortKeys[max(h.sortBy.SelectedIndex(), 0)])
	if h.selected != nil {
		p.SetString(prefAccount, h.selected.AccountID)
	}
}

// choose selects option i of s (the first when i is out of its range) without running its
// OnChanged, which would filter the whole portfolio each time.
func choose(s *widget.Select, i int) {
	if i < 0 || i >= len(s.Options) {
		i = 0
	}
	s.Selected = s.Options[i]
}
