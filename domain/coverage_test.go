package domain

import "testing"

func TestBestCoverageIsTheHighestPairFirstOnATie(t *testing.T) {
	p := &Plan{
		Contacts: []Contact{{ID: "ana"}, {ID: "luis"}, {ID: "eva"}},
		Coverage: []Coverage{
			{ID: "1", MemberID: "m1", ContactID: "ana", RelNow: RelWeak},
			{ID: "2", MemberID: "m2", ContactID: "ana", RelNow: RelWorking},
			{ID: "3", MemberID: "m3", ContactID: "ana", RelNow: RelWorking},
			{ID: "4", MemberID: "m1", ContactID: "luis", RelNow: RelWeak},
		},
	}
	cases := []struct {
		contact string
		wantID  string // "" for not covered
	}{
		{"ana", "2"},
		{"luis", "4"},
		{"eva", ""},
	}
	bests := p.BestCoverages()
	for _, c := range cases {
		one, ok := p.BestCoverage(c.contact)
		all, inAll := bests[c.contact]
		if c.wantID == "" {
			if ok || inAll {
				t.Errorf("%s: covered by %q / %q, want not covered", c.contact, one.ID, all.ID)
			}
			continue
		}
		if one.ID != c.wantID || all.ID != c.wantID {
			t.Errorf("%s: best pair %q (one) and %q (all), want %q", c.contact, one.ID, all.ID, c.wantID)
		}
	}
}
