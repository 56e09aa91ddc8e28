package editor

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// The client's employees and annual revenue are numbers on the Profile page: shown the
// interface language's way, refused when not a whole number or negative, saved when valid.
func TestProfileEditsTheClientsSizeInNumbers(t *testing.T) {
	a, e := openSample(t, "es")
	page := e.profilePage()
	employees := fieldNamed(t, page, "Empleados")
	revenue := fieldNamed(t, page, "Facturación anual del cliente")
	currency := fieldNamed(t, page, "Moneda de la facturación")
	if employees.Text != "1800" || revenue.Text != "1.350.000.000" || currency.Text != "EUR" || currency.PlaceHolder != "EUR" {
		t.Fatalf("shows %q employees, %q %q", employees.Text, revenue.Text, currency.Text)
	}
	for _, bad := range []string{"-3", "12,5", "muchos"} {
		retype(employees, bad)
		if !employees.msg.Visible() || e.account.Employees != 1800 {
			t.Fatalf("%q accepted: %d", bad, e.account.Employees)
		}
	}
	retype(employees, "2.050")
	retype(revenue, "1.400.000.000")
	retype(currency, "")
	if !e.Flush() {
		t.Fatal(e.saveState.Text)
	}
	stored, err := a.store.AccountByName(a.ctx, "Aceros del Norte, S.A.")
	if err != nil || stored.Employees != 2050 || stored.AnnualRevenue != 140_000_000_000 || stored.RevenueCurrency != "" {
		t.Fatalf("stored %+v %v", stored, err)
	}
	test.Type(currency, "eurox")
	if !currency.msg.Visible() {
		t.Fatal("an invalid currency was accepted")
	}
}
