package replica

import (
	"fmt"
	"testing"

	"kamplan/domain"
)

// BenchmarkSync100OfflineEdits syncs 100 edits made offline on one plan to a team store in
// which a colleague changed another field: the edits are merged, and both sides written.
func BenchmarkSync100OfflineEdits(b *testing.B) {
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		local, remote, planID := twoStores(b)
		for j := range 100 {
			edit(b, local, planID, set(domain.FieldContext, fmt.Sprintf("offline edit %d", j)))
		}
		edit(b, remote, remoteID(b, local, planID), set(domain.FieldResources, "colleague"))
		b.StartTimer()
		mustSync(b, local, remote)
	}
}

// BenchmarkSync100OfflineEditsPushed syncs 100 offline edits to a team store nobody else
// changed: the journal entries are replayed there one by one.
func BenchmarkSync100OfflineEditsPushed(b *testing.B) {
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		local, remote, planID := twoStores(b)
		for j := range 100 {
			edit(b, local, planID, set(domain.FieldContext, fmt.Sprintf("offline edit %d", j)))
		}
		b.StartTimer()
		mustSync(b, local, remote)
	}
}

// BenchmarkSyncNothingChanged100Accounts is the sync every half minute of a portfolio of
// 100 accounts where nothing changed: each plan is read on both sides to see its version.
func BenchmarkSyncNothingChanged100Accounts(b *testing.B) {
	local, remote := Laptop{tempStore(b, "laptop")}, tempStore(b, "server")
	for i := range 100 {
		if _, err := local.CreateAccount(ctx, &domain.Account{Name: fmt.Sprintf("Account %03d", i), Tier: domain.TierKey}, "2027"); err != nil {
			b.Fatal(err)
		}
	}
	mustSync(b, local, remote)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if r := mustSync(b, local, remote); r.Sent+r.Received+r.Merged != 0 {
			b.Fatalf("something was synced: %+v", r)
		}
	}
}
