package snapshots

import (
	"context"
	"strings"
	"sync"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/ui/locale"
	"kamplan/ui/shell"
)

// SignOffs says in what words a sign-off snapshot is labelled, who keeps it, and where the
// person is told.
type SignOffs struct {
	Locale func() locale.Locale // the interface language: the labels are written in it
	Author func() string
	// Kept is told the label of each sign-off snapshot kept, or why it could not be kept (the
	// save itself succeeded), on the goroutine of the save.
	Kept func(label string, err error)
}

// KeepSignOffs is a store that keeps a sign-off snapshot of a plan whenever a save gives the
// plan an approval it did not have, or one dated later: the internal approval or the
// client's agreement, by whom and when both set on the sign-off page. The snapshot is the
// plan as approved, which the internal PDF lists the changes since by default. An undo of a
// sign-off, or a restore of an earlier one, gives no later approval and keeps nothing.
func KeepSignOffs(s shell.Store, o SignOffs) shell.Store {
	return &signOffStore{Store: s, o: o, known: map[string]domain.Commitment{}}
}

type signOffStore struct {
	shell.Store
	o     SignOffs
	mu    sync.Mutex
	known map[string]domain.Commitment // each plan's approvals as last stored, once read
}

// SavePlan saves the plan, then keeps a snapshot of a new sign-off.
func (s *signOffStore) SavePlan(ctx context.Context, p *domain.Plan) error {
	was := s.approvals(ctx, p.ID)
	if err := s.Store.SavePlan(ctx, p); err != nil {
		return err
	}
	s.saved(ctx, p, was)
	return nil
}

// SaveEdits saves the edits, then keeps a snapshot of a new sign-off.
func (s *signOffStore) SaveEdits(ctx context.Context, a *domain.Account, p *domain.Plan, entries []history.JournalEntry) error {
	if p == nil {
		return s.Store.SaveEdits(ctx, a, p, entries)
	}
	was := s.approvals(ctx, p.ID)
	if err := s.Store.SaveEdits(ctx, a, p, entries); err != nil {
		return err
	}
	s.saved(ctx, p, was)
	return nil
}

// approvals are the plan's approvals as stored: known since its last save here, else read.
func (s *signOffStore) approvals(ctx context.Context, planID string) domain.Commitment {
	s.mu.Lock()
	c, ok := s.known[planID]
	s.mu.Unlock()
	if ok {
		return c
	}
	if p, err := s.Store.LoadPlan(ctx, planID); err == nil {
		return p.Commitment
	}
	return domain.Commitment{} // the save says what is wrong
}

// saved keeps a snapshot of the approvals the save gave.
func (s *signOffStore) saved(ctx context.Context, p *domain.Plan, was domain.Commitment) {
	s.mu.Lock()
	s.known[p.ID] = p.Commitment
	s.mu.Unlock()
	signed := SignedOff(s.o.Locale(), was, p.Commitment)
	if len(signed) == 0 {
		return
	}
	label := strings.Join(signed, "; ")
	_, err := s.Snapshots().Create(ctx, p.ID, history.SnapshotSignOff, label, s.o.Author())
	s.o.Kept(label, err)
}

// SignedOff says each approval given from was to now, or dated later: "Internal approval:
// Marta Ruiz, Mar 14, 2027".
func SignedOff(loc locale.Locale, was, now domain.Commitment) []string {
	var out []string
	for _, x := range []struct {
		key      string
		was, now domain.Approval
	}{{"snapshots.signoff.internal", was.InternalApproval, now.InternalApproval},
		{"snapshots.signoff.client", was.ClientAgreement, now.ClientAgreement}} {
		if x.now.Done() && (!x.was.Done() || x.was.Date.Before(x.now.Date)) {
			out = append(out, loc.T(x.key, strings.TrimSpace(x.now.By), loc.LongDate(x.now.Date)))
		}
	}
	return out
}
