package csvimport

import (
	"strconv"
	"strings"
	"time"

	"kamplan/domain"
)

// DateOrder says how a file writes numeric dates such as 03/04/2026.
type DateOrder string

// The orders of numeric dates; DatesUnknown when the person has not said.
const (
	DatesUnknown DateOrder = ""
	DatesDMY     DateOrder = "dmy" // 03/04/2026 is 3 April
	DatesMDY     DateOrder = "mdy" // 03/04/2026 is March 4
)

// dateFields are the fields that hold dates.
var dateFields = []Field{FieldLastContact}

var dateLayouts = []string{
	"2006-01-02", "2006-01-02 15:04:05", "2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05",
	"2006-01-02 15:04", "2006/01/02", "Jan 2, 2006", "January 2, 2006", "2 Jan 2006", "02-Jan-2006",
}

// sample is a value of a column with its line, for messages.
type sample struct {
	line  int
	value string
}

// dateEvidence is what a column's numeric dates say about their order: the first value
// that is a date only day first, only month first, and either way.
type dateEvidence struct{ dmy, mdy, either *sample }

func columnEvidence(t Table, col int) dateEvidence {
	var ev dateEvidence
	for i, row := range t.Rows {
		if col >= len(row) || isWrittenDate(row[col]) {
			continue
		}
		s := &sample{t.Lines[i], row[col]}
		a, b, y, ok := splitDate(row[col])
		dmy, mdy := ok && validDay(y, b, a), ok && validDay(y, a, b)
		switch {
		case dmy && mdy && a != b && ev.either == nil:
			ev.either = s
		case dmy && !mdy && ev.dmy == nil:
			ev.dmy = s
		case mdy && !dmy && ev.mdy == nil:
			ev.mdy = s
		}
	}
	return ev
}

// columnOrder decides the order of a column's numeric dates. Its values decide when one
// has a part over 12 (22/11/2026, 11/22/2026); a column where every value fits both orders
// takes the order given, and is refused without one; a column with values of both orders,
// or of the order the person did not give, is refused.
func columnOrder(t Table, col int, given DateOrder) (DateOrder, error) {
	ev, name := columnEvidence(t, col), t.column(col)
	switch {
	case ev.dmy != nil && ev.mdy != nil:
		return "", domain.Errorf(domain.CodeInvalid, "csv.dates_mixed",
			"%s mixes the two orders: line %d has %s (month first), line %d has %s (day first): nothing was imported",
			name, ev.mdy.line, ev.mdy.value, ev.dmy.line, ev.dmy.value)
	case ev.mdy != nil && given == DatesDMY:
		return "", domain.Errorf(domain.CodeInvalid, "csv.dates_not_dmy",
			"%s writes the month first (%s on line %d), not the day first: nothing was imported", name, ev.mdy.value, ev.mdy.line)
	case ev.dmy != nil && given == DatesMDY:
		return "", domain.Errorf(domain.CodeInvalid, "csv.dates_not_mdy",
			"%s writes the day first (%s on line %d), not the month first: nothing was imported", name, ev.dmy.value, ev.dmy.line)
	case ev.mdy != nil:
		return DatesMDY, nil
	case ev.dmy != nil:
		return DatesDMY, nil
	case ev.either != nil && given == DatesUnknown:
		return "", domain.Errorf(domain.CodeInvalid, "csv.dates_ambiguous",
			"%s: %s on line %d could be day/month/year or month/day/year: nothing was imported (say which with --dates dmy or --dates mdy)",
			name, ev.either.value, ev.either.line)
	}
	return given, nil
}

// DateOrderOf is the order a file's date column is read in (see columnOrder): reading
// part of the file in that order reads it as the whole is read.
func DateOrderOf(t Table, m Mapping, given DateOrder) (DateOrder, error) {
	if i, ok := m.columns(t.Header).idx[FieldLastContact]; ok {
		return columnOrder(t, i, given)
	}
	return given, nil
}

// NeedsDateOrder reports whether a file, read through a mapping, has a date column whose
// values all fit both orders: the person must say which (DateOrder) before it is read.
func NeedsDateOrder(t Table, m Mapping) bool {
	cols := m.columns(t.Header)
	for _, f := range dateFields {
		if i, ok := cols.idx[f]; ok {
			ev := columnEvidence(t, i)
			if ev.either != nil && ev.dmy == nil && ev.mdy == nil {
				return true
			}
		}
	}
	return false
}

func isWrittenDate(s string) bool {
	for _, l := range dateLayouts {
		if _, err := time.Parse(l, strings.TrimSpace(s)); err == nil {
			return true
		}
	}
	return false
}

// parseDate understands ISO and written dates, and numeric ones (22/11/2026, 22.11.2026,
// 11/22/26) in the column's order; without an order only a value that fits one order,
// or reads the same both ways (05/05/2026), is a date.
func parseDate(s string, order DateOrder) (domain.Date, bool) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return domain.DateOf(t), true
		}
	}
	a, b, y, ok := splitDate(s)
	dmy, mdy := ok && validDay(y, b, a), ok && validDay(y, a, b)
	switch {
	case dmy && (order == DatesDMY || !mdy || a == b):
		return domain.NewDate(y, time.Month(b), a), true
	case mdy && (order == DatesMDY || !dmy):
		return domain.NewDate(y, time.Month(a), b), true
	}
	return domain.Date{}, false
}

// validDay reports whether y-month-day is a day of the calendar (not 31/04 or 30/02).
func validDay(y, month, day int) bool {
	if y < 1900 || y > 2200 || month < 1 || month > 12 || day < 1 || day > 31 {
		return false
	}
	return domain.NewDate(y, time.Month(month), day).Day() == day
}

// splitDate reads the three numbers of a numeric date such as 22/11/2026 10:30 or 5-3-27.
func splitDate(s string) (a, b, y int, ok bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, ' '); i > 0 {
		s = s[:i]
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '.' || r == '-' })
	if len(parts) != 3 || len(parts[0]) > 2 || len(parts[1]) > 2 {
		return 0, 0, 0, false
	}
	nums := [3]int{}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return 0, 0, 0, false
		}
		nums[i] = n
	}
	if len(parts[2]) <= 2 {
		nums[2] += 2000
	}
	return nums[0], nums[1], nums[2], true
}
