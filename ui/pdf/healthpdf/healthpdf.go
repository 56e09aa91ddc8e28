// Package healthpdf is the words of the plan health score (package domain/health) in the
// plan document's executive summary. Only the internal edition prints it: the score judges
// the account team's own work, and half its checks count what the client edition leaves
// out (the coverage of the client's people, plan B, the pipeline, the competitors' SWOTs).
package healthpdf

import (
	"kamplan/domain"
	"kamplan/domain/health"
	uihealth "kamplan/ui/health"
	"kamplan/ui/locale"
)

// Summary is what the executive summary prints of the score.
type Summary struct {
	Score   string   // "82/100"
	Title   string   // the heading of the reasons
	Reasons []string // the checks not met, those costing the most points first
}

// Of is the score of p, the internal edition's plan, with its first max reasons.
func Of(p *domain.Plan, st domain.Settings, today domain.Date, loc locale.Locale, max int) Summary {
	r := health.Score(p, st, today)
	s := Summary{Score: loc.T("health.score_short", r.Score), Title: loc.T("health.pdf.to_fix", r.Score)}
	for i, c := range r.Failing() {
		if i == max {
			break
		}
		s.Reasons = append(s.Reasons, uihealth.Name(loc, c)+": "+uihealth.Reason(loc, c))
	}
	return s
}
