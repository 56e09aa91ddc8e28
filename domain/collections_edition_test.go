package domain

import (
	"reflect"
	"testing"
)

// Each list's ClientRule says what the client edition leaves out of it: the lists with a
// rule lose elements of the marked plan (which holds one to leave out for every rule), the
// others lose none before the fields' rules apply.
func TestClientRulesSayWhatTheEditionLeavesOut(t *testing.T) {
	p := markedPlan()
	q := p.Clone()
	LeaveOutForClient(&Doc{Plan: q})
	for _, c := range collections {
		before, after := allIDs(c, &Doc{Plan: p}), allIDs(c, &Doc{Plan: q})
		if left := !reflect.DeepEqual(before, after); left != (c.ClientRule != "") {
			t.Errorf("%s: the client edition left out elements: %v; its ClientRule: %q", c.Name, left, c.ClientRule)
		}
	}
	if len(RowRules) != 8 {
		t.Errorf("%d row rules, want the eight of METHOD.md §9: %q", len(RowRules), RowRules)
	}
}

func allIDs(c Collection, d *Doc) []string {
	var ids []string
	c.Each(d, func(_ int, id string, _ any) { ids = append(ids, id) })
	return ids
}
