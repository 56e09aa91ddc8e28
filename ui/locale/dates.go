package locale

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"

	"kamplan/domain"
)

// Day writes a day the way a person types it: 2026-11-22 (en), 22/11/2026 (es); "" when
// not set.
func (l Locale) Day(d domain.Date) string {
	if d.IsZero() {
		return ""
	}
	if l.Spanish() {
		return d.Time().Format("02/01/2006")
	}
	return d.String()
}

// LongDate writes a day for reading: 22 Nov 2026 (en, day first as British English writes
// it, the spelling the documents use), 22/11/2026 (es); "—" when not set.
func (l Locale) LongDate(d domain.Date) string {
	if d.IsZero() {
		return "—"
	}
	if l.Spanish() {
		return d.Time().Format("02/01/2006")
	}
	return strconv.Itoa(d.Day()) + " " + l.Month(d.Month()) + " " + strconv.Itoa(d.Year())
}

// FullDate is a day written out, as a document's cover dates itself: 7 December 2026 (en),
// 7 de diciembre de 2026 (es).
func (l Locale) FullDate(d domain.Date) string {
	if d.IsZero() {
		return "—"
	}
	if l.Spanish() {
		return strconv.Itoa(d.Day()) + " de " + fullMonthsES[d.Month()-1] + " de " + strconv.Itoa(d.Year())
	}
	return strconv.Itoa(d.Day()) + " " + d.Month().String() + " " + strconv.Itoa(d.Year())
}

var fullMonthsES = []string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"}

var (
	monthsEN = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	// with their period, as the RAE abbreviates them and people write them in running text
	monthsES = []string{"ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."}
)

// Month is a month's short name: Oct (en), oct. (es).
func (l Locale) Month(m time.Month) string {
	if l.Spanish() {
		return monthsES[m-1]
	}
	return monthsEN[m-1]
}

var (
	reMonthPeriod   = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	reQuarterPeriod = regexp.MustCompile(`^(\d{4})-?[QqTt]([1-4])$`)
	reHalfPeriod    = regexp.MustCompile(`^(\d{4})-?[HhSs]([12])$`)
)

// Period names a measurement period: 2026-10 → "Oct 2026" / "oct. 2026", 2027-Q3 → "Q3 2027"
// / "T3 2027", 2027-H1 → "H1 2027" / "S1 2027"; anything else is returned as it is, and
// ok is false.
func (l Locale) Period(s string) (name string, ok bool) {
	if m := reMonthPeriod.FindStringSubmatch(s); m != nil {
		if mo, _ := strconv.Atoi(m[2]); mo >= 1 && mo <= 12 {
			return l.Month(time.Month(mo)) + " " + m[1], true
		}
	}
	q, h := "Q", "H"
	if l.Spanish() {
		q, h = "T", "S"
	}
	if m := reQuarterPeriod.FindStringSubmatch(s); m != nil {
		return q + m[2] + " " + m[1], true
	}
	if m := reHalfPeriod.FindStringSubmatch(s); m != nil {
		return h + m[2] + " " + m[1], true
	}
	return s, false
}

// ParseDay reads a date: YYYY-MM-DD in either language, or DD/MM/YYYY in Spanish. Empty is
// the zero date. Day-first dates in English are refused: 03/04/2027 could be either.
func (l Locale) ParseDay(s string) (domain.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return domain.Date{}, nil
	}
	if d, err := domain.ParseDate(s); err == nil {
		return d, nil
	}
	if l.Spanish() {
		if t, err := time.Parse("2/1/2006", strings.ReplaceAll(s, "-", "/")); err == nil {
			return domain.DateOf(t), nil
		}
	}
	return domain.Date{}, errors.New(l.T("editor.err.date_like", l.Day(domain.NewDate(2027, time.April, 3))))
}
