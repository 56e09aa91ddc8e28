package domain

import "testing"

func contact(id, name string, influence, attitude int) Contact {
	return Contact{ID: id, Name: name, Influence: influence, Attitude: attitude, RelNow: 1, RelTarget: 3}
}

func TestGridCell(t *testing.T) {
	tests := []struct {
		influence, attitude int
		want                GridCell
	}{
		{5, 2, CellLeverage},
		{3, 1, CellLeverage},
		{3, 0, CellConvert},
		{4, -2, CellConvert},
		{2, 1, CellMobilise},
		{1, 2, CellMobilise},
		{2, 0, CellMonitor},
		{1, -1, CellMonitor},
	}
	for _, tt := range tests {
		if got := contact("x", "X", tt.influence, tt.attitude).Cell(); got != tt.want {
			t.Errorf("influence %d attitude %d: %s, want %s", tt.influence, tt.attitude, got, tt.want)
		}
	}
}

func TestMapWarnings(t *testing.T) {
	econ := contact("e", "Eva", 5, 1)
	econ.SellingRole = SellingEconomic
	decider := contact("d", "Dani", 2, 0)
	decider.BuyingRoles = []BuyingRole{BuyingDecider}
	econPair := Coverage{ID: "c0", MemberID: "luis", ContactID: "e", RelNow: 3}
	byPair := []Coverage{econPair, {ID: "c1", MemberID: "ana", ContactID: "d", RelNow: 2}}
	tests := []struct {
		name     string
		contacts []Contact
		coverage []Coverage
		want     []string
	}{
		{"empty map", nil, nil, []string{"warn.no_economic_buyer", "warn.no_strong_supporter"}},
		{"complete", []Contact{econ, decider}, byPair, nil},
		{"decider without owner", []Contact{econ, decider}, byPair[:1], []string{"warn.decider_no_owner"}},
		{"key player no one covers", []Contact{econ}, nil, []string{"warn.key_player_uncovered"}},
		{"ally too weak", []Contact{func() Contact { c := econ; c.Influence = 3; return c }()}, nil, []string{"warn.no_strong_supporter"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPlan()
			p.Contacts = tt.contacts
			p.Coverage = tt.coverage
			var got []string
			for _, w := range p.MapWarnings() {
				got = append(got, w.Key)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("warnings %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("warnings %v, want %v", got, tt.want)
				}
			}
		})
	}
}

func TestContactValidation(t *testing.T) {
	tests := []struct {
		name string
		edit func(c *Contact)
		path string
	}{
		{"valid", func(c *Contact) {}, ""},
		{"influence too high", func(c *Contact) { c.Influence = 7 }, "contacts[0].influence"},
		{"influence missing", func(c *Contact) { c.Influence = 0 }, "contacts[0].influence"},
		{"attitude", func(c *Contact) { c.Attitude = 3 }, "contacts[0].attitude"},
		{"relationship target", func(c *Contact) { c.RelTarget = 5 }, "contacts[0].rel_target"},
		{"no name", func(c *Contact) { c.Name = " " }, "contacts[0].name"},
		{"unknown boss", func(c *Contact) { c.ReportsTo = "nobody" }, "contacts[0].reports_to"},
		{"self boss", func(c *Contact) { c.ReportsTo = c.ID }, "contacts[0].reports_to"},
		{"buying role", func(c *Contact) { c.BuyingRoles = []BuyingRole{"boss"} }, "contacts[0].buying_roles[0]"},
		{"selling role", func(c *Contact) { c.SellingRole = "friend" }, "contacts[0].selling_role"},
		{"frequency", func(c *Contact) { c.Frequency = "daily" }, "contacts[0].frequency"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPlan()
			c := contact("c1", "Begoña Ibáñez", 4, 1)
			tt.edit(&c)
			p.Contacts = []Contact{c}
			assertProblem(t, p.Validate(), tt.path)
		})
	}
}

func TestReportsToCycleRejected(t *testing.T) {
	p := validPlan()
	a, b, c := contact("a", "Ana", 3, 0), contact("b", "Bea", 3, 0), contact("c", "Carlos", 3, 0)
	a.ReportsTo, b.ReportsTo, c.ReportsTo = "b", "c", ""
	p.Contacts = []Contact{a, b, c}
	if p.ReportsToCycle() != nil {
		t.Fatal("a chain was taken for a cycle")
	}
	assertProblem(t, p.Validate(), "")
	p.Contacts[2].ReportsTo = "a"
	if len(p.ReportsToCycle()) != 3 {
		t.Fatalf("cycle = %v", p.ReportsToCycle())
	}
	assertProblem(t, p.Validate(), "contacts[0].reports_to") // under the field a dialog shows
}
