package postgres

import (
	"context"
	"encoding/json"

	"github.com/jackc/pgx/v5"
)

// ChangesChannel is the channel every save is announced on, with NOTIFY, when its
// transaction commits.
const ChangesChannel = "kamplan_changes"

// ChangeKind is what a Change is about.
type ChangeKind string

const (
	changeAccount  ChangeKind = "account"
	changePlan     ChangeKind = "plan"
	changeSettings ChangeKind = "settings"
)

// The kinds of change, for the listeners.
const (
	ChangeAccount  = changeAccount
	ChangePlan     = changePlan
	ChangeSettings = changeSettings
)

// Change is a save someone made on the server: the account, plan or settings and their new
// version (0: deleted). It names ids only, whoever may read them.
type Change struct {
	Kind    ChangeKind `json:"kind"`
	ID      string     `json:"id"`
	Version int64      `json:"version"`
}

func notify(ctx context.Context, tx pgx.Tx, kind ChangeKind, id string, version int64) error {
	payload, err := json.Marshal(Change{Kind: kind, ID: id, Version: version})
	if err != nil {
		return internal(err)
	}
	_, err = tx.Exec(ctx, "SELECT pg_notify($1, $2)", ChangesChannel, string(payload))
	return internal(err)
}

// Changes listens, on a connection of its own, for the saves made through any store on
// the same server (this one's included) and sends them on the channel, which is closed when
// ctx ends or the connection is lost (listen again to go on). It returns once listening, so
// no save committed after it returns is missed.
func (s *Store) Changes(ctx context.Context) (<-chan Change, error) {
	pooled, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, internal(err)
	}
	conn := pooled.Hijack() // a listening connection never goes back to the pool
	if _, err := conn.Exec(ctx, "LISTEN "+ChangesChannel); err != nil {
		conn.Close(context.Background())
		return nil, internal(err)
	}
	out := make(chan Change, 64)
	go func() {
		defer close(out)
		defer conn.Close(context.Background())
		for {
			n, err := conn.WaitForNotification(ctx)
			if err != nil {
				return
			}
			var c Change
			if json.Unmarshal([]byte(n.Payload), &c) != nil {
				continue
			}
			select {
			case out <- c:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}
