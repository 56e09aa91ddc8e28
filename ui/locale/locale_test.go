package locale

import (
	"strings"
	"testing"

	"kamplan/domain"
)

var en, es = New("en"), New("es")

// Amounts are read one way per language, the way they are written, and never guessed.
func TestAmountsAreReadTheLanguagesWay(t *testing.T) {
	tests := []struct {
		l    Locale
		in   string
		want int64
		ok   bool
	}{
		{en, "1,250,000.50", 125000050, true}, {es, "1.250.000,50", 125000050, true},
		{en, "2.5", 250, true}, {es, "2,5", 250, true},
		{en, "1.250", 0, false}, {es, "2.5", 0, false}, {en, "1,25", 0, false},
		{en, "3M", 300000000, true}, {es, "1,5 M€", 150000000, true}, {en, "250k", 25000000, true},
		{es, "260 mil", 26000000, true}, {es, "1,4 M", 140000000, true}, {es, "1,4\u00a0M", 140000000, true}, {es, "12.500,50\u00a0€", 1250050, true}, {en, "1.2B", 120000000000, true},
		{en, "€ 1,250", 125000, true}, {en, "3Mx", 0, false}, {en, "", 0, true}, {en, "-5", 0, false},
		{es, "12.50", 0, false}, {en, "1,2345,678", 0, false}, {es, "1250", 125000, true},
	}
	for _, tt := range tests {
		got, err := tt.l.ParseAmount(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("%s %q: %d, %v", tt.l.Lang(), tt.in, got, err)
		}
	}
}

func TestDaysAreReadTheLanguagesWay(t *testing.T) {
	tests := []struct {
		l    Locale
		in   string
		want domain.Date
		ok   bool
	}{
		{en, "2027-04-03", domain.NewDate(2027, 4, 3), true}, {es, "03/04/2027", domain.NewDate(2027, 4, 3), true},
		{en, "03/04/2027", domain.Date{}, false}, {es, "2027-04-03", domain.NewDate(2027, 4, 3), true},
		{es, "31/02/2026", domain.Date{}, false}, {es, "3/4/27", domain.Date{}, false},
	}
	for _, tt := range tests {
		got, err := tt.l.ParseDay(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("%s %q: %v, %v", tt.l.Lang(), tt.in, got, err)
		}
	}
}

// What is written on screen and on paper is the same, and what an entry shows reads back.
func TestFormats(t *testing.T) {
	tests := []struct{ got, want string }{
		{es.Money(125000000, "EUR"), "1.250.000\u00a0€"},
		{en.Money(125000000, "EUR"), "€1,250,000"},
		{en.Money(99950, "USD"), "$999.50"},
		{en.Money(1250000050, "EUR"), "€12,500,000.50"},
		{es.Money(1250000050, "EUR"), "12.500.000,50\u00a0€"},
		{en.Money(1250000000, "EUR"), "€12,500,000"},
		{es.Money(-500000, "GBP"), "−5000\u00a0£"},
		{en.Money(100000, "CHF"), "CHF\u00a01,000"},
		{es.Money(100000, "MXN"), "1000\u00a0MXN"},
		{es.Number(1234567.891, 2), "1.234.567,89"},
		{en.Number(1234567.891, 2), "1,234,567.89"},
		{en.Number(1250.5, 1), "1,250.5"},
		{es.Number(1250.5, 1), "1250,5"},
		{es.Number(2027, 0), "2027"},
		{es.Number(12500, 0), "12.500"},
		{es.Number(-3.5, 1), "−3,5"},
		{es.Number(-0.04, 1), "0,0"},
		{es.Pct(22.916), "22,9\u00a0%"},
		{en.Pct(22.916), "22.9%"},
		{en.Amount(125000050), "1,250,000.50"},
		{es.Amount(300000000), "3.000.000"},
		{es.Compact(126000000), "1,3\u00a0M"},
		{en.Compact(126000000), "1.3M"},
		{es.Compact(140000000), "1,4\u00a0M"},
		{es.Compact(26000000), "260\u00a0mil"},
		{en.Compact(26000000), "260k"},
		{en.Compact(45000000), "450k"},
		{en.Compact(150000), "1.5k"},
		{es.Compact(150000), "1,5\u00a0mil"},
		{en.Compact(300000000000), "3B"},
		{es.Compact(120000000000), "1200\u00a0M"},
		{es.Compact(90000), "900"},
		{en.Compact(99999900), "1M"},
		{en.Compact(104000000), "1M"},
		{en.Compact(999000), "10k"},
		{es.Day(domain.NewDate(2026, 11, 22)), "22/11/2026"},
		{en.Day(domain.NewDate(2026, 11, 22)), "2026-11-22"},
		{en.Day(domain.Date{}), ""},
		{es.LongDate(domain.NewDate(2026, 11, 22)), "22/11/2026"},
		{en.LongDate(domain.NewDate(2026, 11, 22)), "22 Nov 2026"},
		{en.LongDate(domain.Date{}), "—"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	for _, l := range []Locale{en, es} {
		for _, minor := range []int64{0, 5, 125000, 123456789, 125000050} {
			if got, err := l.ParseAmount(l.Amount(minor)); err != nil || got != minor {
				t.Errorf("%s: %d written %q reads %d, %v", l.Lang(), minor, l.Amount(minor), got, err)
			}
		}
	}
}

func TestPeriodsInTheLanguage(t *testing.T) {
	for _, tt := range []struct {
		l          Locale
		in, want   string
		recognised bool
	}{
		{es, "2026-10", "oct. 2026", true}, {en, "2026-10", "Oct 2026", true},
		{es, "2027-Q3", "T3 2027", true}, {en, "2027-Q3", "Q3 2027", true},
		{es, "2027-H1", "S1 2027", true}, {en, "2027H2", "H2 2027", true},
		{en, "2026-13", "2026-13", false}, {es, "Semana 3", "Semana 3", false},
	} {
		if got, ok := tt.l.Period(tt.in); got != tt.want || ok != tt.recognised {
			t.Errorf("%s %q: %q, %v", tt.l.Lang(), tt.in, got, ok)
		}
	}
}

// A cover dates itself written out, in its language.
func TestFullDate(t *testing.T) {
	for _, c := range []struct{ lang, want string }{{"en", "7 December 2026"}, {"es", "7 de diciembre de 2026"}} {
		if got := New(c.lang).FullDate(domain.NewDate(2026, 12, 7)); got != c.want {
			t.Errorf("%s: %q, want %q", c.lang, got, c.want)
		}
	}
	if got := New("es").FullDate(domain.Date{}); got != "—" {
		t.Errorf("no day: %q", got)
	}
}

// A KPI's figures share its decimals; a value is written with its unit the language's way.
func TestKPIValues(t *testing.T) {
	oee := domain.KPI{Unit: "puntos", Baseline: 0, Target: 4, History: []domain.Measurement{{Period: "2026-09", Value: 3.7}}}
	growth := domain.KPI{Unit: "% interanual", Baseline: 4, Target: 15, History: []domain.Measurement{{Period: "2026-09", Value: 14}}}
	tests := []struct{ got, want string }{
		{es.KPIFigure(oee, oee.Target), "4,0"},
		{es.KPIFigure(oee, 3.7), "3,7"},
		{es.KPIValue(oee, 37), "37,0\u00a0puntos"},
		{es.KPIValue(growth, 14), "14\u00a0% interanual"},
		{en.KPIValue(growth, 14), "14% interanual"},
		{en.KPIValue(domain.KPI{Target: 2.5}, 2), "2.0"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: %q, want %q", i, tt.got, tt.want)
		}
	}
}

// Each counterpart is said with how often they meet the person, one cadence each.
func TestCounterparts(t *testing.T) {
	a := &domain.Account{Team: []domain.TeamMember{{ID: "l", Name: "Laura Gómez"}, {ID: "j", Name: "Javier Ortega"}}}
	c := domain.Contact{ID: "c", Frequency: domain.CadenceQuarterly}
	p := &domain.Plan{Contacts: []domain.Contact{c}, Coverage: []domain.Coverage{
		{ID: "1", MemberID: "l", ContactID: "c", Frequency: domain.CadenceMonthly}, {ID: "2", MemberID: "j", ContactID: "c"}, {ID: "3", MemberID: "gone", ContactID: "c"}}}
	got := strings.Join(es.Counterparts(a, p, c), ", ")
	if want := "Laura Gómez (mensual), Javier Ortega (trimestral), " + es.T("peoplemaps.coverage.former_member") + " (trimestral)"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
	if got := en.Counterparts(a, &domain.Plan{}, domain.Contact{ID: "x"}); len(got) != 1 || got[0] != "—" {
		t.Errorf("nobody covering: %q", got)
	}
}

// A KPI's value is said against its target, never as a ratio.
func TestKPIAgainstTarget(t *testing.T) {
	stops := domain.KPI{Direction: domain.LowerIsBetter, Baseline: 1.2, Target: 0.6, GreenPct: 100, AmberPct: 90, History: []domain.Measurement{{Period: "2026-09", Value: 1.4}}}
	// where a KPI has interim targets, the one-page plan says the target the light judges its
	// latest value by, with its period; before the first, the baseline it is to hold. The
	// KPI's words elsewhere say the final target beside it (KPITarget).
	stopsOnPath := stops
	stopsOnPath.Milestones = []domain.Measurement{{Period: "2026-06", Value: 1.4}, {Period: "2026-12", Value: 0.6}}
	useCases := domain.KPI{Direction: domain.HigherIsBetter, Baseline: 2, Target: 6, GreenPct: 100, AmberPct: 90, History: []domain.Measurement{{Period: "2026-11", Value: 4}},
		Milestones: []domain.Measurement{{Period: "2026-06", Value: 3}, {Period: "2026-09", Value: 4}, {Period: "2026-12", Value: 6}}}
	stopsBefore := stopsOnPath
	stopsBefore.History = []domain.Measurement{{Period: "2026-05", Value: 1.4}}
	useCasesBefore := useCases
	useCasesBefore.History = []domain.Measurement{{Period: "2026-05", Value: 4}}
	for _, tt := range []struct{ got, want string }{
		{es.KPIAgainstTarget(stops), "1,4 · objetivo 0,6 · cuanto menos, mejor"},
		{en.KPIAgainstTarget(domain.KPI{Direction: domain.HigherIsBetter, Target: 40}), "— · target 40"},
		{en.KPIAgainstTarget(useCases), "4 · target by Sep 2026: 4"},
		{es.KPIAgainstTarget(useCases), "4 · meta a sept. 2026: 4"},
		{en.KPIAgainstTarget(useCasesBefore), "4 · at least 2 before Jun 2026"},
		{es.KPIAgainstTarget(useCasesBefore), "4 · al menos 2 antes de jun. 2026"},
		{es.KPIAgainstTarget(stopsBefore), "1,4 · como mucho 1,2 antes de jun. 2026"},
		{es.KPIAgainstTarget(stopsOnPath), "1,4 · meta a jun. 2026: 1,4 · cuanto menos, mejor"},
		{KPITarget(es, stopsOnPath), "0,6 · meta a jun. 2026: 1,4"},
		{KPITarget(en, useCasesBefore), "6 · at least 2 before Jun 2026"},
	} {
		if tt.got != tt.want {
			t.Errorf("%q, want %q", tt.got, tt.want)
		}
	}
}

// Every figure of a KPI is written with as many decimals as the one that needs the most.
func TestKPIDecimals(t *testing.T) {
	m := func(vs ...float64) []domain.Measurement {
		var out []domain.Measurement
		for _, v := range vs {
			out = append(out, domain.Measurement{Period: "2026-01", Value: v})
		}
		return out
	}
	tests := []struct {
		name string
		k    domain.KPI
		want int
	}{
		{"whole numbers", domain.KPI{Baseline: 4, Target: 15, History: m(3, 14)}, 0},
		{"one measurement in tenths", domain.KPI{Baseline: 0, Target: 4, History: m(0.5, 3.7)}, 1},
		{"tenths everywhere", domain.KPI{Baseline: 1.2, Target: 0.6, History: m(1.0, 1.4)}, 1},
		{"a target in hundredths", domain.KPI{Baseline: 1, Target: 0.25}, 2},
		{"more than two is capped", domain.KPI{Baseline: 1, Target: 3.14159}, 2},
		{"float noise is no decimal", domain.KPI{Baseline: 0.1 + 0.2, Target: 1}, 1},
		{"negative values", domain.KPI{Baseline: -1.5, Target: 0}, 1},
		{"nothing yet", domain.KPI{}, 0},
	}
	for _, tt := range tests {
		if got := KPIDecimals(tt.k); got != tt.want {
			t.Errorf("%s: KPIDecimals = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// A half is rounded up, as a reader rounds it, in both languages: a share of 450 of 800 is
// 56.3 %, not 56.2 % (the binary half that strconv rounds to even).
func TestNumberRoundsAHalfUp(t *testing.T) {
	for _, tt := range []struct {
		lang string
		v    float64
		prec int
		want string
	}{
		{"en", 56.25, 1, "56.3"}, {"es", 56.25, 1, "56,3"}, {"en", 0.125, 2, "0.13"},
		{"en", 2.5, 0, "3"}, {"en", -2.5, 0, "−3"}, {"en", 1.005, 2, "1.00"}, // 1.005 is 1.00499… in binary
		{"es", 12500000.50, 2, "12.500.000,50"}, {"en", 56.24, 1, "56.2"}, {"en", 0.04, 1, "0.0"},
	} {
		if got := New(tt.lang).Number(tt.v, tt.prec); got != tt.want {
			t.Errorf("%s %v/%d: %q, want %q", tt.lang, tt.v, tt.prec, got, tt.want)
		}
	}
}
