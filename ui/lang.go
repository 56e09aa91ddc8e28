package ui

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"kamplan/assets"
	"kamplan/domain"
)

// systemLanguage picks Spanish when the system speaks it, English otherwise.
func systemLanguage() string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"} {
		if l := os.Getenv(v); l != "" {
			if strings.HasPrefix(strings.ToLower(l), "es") {
				return "es"
			}
			return "en"
		}
	}
	return "en"
}

// tr translates a key into the interface language.
func (a *App) tr(key string, args ...any) string { return assets.T(a.lang, key, args...) }

// trCount is tr for a text about n things (see assets.TCount): "1 overdue action",
// "3 overdue actions".
func (a *App) trCount(key string, n int, args ...any) string {
	return assets.TCount(a.lang, key, n, args...)
}

// decimal formats a number the interface language's way: 1,250.5 in English, 1.250,5 in Spanish.
func (a *App) decimal(v float64, prec int) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', prec, 64)
	whole, frac, hasFrac := strings.Cut(s, ".")
	group, dec := separators(a.lang)
	out := groupThousands(whole, group)
	if hasFrac {
		out += dec + frac
	}
	if v < 0 && strings.Trim(out, "0.,") != "" {
		out = "-" + out
	}
	return out
}

func groupThousands(digits, sep string) string {
	var b strings.Builder
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// moneyText shows minor units as a plain amount in major units for editing: 1.250.000 / 1,250,000.
func (a *App) moneyText(minor int64) string {
	whole, cents := minor/100, minor%100
	sep := ","
	if a.lang == "es" {
		sep = "."
	}
	s := strconv.FormatInt(whole, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 && c != '-' && s[i-1] != '-' {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	if cents != 0 {
		dec := "."
		if a.lang == "es" {
			dec = ","
		}
		return b.String() + dec + fmt.Sprintf("%02d", abs64(cents))
	}
	return b.String()
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// date shows a day as 22/11/2026 in Spanish and 2026-11-22 in English.
func (a *App) date(d domain.Date) string {
	if d.IsZero() {
		return ""
	}
	if a.lang == "es" {
		return d.Time().Format("02/01/2006")
	}
	return d.String()
}
