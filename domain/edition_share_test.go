package domain

import (
	"encoding/json"
	"slices"
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

// analysisPlan has one shared and one internal item in each SWOT, and strategies on them.
func analysisPlan() *Plan {
	p := validPlan()
	item := func(id string, q Quadrant, shared bool) SWOTItem {
		return SWOTItem{ID: id, Quadrant: q, Text: id, Impact: 3, ShareWithClient: shared}
	}
	p.SWOTs = []SWOT{
		{ID: "wc", Subject: SubjectClient, Items: []SWOTItem{item("cS", Strength, true), item("cO", Opportunity, false)}},
		{ID: "wu", Subject: SubjectUs, Items: []SWOTItem{item("uS", Strength, true), item("uW", Weakness, false)}},
		{ID: "wx", Subject: SubjectCompetitor, Competitor: "Rival", Items: []SWOTItem{item("xT", Threat, true), item("xO", Opportunity, false)}},
		{ID: "wy", Subject: SubjectCompetitor, Competitor: "Other", Items: []SWOTItem{item("yT", Threat, false)}},
	}
	p.Strategies = []Strategy{
		{ID: "so", Kind: KindSO, Text: "so", ItemIDs: []string{"uS", "cO"}, ShareWithClient: true},
		{ID: "wt", Kind: KindWT, Text: "wt", ItemIDs: []string{"uW", "xT"}},
		{ID: "st", Kind: KindST, Text: "st", ItemIDs: []string{"cS", "xT"}, ShareWithClient: true},
	}
	return p
}

func itemIDs(p *Plan) []string {
	var out []string
	for _, w := range p.SWOTs {
		for _, it := range w.Items {
			out = append(out, it.ID)
		}
	}
	return out
}

func TestClientEditionKeepsOnlyWhatIsShared(t *testing.T) {
	p := analysisPlan()
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	c := ClientEdition(p)
	if got := itemIDs(c); !slices.Equal(got, []string{"cS", "uS", "xT"}) {
		t.Errorf("items in the client edition: %v", got)
	}
	var subjects []Subject
	for _, w := range c.SWOTs {
		subjects = append(subjects, w.Subject)
		if w.Competitor != "" {
			t.Errorf("the client edition names the competitor %q", w.Competitor)
		}
	}
	if !slices.Equal(subjects, []Subject{SubjectClient, SubjectUs, SubjectCompetitor}) {
		t.Errorf("SWOTs in the client edition: %v (a SWOT with nothing shared is left out)", subjects)
	}
	want := map[string][]string{"so": {"uS"}, "st": {"cS", "xT"}}
	if len(c.Strategies) != len(want) {
		t.Fatalf("strategies in the client edition: %+v", c.Strategies)
	}
	for _, s := range c.Strategies {
		if !slices.Equal(s.ItemIDs, want[s.ID]) {
			t.Errorf("strategy %s is shown built on %v, want the shared items %v", s.ID, s.ItemIDs, want[s.ID])
		}
	}
	if len(p.Strategies) != 3 || len(itemIDs(p)) != 7 {
		t.Error("ClientEdition changed the plan it was given")
	}
}

// The client's SWOT stays in the client edition with nothing shared (its section says so);
// a plan with nothing of ours shared holds only it.
func TestClientEditionWithNothingShared(t *testing.T) {
	p := analysisPlan()
	for i := range p.SWOTs {
		for j := range p.SWOTs[i].Items {
			p.SWOTs[i].Items[j].ShareWithClient = false
		}
	}
	for i := range p.Strategies {
		p.Strategies[i].ShareWithClient = false
	}
	c := ClientEdition(p)
	if len(c.SWOTs) != 1 || c.SWOTs[0].Subject != SubjectClient || len(c.SWOTs[0].Items) != 0 || len(c.Strategies) != 0 {
		t.Fatalf("client edition of a plan with nothing shared: %+v %+v", c.SWOTs, c.Strategies)
	}
}
