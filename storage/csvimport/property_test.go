package csvimport

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"kamplan/domain"
)

// randomFile writes a contacts file from small pools, so that rows collide often: two
// people named Ana García, names written with and without accents or capitals, e-mails
// in any case, titles given or not, other companies. An e-mail belongs to one person, and
// a person is written with an e-mail on every row or on none (Jon has none): a file where
// the same person has an e-mail on some rows and not on others can, on a second import,
// merge rows the first import kept apart (the e-mail arrives with a later row).
func randomFile(rng *rand.Rand, rows int) string {
	people := [][3]string{{"Ana", "García", "ana@x.es"}, {"Ana", "García", "agarcia@y.es"},
		{"Jon", "Arrieta", ""}, {"Begoña", "Ibáñez", "b@y.es"}}
	pick := func(xs ...string) string { return xs[rng.Intn(len(xs))] }
	var b strings.Builder
	b.WriteString("First Name,Last Name,Email,Title,Company,Phone,City\n")
	for range rows {
		p := people[rng.Intn(len(people))]
		first, last, email := pick(p[0], strings.ToUpper(p[0])), pick(p[1], fold(p[1])), pick(p[2], strings.ToUpper(p[2]))
		fmt.Fprintf(&b, "%s,%s,%s,%s,%s,%s,%s\n", first, last, email, pick("", "CFO", "CTO", "cfo"),
			pick("", "Aceros del Norte", "Aceros del Norte S.A.", "Otra Empresa"), pick("", "944000111", "600111222"), pick("", "Bilbao", "Gijón"))
	}
	return b.String()
}

func mergeText(t *testing.T, p *domain.Plan, text string, opts ContactOptions) {
	cs, err := ParseContacts(strings.NewReader(text), DatesUnknown)
	if err != nil {
		t.Fatal(err)
	}
	MergeContacts(p, &domain.Account{Name: "Aceros del Norte, S.A."}, cs.Rows, opts, &Report{})
}

// withoutIDs is what a plan's contacts say, whatever ids they were given.
func withoutIDs(p *domain.Plan) []domain.Contact {
	out := append([]domain.Contact(nil), p.Contacts...)
	for i := range out {
		out[i].ID = ""
	}
	return out
}

// Keep both and merge: every decision lands in the plan, so a second import finds the
// same people. (Skipping a possible duplicate leaves no trace in the plan: a later row of
// the same person may then be matched differently the next time.)
func TestImportingTwiceChangesNothingAndAThenBIsAPlusB(t *testing.T) {
	rng := rand.New(rand.NewSource(10))
	for i := range 400 {
		opts := ContactOptions{Duplicates: Duplicates(i % 2), Companies: map[string]bool{}}
		a, b := randomFile(rng, 1+rng.Intn(8)), randomFile(rng, 1+rng.Intn(8))
		start := []domain.Contact{{ID: "k", Name: "Ana García", Title: "CFO", Influence: 4}, {ID: "j", Name: "Jon Arrieta", Email: "jarrieta@x.es", Influence: 2}}
		once := planWith(start...)
		mergeText(t, once, a, opts)
		twice := planWith(once.Contacts...)
		twice.Contacts = append([]domain.Contact(nil), once.Contacts...)
		mergeText(t, twice, a, opts)
		if !reflect.DeepEqual(once.Contacts, twice.Contacts) {
			t.Fatalf("case %d: the second import changed the plan\nfile:\n%s\nonce:  %+v\ntwice: %+v", i, a, once.Contacts, twice.Contacts)
		}
		seq := planWith(start...)
		mergeText(t, seq, a, opts)
		mergeText(t, seq, b, opts)
		whole := planWith(start...)
		header, rowsB, _ := strings.Cut(b, "\n")
		_ = header
		mergeText(t, whole, a+rowsB, opts)
		if !reflect.DeepEqual(withoutIDs(seq), withoutIDs(whole)) {
			t.Fatalf("case %d: A then B differs from A+B\nA:\n%s\nB:\n%s", i, a, b)
		}
		if err := seq.Validate(); err != nil {
			t.Fatal(err)
		}
	}
}
