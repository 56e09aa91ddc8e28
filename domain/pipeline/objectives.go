package pipeline

import (
	"strings"

	"kamplan/domain"
)

// Progress is a revenue objective against its pipeline.
type Progress struct {
	Objective domain.Objective
	Target    int64 // minor units
	Sum             // of the opportunities that serve it
	Gap       int64 // target − won, never below zero
	// Covered is how many times the weighted pipeline covers the gap (0 when there is no gap).
	Covered float64
	// Short: the gap is not covered Ratio times.
	Short bool
}

// RevenueTarget is an objective's target in minor units of currency, when the objective
// is measured in money: its unit (or its KPI's) is the currency's code or symbol, bare or
// in thousands (k€, kEUR, £k) or millions (M€, MEUR, £m).
func RevenueTarget(p *domain.Plan, o domain.Objective) (int64, bool) {
	if o.Target == nil {
		return 0, false
	}
	unit := o.Unit
	if k := p.FindKPI(o.KPIID); k != nil {
		unit = k.Unit
	}
	scale, ok := moneyScale(strings.TrimSpace(unit), p.Currency)
	if !ok {
		return 0, false
	}
	return int64(*o.Target * scale * 100), true
}

var symbols = map[string]string{"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}

// moneyScale is how many units of currency one of unit is. The multiplier comes before the
// code or symbol (k€, MEUR), or after the symbol as English writes it (£k, $m); "m" only
// there, where it cannot be read as thousands (miles) or as milli.
func moneyScale(unit, currency string) (float64, bool) {
	symbol := symbols[strings.ToUpper(currency)]
	isMoney := func(s string) bool { return s != "" && (strings.EqualFold(s, currency) || s == symbol) }
	if isMoney(unit) {
		return 1, true
	}
	scales := map[string]float64{"k": 1e3, "K": 1e3, "M": 1e6}
	for mark, scale := range scales {
		if rest, ok := strings.CutPrefix(unit, mark); ok && isMoney(rest) {
			return scale, true
		}
	}
	scales["m"] = 1e6
	for mark, scale := range scales {
		if rest, ok := strings.CutSuffix(unit, mark); ok && symbol != "" && rest == symbol {
			return scale, true
		}
	}
	return 0, false
}

// Objectives is every revenue objective of p against the opportunities that serve it;
// ratio is the coverage ratio of the settings.
func Objectives(p *domain.Plan, ratio float64) []Progress {
	sums := ByObjective(p)
	var out []Progress
	for _, o := range p.Objectives {
		target, ok := RevenueTarget(p, o)
		if !ok {
			continue
		}
		out = append(out, progress(o, target, sums[o.ID], ratio))
	}
	return out
}

func progress(o domain.Objective, target int64, s Sum, ratio float64) Progress {
	pr := Progress{Objective: o, Target: target, Sum: s, Gap: max(0, target-s.Won)}
	if pr.Gap > 0 {
		pr.Covered = float64(s.Weighted) / float64(pr.Gap)
		pr.Short = pr.Covered < ratio
	}
	return pr
}

// Gap is what p's revenue objectives still miss in all, after what was won for them.
func Gap(p *domain.Plan) int64 {
	var gap int64
	for _, pr := range Objectives(p, DefaultCoverage) {
		gap += pr.Gap
	}
	return gap
}
