package teamsync

import (
	"context"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/ui/shell"
)

// Saving is the store as the screens get it, which tells saved after every change written.
func Saving(s shell.Store, saved func()) shell.Store { return &savingStore{s, saved} }

type savingStore struct {
	shell.Store
	saved func()
}

func (s *savingStore) after(err error) error {
	if err == nil {
		s.saved()
	}
	return err
}

func (s *savingStore) SaveEdits(ctx context.Context, a *domain.Account, p *domain.Plan, es []history.JournalEntry) error {
	return s.after(s.Store.SaveEdits(ctx, a, p, es))
}

func (s *savingStore) SavePlan(ctx context.Context, p *domain.Plan) error {
	return s.after(s.Store.SavePlan(ctx, p))
}

func (s *savingStore) SaveAccount(ctx context.Context, a *domain.Account) error {
	return s.after(s.Store.SaveAccount(ctx, a))
}

func (s *savingStore) CreateAccount(ctx context.Context, a *domain.Account, period string) (*domain.Plan, error) {
	p, err := s.Store.CreateAccount(ctx, a, period)
	return p, s.after(err)
}

func (s *savingStore) DeleteAccount(ctx context.Context, id string) error {
	return s.after(s.Store.DeleteAccount(ctx, id))
}

func (s *savingStore) DeletePlan(ctx context.Context, id string) error {
	return s.after(s.Store.DeletePlan(ctx, id))
}

func (s *savingStore) RollForward(ctx context.Context, planID, period string) (*domain.Plan, error) {
	p, err := s.Store.RollForward(ctx, planID, period)
	return p, s.after(err)
}

func (s *savingStore) ImportAccounts(ctx context.Context, create, update []*domain.Account, period string) error {
	return s.after(s.Store.ImportAccounts(ctx, create, update, period))
}
