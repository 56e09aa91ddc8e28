package csvimport

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"kamplan/domain"
	"kamplan/domain/pipeline"
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
		AnnualRevenue: 135_000_000_000, RevenueCurrency: "EUR", Size: "grande", Notes: "Nota", CRMID: "crm-a"}
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

// Whatever the file: reading opportunities never panics, every row read has a name, and
// amounts and probabilities are within their ranges.
func FuzzParseOpportunities(f *testing.F) {
	addSeeds(f)
	f.Add([]byte("Deal - Title;Deal - Value;Deal - Stage;Deal - Expected close date\nA;\"1.234,5\";won;31/12/2026\nB;-3;x;\n"))
	f.Add([]byte("Opportunity Name,Amount,Probability (%),Stage\nA,\"1,500\",0.5,Closed Won\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, opts := range []OppOptions{{}, {Dates: DatesDMY, Decimals: DecimalComma}, {Dates: DatesMDY, Decimals: DecimalPoint}} {
			o, err := OpportunitiesFrom(tableOf(data), opts)
			if err != nil {
				continue
			}
			for _, r := range o.Rows {
				if r.Name == "" || r.Amount < 0 || r.Probability < 0 || r.Probability > 100 {
					t.Fatalf("%+v", r)
				}
			}
			mergeIntoPlan(t, o)
		}
	})
}

func tableOf(data []byte) Table {
	t, _ := ReadBytes(data)
	return t
}

// mergeIntoPlan merges o into a plan that already has an opportunity: every row is
// accounted for and the plan stays valid.
func mergeIntoPlan(t *testing.T, o Opportunities) {
	p := domain.NewPlan("a", "FY2027")
	p.Opportunities = []domain.Deal{{ID: "d", Name: "A", Stage: "qualify", Probability: 10, CRMID: "1"}}
	rep := Report{}
	m := &oppMerge{p: p, a: &domain.Account{ID: "a", Name: "Aceros"}, crm: o.CRM, stages: pipeline.DefaultStages(), rep: &rep,
		byID: map[string]int{}, byName: map[string]int{}, seenID: map[string]int{}, seenKey: map[string]int{}}
	m.index()
	for _, r := range o.Rows {
		m.row(r)
	}
	if n := rep.Created + rep.Updated + rep.Unchanged + rep.Skipped; n != len(o.Rows) {
		t.Fatalf("%d of %d rows accounted for", n, len(o.Rows))
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
}
