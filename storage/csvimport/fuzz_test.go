package csvimport

import (
	"os"
	"path/filepath"
	"reflect"
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
	f.Add([]byte("Name,Last Activity,Title,Phone\nAna,03/04/2026,CFO,1\nAna,12/31/26,CEO,2\nBea,31.12.2026,,\n"))
	f.Add([]byte("Account Name,Employees,Annual Revenue,Industry\nAceros,\"1,800\",\"$1,250,000.50\",Steel\nX,51-200,\"1,5 M€\",\n"))
}

// storedContact is a person already in the plan with every field the CRM brings set.
func storedContact() domain.Contact {
	return domain.Contact{ID: "k", Name: "Ana", Email: "ana@x.es", Title: "CFO", Department: "Finanzas",
		Phone: "944000111", Influence: 4, RelNow: 1, RelTarget: 2}
}

// Whatever the file: parsing never panics; its dates read the same in every order that
// is accepted; merging never leaves an invalid plan; preferring what is stored never
// changes a stored value, and preferring the file takes exactly the values it reports.
func FuzzParseContacts(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := ReadBytes(data)
		if err != nil {
			if domain.CodeOf(err) != domain.CodeInvalid {
				t.Fatalf("unreadable file gave %v", err)
			}
			return
		}
		var read []Contacts // by order accepted; the first, when the file decides, read with no order given
		decided := false
		for _, order := range []DateOrder{DatesUnknown, DatesDMY, DatesMDY} {
			cs, err := ContactsFrom(tb, DetectMapping(tb.Header, KindContacts), order)
			if err != nil {
				if domain.CodeOf(err) != domain.CodeInvalid {
					t.Fatalf("%s: %v", order, err)
				}
				continue
			}
			decided = decided || order == DatesUnknown
			read = append(read, cs)
		}
		if decided {
			checkDatesAgree(t, read)
		}
		if len(read) > 0 {
			checkMerges(t, read[len(read)-1].Rows)
		}
	})
}

// checkDatesAgree: a date the file decides (read[0]) is the same whatever order is given.
func checkDatesAgree(t *testing.T, read []Contacts) {
	for _, cs := range read[1:] {
		for i, r := range cs.Rows {
			if d := read[0].Rows[i].Contact.LastContact; !d.IsZero() && !d.Equal(r.Contact.LastContact) {
				t.Fatalf("line %d: %s in one order, %s in another", r.Line, d, r.Contact.LastContact)
			}
		}
	}
}

func checkMerges(t *testing.T, rows []ContactRow) {
	for _, prefer := range []Prefer{PreferStored, PreferFile} {
		p := planWith(storedContact())
		var rep Report
		MergeContacts(p, &domain.Account{Name: "Aceros del Norte"}, rows, ContactOptions{Prefer: prefer}, &rep)
		if err := p.Validate(); err != nil {
			t.Fatalf("prefer %d: merge produced an invalid plan: %v", prefer, err)
		}
		got, was := p.FindContact("k"), storedContact()
		kept := got.Title == was.Title && got.Department == was.Department && got.Phone == was.Phone
		if prefer == PreferStored && (!kept || anyReplaced(rep)) {
			t.Fatalf("the stored values changed: %+v", got)
		}
		if prefer == PreferFile && !kept && !anyReplaced(rep) {
			t.Fatalf("a stored value changed without a difference reported: %+v", got)
		}
	}
}

func anyReplaced(rep Report) bool {
	for _, d := range rep.Differences {
		if d.Replaced {
			return true
		}
	}
	return false
}

// storedAccount is a company already in the portfolio with every profile field set.
func storedAccount() domain.Account {
	return domain.Account{ID: "a", Name: "Aceros del Norte", Tier: domain.TierKey, Industry: "Siderurgia",
		Country: "España", Website: "acerosdelnorte.es", Owner: "Laura Gómez", Employees: 1800,
		AnnualRevenue: 135_000_000_000, RevenueCurrency: "EUR", Size: "grande", Notes: "Nota"}
}

// Whatever the file: every account read is valid, its size never negative; merged into a
// stored profile it stays valid, and preferring what is stored changes no stored value.
func FuzzParseAccounts(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := ReadBytes(data)
		if err != nil {
			return
		}
		as, err := AccountsFrom(tb, DetectMapping(tb.Header, KindAccounts))
		if err != nil {
			return
		}
		for _, r := range as.Rows {
			if err := r.Account.Validate(); err != nil || r.Account.Employees < 0 || r.Account.AnnualRevenue < 0 {
				t.Fatalf("row %d gives an invalid account: %v %+v", r.Line, err, r.Account)
			}
			for _, prefer := range []Prefer{PreferStored, PreferFile} {
				a := storedAccount()
				d := &differ{line: r.Line, name: a.Name, prefer: prefer}
				mergeAccount(&a, r.Account, d)
				if err := a.Validate(); err != nil {
					t.Fatalf("prefer %d: merged profile invalid: %v", prefer, err)
				}
				a.Notes = storedAccount().Notes // notes gain the file's lines either way
				if prefer == PreferStored && !reflect.DeepEqual(a, storedAccount()) {
					t.Fatalf("the stored profile changed: %+v", a)
				}
			}
		}
	})
}
