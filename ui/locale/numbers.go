package locale

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"kamplan/domain"
	"kamplan/domain/digits"
)

// Numbers are written one way per language, and read back the way they are written: English
// 1,250,000.50, Spanish 1.250.000,50 (a whole number of four digits unseparated, as the RAE
// writes it: 1250). An entry written the other language's way is refused with an example,
// never guessed.

// separators are the grouping and the decimal separator of the language.
func (l Locale) separators() (group, decimal string) {
	if l.Spanish() {
		return ".", ","
	}
	return ",", "."
}

// Number writes a number with prec decimals: 1,250.5 (en), 1.250,5 (es), −3 for a negative;
// a half rounded up, as a reader does (56.25 → 56.3; FormatFloat alone gives 56.2).
func (l Locale) Number(v float64, prec int) string {
	a := math.Abs(v)
	if scale := math.Pow10(prec); prec >= 0 && a*scale < 1<<52 {
		a = math.Round(a*scale) / scale
	}
	s := strconv.FormatFloat(a, 'f', prec, 64)
	whole, frac, hasFrac := strings.Cut(s, ".")
	group, dec := l.separators()
	out := l.group(whole, group)
	if hasFrac {
		out += dec + frac
	}
	if v < 0 && strings.Trim(out, "0.,") != "" {
		out = "−" + out
	}
	return out
}

// group puts the thousands separator into a run of digits.
func (l Locale) group(digits, sep string) string {
	if l.Spanish() && len(digits) == 4 {
		return digits
	}
	var b strings.Builder
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Decimals is how many decimals a value needs: none when it is whole, else two.
func Decimals(v float64) int {
	if v == float64(int64(v)) {
		return 0
	}
	return 2
}

// nbsp separates a number from its unit where the language puts a space: no line is broken
// there, on screen or on paper.
const nbsp = "\u00a0"

// Pct writes a percentage with one decimal: 22.9% (en), 22,9 % (es).
func (l Locale) Pct(v float64) string {
	if l.Spanish() {
		return l.Number(v, 1) + nbsp + "%"
	}
	return l.Number(v, 1) + "%"
}

// Amount writes minor units as the major units a person types, with the cents when there
// are any: 1,250,000 or 1,250,000.50 (en), 1.250.000,50 (es).
func (l Locale) Amount(minor int64) string {
	prec := 0
	if minor%100 != 0 {
		prec = 2
	}
	return l.Number(float64(minor)/100, prec)
}

var symbols = map[string]string{"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF"}

// Money writes an amount with its currency, with the cents when it has any: 1.250.000 € or
// 1.250.000,50 € (es), €1,250,000 or CHF 1,250,000.50 (en).
func (l Locale) Money(minor int64, currency string) string {
	amount := l.Amount(minor)
	sym, ok := symbols[currency]
	if !ok {
		sym = currency
	}
	if l.Spanish() {
		return amount + nbsp + sym
	}
	if utf8.RuneCountInString(sym) > 1 { // codes such as CHF read better with a space
		return sym + nbsp + amount
	}
	return sym + amount
}

// Compact writes an amount in few characters, abbreviated the language's way: 1.4M, 260k,
// 1.5k, 3B, 900 in English; 1,4 M, 260 mil, 1,5 mil, 1200 M, 900 in Spanish, where "k" and
// "B" are not used: "mil" is written out and "M" (millones) stands apart, as the RAE
// separates a symbol from its number (mil millones stay in M, as the business press writes
// them).
func (l Locale) Compact(minor int64) string {
	v := float64(minor) / 100
	thousand, million, billion := "k", "M", "B"
	if l.Spanish() {
		thousand, million, billion = nbsp+"mil", nbsp+"M", ""
	}
	switch abs := math.Abs(v); {
	case abs >= 999.95e6 && billion != "":
		return l.tenths(v/1e9) + billion
	case abs >= 999.5e3:
		return l.tenths(v/1e6) + million
	case abs >= 9.95e3:
		return l.Number(v/1e3, 0) + thousand
	case abs >= 999.5:
		return l.tenths(v/1e3) + thousand
	}
	return l.Number(v, 0)
}

// tenths writes v to one decimal, without it when it is zero: 1.4, 2.
func (l Locale) tenths(v float64) string {
	v = math.Round(v*10) / 10
	return l.Number(v, min(1, Decimals(v)))
}

// readNumber reads a number written with the language's separators; spaces may group digits
// too.
func (l Locale) readNumber(s string) (float64, bool) {
	group, dec := l.separators()
	s = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "").Replace(strings.TrimSpace(s))
	neg := strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "−")
	whole, frac, hasFrac := strings.Cut(s, dec)
	if whole == "" && hasFrac {
		whole = "0"
	}
	if !digits.Grouped(whole, group) || (hasFrac && !digits.Only(frac)) {
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

// ParseNumber reads a number; empty is an error (optional fields check for empty first).
func (l Locale) ParseNumber(s string) (float64, error) {
	v, ok := l.readNumber(s)
	if !ok {
		return 0, errors.New(l.T("editor.err.number_like", l.Number(1250.5, 1)))
	}
	return v, nil
}

// amountSuffixes are the multipliers an amount may end with: 250k, 3M, 1.2B, 1,5 M€, 260 mil.
var amountSuffixes = []struct {
	suffix string
	mult   float64
}{{"mil", 1e3}, {"k", 1e3}, {"K", 1e3}, {"M", 1e6}, {"B", 1e9}}

// ParseAmount reads an amount of money into minor units (cents): "1,250,000.50", "3M",
// "250k" and "3 M€" in English; "1.250.000,50", "3M", "1,5 M€", "260 mil" in Spanish. Empty
// is zero.
func (l Locale) ParseAmount(s string) (int64, error) {
	bad := errors.New(l.T("editor.err.amount_like", l.Amount(125000050), l.Compact(300000000), l.Compact(25000000)))
	s = strings.TrimSpace(strings.NewReplacer("€", "", "$", "", "£", "").Replace(s))
	if s == "" {
		return 0, nil
	}
	mult := 1.0
	for _, a := range amountSuffixes {
		if strings.HasSuffix(s, a.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, a.suffix)), a.mult
			break
		}
	}
	v, ok := l.readNumber(s)
	_, dec := l.separators()
	if _, frac, has := strings.Cut(s, dec); !ok || (mult == 1 && has && len(frac) > 2) {
		return 0, bad
	}
	cents := math.Round(v * mult * 100)
	if math.Abs(cents) > 1e17 {
		return 0, bad
	}
	if cents < 0 {
		return 0, errors.New(l.T("err.negative"))
	}
	return int64(cents), nil
}

// KPIFigure writes a figure of a KPI (its baseline, target or a measurement) with the
// decimals all its figures share.
func (l Locale) KPIFigure(k domain.KPI, v float64) string { return l.Number(v, KPIDecimals(k)) }

// KPIValue writes a figure of a KPI with its unit: 14% interanual (en), 14 % interanual,
// 37 puntos (es).
func (l Locale) KPIValue(k domain.KPI, v float64) string {
	figure := l.KPIFigure(k, v)
	if rest, ok := strings.CutPrefix(k.Unit, "%"); ok && !l.Spanish() {
		return figure + "%" + rest
	}
	if k.Unit == "" {
		return figure
	}
	return figure + nbsp + k.Unit
}

// ObjectiveMeasure is an objective's baseline → target in its unit (or its KPI's, k, when it
// has one), with the decimals the KPI writes its figures with, or that both figures share:
// "1,2 → 0,6 paradas/mes" as in the KPI table, never "1,20". In English money opens with its
// symbol and a percentage takes no space: £0k → £500k, 14 → 15% year on year.
func (l Locale) ObjectiveMeasure(o domain.Objective, k *domain.KPI) string {
	unit := o.Unit
	if k == nil {
		k = &domain.KPI{Baseline: orZero(o.Baseline), Target: orZero(o.Target)}
	} else if unit == "" {
		unit = k.Unit
	}
	symbol, after := l.unitAround(unit)
	var parts []string
	for _, v := range []*float64{o.Baseline, o.Target} {
		if v != nil {
			parts = append(parts, symbol+l.KPIFigure(*k, *v))
		}
	}
	if symbol != "" {
		return strings.Join(parts, after+" → ") + after
	}
	return strings.TrimSpace(strings.Join(parts, " → ") + after)
}

// unitAround splits a unit into what goes before each figure and what goes after: a space
// and the unit (600 k€, 30 %), but in English money opens with its symbol and a percentage
// takes no space (£500k, 30% year on year).
func (l Locale) unitAround(unit string) (before, after string) {
	r, size := utf8.DecodeRuneInString(unit)
	switch {
	case !l.Spanish() && strings.ContainsRune("£$€¥", r):
		return unit[:size], unit[size:]
	case !l.Spanish() && r == '%':
		return "", unit
	}
	return "", " " + unit
}

func orZero(v *float64) float64 {
	if v == nil {
		return 0
	}
	return *v
}

// KPIAgainstTarget is a KPI's latest value and the target its light judges it by: "32 ·
// target 40" ("— · target 40" before any measurement), or where an interim target is in
// force that one with its period ("37 · target by Sep 2026: 34", "37 · at least 37 before Mar
// 2027"), and "lower is better" when it is and the words do not say it: never "32 / 40", a ratio.
func (l Locale) KPIAgainstTarget(k domain.KPI) string {
	latest, target, key, holding := "—", l.KPIFigure(k, k.Target), "pdf.onepage.kpi_target", false
	if m, ok := k.Latest(); ok {
		latest = l.KPIFigure(k, m.Value)
		var by string
		if by, holding, ok = targetIn(l, k, m.Period); ok {
			target, key = by, "pdf.onepage.kpi_interim"
		}
	}
	if k.Direction == domain.LowerIsBetter && !holding {
		key += "_lower"
	}
	return l.T(key, latest, target)
}

// KPITarget (not a method: Locale has enough) is a KPI's final target and, while its latest value is judged against an interim
// target other than that, the interim one: "6", or "6 · target by Sep 2026: 4".
func KPITarget(l Locale, k domain.KPI) string {
	if by, ok := KPIInterimTarget(l, k); ok {
		return l.KPIFigure(k, k.Target) + " · " + by
	}
	return l.KPIFigure(k, k.Target)
}

// KPIInterimTarget is the target in force for the latest value when it is not the final
// one, with its period: "target by Sep 2026: 4", or before the first interim target the
// baseline to hold, "at least 37 before Mar 2027" ("at most 1.2" when lower is better); ok is
// false when the final target is in force.
func KPIInterimTarget(l Locale, k domain.KPI) (string, bool) {
	latest, ok := k.Latest()
	if !ok {
		return "", false
	}
	return KPITargetIn(l, k, latest.Period)
}

// KPITargetIn is KPIInterimTarget for a value measured in period p.
func KPITargetIn(l Locale, k domain.KPI, p string) (string, bool) {
	text, _, ok := targetIn(l, k, p)
	return text, ok
}

// targetIn is KPITargetIn, and whether its words are the baseline to hold (holding: they
// say the direction themselves).
func targetIn(l Locale, k domain.KPI, p string) (text string, holding, ok bool) {
	if len(k.Milestones) == 0 {
		return "", false, false
	}
	if m, ok := k.MilestoneFor(p); ok {
		period, _ := l.Period(m.Period)
		return l.T("kpi.target_by", period, l.KPIFigure(k, m.Value)), false, m.Value != k.Target
	}
	first := slices.MinFunc(k.Milestones, func(a, b domain.Measurement) int { return strings.Compare(a.Period, b.Period) })
	period, _ := l.Period(first.Period)
	key := "kpi.hold_at_least"
	if k.Direction == domain.LowerIsBetter {
		key = "kpi.hold_at_most"
	}
	return l.T(key, l.KPIFigure(k, k.Baseline), period), true, true
}

// KPIDecimals is how many decimals each figure of the KPI is written with, wherever it is
// printed (baseline, target, every measurement): as many as the one that needs the most,
// at most two, so that "0 → 4" never stands beside "3,70".
func KPIDecimals(k domain.KPI) int {
	n := max(decimalsOf(k.Baseline), decimalsOf(k.Target))
	for _, values := range [][]domain.Measurement{k.History, k.Milestones} {
		for _, m := range values {
			n = max(n, decimalsOf(m.Value))
		}
	}
	return n
}

// decimalsOf is how many decimals v needs, up to two (0.1+0.2 needs one, not seventeen).
func decimalsOf(v float64) int {
	for d, scale := range []float64{1, 10} {
		if x := v * scale; math.Abs(x-math.Round(x)) < 1e-9*max(1, math.Abs(x)) {
			return d
		}
	}
	return 2
}

// KPITableKey is the catalogue key of the words under a table of KPIs: they say how an
// interim target judges a light when one of the KPIs has interim targets.
func KPITableKey(kpis []domain.KPI) string {
	if slices.ContainsFunc(kpis, func(k domain.KPI) bool { return len(k.Milestones) > 0 }) {
		return "plancharts.pdf_kpi_key_interim"
	}
	return "plancharts.pdf_kpi_key"
}
