package editor

import (
	"testing"

	"kamplan/ui/shell"
)

// Every page a screen can ask for by name is the page of that title.
func TestPagesAreNamedForWhatTheyShow(t *testing.T) {
	a, e := openSample(t, "en")
	titles := map[shell.Page]string{
		shell.PageProfile: "editor.profile", shell.PageWallet: "editor.wallet", shell.PageWhiteSpace: "editor.white_space",
		shell.PageSWOT: "editor.swot", shell.PageStakeholders: "editor.stakeholders", shell.PageRelationshipMap: "editor.relationship_map",
		shell.PageInfluenceMap: "editor.influence_map", shell.PageCoverage: "editor.coverage", shell.PageStage: "editor.stage",
		shell.PageStrategies: "editor.strategies", shell.PagePortfolio: "editor.portfolio", shell.PageValue: "editor.value",
		shell.PageObjectives: "editor.objectives", shell.PageActions: "editor.actions", shell.PageKPIs: "editor.kpis",
		shell.PageSignOff: "editor.signoff", shell.PageHistory: "editor.history",
	}
	for page, key := range titles {
		e.ShowPage(page)
		phase := e.pages.tabs.SelectedIndex()
		if got := e.pages.subs[phase].Items[e.pages.subs[phase].SelectedIndex()].Text; got != a.tr(key) || e.Here() != page {
			t.Errorf("%s shows %q, not %q", page, got, a.tr(key))
		}
	}
}
