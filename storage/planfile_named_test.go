package storage

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"kamplan/domain"
)

func plansOf(f *domain.PlanFile) []*domain.Plan {
	var out []*domain.Plan
	for i := range f.Plans {
		out = append(out, &f.Plans[i])
	}
	return out
}

// A version-2 plan file keeps importing and becomes the one coverage model; exported, it
// is a version-3 file with member ids and no owner on any contact, that reads back the same.
func TestPlanFileVersion2BecomesTheNewModel(t *testing.T) {
	l := newLegacyAccount(t, seededStore(t))
	f, err := DecodePlanFile(l.legacyFile(t, 2, true))
	if err != nil {
		t.Fatal(err)
	}
	l.checkAdopted(t, &f.Account, plansOf(&f))
	s, err := OpenNoSeed(filepath.Join(t.TempDir(), "new.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.ImportJSON(ctx, l.legacyFile(t, 2, true), false); err != nil {
		t.Fatal(err)
	}
	out, err := s.ExportJSON(ctx, l.account.Name, "")
	if err != nil {
		t.Fatal(err)
	}
	checkVersion3(t, out)
	again, err := DecodePlanFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := EncodePlanFile(again); string(b) != string(out) {
		t.Fatal("the exported file does not read back the same")
	}
}

// checkVersion3: the new model on paper — members with ids, pairs by id, no owner on contacts.
func checkVersion3(t *testing.T, data []byte) {
	t.Helper()
	var f struct {
		Version int
		Account struct{ Team []map[string]any }
		Plans   []struct{ Contacts, Coverage []map[string]any }
	}
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	if f.Version != 3 || len(f.Account.Team) == 0 {
		t.Fatalf("version %d, team %v", f.Version, f.Account.Team)
	}
	for _, m := range f.Account.Team {
		if m["id"] == nil || m["id"] == "" {
			t.Errorf("member without id: %v", m)
		}
	}
	for _, p := range f.Plans {
		for _, c := range p.Contacts {
			if _, ok := c["owner"]; ok {
				t.Errorf("contact %v has an owner", c["name"])
			}
		}
		for _, c := range p.Coverage {
			if _, ok := c["member"]; ok || c["member_id"] == "" {
				t.Errorf("pair %v does not refer to its member by id", c)
			}
		}
	}
}

// A version-1 plan file (before coverage): each owner becomes the contact's pair.
func TestPlanFileVersion1OwnersBecomePairs(t *testing.T) {
	l := newLegacyAccount(t, seededStore(t))
	f, err := DecodePlanFile(l.legacyFile(t, 1, false))
	if err != nil {
		t.Fatal(err)
	}
	l.checkOwnersArePairs(t, &f.Account, plansOf(&f))
}

// FuzzDecodeOlderPlanFile: a plan file of any version decodes without panicking into the
// current model or into a list of problems; what decodes writes a version-3 file that
// decodes to the same bytes again.
func FuzzDecodeOlderPlanFile(f *testing.F) {
	f.Add([]byte(`{"format":"kamplan.plan","version":2,"account":{"id":"a","name":"X","tier":"key","team":[{"name":"Ana","role":"manager"},{"name":"ana","role":"other"}]},` +
		`"plans":[{"id":"p","period":"FY","language":"es","currency":"EUR","contacts":[{"id":"c","name":"C","influence":3,"owner":"ANA"},{"id":"d","name":"D","influence":4,"owner":"Luis"}],` +
		`"coverage":[{"id":"k","member":"Luis","contact_id":"c"},{"id":"k2","member":" luis ","contact_id":"c"},{"id":"k3","member":"","contact_id":"d"}]}]}`))
	f.Add([]byte(`{"format":"kamplan.plan","version":1,"account":{"id":"a","name":"X","tier":"key"},"plans":[{"id":"p","period":"FY","language":"es","currency":"EUR","contacts":[{"id":"c","name":"C","influence":3,"owner":"Rosa"}]}]}`))
	f.Add([]byte(`{"format":"kamplan.plan","version":2,"plans":[{"coverage":[{"member":7}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		pf, err := DecodePlanFile(data)
		if err != nil {
			if _, ok := err.(domain.Problems); !ok {
				t.Fatalf("a bad file gave %T, not a list of problems: %v", err, err)
			}
			return
		}
		pf.Version = domain.PlanFileVersion
		out, err := EncodePlanFile(pf)
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodePlanFile(out)
		if err != nil {
			t.Fatalf("a decoded file does not read back: %v", err)
		}
		if b, _ := EncodePlanFile(again); string(b) != string(out) {
			t.Fatal("a decoded file reads back differently")
		}
	})
}
