package remote

import (
	"context"
	"testing"

	"kamplan/domain"
	"kamplan/storage/postgres"
	"kamplan/storage/postgres/pgtest"
)

// A PostgreSQL team store opened by its address signals a colleague's save.
func TestAPostgresTeamStoreSignalsAColleaguesSave(t *testing.T) {
	pgtest.SkipWithoutServer(t)
	ctx := context.Background()
	address := pgtest.Schema(t)
	st, err := Open(ctx, address)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n, ok := st.(Notifier)
	if !ok {
		t.Fatal("the PostgreSQL store gives no signal of changes")
	}
	colleague, err := postgres.Open(ctx, address)
	if err != nil {
		t.Fatal(err)
	}
	defer colleague.Close()
	if _, err := colleague.CreateAccount(ctx, &domain.Account{Name: "Bodegas Sur", Tier: domain.TierKey}, "2027"); err != nil {
		t.Fatal(err)
	}
	<-n.Changes() // the test fails by its timeout when no signal comes
}
