package ui

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

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

// decimal formats a number with the decimal comma in Spanish and the point in English.
func (a *App) decimal(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if a.lang == "es" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
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

// parseDate reads YYYY-MM-DD, or DD/MM/YYYY; empty means no date.
func (a *App) parseDate(s string) (domain.Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return domain.Date{}, true
	}
	if d, err := domain.ParseDate(s); err == nil {
		return d, true
	}
	t, err := time.Parse("2/1/2006", s)
	if err != nil {
		return domain.Date{}, false
	}
	return domain.DateOf(t), true
}
