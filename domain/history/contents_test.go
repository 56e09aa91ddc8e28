package history_test

import (
	"reflect"
	"slices"
	"testing"

	"kamplan/domain"
	"kamplan/domain/history"
)

func TestContentsSaysWhatAStateHolds(t *testing.T) {
	d := historyDoc(t)
	p := d.Plan
	p.PreparedFor = ""
	item, kpi := p.SWOTs[0].Items[0], p.KPIs[0]
	contact := p.Contacts[slices.IndexFunc(p.Contacts, func(k domain.Contact) bool { return k.RelNow != 0 })]
	got := history.Contents(*d)
	tests := []struct {
		name string
		want history.Change
	}{
		{"a field that is set", history.Change{Section: history.SectionWallet, Kind: history.Changed,
			Field: "wallet.potential", Old: int64(0), New: p.Wallet.Potential}},
		{"an element", history.Change{Section: history.SectionContacts, Kind: history.Added, Coll: domain.CollContacts,
			ID: contact.ID, Name: contact.Name, New: contact}},
		{"a field of an element", history.Change{Section: history.SectionContacts, Kind: history.Changed, Coll: domain.CollContacts,
			ID: contact.ID, Name: contact.Name, Field: "rel_now", Old: 0, New: contact.RelNow}},
		{"an element of a nested list", history.Change{Section: history.SectionSWOT, Kind: history.Added, Coll: domain.CollSWOTItems,
			Parent: p.SWOTs[0].ID, ID: item.ID, Name: item.Text, New: item}},
		{"a score", history.Change{Section: history.SectionPortfolio, Kind: history.Changed, Coll: history.CollStrengthScores,
			ID: "price", Name: "Price", Field: "score", Old: 0, New: p.Portfolio.Strength.Scores["price"]}},
		{"a KPI measurement", history.Change{Section: history.SectionKPIs, Kind: history.Added, Coll: history.CollKPIHistory,
			Parent: kpi.ID, ID: kpi.History[0].Period, Name: kpi.Name, New: kpi.History[0]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !containsChange(got, tt.want) {
				t.Errorf("missing %s", shown([]history.Change{tt.want}))
			}
		})
	}
	for _, c := range got {
		if c.Field == "id" || c.Field == "prepared_for" || (c.Kind == history.Changed && reflect.DeepEqual(c.Old, c.New)) {
			t.Errorf("lists what is not set: %s", shown([]history.Change{c}))
		}
	}
}

// Every element of every list is in the contents once, and each of its fields that is set.
func TestContentsListsEveryElement(t *testing.T) {
	d := historyDoc(t)
	added := map[domain.Coll]int{}
	for _, c := range history.Contents(*d) {
		if c.Kind == history.Added {
			added[c.Coll]++
		}
	}
	for _, col := range domain.Collections() {
		n := 0
		col.Each(d, func(int, string, any) { n++ })
		if added[col.Name] != n {
			t.Errorf("%s: %d elements listed, the plan has %d", col.Name, added[col.Name], n)
		}
	}
	measured := 0
	for _, k := range d.Plan.KPIs {
		measured += len(k.History)
	}
	if added[history.CollKPIHistory] != measured {
		t.Errorf("%d measurements listed, the plan has %d", added[history.CollKPIHistory], measured)
	}
}

func containsChange(cs []history.Change, want history.Change) bool {
	w := shown([]history.Change{want})
	for _, c := range cs {
		if shown([]history.Change{c}) == w {
			return true
		}
	}
	return false
}

// A SWOT's items come right after the SWOT and its fields, a KPI's measurements after the KPI.
func TestContentsNestsWhatAnElementHolds(t *testing.T) {
	d := historyDoc(t)
	cs := history.Contents(*d)
	holder, held := "", 0
	for i, c := range cs {
		if c.Parent != "" {
			held++
		}
		switch {
		case c.Parent == "" && c.Kind == history.Added:
			holder = c.ID
		case c.Parent != "" && c.Parent != holder:
			t.Fatalf("change %d (%s %s) is not after the element that holds it", i, c.Coll, c.Name)
		}
	}
	if held == 0 {
		t.Fatal("no SWOT item nor measurement in the contents")
	}
}
