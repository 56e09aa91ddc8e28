package history

import (
	"reflect"
	"slices"
	"testing"

	"kamplan/domain"
)

// Every part of the plan and of its account is compared: a field SetField names, a list, or
// one of the few parts that are not the plan's content. A new field must be placed here.
func TestComparisonCoversEveryPartOfThePlan(t *testing.T) {
	asList := map[string]domain.Coll{"swots": domain.CollSWOTs, "contacts": domain.CollContacts, "links": domain.CollLinks, "coverage": domain.CollCoverage,
		"centres": domain.CollCentres, "white_space": domain.CollWhiteSpace, "strategies": domain.CollStrategies, "objectives": domain.CollObjectives,
		"actions": domain.CollActions, "opportunities": domain.CollOpportunities, "reviews": domain.CollReviews, "kpis": domain.CollKPIs, "notes": domain.CollNotes, "wallet.offerings": domain.CollOfferings,
		"wallet.competitors": domain.CollCompetitors, "portfolio.strength.factors": domain.CollCriteria,
		"portfolio.strength.scores": CollStrengthScores, "portfolio.attractiveness.scores": CollAttractivenessScores,
		"account.team": domain.CollTeam}
	// The settings' factors are the same for every plan; the logo is an image for the
	// cover, no text a comparison or a merge reads.
	notContent := map[string]bool{"id": true, "account_id": true, "account.id": true, "account.crm_id": true,
		"account.logo": true, "portfolio.attractiveness.factors": true}
	var paths []string
	for _, l := range leavesOf(reflect.TypeOf(domain.Plan{})) {
		paths = append(paths, l.path)
	}
	for _, l := range leavesOf(reflect.TypeOf(domain.Account{})) {
		paths = append(paths, "account."+l.path)
	}
	compared := map[domain.Coll]bool{CollAttractivenessScores: true, CollStrengthScores: true}
	for _, c := range comparedLists {
		if lc, ok := c.(listCompare); ok {
			compared[lc.coll] = true
		}
	}
	for _, path := range paths {
		isField := slices.Contains(domain.Fields(), domain.Field(path))
		coll, isList := asList[path]
		switch {
		case isList && !compared[coll]:
			t.Errorf("the list %s is not compared", path)
		case !isField && !isList && !notContent[path]:
			t.Errorf("%s is neither a field SetField names nor a list: Compare and Merge do not see it", path)
		}
	}
	for _, name := range domain.Fields() {
		if !placed(name) {
			t.Errorf("the field %s has no section", name)
		}
	}
	for _, col := range domain.Collections() {
		c := col.Name
		if !compared[c] {
			t.Errorf("the list %s is not compared", c)
		}
		if _, ok := collSections[c]; !ok {
			t.Errorf("the list %s has no section", c)
		}
	}
}

func placed(name domain.Field) bool {
	for _, f := range fieldSections {
		if f.field == name {
			return true
		}
	}
	return false
}
