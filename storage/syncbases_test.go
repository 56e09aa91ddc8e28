package storage

import (
	"testing"
)

// A base replaces the mark of the copy being created and the older base of the same plan on
// either side; forgetting by one id leaves the others.
func TestSyncBasesReplaceMarksAndOlderLinks(t *testing.T) {
	s := tempStore(t)
	sb := SyncBasesOf(s)
	steps := []struct {
		put  *SyncBase
		del  [3]string
		want []string // local/remote ids left, in order
	}{
		{put: &SyncBase{Kind: SyncPlan, LocalID: "L1"}, want: []string{"L1/"}},
		{put: &SyncBase{Kind: SyncPlan, RemoteID: "R2"}, want: []string{"/R2", "L1/"}},
		{put: &SyncBase{Kind: SyncPlan, LocalID: "L1", RemoteID: "R1", Body: []byte(`{}`)}, want: []string{"/R2", "L1/R1"}},
		{put: &SyncBase{Kind: SyncPlan, LocalID: "L2", RemoteID: "R2"}, want: []string{"L1/R1", "L2/R2"}},
		{put: &SyncBase{Kind: SyncAccount, LocalID: "A", RemoteID: "A"}, want: []string{"A/A", "L1/R1", "L2/R2"}},
		{del: [3]string{SyncPlan, "L1", "R1"}, want: []string{"A/A", "L2/R2"}},
		{del: [3]string{SyncPlan, "", "R9"}, want: []string{"A/A", "L2/R2"}},
	}
	for i, st := range steps {
		var err error
		if st.put != nil {
			err = sb.Put(ctx, *st.put)
		} else {
			err = sb.Delete(ctx, st.del[0], st.del[1], st.del[2])
		}
		if err != nil {
			t.Fatal(err)
		}
		bases, err := sb.List(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range bases {
			got = append(got, b.LocalID+"/"+b.RemoteID)
		}
		if len(got) != len(st.want) {
			t.Fatalf("step %d: bases %v, want %v", i, got, st.want)
		}
		for j := range got {
			if got[j] != st.want[j] {
				t.Fatalf("step %d: bases %v, want %v", i, got, st.want)
			}
		}
	}
}
