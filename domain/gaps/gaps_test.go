package gaps

import (
	"kamplan/domain"
	"reflect"
	"testing"
	"time"
)

func TestCoverageGaps(t *testing.T) {
	today := domain.NewDate(2026, 11, 26)
	key := domain.Contact{ID: "k", Name: "Key", Influence: 4}
	decider := domain.Contact{ID: "d", Name: "Decider", Influence: 2, BuyingRoles: []domain.BuyingRole{domain.BuyingDecider}}
	met := func(days int, f domain.Cadence) domain.Contact {
		return domain.Contact{ID: "m", Name: "Met", Influence: 2, Frequency: f, LastContact: today.AddDays(-days)}
	}
	pair := func(id string, now int) domain.Coverage {
		return domain.Coverage{ID: "c" + id, MemberID: "ana", ContactID: id, RelNow: now}
	}
	type gap struct {
		kind Kind
		id   string
	}
	cases := []struct {
		name     string
		contacts []domain.Contact
		pairs    []domain.Coverage
		want     []gap
	}{
		{"key player uncovered", []domain.Contact{key}, nil, []gap{{Uncovered, "k"}}},
		{"key player covered even weakly", []domain.Contact{key}, []domain.Coverage{pair("k", domain.RelNone)}, nil},
		{"influence 3 is no key player", []domain.Contact{{ID: "x", Name: "X", Influence: 3}}, nil, nil},
		{"decider uncovered", []domain.Contact{decider}, nil, []gap{{WeakDecider, "d"}}},
		{"decider below working", []domain.Contact{decider}, []domain.Coverage{pair("d", domain.RelWeak)}, []gap{{WeakDecider, "d"}}},
		{"decider at working", []domain.Contact{decider}, []domain.Coverage{pair("d", domain.RelWeak), pair("d", domain.RelWorking)}, nil},
		{"weekly met 7 days ago", []domain.Contact{met(7, domain.CadenceWeekly)}, nil, nil},
		{"weekly met 8 days ago", []domain.Contact{met(8, domain.CadenceWeekly)}, nil, []gap{{NotMet, "m"}}},
		{"monthly 31 days", []domain.Contact{met(31, domain.CadenceMonthly)}, nil, nil},
		{"monthly 32 days", []domain.Contact{met(32, domain.CadenceMonthly)}, nil, []gap{{NotMet, "m"}}},
		{"quarterly 92 days", []domain.Contact{met(92, domain.CadenceQuarterly)}, nil, nil},
		{"quarterly 93 days", []domain.Contact{met(93, domain.CadenceQuarterly)}, nil, []gap{{NotMet, "m"}}},
		{"ad hoc never due", []domain.Contact{met(900, domain.CadenceAdHoc)}, nil, nil},
		{"never met is not late", []domain.Contact{{ID: "m", Name: "Met", Influence: 2, Frequency: domain.CadenceWeekly}}, nil, nil},
		{"pair's frequency when the contact has none", []domain.Contact{met(10, "")},
			[]domain.Coverage{{ID: "p", MemberID: "ana", ContactID: "m", Frequency: domain.CadenceWeekly}}, []gap{{NotMet, "m"}}},
		{"uncovered key decider: both, by kind", []domain.Contact{{ID: "kd", Name: "KD", Influence: 5, BuyingRoles: []domain.BuyingRole{domain.BuyingDecider}}}, nil,
			[]gap{{Uncovered, "kd"}, {WeakDecider, "kd"}}},
	}
	for _, c := range cases {
		p := &domain.Plan{Contacts: c.contacts, Coverage: c.pairs}
		var got []gap
		for _, g := range Of(p, today) {
			got = append(got, gap{g.Kind, g.ContactID})
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func TestCoverageGapsOrderAndDays(t *testing.T) {
	today := domain.NewDate(2026, 11, 26)
	p := &domain.Plan{Contacts: []domain.Contact{
		{ID: "a", Name: "Zoe", Influence: 4},
		{ID: "b", Name: "Adam", Influence: 5},
		{ID: "c", Name: "Bea", Influence: 4},
		{ID: "l", Name: "Late", Influence: 1, Frequency: domain.CadenceMonthly, LastContact: domain.NewDate(2026, time.September, 26)},
	}}
	var names []string
	for _, g := range Of(p, today) {
		names = append(names, g.Name)
		if g.Kind == NotMet && g.Days != 61 {
			t.Errorf("days since last contact = %d, want 61", g.Days)
		}
	}
	if want := []string{"Adam", "Bea", "Zoe", "Late"}; !reflect.DeepEqual(names, want) {
		t.Errorf("order %v, want %v", names, want)
	}
}
