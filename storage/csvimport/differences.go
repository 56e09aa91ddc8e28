package csvimport

import (
	"fmt"
	"strconv"
	"strings"
)

// Prefer says which value a merge keeps where the file and what is stored differ.
type Prefer int

// The choices; the stored value is kept unless the person prefers the file's.
const (
	PreferStored Prefer = iota
	PreferFile
)

// FieldSize names the size of an account as written ("50-200 employees"), when the file's
// employees or revenue are not numbers; no column is mapped to it.
const FieldSize Field = "size"

// Difference is a value of the file that differs from the one stored for the same person
// or company, with what the merge did with it.
type Difference struct {
	Line         int
	Name         string // the person or company, as stored
	Field        Field
	Stored, File string
	Replaced     bool // the file's value replaced the stored one
}

func (d Difference) String() string {
	return fmt.Sprintf("line %d: %s: %s %s ≠ %s", d.Line, d.Name, FieldPhrase(d.Field), d.Stored, d.File)
}

// differ settles the fields of one merge, one at a time: a blank stored value is filled,
// an equal or blank file value changes nothing, and a different one is a Difference, set
// when the file is preferred. filled and found are what the report says; changed whether
// any stored value changed.
type differ struct {
	line    int
	name    string
	who     Phrase
	prefer  Prefer
	filled  Phrases
	found   []Difference
	changed bool
}

// text settles a text field; texts that differ only in case, accents, spaces or
// punctuation are the same.
func (d *differ) text(f Field, dst *string, v string) {
	d.value(f, *dst, v, sameText, func() { *dst = v })
}

func (d *differ) value(f Field, stored, file string, same func(a, b string) bool, set func()) {
	switch {
	case file == "" || same(stored, file):
	case stored == "":
		set()
		d.filled, d.changed = append(d.filled, FieldPhrase(f)), true
	default:
		replace := d.prefer == PreferFile
		if replace {
			set()
			d.changed = true
		}
		d.found = append(d.found, Difference{Line: d.line, Name: d.name, Field: f, Stored: stored, File: file, Replaced: replace})
	}
}

func equal(a, b string) bool { return a == b }

func sameText(a, b string) bool { return norm(a) == norm(b) }

// notes are the report's lines for the differences found.
func (d *differ) notes() []Note {
	var out []Note
	for _, x := range d.found {
		if x.Replaced {
			out = append(out, note(x.Line, "csv.differs_replaced", "%s of %s, was %q; the file has %q: replaced", FieldPhrase(x.Field), d.who, x.Stored, x.File))
		} else {
			out = append(out, note(x.Line, "csv.differs_kept", "%s of %s, is %q; the file has %q: kept", FieldPhrase(x.Field), d.who, x.Stored, x.File))
		}
	}
	return out
}

// countText is a count for a difference, "" when not known.
func countText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// grouped writes n with its thousands apart by a narrow no-break space, "1 350 000 000": the
// report is read in English and in Spanish, which mark thousands with opposite signs.
func grouped(n int64) string {
	digits := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 && digits[i-1] != '-' {
			b.WriteRune('\u202f')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// moneyText is an amount in minor units as a report shows it: 8 500 000 or 8 500 000.50 EUR.
func moneyText(minor int64, currency string) string {
	if minor == 0 {
		return ""
	}
	s := grouped(minor / 100)
	if c := minor % 100; c != 0 {
		s += fmt.Sprintf(".%02d", c)
	}
	if currency != "" {
		s += " " + currency
	}
	return s
}
