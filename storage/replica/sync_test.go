package replica

import (
	"testing"

	"kamplan/domain"
	"kamplan/domain/history"
)

func TestNewAccountsOnEachSideAreCopied(t *testing.T) {
	local, remote := Laptop{tempStore(t, "laptop")}, tempStore(t, "server")
	if _, err := local.CreateAccount(ctx, &domain.Account{Name: "Aceros del Norte", Tier: domain.TierKey}, "2027"); err != nil {
		t.Fatal(err)
	}
	if _, err := remote.CreateAccount(ctx, &domain.Account{Name: "Bodegas Sur", Tier: domain.TierKey}, "2026"); err != nil {
		t.Fatal(err)
	}
	r := mustSync(t, local, remote)
	if r.Sent == 0 || r.Received == 0 {
		t.Errorf("report %+v: want something sent and received", r)
	}
	for _, st := range []Store{local, remote} {
		planOf(t, st, "Aceros del Norte", "2027")
		planOf(t, st, "Bodegas Sur", "2026")
	}
	if n, err := Pending(ctx, local); err != nil || n != 0 {
		t.Errorf("pending after sync = %d, %v; want 0", n, err)
	}
}

func TestOfflineEditAndDifferentRemoteEditAreBothKept(t *testing.T) {
	local, remote, planID := twoStores(t)
	edit(t, local, planID, set(domain.FieldContext, "Offline context"))
	edit(t, remote, remoteID(t, local, planID), set(domain.FieldValueProposition, "Server proposition"))
	if n, _ := Pending(ctx, local); n != 1 {
		t.Errorf("pending = %d, want 1", n)
	}
	r := mustSync(t, local, remote)
	if r.Merged != 1 || len(r.Held) != 0 {
		t.Errorf("report %+v: want one plan merged, none held", r)
	}
	for name, st := range map[string]Store{"laptop": local, "server": remote} {
		if got := field(t, st, "Aceros del Norte", "2027", domain.FieldContext); got != "Offline context" {
			t.Errorf("%s: context %q", name, got)
		}
		if got := field(t, st, "Aceros del Norte", "2027", domain.FieldValueProposition); got != "Server proposition" {
			t.Errorf("%s: value proposition %q", name, got)
		}
	}
	if r := mustSync(t, local, remote); r.Sent+r.Received+r.Merged != 0 {
		t.Errorf("a second sync did something: %+v", r)
	}
}

func TestAnEditOnOneSideGoesWithItsJournal(t *testing.T) {
	local, remote, planID := twoStores(t)
	edit(t, local, planID, set(domain.FieldContext, "first"))
	edit(t, local, planID, set(domain.FieldContext, "second"))
	if r := mustSync(t, local, remote); r.Sent != 1 {
		t.Fatalf("report %+v: want one plan sent", r)
	}
	page, err := remote.Journal().Page(ctx, remoteID(t, local, planID), history.JournalQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Entries) < 2 || page.Entries[0].Author != "laptop" || page.Entries[1].Author != "laptop" {
		t.Fatalf("server journal %+v: want the laptop's two entries on top", page.Entries)
	}
	edit(t, remote, remoteID(t, local, planID), set(domain.FieldResources, "two engineers"))
	if r := mustSync(t, local, remote); r.Received != 1 {
		t.Fatalf("report %+v: want one plan received", r)
	}
	if got := field(t, local, "Aceros del Norte", "2027", domain.FieldResources); got != "two engineers" {
		t.Errorf("laptop: resources %q", got)
	}
	undo, _, err := local.Journal().UndoTail(ctx, planID, 0)
	if err != nil || len(undo) < 3 {
		t.Fatalf("laptop undo stack %d entries, %v: want the two offline edits and the server's", len(undo), err)
	}
}

func TestTheSameFieldEditedOnBothIsHeldUntilASideIsChosen(t *testing.T) {
	for _, take := range []history.Side{history.Mine, history.Theirs} {
		t.Run(string(take), func(t *testing.T) {
			local, remote, planID := twoStores(t)
			edit(t, local, planID, set(domain.FieldContext, "laptop's"))
			edit(t, remote, remoteID(t, local, planID), set(domain.FieldContext, "server's"))
			edit(t, remote, remoteID(t, local, planID), set(domain.FieldResources, "server resources"))
			r := mustSync(t, local, remote)
			if len(r.Held) != 1 || len(r.Held[0].Conflicts) != 1 || r.Held[0].Conflicts[0].Field != string(domain.FieldContext) {
				t.Fatalf("held %+v: want the context's conflict", r.Held)
			}
			if got := field(t, local, "Aceros del Norte", "2027", domain.FieldContext); got != "laptop's" {
				t.Errorf("held: laptop context %q", got)
			}
			if got := field(t, remote, "Aceros del Norte", "2027", domain.FieldContext); got != "server's" {
				t.Errorf("held: server context %q", got)
			}
			r, err := Sync(ctx, local, remote, func(Item, history.Conflict) history.Side { return take })
			if err != nil || r.Merged != 1 || len(r.Held) != 0 {
				t.Fatalf("sync with a choice: %+v, %v", r, err)
			}
			want := map[history.Side]string{history.Mine: "laptop's", history.Theirs: "server's"}[take]
			for name, st := range map[string]Store{"laptop": local, "server": remote} {
				if got := field(t, st, "Aceros del Norte", "2027", domain.FieldContext); got != want {
					t.Errorf("%s: context %q, want %q", name, got, want)
				}
				if got := field(t, st, "Aceros del Norte", "2027", domain.FieldResources); got != "server resources" {
					t.Errorf("%s: resources %q", name, got)
				}
			}
		})
	}
}

func TestTheAccountsProfileIsMergedFieldByField(t *testing.T) {
	local, remote, planID := twoStores(t)
	edit(t, local, planID, set(domain.FieldAccountIndustry, "Steel"))
	edit(t, remote, remoteID(t, local, planID), set(domain.FieldAccountWebsite, "https://aceros.example"))
	mustSync(t, local, remote)
	for name, st := range map[string]Store{"laptop": local, "server": remote} {
		if got := field(t, st, "Aceros del Norte", "2027", domain.FieldAccountIndustry); got != "Steel" {
			t.Errorf("%s: industry %q", name, got)
		}
		if got := field(t, st, "Aceros del Norte", "2027", domain.FieldAccountWebsite); got != "https://aceros.example" {
			t.Errorf("%s: website %q", name, got)
		}
	}
}

func TestAPlanMadeOnBothSidesForOnePeriodIsMergedNotDoubled(t *testing.T) {
	local, remote, planID := twoStores(t)
	mine, err := local.RollForward(ctx, planID, "2028")
	if err != nil {
		t.Fatal(err)
	}
	theirs, err := remote.RollForward(ctx, remoteID(t, local, planID), "2028")
	if err != nil {
		t.Fatal(err)
	}
	edit(t, local, mine.ID, set(domain.FieldContext, "laptop's 2028"))
	edit(t, remote, theirs.ID, set(domain.FieldContext, "server's 2028"))
	edit(t, remote, theirs.ID, set(domain.FieldResources, "server resources"))
	r := mustSync(t, local, remote)
	if len(r.Held) != 1 {
		t.Fatalf("held %+v: want the 2028 plan held", r.Held)
	}
	r, err = Sync(ctx, local, remote, func(Item, history.Conflict) history.Side { return history.Theirs })
	if err != nil || len(r.Held) != 0 {
		t.Fatalf("sync with a choice: %+v, %v", r, err)
	}
	for name, st := range map[string]Store{"laptop": local, "server": remote} {
		if rows, _ := st.Portfolio(ctx); len(rows) != 2 {
			t.Errorf("%s: %d plans, want 2", name, len(rows))
		}
		if got := field(t, st, "Aceros del Norte", "2028", domain.FieldContext); got != "server's 2028" {
			t.Errorf("%s: context %q", name, got)
		}
		if got := field(t, st, "Aceros del Norte", "2028", domain.FieldResources); got != "server resources" {
			t.Errorf("%s: resources %q", name, got)
		}
	}
}

// A plan that came from the team store merges like one made here: the base kept when it
// arrived is what both copies held then.
func TestAPlanReceivedMergesLaterEdits(t *testing.T) {
	local, remote := Laptop{tempStore(t, "laptop")}, tempStore(t, "server")
	theirs, err := remote.CreateAccount(ctx, &domain.Account{Name: "Bodegas Sur", Tier: domain.TierKey}, "2026")
	if err != nil {
		t.Fatal(err)
	}
	mustSync(t, local, remote)
	mine := planOf(t, local, "Bodegas Sur", "2026")
	edit(t, local, mine.ID, set(domain.FieldContext, "laptop's"))
	edit(t, remote, theirs.ID, set(domain.FieldResources, "server's"))
	if r := mustSync(t, local, remote); r.Merged != 1 {
		t.Fatalf("report %+v: want the plan merged", r)
	}
	for name, st := range map[string]Store{"laptop": local, "server": remote} {
		if got := field(t, st, "Bodegas Sur", "2026", domain.FieldContext); got != "laptop's" {
			t.Errorf("%s: context %q", name, got)
		}
		if got := field(t, st, "Bodegas Sur", "2026", domain.FieldResources); got != "server's" {
			t.Errorf("%s: resources %q", name, got)
		}
	}
}
