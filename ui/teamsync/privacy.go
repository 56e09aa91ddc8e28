package teamsync

import (
	"context"
	"errors"

	"kamplan/domain"
	"kamplan/domain/privacy"
	"kamplan/ui/shell"
)

// Forgetting is the store as the screens get it on a team's local copy, where forgetting a
// person erases them on the team store first, then here (see Team.ForgetPerson). What a
// person's export lists is this computer's copy; the server's is `kamplan export-person`.
func Forgetting(s shell.Store, t *Team) shell.Store { return &forgettingStore{s, t} }

type forgettingStore struct {
	shell.Store
	team *Team
}

func (s *forgettingStore) ForgetPerson(ctx context.Context, accountID, nameOrEmail string, progress func(float64)) (privacy.Erasure, error) {
	return s.team.ForgetPerson(ctx, s.Store, accountID, nameOrEmail, progress)
}

// ForgetPerson erases a person on the team store, then in the local copy here: the sync
// would only carry the contact's deletion, while the server's journals and snapshots keep
// the person. Offline nothing is erased, and the error says to connect and try again: an
// erasure done here alone would look done while the server still holds them. No sync runs
// in between. Call it off the interface's goroutine.
func (t *Team) ForgetPerson(ctx context.Context, here privacy.Store, accountID, nameOrEmail string, progress func(float64)) (privacy.Erasure, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	server, err := t.open(ctx)
	if err != nil {
		return privacy.Erasure{}, t.offline()
	}
	defer server.Close()
	onServer, ok := server.(privacy.Store)
	if !ok {
		return privacy.Erasure{}, t.offline()
	}
	there, err := onServer.ForgetPerson(ctx, accountID, nameOrEmail, scaled(progress, 0, 0.5))
	if err != nil && !notFound(err) {
		return there, err
	}
	foundThere := err == nil
	done, err := here.ForgetPerson(ctx, accountID, nameOrEmail, scaled(progress, 0.5, 0.5))
	if err != nil && (!notFound(err) || !foundThere) {
		return done, err
	}
	if err != nil {
		done = there // only the server had them
	} else {
		done.Records += there.Records
	}
	t.Saved()
	return done, nil
}

func (t *Team) offline() error {
	return domain.Errorf(domain.CodeInvalid, "team.forget_offline",
		"the team server %s cannot be reached, so nobody was forgotten: connect and try again, so that the person is erased on the server as well as on this computer", t.address)
}

func notFound(err error) bool {
	var de *domain.Error
	return errors.As(err, &de) && de.Code == domain.CodeNotFound
}

// scaled reports a part of the progress: f from 0 to 1 as from to from+span.
func scaled(progress func(float64), from, span float64) func(float64) {
	return func(f float64) {
		if progress != nil {
			progress(from + span*f)
		}
	}
}
