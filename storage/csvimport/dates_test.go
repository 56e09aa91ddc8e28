package csvimport

import (
	"strings"
	"testing"

	"kamplan/domain"
)

func lastContacts(t *testing.T, values []string, order DateOrder) ([]string, error) {
	t.Helper()
	text := "Name,Last Activity\n"
	for i, v := range values {
		text += "P" + itoa(i) + "," + v + "\n"
	}
	tb, err := ReadBytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	cs, err := ContactsFrom(tb, DetectMapping(tb.Header, KindContacts), order)
	var out []string
	for _, r := range cs.Rows {
		out = append(out, r.Contact.LastContact.String())
	}
	return out, err
}

// A column's dates are read in one order, decided by its values or by the person, never
// guessed: a value with a part over 12 decides; a column where both orders fit needs the
// order given; a column with values of both orders is refused naming a line of each.
func TestDateColumnsAreNeverGuessed(t *testing.T) {
	tests := []struct {
		name   string
		values []string
		order  DateOrder
		want   string // the dates read, or the error's key and words
	}{
		{"US export", []string{"11/20/2026", "10/02/2026"}, DatesUnknown, "2026-11-20 2026-10-02"},
		{"day-first export", []string{"22/11/2026", "03/04/2026", "05.10.2026"}, DatesUnknown, "2026-11-22 2026-04-03 2026-10-05"},
		{"ISO dates", []string{"2026-03-04", "2026-11-22T10:30:00Z"}, DatesUnknown, "2026-03-04 2026-11-22"},
		{"the same either way", []string{"05/05/2026", "22 Nov 2026"}, DatesUnknown, "2026-05-05 2026-11-22"},
		{"ambiguous", []string{"2026-01-15", "03/04/2026", "05/06/2026 10:30"}, DatesUnknown,
			`csv.dates_ambiguous "Last Activity": 03/04/2026 on line 3 could be day/month/year or month/day/year`},
		{"ambiguous, day first given", []string{"03/04/2026", "05/06/26"}, DatesDMY, "2026-04-03 2026-06-05"},
		{"ambiguous, month first given", []string{"03/04/2026", "05/06/26"}, DatesMDY, "2026-03-04 2026-05-06"},
		{"decided, the same order given", []string{"22/11/2026", "03/04/2026"}, DatesDMY, "2026-11-22 2026-04-03"},
		{"mixed", []string{"11/22/2026", "03/04/2026", "22/11/2026"}, DatesUnknown,
			`csv.dates_mixed "Last Activity" mixes the two orders: line 2 has 11/22/2026 (month first), line 4 has 22/11/2026 (day first)`},
		{"mixed, an order given", []string{"22/11/2026", "11/22/2026"}, DatesDMY, "csv.dates_mixed line 3 has 11/22/2026 (month first), line 2 has 22/11/2026"},
		{"the other order given", []string{"11/22/2026", "03/04/2026"}, DatesDMY,
			`csv.dates_not_dmy "Last Activity" writes the month first (11/22/2026 on line 2)`},
		{"the other order given, day first", []string{"22/11/2026"}, DatesMDY, "csv.dates_not_mdy (22/11/2026 on line 2)"},
		{"no date at all decides nothing", []string{"13/45/2026", "31/04/2026", "03/04/2026"}, DatesMDY, "2026-03-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := lastContacts(t, tt.values, tt.order)
			if err != nil {
				if key := errKey(err); !strings.HasPrefix(tt.want, key+" ") || !strings.Contains(err.Error(), strings.TrimPrefix(tt.want, key+" ")) {
					t.Fatalf("error %s %q, want %s", key, err, tt.want)
				}
				return
			}
			if s := strings.Join(nonZero(got), " "); s != tt.want {
				t.Fatalf("read %q, want %q", s, tt.want)
			}
		})
	}
}

func errKey(err error) string {
	var e *domain.Error
	if asError(err, &e) {
		return e.Key
	}
	return "?"
}

func nonZero(dates []string) []string {
	var out []string
	for _, d := range dates {
		if d != "" {
			out = append(out, d)
		}
	}
	return out
}
