package csvimport_test

import (
	"bytes"
	"fmt"
	"testing"

	"kamplan/domain"
	"kamplan/storage/csvimport"
)

func contactsFile(n int) []byte {
	var b bytes.Buffer
	b.WriteString("First Name,Last Name,Email,Title,Account Name,Phone,Mailing City,Reports To,Description\n")
	for i := range n {
		boss := ""
		if i > 0 {
			boss = fmt.Sprintf("Persona %d", i/10)
		}
		fmt.Fprintf(&b, "Persona,%d,p%d@acerosdelnorte.es,Técnico %d,\"Aceros del Norte, S.A.\",+34 944 %06d,Bilbao,%s,\"Nota\nde dos líneas\"\n", i, i, i%40, i, boss)
	}
	return b.Bytes()
}

// 5,000 contacts into a plan of 300: under 1 s (the budget).
func BenchmarkImport5000ContactsInto300(b *testing.B) {
	data := contactsFile(5000)
	for b.Loop() {
		b.StopTimer()
		s := seeded(b)
		planID := acerosPlan(b, s)
		p, _ := s.LoadPlan(ctx, planID)
		for i := len(p.Contacts); i < 300; i++ {
			p.Contacts = append(p.Contacts, domain.Contact{ID: domain.NewID(), Name: fmt.Sprintf("Existing %d", i), Email: fmt.Sprintf("e%d@x.es", i), Influence: 3})
		}
		if err := s.SavePlan(ctx, p); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		rep, err := csvimport.ImportContacts(ctx, s, planID, bytes.NewReader(data), csvimport.ContactOptions{})
		if err != nil || rep.Created != 5000 {
			b.Fatalf("%+v %v", rep.Created, err)
		}
	}
}

// 5,000 accounts into a portfolio of 1,000: under 2 s.
func BenchmarkImport5000AccountsInto1000(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString("Account Name,Industry,Billing Country,Website,Account Owner,Employees,Annual Revenue,Description\n")
	for i := range 5000 {
		fmt.Fprintf(&buf, "Cliente %d S.L.,Metal,Spain,www.c%d.es,Laura Gómez,%d,%d000,Nota %d\n", i, i, i, i, i)
	}
	data := buf.Bytes()
	for b.Loop() {
		b.StopTimer()
		s := seeded(b)
		if err := s.ImportAccounts(ctx, existing(1000), nil, "FY2027"); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		as, err := csvimport.ParseAccounts(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		ai, err := csvimport.PrepareAccounts(ctx, s, as, csvimport.PreferStored)
		if err != nil || len(ai.Create) != 4750 {
			b.Fatalf("%d %v", len(ai.Create), err)
		}
		if err := ai.Save(ctx, s, "FY2027"); err != nil {
			b.Fatal(err)
		}
	}
}

// existing is a portfolio of n accounts, a quarter of them also in the benchmark's file.
func existing(n int) []*domain.Account {
	var out []*domain.Account
	for i := range n {
		name := fmt.Sprintf("Cliente %d, S.L.", i*10)
		if i%2 == 1 {
			name = fmt.Sprintf("Otro cliente %d", i)
		}
		out = append(out, &domain.Account{Name: name, Tier: domain.TierOther})
	}
	return out
}

// 2,000 opportunities of a Salesforce report into the sample plan, then the same report
// again (every row matched by its CRM id).
func BenchmarkImport2000OpportunitiesTwice(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString("Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Probability (%),Close Date,Opportunity Owner\n")
	for i := range 2000 {
		fmt.Fprintf(&buf, "006%07d,Oportunidad %d,\"Aceros del Norte, S.A.\",Qualification,\"%d,250.50\",10,12/%02d/2027,Laura Gómez\n", i, i, 1+i%900, 1+i%28)
	}
	data := buf.Bytes()
	for b.Loop() {
		b.StopTimer()
		s := seeded(b)
		planID := acerosPlan(b, s)
		b.StartTimer()
		for range 2 {
			if _, err := csvimport.ImportOpportunities(ctx, s, planID, bytes.NewReader(data), csvimport.OppOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
