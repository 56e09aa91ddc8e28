// Package replica keeps a laptop's local database and a team's store in step: each account
// and plan edited on either side since they last agreed (their base, kept in the local
// database) goes to the other side, and what both sides changed is merged from the base with
// the plan history's three-way merge (history.Merge). Where both changed the same thing
// differently nothing of that plan or account is written until the person picks a side in
// each conflict (Sync's choose): both versions stay as they are, so no edit is ever lost.
//
// Each step writes one side in one transaction of that side, and the base is written only
// once both sides hold the same content: a sync stopped anywhere loses nothing, and the next
// one finds each side as it was left and completes. The team store is reached only through
// the stores' interface (Store), so the same engine serves a PostgreSQL server and, in tests,
// a second SQLite file.
//
// What a plan's offline edits become on the other side: when only one side changed, its
// journal entries since the base are replayed there one by one (same edits, authors and
// times), so the team's history says who did what; when both changed, each side gets the
// merge as one entry, which undo takes back in one step. A plan has its own id in each
// store (a store creates the ids of the plans it creates); accounts keep theirs.
//
// Deletions: an account or plan deleted on one side and not changed on the other since the
// base is deleted there too; one changed on the other side comes back, as the other side
// has it, on the side that deleted it — the edit wins, so nothing is lost.
package replica

import (
	"context"
	"errors"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage"
	"kamplan/storage/csvimport"
)

// Store is a store of plans as the app uses it (the interface ui/shell.Store is).
type Store interface {
	domain.Store
	history.Store
	csvimport.AccountStore
}

// Local is the laptop's database: a store that also keeps the bases.
type Local interface {
	Store
	SyncBases() Bases
}

// Bases keeps the bases (storage.SyncBases).
type Bases interface {
	List(ctx context.Context) ([]storage.SyncBase, error)
	Put(ctx context.Context, b storage.SyncBase) error
	Delete(ctx context.Context, kind, localID, remoteID string) error
}

// Laptop is the local SQLite database as the sync's Local.
type Laptop struct{ *storage.Store }

// SyncBases are the bases the database keeps.
func (l Laptop) SyncBases() Bases { return storage.SyncBasesOf(l.Store) }

var _ Local = Laptop{}

// Item names an account or plan being synced: its kind (storage.SyncAccount or
// storage.SyncPlan) and its id in the local database ("" for one only the team store has).
type Item struct {
	Kind, LocalID, RemoteID string
}

// Choose picks the side kept in a conflict of an item; "" leaves it for later.
type Choose func(it Item, c history.Conflict) history.Side

// Held is an account or plan both sides changed in the same places: it stays as each side
// has it until a side is chosen in every conflict.
type Held struct {
	Item
	Account      string // the account's name
	Period       string // the plan's period; "" for the account's profile
	Conflicts    []history.Conflict
	Changes      []history.Change // what the merge brings here besides the conflicts
	Mine, Theirs domain.Doc       // the local and the team's states
}

// Report says what a sync did.
type Report struct {
	Sent     int     // accounts and plans whose changes went to the team store
	Received int     // … that came from it
	Merged   int     // … that both sides changed, merged
	Held     []Held  // … waiting for the person's choice
	Problems []error // … that could not be synced (a name another account holds, say)
	Here     []Item  // the accounts and plans the sync wrote in the local database
}

// Sync brings local and remote in step, as the package describes; choose (nil: none)
// decides conflicts. It stops at the first error of a store that is not about one item (the
// network, a cancelled ctx); what it did until then stays done.
func Sync(ctx context.Context, local Local, remote Store, choose Choose) (Report, error) {
	r := &run{local: local, remote: remote, choose: choose, source: "team"}
	err := r.all(ctx)
	return r.report, err
}

// run is one sync.
type run struct {
	local  Local
	remote Store
	choose Choose
	source string
	report Report
	bases  []storage.SyncBase
}

func (r *run) all(ctx context.Context) error {
	for _, step := range []func(context.Context) error{r.settings, r.accounts, r.basedPlans, r.newPlans} {
		var err error
		if r.bases, err = r.local.SyncBases().List(ctx); err != nil {
			return err
		}
		if err := step(ctx); err != nil {
			return err
		}
	}
	return nil
}

// maxAttempts is how many times an item is synced again when a save finds that someone
// saved it meanwhile.
const maxAttempts = 4

// item syncs one item with sync, again when a save was stale; an error of the item's own
// (invalid, not found, conflict) is a problem of the report, others stop the sync.
func (r *run) item(ctx context.Context, sync func(context.Context) error) error {
	var err error
	for range maxAttempts {
		if err = sync(ctx); !domain.IsStale(err) {
			break
		}
	}
	if err == nil || ctx.Err() != nil {
		return err
	}
	var de *domain.Error
	var problems domain.Problems
	if (errors.As(err, &de) && de.Code != domain.CodeInternal) || errors.As(err, &problems) {
		r.report.Problems = append(r.report.Problems, err)
		return nil
	}
	return err
}

// wrote records that the sync wrote an item on a side: the counts of the report, and what
// an open screen must show again.
func (r *run) wrote(s side, kind, localID string) {
	if !s.local {
		r.report.Sent++
		return
	}
	r.report.Received++
	r.report.Here = append(r.report.Here, Item{Kind: kind, LocalID: localID})
}

// merged records a merge written on both sides.
func (r *run) merged(kind, localID string) {
	r.report.Merged++
	r.report.Here = append(r.report.Here, Item{Kind: kind, LocalID: localID})
}

// side is one of the two stores, with its half of each base.
type side struct {
	st    Store
	local bool
}

func (r *run) sides() (here, there side) { return side{r.local, true}, side{r.remote, false} }

func (s side) id(b storage.SyncBase) string {
	if s.local {
		return b.LocalID
	}
	return b.RemoteID
}

func (s side) version(b storage.SyncBase) int64 {
	if s.local {
		return b.LocalVersion
	}
	return b.RemoteVersion
}

func (s side) seq(b storage.SyncBase) int64 {
	if s.local {
		return b.LocalSeq
	}
	return b.RemoteSeq
}

// set records this side's id, version and journal position in b.
func (s side) set(b *storage.SyncBase, id string, version, seq int64) {
	if s.local {
		b.LocalID, b.LocalVersion, b.LocalSeq = id, version, seq
		return
	}
	b.RemoteID, b.RemoteVersion, b.RemoteSeq = id, version, seq
}
