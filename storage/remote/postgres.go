package remote

import (
	"context"

	"kamplan/storage/postgres"
	"kamplan/storage/replica"
)

func init() {
	Register("postgres", openPostgres)
	Register("postgresql", openPostgres)
}

// pgStore is a team's PostgreSQL store that signals the saves made on the server (its
// LISTEN/NOTIFY), for the sync to follow at once.
type pgStore struct {
	*postgres.Store
	stop   context.CancelFunc
	signal chan struct{}
}

var _ Notifier = (*pgStore)(nil)

func openPostgres(ctx context.Context, address string) (replica.Store, error) {
	st, err := postgres.Open(ctx, address)
	if err != nil {
		return nil, err
	}
	listen, stop := context.WithCancel(context.Background())
	changes, err := st.Changes(listen)
	if err != nil {
		stop()
		st.Close()
		return nil, err
	}
	p := &pgStore{Store: st, stop: stop, signal: make(chan struct{}, 1)}
	go p.forward(changes)
	return p, nil
}

// forward turns the server's changes into signals, several that come at once into one;
// once the listening connection is lost, the sync's half-minute round still comes.
func (p *pgStore) forward(changes <-chan postgres.Change) {
	for range changes {
		select {
		case p.signal <- struct{}{}:
		default:
		}
	}
}

// Changes signals each save made on the server.
func (p *pgStore) Changes() <-chan struct{} { return p.signal }

// Close stops listening and releases the connections.
func (p *pgStore) Close() error {
	p.stop()
	return p.Store.Close()
}
