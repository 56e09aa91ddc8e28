package bind

import (
	"errors"
	"math"
	"strings"

	"kamplan/ui/form"
	"kamplan/ui/locale"
)

// Parse reads what a person types, in the interface language: a value, or in words why the
// text is not one.
type Parse struct{ loc locale.Locale }

// Any takes any text.
func (Parse) Any(s string) (any, error) { return s, nil }

// Trimmed takes any text, without the spaces around it.
func (Parse) Trimmed(s string) (any, error) { return strings.TrimSpace(s), nil }

// Required takes a text that is not blank, trimmed.
func (p Parse) Required(s string) (any, error) {
	if strings.TrimSpace(s) == "" {
		return nil, errors.New(p.loc.T("err.required_field"))
	}
	return strings.TrimSpace(s), nil
}

// Amount reads an amount of money in minor units ("3M", "1.600.000").
func (p Parse) Amount(s string) (any, error) {
	v, err := p.loc.ParseAmount(s)
	return v, err
}

// Day reads a date.
func (p Parse) Day(s string) (any, error) {
	d, err := p.loc.ParseDay(s)
	return d, err
}

// OptionalPct reads an optional percentage between lo and hi; empty means not set.
func (p Parse) OptionalPct(lo, hi float64) func(string) (any, error) {
	return func(s string) (any, error) {
		if strings.TrimSpace(s) == "" {
			return (*float64)(nil), nil
		}
		v, err := p.loc.ParseNumber(s)
		if err != nil {
			return nil, err
		}
		if v < lo || v > hi {
			return nil, errors.New(p.loc.T("editor.err.pct_range", int(lo), int(hi)))
		}
		return &v, nil
	}
}

// Share reads a percentage of 0 to 100 that must be given.
func (p Parse) Share(s string) (any, error) {
	v, err := p.loc.ParseNumber(s)
	if err != nil {
		return nil, err
	}
	if v < 0 || v > 100 {
		return nil, errors.New(p.loc.T("editor.err.pct_range", 0, 100))
	}
	return v, nil
}

// Count reads a whole number that cannot be negative (people, units); blank is 0, not known.
func (p Parse) Count(s string) (any, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	v, err := p.loc.ParseNumber(s)
	switch {
	case err == nil && v < 0:
		return nil, errors.New(form.Capitalise(p.loc.T("err.negative")))
	case err != nil || v != math.Trunc(v) || v > 1e9:
		return nil, errors.New(p.loc.T("editor.err.count_like", p.loc.Number(1250, 0)))
	}
	return int(v), nil
}

// Currency reads a three-letter currency code, in capitals.
func (p Parse) Currency(s string) (any, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) != 3 || strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return nil, errors.New(form.Capitalise(p.loc.T("err.currency")))
	}
	return s, nil
}

// OptionalCurrency reads a currency code or nothing.
func (p Parse) OptionalCurrency(s string) (any, error) {
	if strings.TrimSpace(s) == "" {
		return "", nil
	}
	return p.Currency(s)
}

// OptionalNumber reads a number; empty means not set.
func (p Parse) OptionalNumber(s string) (*float64, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	v, err := p.loc.ParseNumber(s)
	if err != nil {
		return nil, err
	}
	return &v, nil
}

// MoneyText shows an amount for editing; zero is an empty field (its placeholder says 0).
func MoneyText(loc locale.Locale, v any) string {
	m, _ := v.(int64)
	if m == 0 {
		return ""
	}
	return loc.Amount(m)
}
