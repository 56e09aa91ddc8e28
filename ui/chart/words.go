package chart

import (
	"fmt"

	"kamplan/domain"
)

// The words the pictures are drawn with, from a catalogue: tr translates a key (the screen's
// locale, or the document's, which also makes the text safe for its fonts).
type translate = func(key string, args ...any) string

// OrgWords are the relationship map's words.
func OrgWords(tr translate) OrgText {
	tx := OrgText{Badges: map[string]string{}, More: tr("relmap.more"), KeyMark: tr("relmap.key_mark"),
		ContinuesOn: tr("relmap.continues_on"), ContinuedFrom: tr("relmap.continued_from")}
	for _, r := range domain.BuyingRoles {
		tx.Badges["buying."+string(r)] = tr("relmap.badge." + string(r))
	}
	for _, r := range domain.SellingRoles {
		tx.Badges["selling."+string(r)] = tr("relmap.badge." + SellingBadge(r))
	}
	for i := range tx.Rel {
		tx.Rel[i] = tr(fmt.Sprintf("rel.%d", i))
	}
	return tx
}

// SellingBadge is the catalogue name of a selling role's badge (the user buyer's differs
// from the user's).
func SellingBadge(r domain.SellingRole) string {
	if r == domain.SellingUser {
		return "user_buyer"
	}
	return string(r)
}

// InfluenceWords are the influence map's words.
func InfluenceWords(tr translate) InfluenceText {
	tx := InfluenceText{Zones: map[domain.GridCell]string{}, Influence: tr("peoplemaps.axis.influence"),
		Attitude: tr("peoplemaps.axis.attitude"), More: tr("peoplemaps.more")}
	for _, z := range domain.GridCells {
		tx.Zones[z] = tr("grid." + string(z))
	}
	for a := -2; a <= 2; a++ {
		tx.Attitudes[a+2] = tr(fmt.Sprintf("attitude.%d", a))
	}
	return tx
}

// CoverageWords are the team coverage matrix's words; mark goes before a gap's word (a
// warning sign on screen, what the paper's fonts can draw on paper).
func CoverageWords(tr translate, mark string) CoverageText {
	tx := CoverageText{Person: tr("peoplemaps.coverage.person"), Influence: tr("peoplemaps.coverage.influence"),
		Cadences: map[domain.Cadence]string{}, GapMark: mark + " " + tr("peoplemaps.gap.mark"),
		Roles: map[domain.TeamRole]string{}, Former: tr("peoplemaps.coverage.former_member")}
	for i := range tx.Levels {
		tx.Levels[i] = tr(fmt.Sprintf("rel.%d", i))
	}
	for _, c := range domain.Cadences {
		tx.Cadences[c] = tr("cadence." + string(c))
	}
	for _, r := range domain.TeamRoles {
		tx.Roles[r] = tr("role." + string(r))
	}
	return tx
}

// SpaceWords are the white-space map's words, with its compact amounts.
func SpaceWords(tr translate, money func(minor int64) string) SpaceText {
	st := map[domain.SpaceStatus]string{}
	for _, s := range domain.SpaceStatuses {
		st[s] = tr("whitespace.status." + string(s))
	}
	return SpaceText{Status: st, Total: tr("whitespace.total"), Open: tr("whitespace.open"), Money: money, Unknown: tr("whitespace.unknown")}
}
