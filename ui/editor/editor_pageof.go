package editor

import (
	"slices"
	"strings"

	"kamplan/domain"
	"kamplan/ui/shell"
)

// A list edited on several pages names them all, its own page first.
var collPages = map[domain.Coll][]shell.Page{
	domain.CollOfferings: {shell.PageWallet, shell.PageWhiteSpace}, domain.CollCompetitors: {shell.PageWallet},
	domain.CollCentres: {shell.PageWhiteSpace}, domain.CollWhiteSpace: {shell.PageWhiteSpace},
	domain.CollSWOTs: {shell.PageSWOT}, domain.CollSWOTItems: {shell.PageSWOT},
	domain.CollContacts: {shell.PageStakeholders, shell.PageRelationshipMap, shell.PageInfluenceMap, shell.PageCoverage},
	domain.CollLinks:    {shell.PageRelationshipMap, shell.PageStakeholders}, domain.CollCoverage: {shell.PageCoverage},
	domain.CollStrategies: {shell.PageStrategies}, domain.CollObjectives: {shell.PageObjectives, shell.PageWhiteSpace},
	domain.CollActions: {shell.PageActions}, domain.CollKPIs: {shell.PageKPIs}, domain.CollNotes: {shell.PageSignOff},
	domain.CollCriteria: {shell.PagePortfolio}, domain.CollTeam: {shell.PageProfile, shell.PageCoverage},
}

var fieldPages = []struct {
	prefix string
	page   shell.Page
}{
	{"wallet.", shell.PageWallet}, {"stage_", shell.PageStage}, {"portfolio.", shell.PagePortfolio},
	{"value_proposition", shell.PageValue}, {"relationship_plan", shell.PageValue},
	{"review_cadence", shell.PageSignOff}, {"commitment.", shell.PageSignOff}, {"resources", shell.PageSignOff}, {"risks", shell.PageSignOff},
	{"", shell.PageProfile}, // the account and the plan's profile
}

// pagesOf says on which pages of the editor an edit shows, the usual one first.
func pagesOf(ed domain.Edit) []shell.Page {
	switch x := ed.(type) {
	case domain.Batch:
		if len(x) > 0 {
			return pagesOf(x[0])
		}
	case domain.SetScore:
		return []shell.Page{shell.PagePortfolio}
	case domain.SetField:
		for _, f := range fieldPages {
			if strings.HasPrefix(string(x.Field), f.prefix) {
				return []shell.Page{f.page}
			}
		}
	case domain.AddItem:
		return collPages[x.Coll]
	case domain.RemoveItem:
		return collPages[x.Coll]
	case domain.ReplaceItem:
		return collPages[x.Coll]
	case domain.MoveItem:
		return collPages[x.Coll]
	}
	return nil
}

// pageFor is where an undone or redone edit is shown: the page it was made on when that page
// shows it (a contact dragged on the influence map), else its usual page.
func pageFor(ed domain.Edit, madeOn shell.Page) (shell.Page, bool) {
	pages := pagesOf(ed)
	if len(pages) == 0 {
		return "", false
	}
	if slices.Contains(pages, madeOn) {
		return madeOn, true
	}
	return pages[0], true
}
