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
func OrgText(loc locale.Locale) chart.OrgText {
	tx := chart.OrgText{Badges: map[string]string{}, More: loc.T("relmap.more"), KeyMark: loc.T("relmap.key_mark"),
		ContinuesOn: loc.T("relmap.continues_on"), ContinuedFrom: loc.T("relmap.continued_from")}
	for _, r := range domain.BuyingRoles {
		tx.Badges["buying."+string(r)] = loc.T("relmap.badge." + string(r))
	}
	for _, r := range domain.SellingRoles {
		tx.Badges["selling."+string(r)] = loc.T("relmap.badge." + sellingBadge(r))
	}
	for i := range tx.Rel {
		tx.Rel[i] = loc.T(fmt.Sprintf("rel.%d", i))
	}
	return tx
}

func sellingBadge(r domain.SellingRole) string {
	if r == domain.SellingUser {
		return "user_buyer"
	}
	return string(r)
}

// OrgLegend explains the badges inside the catalogue's text key: "DEC decider, …".
func OrgLegend(loc locale.Locale, key string) string {
	var parts []string
	for _, r := range domain.BuyingRoles {
		parts = append(parts, loc.T("relmap.badge."+string(r))+" "+strings.ToLower(loc.T("buying."+string(r))))
	}
	for _, r := range domain.SellingRoles {
		parts = append(parts, loc.T("relmap.badge."+sellingBadge(r))+" "+strings.ToLower(loc.T("selling."+string(r))))
	}
	return loc.T(key, strings.Join(parts, ", "))
}

// InfluenceText is the influence map's words.
func InfluenceText(loc locale.Locale) chart.InfluenceText {
	tx := chart.InfluenceText{Zones: map[domain.GridCell]string{}, Influence: loc.T("peoplemaps.axis.influence"),
		Attitude: loc.T("peoplemaps.axis.attitude"), More: loc.T("peoplemaps.more")}
	for _, z := range domain.GridCells {
		tx.Zones[z] = loc.T("grid." + string(z))
	}
	for a := -2; a <= 2; a++ {
		tx.Attitudes[a+2] = loc.T(fmt.Sprintf("attitude.%d", a))
	}
	return tx
}

// CoverageText is the team coverage matrix's words.
func CoverageText(loc locale.Locale) chart.CoverageText {
	tx := chart.CoverageText{Person: loc.T("peoplemaps.coverage.person"), Influence: loc.T("peoplemaps.coverage.influence"),
		Cadences: map[domain.Cadence]string{}, GapMark: "⚠ " + loc.T("peoplemaps.gap.mark"),
		Roles: map[domain.TeamRole]string{}, Former: loc.T("peoplemaps.coverage.former_member")}
	for i := range tx.Levels {
		tx.Levels[i] = loc.T(fmt.Sprintf("rel.%d", i))
	}
	for _, c := range domain.Cadences {
		tx.Cadences[c] = loc.T("cadence." + string(c))
	}
	for _, r := range domain.TeamRoles {
		tx.Roles[r] = loc.T("role." + string(r))
	}
	return tx
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

// SpaceText is the white-space map's words and its compact amounts.
func SpaceText(loc locale.Locale) chart.SpaceText {
	st := map[domain.SpaceStatus]string{}
	for _, s := range domain.SpaceStatuses {
		st[s] = loc.T("whitespace.status." + string(s))
	}
	return chart.SpaceText{Status: st, Total: loc.T("whitespace.total"), Open: loc.T("whitespace.open"), Money: loc.Compact}
}

// KPIText is the KPI lights' words: the latest value with its period, and the target.
func KPIText(loc locale.Locale) chart.KPIText {
	return chart.KPIText{PlanB: loc.T("plancharts.kpi_plan_b"), Value: func(k domain.KPI) string {
		target := loc.Number(k.Target, locale.Decimals(k.Target))
		if m, ok := k.Latest(); ok {
			period, _ := loc.Period(m.Period)
			return loc.T("plancharts.kpi_value", loc.Number(m.Value, locale.Decimals(m.Value)), k.Unit, period, target)
		}
		return loc.T("plancharts.kpi_no_value", target)
	}}
}
