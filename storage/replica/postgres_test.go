package replica

import (
	"fmt"
	"testing"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage/postgres"
	"kamplan/storage/postgres/pgtest"
)

// pgServer is a team store on the PostgreSQL server of the PG… variables, in a schema of
// its own; the test is skipped without one.
func pgServer(t testing.TB) Store {
	t.Helper()
	pgtest.SkipWithoutServer(t)
	st, err := postgres.Open(ctx, pgtest.Schema(t))
	if err != nil {
		t.Fatal(err)
	}
	st.SetAuthor("server")
	t.Cleanup(func() { st.Close() })
	return st
}

func TestWithPostgresEditsOnBothSidesAreMergedAndConflictsWait(t *testing.T) {
	remote := pgServer(t)
	local, planID := twoStoresOn(t, remote)
	theirs := remoteID(t, local, planID)
	edit(t, local, planID, set(domain.FieldContext, "Offline context"))
	edit(t, remote, theirs, set(domain.FieldResources, "Server resources"))
	if r := mustSync(t, local, remote); r.Merged != 1 {
		t.Fatalf("report %+v: want the plan merged", r)
	}
	edit(t, local, planID, set(domain.FieldRisks, "laptop's"))
	edit(t, remote, theirs, set(domain.FieldRisks, "server's"))
	if r := mustSync(t, local, remote); len(r.Held) != 1 {
		t.Fatalf("held %+v: want the risks' conflict", r.Held)
	}
	if _, err := Sync(ctx, local, remote, func(Item, history.Conflict) history.Side { return history.Theirs }); err != nil {
		t.Fatal(err)
	}
	for name, st := range map[string]Store{"laptop": local, "server": remote} {
		for f, want := range map[domain.Field]string{domain.FieldContext: "Offline context", domain.FieldResources: "Server resources", domain.FieldRisks: "server's"} {
			if got := field(t, st, "Aceros del Norte", "2027", f); got != want {
				t.Errorf("%s: %s = %q, want %q", name, f, got, want)
			}
		}
	}
}

func TestWithPostgresASyncStoppedAtAnyWriteCompletesNextTime(t *testing.T) {
	pgtest.SkipWithoutServer(t)
	stopAtEveryWrite(t, func(t *testing.T) Store { return pgServer(t) })
}

// BenchmarkWithPostgresSync100OfflineEdits is BenchmarkSync100OfflineEdits with the team
// store on PostgreSQL.
func BenchmarkWithPostgresSync100OfflineEdits(b *testing.B) {
	pgtest.SkipWithoutServer(b)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		remote := pgServer(b)
		local, planID := twoStoresOn(b, remote)
		for j := range 100 {
			edit(b, local, planID, set(domain.FieldContext, fmt.Sprintf("offline edit %d", j)))
		}
		edit(b, remote, remoteID(b, local, planID), set(domain.FieldResources, "colleague"))
		b.StartTimer()
		mustSync(b, local, remote)
	}
}

// BenchmarkWithPostgresSync100OfflineEditsPushed is the push of 100 offline edits, replayed
// one by one on PostgreSQL.
func BenchmarkWithPostgresSync100OfflineEditsPushed(b *testing.B) {
	pgtest.SkipWithoutServer(b)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		remote := pgServer(b)
		local, planID := twoStoresOn(b, remote)
		for j := range 100 {
			edit(b, local, planID, set(domain.FieldContext, fmt.Sprintf("offline edit %d", j)))
		}
		b.StartTimer()
		mustSync(b, local, remote)
	}
}
