package csvimport_test

import (
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/storage/csvimport"
)

func differences(rep csvimport.Report) string {
	var out []string
	for _, d := range rep.Differences {
		out = append(out, d.String())
	}
	return strings.Join(out, "\n")
}

// A second CRM's export of a company already in the portfolio: every value it has that
// differs from the stored one is reported with its line, and kept or replaced as chosen;
// blank fields are filled, numbers read as numbers.
func TestAccountMergeReportsDifferences(t *testing.T) {
	const diffs = "line 3: Cafe Origenes: industry Coffee ≠ Food & Beverage\n" +
		"line 3: Cafe Origenes: owner Ana Sousa ≠ Javier Ortega\n" +
		"line 3: Cafe Origenes: employees 100 ≠ 120\n" +
		"line 4: Cementos del Ebro, S.A.: industry Cemento y hormigón ≠ Construction\n" +
		"line 4: Cementos del Ebro, S.A.: country España ≠ Spain"
	tests := []struct {
		prefer                 csvimport.Prefer
		industry, owner, notes string
		employees              int
		replaced               bool
	}{
		{csvimport.PreferStored, "Coffee", "Ana Sousa", "line 3: Café Orígenes Ltda. is Cafe Origenes, already in the portfolio (same name once case, accents, punctuation and a legal form at the end are set aside): country, website, annual revenue filled in", 100, false},
		{csvimport.PreferFile, "Food & Beverage", "Javier Ortega", "Cafe Origenes, already in the portfolio (same name once case, accents, punctuation and a legal form at the end are set aside): country, website, annual revenue filled in", 120, true},
	}
	for _, tt := range tests {
		s := seeded(t)
		stored := &domain.Account{Name: "Cafe Origenes", Tier: domain.TierKey, Industry: "Coffee", Owner: "Ana Sousa", Employees: 100}
		if _, err := s.CreateAccount(ctx, stored, "FY2027"); err != nil {
			t.Fatal(err)
		}
		as, err := csvimport.ParseAccounts(open(t, "sf_accounts_legal_forms.csv"))
		if err != nil {
			t.Fatal(err)
		}
		ai, err := csvimport.PrepareAccounts(ctx, s, as, tt.prefer)
		if err != nil {
			t.Fatal(err)
		}
		if got := differences(ai.Report); got != diffs {
			t.Errorf("prefer %d: differences\n%s\nwant\n%s", tt.prefer, got, diffs)
		}
		for _, d := range ai.Report.Differences {
			if d.Replaced != tt.replaced {
				t.Errorf("prefer %d: %s replaced = %v", tt.prefer, d, d.Replaced)
			}
		}
		mustContain(t, notes(ai.Report), tt.notes)
		if err := ai.Save(ctx, s, "FY2027"); err != nil {
			t.Fatal(err)
		}
		a, _ := s.AccountByName(ctx, "Cafe Origenes")
		if a.Industry != tt.industry || a.Owner != tt.owner || a.Employees != tt.employees || a.AnnualRevenue != 850_000_000 ||
			a.Country != "Colombia" || a.Tier != domain.TierKey || a.Size != "" {
			t.Errorf("prefer %d: stored %+v", tt.prefer, a)
		}
	}
}

// Employees and annual revenue become numbers when the file writes numbers, whatever its
// grouping; what is not a number stays as text in the size, and the report says so.
func TestAccountSizeInNumbers(t *testing.T) {
	tests := []struct {
		employees, revenue string
		wantEmployees      int
		wantRevenue        int64
		currency, size     string
	}{
		{"950", "120000000", 950, 12_000_000_000, "", ""},
		{"1,800", "$1,250,000.50", 1800, 125_000_050, "USD", ""},
		{"1.800", "25.000.000 €", 1800, 2_500_000_000, "EUR", ""},
		{"2 400", "EUR 8 500 000,5", 2400, 850_000_050, "EUR", ""},
		{"", "£3,200,000", 0, 320_000_000, "GBP", ""},
		{"51-200", "1,5 M€", 0, 0, "", "Employees: 51-200; Annual Revenue: 1,5 M€"},
		{"-5", "12,34,567", 0, 0, "", "Employees: -5; Annual Revenue: 12,34,567"},
	}
	for _, tt := range tests {
		text := "Account Name;Employees;Annual Revenue\nHerrajes Vascos;" + tt.employees + ";" + tt.revenue + "\n"
		as, err := csvimport.ParseAccounts(strings.NewReader(text))
		if err != nil || len(as.Rows) != 1 {
			t.Fatalf("%q: %v %+v", text, err, as)
		}
		a := as.Rows[0].Account
		if a.Employees != tt.wantEmployees || a.AnnualRevenue != tt.wantRevenue || a.RevenueCurrency != tt.currency || a.Size != tt.size {
			t.Errorf("%s / %s: %d employees, revenue %d %q, size %q", tt.employees, tt.revenue, a.Employees, a.AnnualRevenue, a.RevenueCurrency, a.Size)
		}
		if tt.size != "" {
			mustContain(t, notes(csvimport.Report{Notes: as.Notes}), "is not a number: kept as text in the size")
		}
	}
}
