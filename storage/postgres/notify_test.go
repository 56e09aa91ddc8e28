package postgres

import (
	"context"
	"testing"
	"time"

	"kamplan/domain"
)

// A colleague's save reaches another connection listening on the server, with the plan's
// new version, once the save commits.
func TestASaveIsAnnouncedToOtherConnections(t *testing.T) {
	url := freshSchema(t)
	mine, theirs := openAt(t, url), openAt(t, url)
	listen, cancel := context.WithTimeout(ctx, time.Minute) // a guard against hanging, not a measure
	defer cancel()
	changes, err := mine.Changes(listen)
	if err != nil {
		t.Fatal(err)
	}
	p, err := theirs.CreateAccount(ctx, &domain.Account{Name: "Avisos, S.L.", Tier: domain.TierKey}, "FY2027")
	if err != nil {
		t.Fatal(err)
	}
	p.Risks = "saved by a colleague"
	if err := theirs.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	want := Change{Kind: ChangePlan, ID: p.ID, Version: p.Version}
	for c := range changes {
		if c == want {
			cancel()
			for range changes { // closed when the listening ends
			}
			return
		}
	}
	t.Fatalf("the save of plan %s at version %d was not announced", p.ID, p.Version)
}
