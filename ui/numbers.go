package ui

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"time"

	"kamplan/domain"
)

// Numbers, amounts and dates are read one way per interface language, the way they are shown:
// English 1,250,000.50 and 2027-04-03; Spanish 1.250.000,50 and 03/04/2027. An entry written
// the other language's way is refused with an example, never guessed.

// separators returns the grouping and the decimal separator of a language.
func separators(lang string) (group, decimal string) {
	if lang == "es" {
		return ".", ","
	}
	return ",", "."
}

// readNumber reads a number written with the separators of lang; spaces may group digits too.
func readNumber(lang, s string) (float64, bool) {
	group, dec := separators(lang)
	s = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "").Replace(strings.TrimSpace(s))
	neg := strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "−")
	whole, frac, hasFrac := strings.Cut(s, dec)
	if whole == "" && hasFrac {
		whole = "0"
	}
	if !groupedDigits(whole, group) || (hasFrac && !allDigits(frac)) {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(whole, group, "")+"."+frac, 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, false
	}
	if neg {
		v = -v
	}
	return v, true
}

// groupedDigits accepts 1250000 or 1,250,000 (with group ","), never 1,25 or 12,50,000.
func groupedDigits(s, group string) bool {
	parts := strings.Split(s, group)
	if len(parts) == 1 {
		return allDigits(s)
	}
	for i, p := range parts {
		if !allDigits(p) || (i > 0 && len(p) != 3) || (i == 0 && len(p) > 3) {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// parseNumber reads a number in the interface language; empty is an error (optional fields
// check for empty first).
func (a *App) parseNumber(s string) (float64, error) {
	v, ok := readNumber(a.lang, s)
	if !ok {
		return 0, errors.New(a.tr("editor.err.number_like", a.decimal(1250.5, 1)))
	}
	return v, nil
}

// amountSuffixes are the multipliers an amount may end with: 250k, 3M, 1,5 M€.
var amountSuffixes = map[string]float64{"k": 1e3, "K": 1e3, "M": 1e6}

// parseAmount reads an amount of money into minor units (cents): "1,250,000.50", "3M", "250k"
// and "3 M€" in English; "1.250.000,50", "3M", "1,5 M€" in Spanish. Empty is zero.
func (a *App) parseAmount(s string) (int64, error) {
	bad := errors.New(a.tr("editor.err.amount_like", a.moneyText(125000050), "3M", "250k"))
	s = strings.TrimSpace(strings.NewReplacer("€", "", "$", "", "£", "").Replace(s))
	if s == "" {
		return 0, nil
	}
	mult := 1.0
	for suf, m := range amountSuffixes {
		if strings.HasSuffix(s, suf) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, suf)), m
			break
		}
	}
	v, ok := readNumber(a.lang, s)
	_, dec := separators(a.lang)
	if _, frac, has := strings.Cut(s, dec); !ok || (mult == 1 && has && len(frac) > 2) {
		return 0, bad
	}
	cents := math.Round(v * mult * 100)
	if math.Abs(cents) > 1e17 {
		return 0, bad
	}
	if cents < 0 {
		return 0, errors.New(a.tr("err.negative"))
	}
	return int64(cents), nil
}

// parseDay reads a date: YYYY-MM-DD in either language, or DD/MM/YYYY in Spanish. Empty is
// the zero date. Day-first dates in English are refused: 03/04/2027 could be either.
func (a *App) parseDay(s string) (domain.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return domain.Date{}, nil
	}
	if d, err := domain.ParseDate(s); err == nil {
		return d, nil
	}
	if a.lang == "es" {
		if t, err := time.Parse("2/1/2006", strings.ReplaceAll(s, "-", "/")); err == nil {
			return domain.DateOf(t), nil
		}
	}
	return domain.Date{}, errors.New(a.tr("editor.err.date_like", a.date(domain.NewDate(2027, time.April, 3))))
}
