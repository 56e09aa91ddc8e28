// Package period reads the names of plan periods ("FY2027", "2027-H1", "2027-Q3") as calendar
// spans and names the period that follows one.
package period

import (
	"fmt"
	"regexp"
	"strconv"
	"time"

	"kamplan/domain"
)

// Range is the calendar span of a plan period; zero when the period's name is not understood.
type Range struct{ Start, End domain.Date }

// Known reports whether the period could be read.
func (r Range) Known() bool { return !r.Start.IsZero() }

var (
	reFY      = regexp.MustCompile(`^(?i)(?:FY|AF)?\s*(\d{4})$`)
	reHalf    = regexp.MustCompile(`^(\d{4})-?(?i)H([12])$`)
	reQuarter = regexp.MustCompile(`^(\d{4})-?(?i)[QT]([1-4])$`)
)

// Parse understands FY2027 / 2027, 2027-H1 and 2027-Q3 (calendar years).
func Parse(name string) Range {
	if m := reFY.FindStringSubmatch(name); m != nil {
		y, _ := strconv.Atoi(m[1])
		return span(y, 1, 12)
	}
	if m := reHalf.FindStringSubmatch(name); m != nil {
		y, _ := strconv.Atoi(m[1])
		h, _ := strconv.Atoi(m[2])
		return span(y, 6*(h-1)+1, 6)
	}
	if m := reQuarter.FindStringSubmatch(name); m != nil {
		y, _ := strconv.Atoi(m[1])
		q, _ := strconv.Atoi(m[2])
		return span(y, 3*(q-1)+1, 3)
	}
	return Range{}
}

// FirstMonth is the first month of the period name as measurements write it ("2027-01");
// ok is false when the name is not understood.
func FirstMonth(name string) (month string, ok bool) {
	r := Parse(name)
	return fmt.Sprintf("%04d-%02d", r.Start.Year(), r.Start.Month()), r.Known()
}

func span(year, month, months int) Range {
	start := domain.NewDate(year, time.Month(month), 1)
	return Range{Start: start, End: start.AddMonths(months).AddDays(-1)}
}

// Next names the period after name in the same style: FY2027 → FY2028,
// 2027-H2 → 2028-H1, 2027-Q4 → 2028-Q1; otherwise name + " (next)".
func Next(name string) string {
	if m := reFY.FindStringSubmatch(name); m != nil {
		y, _ := strconv.Atoi(m[1])
		prefix := name[:len(name)-4]
		return fmt.Sprintf("%s%d", prefix, y+1)
	}
	if m := reHalf.FindStringSubmatch(name); m != nil {
		y, _ := strconv.Atoi(m[1])
		if m[2] == "1" {
			return fmt.Sprintf("%d-H2", y)
		}
		return fmt.Sprintf("%d-H1", y+1)
	}
	if m := reQuarter.FindStringSubmatch(name); m != nil {
		y, _ := strconv.Atoi(m[1])
		q, _ := strconv.Atoi(m[2])
		if q == 4 {
			return fmt.Sprintf("%d-Q1", y+1)
		}
		return fmt.Sprintf("%d-Q%d", y, q+1)
	}
	return name + " (next)"
}
