// Package health shows the plan health score (package domain/health): the badge on the
// home's rows and in the editor's header, and the list of its reasons, each leading to the
// page of the plan where it is fixed.
package health

import (
	"fyne.io/fyne/v2/widget"

	"kamplan/domain/health"
	"kamplan/ui/locale"
	"kamplan/ui/shell"
)

// Reason is a check's sentence in the interface language.
func Reason(loc locale.Locale, c health.Check) string {
	return loc.TCount(c.Reason, c.Count, c.FormatArgs()...)
}

// Name is a check's name in the interface language.
func Name(loc locale.Locale, c health.Check) string { return loc.T("health." + c.Key + ".name") }

// Badge is the score as a badge says it, "" for a plan not scored yet (negative).
func Badge(loc locale.Locale, score int) string {
	if score < 0 {
		return ""
	}
	return loc.T("health.score", score)
}

// Importance colours a score: 75 and more is good, under 50 needs attention.
func Importance(score int) widget.Importance {
	switch {
	case score < 0:
		return widget.LowImportance
	case score >= 75:
		return widget.SuccessImportance
	case score >= 50:
		return widget.WarningImportance
	}
	return widget.DangerImportance
}

// pages is where each check is fixed.
var pages = map[string]shell.Page{
	"profile": shell.PageProfile, "wallet": shell.PageWallet,
	"client_swot": shell.PageSWOT, "other_swots": shell.PageSWOT,
	"strategies": shell.PageStrategies, "portfolio": shell.PagePortfolio,
	"stakeholders": shell.PageStakeholders, "stage": shell.PageStage,
	"objectives": shell.PageObjectives, "actions": shell.PageActions, "kpis": shell.PageKPIs,
	"signoff": shell.PageSignOff, "key_players": shell.PageCoverage, "deciders": shell.PageCoverage,
	"overdue": shell.PageActions, "plan_b": shell.PageKPIs, "pipeline": shell.PagePipeline,
	"review": shell.PageSignOff,
}

// PageOf is the page of the plan where a check is fixed.
func PageOf(key string) (shell.Page, bool) {
	p, ok := pages[key]
	return p, ok
}
