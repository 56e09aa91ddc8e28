package csvimport

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"kamplan/domain"
)

func addSeeds(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.csv")
	more, _ := filepath.Glob("testdata/*.txt")
	for _, name := range append(files, more...) {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("Name,Reports To\nA,B\nB,A\nA,A\n"))
	f.Add([]byte("\xff\xfeN\x00a\x00"))
	f.Add([]byte("Name;Email\n\"unterminated;x\n"))
}

// Whatever the file, parsing never panics and merging never leaves an invalid plan.
func FuzzParseContacts(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		cs, err := ParseContacts(bytes.NewReader(data), DatesUnknown)
		if err != nil {
			if domain.CodeOf(err) != domain.CodeInvalid {
				t.Fatalf("unreadable file gave %v", err)
			}
			return
		}
		p := planWith(domain.Contact{ID: "k", Name: "Ana", Influence: 4, RelNow: 1, RelTarget: 2})
		MergeContacts(p, "Aceros del Norte", cs.Rows, ContactOptions{}, &Report{})
		if err := p.Validate(); err != nil {
			t.Fatalf("merge produced an invalid plan: %v", err)
		}
	})
}

func FuzzParseAccounts(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		as, err := ParseAccounts(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, r := range as.Rows {
			if err := r.Account.Validate(); err != nil {
				t.Fatalf("row %d gives an invalid account: %v", r.Line, err)
			}
		}
	})
}
