// Package health scores an account plan from 0 to 100 with its reasons (METHOD §10): how far
// each section is filled to the method's minimum (completeness) and how well the account is
// run (health). Each check has a weight; the score is their weighted sum.
package health

import (
	"math"

	"kamplan/domain"
)

// Check is the verdict on one check of the score.
type Check struct {
	Key    string  // the check's catalogue stem: health.<Key>.name names it
	Weight int     // its share of the 100 points
	Value  float64 // 0 failed … 1 passed; in between, partly met
	// Reason is the catalogue key of the sentence that says why (health.<Key>.<state>), Count
	// its count for plural forms (trCount, 0 when the sentence counts nothing), Args the rest.
	Reason string
	Count  int
	Args   []any
}

// FormatArgs are the arguments of the reason's sentence: its count first when it counts.
func (c Check) FormatArgs() []any {
	if c.Count > 0 {
		return append([]any{c.Count}, c.Args...)
	}
	return c.Args
}

// Passed reports whether the check is fully met.
func (c Check) Passed() bool { return c.Value >= 1 }

// Points is what the check adds to the score.
func (c Check) Points() float64 { return float64(c.Weight) * c.Value }

// Result is a plan's score with every check, completeness first, in the order of the method.
type Result struct {
	Score  int
	Checks []Check
}

// Failing lists the checks not fully met, those costing the most points first.
func (r Result) Failing() []Check {
	var out []Check
	for _, c := range r.Checks {
		if !c.Passed() {
			out = append(out, c)
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && lost(out[j]) > lost(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func lost(c Check) float64 { return float64(c.Weight) - c.Points() }

// Score checks p on today with the company's settings (sales stages, coverage ratio).
func Score(p *domain.Plan, st domain.Settings, today domain.Date) Result {
	var r Result
	total := 0.0
	for _, d := range checks {
		c := d.run(p, st, today)
		c.Key, c.Weight = d.key, d.weight
		c.Value = math.Max(0, math.Min(1, c.Value))
		total += c.Points()
		r.Checks = append(r.Checks, c)
	}
	r.Score = int(math.Round(total))
	return r
}

// verdict builds a check's value and reason; the key and weight come from the table.
func verdict(value float64, reason string, args ...any) Check {
	return Check{Value: value, Reason: reason, Args: args}
}

// tc is a verdict whose reason counts n things (its sentence has a one form, picked by TCount).
func tc(reason string, n int, value float64, args ...any) Check {
	return Check{Value: value, Reason: reason, Count: n, Args: args}
}

// fraction is n of total, 0 when total is 0.
func fraction(n, total int) float64 {
	if total == 0 {
		return 0
	}
	return float64(n) / float64(total)
}
