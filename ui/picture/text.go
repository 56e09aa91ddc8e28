package picture

import (
	"fmt"
	"strings"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
)

// The words each picture is drawn with, in a language.

// OrgText is the relationship map's words.
func OrgText(loc locale.Locale) chart.OrgText { return chart.OrgWords(loc.T) }

// InfluenceText is the influence map's words.
func InfluenceText(loc locale.Locale) chart.InfluenceText { return chart.InfluenceWords(loc.T) }

// CoverageText is the team coverage matrix's words.
func CoverageText(loc locale.Locale) chart.CoverageText { return chart.CoverageWords(loc.T, "⚠") }

// SpaceText is the white-space map's words and its compact amounts.
func SpaceText(loc locale.Locale) chart.SpaceText {
	tx := chart.SpaceWords(loc.T, loc.Compact)
	tx.Deals = func(n int) string { return loc.TCount("pipeline.column_count", n, n) }
	return tx
}

// OrgLegend explains the badges inside the catalogue's text key: "DEC decider, …".
func OrgLegend(loc locale.Locale, key string) string {
	var parts []string
	for _, r := range domain.BuyingRoles {
		parts = append(parts, loc.T("relmap.badge."+string(r))+" "+strings.ToLower(loc.T("buying."+string(r))))
	}
	for _, r := range domain.SellingRoles {
		parts = append(parts, loc.T("relmap.badge."+chart.SellingBadge(r))+" "+strings.ToLower(loc.T("selling."+string(r))))
	}
	return loc.T(key, strings.Join(parts, ", "))
}

// PyramidText is the relationship-stage pyramid's words.
func PyramidText(loc locale.Locale) chart.PyramidText {
	tx := chart.PyramidText{Now: loc.T("plancharts.badge.now"), Target: loc.T("plancharts.badge.target")}
	for i, s := range domain.Stages {
		tx.Names[i] = loc.T(fmt.Sprintf("stage.%d", s))
		tx.Descriptions[i] = loc.T(fmt.Sprintf("plancharts.stage.desc.%d", s))
	}
	return tx
}

// KPIText is the KPI lights' words: the latest value with its period, and the target.
func KPIText(loc locale.Locale) chart.KPIText {
	return chart.KPIText{PlanB: loc.T("plancharts.kpi_plan_b"), Value: func(k domain.KPI) string {
		target := locale.KPITarget(loc, k)
		if m, ok := k.Latest(); ok {
			period, _ := loc.Period(m.Period)
			return loc.T("plancharts.kpi_value", loc.KPIFigure(k, m.Value), k.Unit, period, target)
		}
		return loc.T("plancharts.kpi_no_value", target)
	}}
}
