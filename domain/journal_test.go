package domain_test

import (
	"reflect"
	"testing"
	"time"

	"kamplan/domain"
)

// Restoring a snapshot is one edit: the plan becomes the snapshot's (its id, its account
// and its store version stay), the account is left alone, and the inverse brings back
// everything done since.
func TestRestoreIsOneEditUndoneInOneStep(t *testing.T) {
	d := historyDoc(t)
	d.Plan.Version, d.Account.Version = 41, 40
	snap := domain.Snapshot{SnapshotInfo: domain.SnapshotInfo{Label: "Revisión T1", At: time.Now()}, Account: *d.Account, Plan: *d.Plan}
	kept := copyOf(t, d)
	apply(t, d, domain.SetField{Field: "wallet.potential", Value: 2 * d.Plan.Wallet.Potential}, domain.SetField{Field: "account.notes", Value: "después"},
		domain.RemoveItem{Coll: domain.CollNotes, ID: d.Plan.Notes[0].ID})
	later := copyOf(t, d)
	inv, err := d.Apply(domain.RestoreEdit(snap))
	if err != nil {
		t.Fatal(err)
	}
	if d.Plan.Version != 41 || d.Account.Version != 40 || d.Plan.ID != kept.Plan.ID {
		t.Fatalf("the identity changed: version %d, account %d", d.Plan.Version, d.Account.Version)
	}
	for _, c := range domain.Compare(*kept, *d) {
		if c.Field != "account.notes" {
			t.Errorf("after the restore the plan differs from the snapshot: %s", shown([]domain.Change{c}))
		}
	}
	if d.Account.Notes != "después" {
		t.Error("the restore changed the account, which the account's other plans share")
	}
	if got := domain.SectionsOf(domain.RestoreEdit(snap), inv); len(got) != 2 || got[0] != domain.SectionWallet || got[1] != domain.SectionCommitment {
		t.Errorf("sections of the restore: %v", got)
	}
	apply(t, d, inv)
	if snapshot(t, d) != snapshot(t, later) {
		t.Fatal("undoing the restore does not bring back the plan as it was")
	}
}

func TestSectionsOfEdits(t *testing.T) {
	tests := []struct {
		edit domain.Edit
		want []domain.Section
	}{
		{domain.SetField{Field: "wallet.potential"}, []domain.Section{domain.SectionWallet}},
		{domain.SetScore{Axis: domain.AxisStrength}, []domain.Section{domain.SectionPortfolio}},
		{domain.RemoveItem{Coll: domain.CollContacts}, []domain.Section{domain.SectionContacts}},
		{domain.Batch{domain.SetField{Field: "risks"}, domain.MoveItem{Coll: domain.CollTeam}, domain.AddItem{Coll: domain.CollKPIs}},
			[]domain.Section{domain.SectionTeam, domain.SectionKPIs, domain.SectionCommitment}},
	}
	for _, tt := range tests {
		if got := domain.SectionsOf(tt.edit, nil); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%#v: %v, want %v", tt.edit, got, tt.want)
		}
	}
}
