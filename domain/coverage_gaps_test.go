package domain

import (
	"reflect"
	"testing"
	"time"
)

func TestCoverageGaps(t *testing.T) {
	today := NewDate(2026, 11, 26)
	key := Contact{ID: "k", Name: "Key", Influence: 4}
	decider := Contact{ID: "d", Name: "Decider", Influence: 2, BuyingRoles: []BuyingRole{BuyingDecider}}
	met := func(days int, f Cadence) Contact {
		return Contact{ID: "m", Name: "Met", Influence: 2, Frequency: f, LastContact: today.AddDays(-days)}
	}
	pair := func(id string, now int) Coverage {
		return Coverage{ID: "c" + id, MemberID: "ana", ContactID: id, RelNow: now}
	}
	type gap struct {
		kind GapKind
		id   string
	}
	cases := []struct {
		name     string
		contacts []Contact
		pairs    []Coverage
		want     []gap
	}{
		{"key player uncovered", []Contact{key}, nil, []gap{{GapUncovered, "k"}}},
		{"key player covered even weakly", []Contact{key}, []Coverage{pair("k", RelNone)}, nil},
		{"influence 3 is no key player", []Contact{{ID: "x", Name: "X", Influence: 3}}, nil, nil},
		{"decider uncovered", []Contact{decider}, nil, []gap{{GapWeakDecider, "d"}}},
		{"decider below working", []Contact{decider}, []Coverage{pair("d", RelWeak)}, []gap{{GapWeakDecider, "d"}}},
		{"decider at working", []Contact{decider}, []Coverage{pair("d", RelWeak), pair("d", RelWorking)}, nil},
		{"weekly met 7 days ago", []Contact{met(7, CadenceWeekly)}, nil, nil},
		{"weekly met 8 days ago", []Contact{met(8, CadenceWeekly)}, nil, []gap{{GapNotMet, "m"}}},
		{"monthly 31 days", []Contact{met(31, CadenceMonthly)}, nil, nil},
		{"monthly 32 days", []Contact{met(32, CadenceMonthly)}, nil, []gap{{GapNotMet, "m"}}},
		{"quarterly 92 days", []Contact{met(92, CadenceQuarterly)}, nil, nil},
		{"quarterly 93 days", []Contact{met(93, CadenceQuarterly)}, nil, []gap{{GapNotMet, "m"}}},
		{"ad hoc never due", []Contact{met(900, CadenceAdHoc)}, nil, nil},
		{"never met is not late", []Contact{{ID: "m", Name: "Met", Influence: 2, Frequency: CadenceWeekly}}, nil, nil},
		{"pair's frequency when the contact has none", []Contact{met(10, "")},
			[]Coverage{{ID: "p", MemberID: "ana", ContactID: "m", Frequency: CadenceWeekly}}, []gap{{GapNotMet, "m"}}},
		{"uncovered key decider: both, by kind", []Contact{{ID: "kd", Name: "KD", Influence: 5, BuyingRoles: []BuyingRole{BuyingDecider}}}, nil,
			[]gap{{GapUncovered, "kd"}, {GapWeakDecider, "kd"}}},
	}
	for _, c := range cases {
		p := &Plan{Contacts: c.contacts, Coverage: c.pairs}
		var got []gap
		for _, g := range p.CoverageGaps(today) {
			got = append(got, gap{g.Kind, g.ContactID})
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func TestCoverageGapsOrderAndDays(t *testing.T) {
	today := NewDate(2026, 11, 26)
	p := &Plan{Contacts: []Contact{
		{ID: "a", Name: "Zoe", Influence: 4},
		{ID: "b", Name: "Adam", Influence: 5},
		{ID: "c", Name: "Bea", Influence: 4},
		{ID: "l", Name: "Late", Influence: 1, Frequency: CadenceMonthly, LastContact: NewDate(2026, time.September, 26)},
	}}
	var names []string
	for _, g := range p.CoverageGaps(today) {
		names = append(names, g.Name)
		if g.Kind == GapNotMet && g.Days != 61 {
			t.Errorf("days since last contact = %d, want 61", g.Days)
		}
	}
	if want := []string{"Adam", "Bea", "Zoe", "Late"}; !reflect.DeepEqual(names, want) {
		t.Errorf("order %v, want %v", names, want)
	}
}
