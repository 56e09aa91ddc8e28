package domain

import (
	"encoding/json"
	"testing"
)

// A SWOT read without the switch (stored, or in a plan file, before it existed) shares the
// client's items and keeps ours and the competitors' internal; a switch written is kept.
func TestShareWithClientDefaultsByWhoseSWOTItIs(t *testing.T) {
	tests := []struct {
		name, item string
		subject    Subject
		want       bool
	}{
		{"client, no key", `{"id":"i","quadrant":"S","text":"t","impact":3}`, SubjectClient, true},
		{"us, no key", `{"id":"i","quadrant":"W","text":"t","impact":3}`, SubjectUs, false},
		{"competitor, no key", `{"id":"i","quadrant":"T","text":"t","impact":3}`, SubjectCompetitor, false},
		{"client, switched off", `{"id":"i","quadrant":"S","text":"t","impact":3,"share_with_client":false}`, SubjectClient, false},
		{"us, switched on", `{"id":"i","quadrant":"W","text":"t","impact":3,"share_with_client":true}`, SubjectUs, true},
		{"competitor, switched on", `{"id":"i","quadrant":"T","text":"t","impact":3,"share_with_client":true}`, SubjectCompetitor, true},
	}
	for _, tt := range tests {
		var w SWOT
		body := `{"id":"w","subject":"` + string(tt.subject) + `","competitor":"X","items":[` + tt.item + `]}`
		if err := json.Unmarshal([]byte(body), &w); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		w.TakeDefaultSharing([]byte(body))
		if len(w.Items) != 1 || w.Items[0].ShareWithClient != tt.want || w.Items[0].Text != "t" || w.Competitor != "X" {
			t.Errorf("%s: read as %+v", tt.name, w)
		}
		b, _ := json.Marshal(w) // and written back, the switch is explicit and survives
		var again SWOT
		err := json.Unmarshal(b, &again)
		again.TakeDefaultSharing(b)
		if err != nil || again.Items[0].ShareWithClient != tt.want {
			t.Errorf("%s: %s read back as %+v", tt.name, b, again)
		}
	}
}

func TestANewItemIsSharedOnlyInTheClientsSWOT(t *testing.T) {
	for s, want := range map[Subject]bool{SubjectClient: true, SubjectUs: false, SubjectCompetitor: false} {
		if it := (SWOT{Subject: s}).NewItem(Threat); it.ShareWithClient != want || it.Quadrant != Threat || it.ID == "" {
			t.Errorf("%s: new item %+v", s, it)
		}
	}
}
