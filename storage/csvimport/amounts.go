package csvimport

import (
	"errors"
	"strconv"
	"strings"

	"kamplan/domain"
)

// Decimals is the decimal mark of a file's amounts.
type Decimals string

// The decimal marks; DecimalsUnknown when the person has not said.
const (
	DecimalsUnknown Decimals = ""
	DecimalPoint    Decimals = "point" // 1,250.50
	DecimalComma    Decimals = "comma" // 1.250,50
)

// markOf says which decimal mark an amount shows: "1,250.50", "1250.5" or "1500.0000"
// only a point, "1.250,50" only a comma; "1,500" or "1.500" either (1 500 or 1.5), and
// a whole number none.
func markOf(s string) (mark Decimals, either bool) {
	s = stripMoney(s)
	i := strings.LastIndexAny(s, ".,")
	if i < 0 {
		return DecimalsUnknown, false
	}
	last, decimals := s[i], len(s)-i-1
	other := byte(',')
	if last == ',' {
		other = '.'
	}
	twice := strings.Count(s, string(last)) > 1
	switch {
	case twice:
		return markFor(other), false // the last mark groups: 1,250,000 or 1.250.000
	case strings.IndexByte(s, other) >= 0 || decimals != 3:
		return markFor(last), false
	}
	return DecimalsUnknown, true
}

func markFor(c byte) Decimals {
	if c == ',' {
		return DecimalComma
	}
	return DecimalPoint
}

// columnDecimals decides the decimal mark of a column of amounts as columnOrder decides
// dates: the values decide when one shows its mark; a column whose marks read two ways
// ("1,500") takes the mark given and is refused without one; marks of both kinds, or of
// the kind the person did not give, are refused.
func columnDecimals(t Table, col int, given Decimals) (Decimals, error) {
	var point, comma, either *sample
	for i, row := range t.Rows {
		if col >= len(row) {
			continue
		}
		s := &sample{t.Lines[i], row[col]}
		switch m, two := markOf(row[col]); {
		case m == DecimalPoint && point == nil:
			point = s
		case m == DecimalComma && comma == nil:
			comma = s
		case two && either == nil:
			either = s
		}
	}
	name := t.column(col)
	switch {
	case point != nil && comma != nil:
		return "", domain.Errorf(domain.CodeInvalid, "csv.amounts_mixed",
			"%s mixes decimal marks: line %d has %s (decimal point), line %d has %s (decimal comma): nothing was imported",
			name, point.line, point.value, comma.line, comma.value)
	case point != nil && given == DecimalComma, comma != nil && given == DecimalPoint:
		s := point
		if s == nil {
			s = comma
		}
		return "", domain.Errorf(domain.CodeInvalid, "csv.amounts_not_given",
			"%s writes %s on line %d, which the decimal mark chosen does not read: nothing was imported", name, s.value, s.line)
	case point != nil:
		return DecimalPoint, nil
	case comma != nil:
		return DecimalComma, nil
	case either != nil && given == DecimalsUnknown:
		return "", domain.Errorf(domain.CodeInvalid, "csv.amounts_ambiguous",
			"%s: %s on line %d could be a thousand or a decimal amount: nothing was imported (say which with --decimals point or --decimals comma)",
			name, either.value, either.line)
	}
	return given, nil
}

// NeedsDecimals reports whether an opportunities file's amounts all read two ways, so that
// the person must say the decimal mark before the file is read.
func NeedsDecimals(t Table) bool {
	for i, h := range t.Header {
		if oppColumnOf(h) == FieldAmount {
			_, err := columnDecimals(t, i, DecimalsUnknown)
			var e *domain.Error
			return errors.As(err, &e) && e.Key == "csv.amounts_ambiguous"
		}
	}
	return false
}

// stripMoney drops a currency sign or code and the spaces that group digits.
func stripMoney(s string) string {
	s, _ = cutCurrency(s)
	return strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", "'", "").Replace(s)
}

func cutCurrency(s string) (string, string) {
	s = strings.TrimSpace(s)
	for _, c := range currencySigns {
		if rest, found := strings.CutPrefix(s, c.sign); found {
			return strings.TrimSpace(rest), c.code
		}
		if rest, found := strings.CutSuffix(s, c.sign); found {
			return strings.TrimSpace(rest), c.code
		}
	}
	return s, ""
}

// parseAmount reads an amount in minor units with the decimal mark of its column,
// rounding anything past the cents (Dynamics writes 1500.0000). A negative amount, or
// one with letters, is not read.
func parseAmount(s string, mark Decimals) (int64, string, bool) {
	_, currency := cutCurrency(s)
	s = stripMoney(s)
	dec, group := ".", ","
	if mark == DecimalComma {
		dec, group = ",", "."
	}
	whole, frac, _ := strings.Cut(s, dec)
	whole = strings.ReplaceAll(whole, group, "")
	if whole == "" || len(whole) > 15 || !allDigits(whole) || !allDigits(frac) {
		return 0, "", false
	}
	frac += "000"
	units, _ := strconv.ParseInt(whole+frac[:2], 10, 64)
	if frac[2] >= '5' {
		units++
	}
	return units, currency, true
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// parseProbability reads "75", "75 %", "75,0" or HubSpot's fraction "0.75" as a percentage:
// a number with decimals up to 1 is a fraction, any other a percentage.
func parseProbability(s string) (int, bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	f, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	if err != nil || f < 0 {
		return 0, false
	}
	if strings.ContainsAny(s, ".,") && f <= 1 {
		f *= 100
	}
	if f > 100 {
		return 0, false
	}
	return int(f + 0.5), true
}

// OppNeedsDateOrder reports whether an opportunities file's close dates all fit both
// orders, so that the person must say which (see NeedsDateOrder).
func OppNeedsDateOrder(t Table) bool {
	for i, h := range t.Header {
		if oppColumnOf(h) == FieldCloseDate {
			ev := columnEvidence(t, i)
			return ev.either != nil && ev.dmy == nil && ev.mdy == nil
		}
	}
	return false
}
