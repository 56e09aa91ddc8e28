package storage

import (
	"path/filepath"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/gen"
)

func counts(t *testing.T, s *Store) [3]int {
	var c [3]int
	for i, table := range []string{"accounts", "plans", "plan_items"} {
		if err := s.db.QueryRow("SELECT count(*) FROM " + table).Scan(&c[i]); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// FuzzImportJSON: whatever the file, import never panics and a refused file writes nothing.
func FuzzImportJSON(f *testing.F) {
	files, _ := assets.SampleFiles()
	for _, b := range files[1:] {
		f.Add(b)
	}
	small, _ := EncodePlanFile(gen.Portfolio(1)[0])
	f.Add(small)
	f.Add([]byte(`{"format":"kamplan.plan","version":1,"account":{"id":"a","name":"X","tier":"key"},"plans":[{"id":"p","period":"FY","language":"es","currency":"EUR"}]}`))
	f.Add([]byte(`{"format":"kamplan.plan","version":1,"plans":[{"contacts":[{"reports_to":"x"}]}]}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"format":"kamplan.plan","version":3,"plans":[{"wallet":{"potential":5,"internal":true},"centres":[{"id":"c","name":"C"}]}]}`))
	// version 2: a pair naming its member, an owner typed on a contact
	f.Add([]byte(`{"format":"kamplan.plan","version":2,"account":{"id":"a","name":"X","tier":"key","team":[{"name":"Ana","role":"manager"}]},` +
		`"plans":[{"id":"p","period":"FY","language":"es","currency":"EUR","contacts":[{"id":"c","name":"C","influence":3,"owner":"ana"}],` +
		`"coverage":[{"id":"k","member":"Luis","contact_id":"c"},{"id":"k2","member":5,"contact_id":"c"}]}]}`))
	s, err := OpenNoSeed(filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := DecodePlanFile(data); err != nil {
			if _, ok := err.(domain.Problems); !ok {
				t.Fatalf("a bad file gave %T, not a list of problems: %v", err, err)
			}
			return // refused before the database is touched
		}
		before := counts(t, s)
		pf, err := s.ImportJSON(ctx, data, false)
		if err != nil {
			if domain.CodeOf(err) == domain.CodeInternal {
				t.Fatalf("internal error on bad input: %v", err)
			}
			if counts(t, s) != before {
				t.Fatalf("a refused import changed the database: %v", err)
			}
			return
		}
		for _, p := range pf.Plans {
			loaded, err := s.LoadPlan(ctx, p.ID)
			if err != nil || loaded.Validate() != nil {
				t.Fatalf("imported plan cannot be loaded back: %v", err)
			}
		}
		if err := s.DeleteAccount(ctx, pf.Account.ID); err != nil {
			t.Fatal(err)
		}
	})
}
