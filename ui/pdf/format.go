package pdf

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"kamplan/domain"
)

var symbols = map[string]string{"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF"}

// grouped writes an integer with thousands separators: 1.250.000 (es), 1,250,000 (en).
func grouped(n int64, sep string) string {
	neg := n < 0
	if neg {
		n = -n
	}
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	if neg {
		return "−" + b.String()
	}
	return b.String()
}

// money formats minor units in the document language: 1.250.000 € or €1,250,000.
func (d *doc) money(minor int64, currency string) string {
	whole := int64(math.Round(float64(minor) / 100))
	sym, ok := symbols[currency]
	if !ok {
		sym = currency
	}
	if d.lang == "es" {
		return grouped(whole, ".") + " " + sym
	}
	if utf8.RuneCountInString(sym) > 1 { // codes such as CHF read better with a space
		return sym + " " + grouped(whole, ",")
	}
	return sym + grouped(whole, ",")
}

// number formats a decimal with prec digits: 12,5 (es) or 12.5 (en), with grouping.
func (d *doc) number(v float64, prec int) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', prec, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	n, _ := strconv.ParseInt(intPart, 10, 64)
	sep, dec := ",", "."
	if d.lang == "es" {
		sep, dec = ".", ","
	}
	out := grouped(n, sep)
	if len(intPart) == 4 && d.lang == "es" {
		out = intPart // Spanish style leaves four-digit numbers unseparated
	}
	if frac != "" {
		out += dec + frac
	}
	if v < 0 && out != "0" {
		out = "−" + out
	}
	return out
}

// pct formats a percentage: 22,9 % (es) or 22.9% (en).
func (d *doc) pct(v float64) string {
	if d.lang == "es" {
		return d.number(v, 1) + " %"
	}
	return d.number(v, 1) + "%"
}

var monthsEN = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var monthsES = []string{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"}

// date formats a day: 22/11/2026 (es) or Nov 22, 2026 (en); "—" when not set.
func (d *doc) date(v domain.Date) string {
	if v.IsZero() {
		return "—"
	}
	if d.lang == "es" {
		return v.Time().Format("02/01/2006")
	}
	return monthsEN[v.Month()-1] + " " + strconv.Itoa(v.Day()) + ", " + strconv.Itoa(v.Year())
}

// monthLabel names a month for the timeline axis.
func (d *doc) monthLabel(m time.Month) string {
	if d.lang == "es" {
		return monthsES[m-1]
	}
	return monthsEN[m-1]
}

var (
	reMonthPeriod   = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	reQuarterPeriod = regexp.MustCompile(`^(\d{4})-?[QqTt]([1-4])$`)
	reHalfPeriod    = regexp.MustCompile(`^(\d{4})-?[HhSs]([12])$`)
)

// period names a measurement period in the document language: 2026-10 → "oct 2026" /
// "Oct 2026", 2027-Q3 → "T3 2027" / "Q3 2027", 2027-H1 → "S1 2027" / "H1 2027";
// anything else is printed as typed.
func (d *doc) period(s string) string {
	if m := reMonthPeriod.FindStringSubmatch(s); m != nil {
		if mo, _ := strconv.Atoi(m[2]); mo >= 1 && mo <= 12 {
			return d.monthLabel(time.Month(mo)) + " " + m[1]
		}
	}
	q, h := "Q", "H"
	if d.lang == "es" {
		q, h = "T", "S"
	}
	if m := reQuarterPeriod.FindStringSubmatch(s); m != nil {
		return q + m[2] + " " + m[1]
	}
	if m := reHalfPeriod.FindStringSubmatch(s); m != nil {
		return h + m[2] + " " + m[1]
	}
	return d.txt(s)
}
