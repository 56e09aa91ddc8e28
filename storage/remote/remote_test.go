package remote

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"kamplan/domain"
)

func TestAddressesAreToldFromFiles(t *testing.T) {
	for db, want := range map[string]bool{
		"postgres://kam@db.example.com/kamplan": true,
		"file:/srv/team.db":                     true,
		"kamplan.db":                            false,
		"/home/ana/kamplan.db":                  false,
		`C:\Users\ana\kamplan.db`:               false,
		"./a:b.db":                              false,
	} {
		if got := IsAddress(db); got != want {
			t.Errorf("IsAddress(%q) = %v", db, got)
		}
	}
}

func TestAFileAddressOpensASQLiteTeamStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "team.db")
	st, err := Open(context.Background(), "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.CreateAccount(context.Background(), &domain.Account{Name: "Aceros", Tier: domain.TierKey}, "2027"); err != nil {
		t.Fatal(err)
	}
	if rows, _ := st.Portfolio(context.Background()); len(rows) != 1 {
		t.Fatalf("%d plans in a new team file, want only the one made", len(rows))
	}
}

func TestAnUnknownSchemeIsAClearError(t *testing.T) {
	_, err := Open(context.Background(), "mysql://db/kam")
	if err == nil || !strings.Contains(err.Error(), "cannot reach a team store at mysql://db/kam") {
		t.Fatalf("error %v", err)
	}
}

func TestThePasswordIsNeverShownAndEachServerHasItsCopy(t *testing.T) {
	a := WithPassword(WithUser("postgres://db.example.com:5432/kamplan?sslmode=verify-full", "ana"), "s3cret")
	if !strings.Contains(a, "ana:s3cret@") || strings.Contains(Redacted(a), "s3cret") {
		t.Fatalf("address %q, shown as %q", a, Redacted(a))
	}
	one, two := LocalCopy("/d", a), LocalCopy("/d", WithUser("postgres://db.example.com:5432/kamplan", "luis"))
	if one == two || strings.Contains(one, "s3cret") || filepath.Dir(one) != filepath.Join("/d", "team") {
		t.Fatalf("local copies %q and %q", one, two)
	}
}
