package replica

import (
	"context"

	"kamplan/domain"
	"kamplan/domain/history"
)

// hold records an item kept as both sides have it until the person picks a side in each of
// its conflicts.
func (r *run) hold(ctx context.Context, it Item, m *history.Merged, mine, theirs domain.Doc) {
	h := Held{Item: it, Conflicts: m.Conflicts, Mine: mine.Copy(), Theirs: theirs.Copy()}
	if res, err := m.Result(); err == nil { // every conflict on this side's value
		h.Changes = history.Compare(mine, res)
	}
	accountID := ""
	if mine.Plan != nil {
		h.Period, accountID = mine.Plan.Period, mine.Plan.AccountID
	} else if mine.Account != nil {
		h.Account, accountID = mine.Account.Name, mine.Account.ID
	}
	if a, err := r.local.Account(ctx, accountID); err == nil {
		h.Account = a.Name
	}
	r.report.Held = append(r.report.Held, h)
}
