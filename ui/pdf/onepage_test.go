package pdf

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/edition"
	"kamplan/domain/gen"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
)

// The plan on a page is one landscape page in both editions and languages, for the
// sample and the large plan; the client one holds nothing internal.
func TestOnePageIsOneLandscapePage(t *testing.T) {
	f := gen.LargePlan()
	large := Document{Account: f.Account, Plan: &f.Plans[0], Settings: domain.DefaultSettings()}
	for _, lang := range assets.Languages {
		for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
			for _, doc := range []Document{sharedWalletDocument(t, lang, ed), large} {
				doc.Lang, doc.Edition, doc.OnePage = lang, ed, true
				raw, warnings := render(t, doc)
				if n := bytes.Count(raw, []byte("/Type /Page\n")); n != 1 || len(warnings) != 0 {
					t.Fatalf("%s %s: %d pages, warnings %v", lang, ed, n, warnings)
				}
				if !bytes.Contains(raw, []byte("/MediaBox [0 0 841.89 595.28]")) {
					t.Errorf("%s %s: not landscape A4", lang, ed)
				}
				text := allText(t, raw)
				for _, k := range []string{"pdf.wallet", "pdf.sum.objectives", "pdf.onepage.next_actions", "pdf.s.kpis"} {
					if !strings.Contains(text, assets.T(lang, k)) {
						t.Errorf("%s %s: no %q", lang, ed, assets.T(lang, k))
					}
				}
				internalOnly := []string{assets.T(lang, "pdf.sum.quadrant"), assets.T(lang, "pdf.onepage.key_people")}
				for _, s := range internalOnly {
					if strings.Contains(text, s) != (ed == domain.EditionInternal) {
						t.Errorf("%s %s: %q shown=%v", lang, ed, s, strings.Contains(text, s))
					}
				}
			}
		}
	}
}

func TestOnePageClientHoldsNothingInternal(t *testing.T) {
	doc, marks := markedDocument(t, "es")
	doc.Edition, doc.OnePage = domain.EditionClient, true
	raw := must(render(t, doc))
	text := allText(t, raw)
	kept := inClientCopy(doc)
	for _, m := range marks {
		if (m.rule.Show == edition.Internal || !kept(m.text)) && (strings.Contains(text, m.text) || bytes.Contains(raw, utf16BE(m.text))) {
			t.Errorf("one-page client edition shows %s (%s)", m.field, m.text)
		}
	}
}

// The page names our coverage from the team-coverage pairs: internally the member who knows
// a person best; for the client every counterpart.
func TestOnePageNamesCoverageFromTheTeam(t *testing.T) {
	for _, tt := range []struct {
		edition domain.Edition
		want    []string
		not     []string
	}{
		{domain.EditionInternal, []string{"Rosa Prieto ·"}, []string{"Luis Mora"}},
		{domain.EditionClient, []string{"with Luis Mora (monthly), Rosa Prieto (quarterly)"}, nil},
	} {
		doc := sampleDocument(t, "en", tt.edition)
		top := doc.Plan.Contacts[0]
		for _, c := range doc.Plan.Contacts {
			if c.Influence > top.Influence {
				top = c
			}
		}
		doc.Account.Team = append(doc.Account.Team, domain.TeamMember{ID: "lm", Name: "Luis Mora", Role: domain.RoleTechnical},
			domain.TeamMember{ID: "rp", Name: "Rosa Prieto", Role: domain.RoleFinance})
		doc.Plan.Coverage = []domain.Coverage{
			{ID: "c1", MemberID: "lm", ContactID: top.ID, RelNow: 1, RelTarget: 3, Frequency: domain.CadenceMonthly},
			{ID: "c2", MemberID: "rp", ContactID: top.ID, RelNow: 3, RelTarget: 4, Frequency: domain.CadenceQuarterly},
		}
		doc.OnePage = true
		data, _ := render(t, doc)
		text := allText(t, data)
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: %q missing", tt.edition, w)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(text, n) {
				t.Errorf("%s: %q shown", tt.edition, n)
			}
		}
	}
}

// The one-pager's label–value lines print a long value whole, wrapped under itself when
// the line has no room for it: the relationship stages are not cut with "…".
func TestOnePageLinesAreNotCutWhereThereIsRoom(t *testing.T) {
	for _, lang := range assets.Languages {
		for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
			doc := sampleDocument(t, lang, ed)
			doc.OnePage = true
			raw, _ := render(t, doc)
			want := assets.T(lang, fmt.Sprintf("stage.%d", doc.Plan.StageNow)) + " → " + assets.T(lang, fmt.Sprintf("stage.%d", doc.Plan.StageTarget))
			if text := strings.Join(strings.Fields(allText(t, raw)), " "); !strings.Contains(text, want) {
				t.Errorf("%s %s: the stage line is not %q", lang, ed, want)
			}
		}
	}
}

// The one-pager's next actions mark an overdue action as such, and leave out a plan-B
// action until its KPI's trigger has fired.
func TestOnePageMarksOverdueActionsAndWaitingPlanB(t *testing.T) {
	for _, lang := range assets.Languages {
		doc := sampleDocument(t, lang, domain.EditionInternal)
		doc.OnePage = true
		withOverdueAction(&doc)
		p := *doc.Plan
		waiting := domain.Action{ID: "waiting-b", Title: "Plan B whose trigger has not fired", Owner: "Laura Gómez",
			Start: domain.NewDate(2026, 11, 1), Due: domain.NewDate(2026, 11, 2), Status: domain.StatusNotStarted, Contingency: true}
		p.Actions = append(append([]domain.Action{}, p.Actions...), waiting)
		doc.Plan = &p
		lines := strings.Split(allText(t, must(render(t, doc))), "\n")
		if indexOf(lines, waiting.Title) >= 0 {
			t.Errorf("%s: a plan-B action is listed before its trigger fired", lang)
		}
		overdue := 0
		for _, a := range p.Actions {
			i := firstLineOf(lines, a.Title)
			if i < 1 || !a.Overdue(doc.Today) {
				continue
			}
			overdue++
			if !strings.HasPrefix(lines[i-1], assets.T(lang, "status.overdue")+" · ") {
				t.Errorf("%s: overdue %q is listed as %q", lang, a.Title, lines[i-1])
			}
		}
		if overdue == 0 {
			t.Errorf("%s: the page lists no overdue action", lang)
		}
	}
}

// withOverdueAction adds to the document's plan a shared action a week overdue: the samples
// keep their actions on time, and the tests of how an overdue action is marked need one.
func withOverdueAction(doc *Document) {
	p := *doc.Plan
	late := domain.Action{ID: "late", Title: "Acción conjunta con una semana de retraso", Owner: "Laura Gómez",
		Start: domain.NewDate(2026, 11, 2), Due: doc.Today.AddDays(-7), Status: domain.StatusInProgress}
	p.Actions = append(append([]domain.Action{}, p.Actions...), late)
	doc.Plan = &p
}

// firstLineOf is the index of the line a text starts on, wrapped or not; -1 if none.
func firstLineOf(lines []string, text string) int {
	for i, l := range lines {
		if len(l) > 12 && strings.HasPrefix(text, l) {
			return i
		}
	}
	return -1
}

// Each KPI on the page says where it stands, its latest value against its target and its
// light in words, under its name (above it, it read as the KPI's before): a light alone says
// nothing of how far off it is, a coloured dot is lost in grey print, and "1,4 / 0,6" would
// read as a ratio. The block ends with the next review its heading promises.
func TestOnePageKPIsShowTheirLatestValueAgainstTarget(t *testing.T) {
	doc := sampleDocument(t, "es", domain.EditionInternal)
	doc.OnePage = true
	text := allText(t, must(render(t, doc)))
	for _, want := range []string{"14 · al menos 14 antes de mar. 2027 · Verde\n", "37 · al menos 37 antes de mar. 2027 · Verde\n",
		"1,4 · como mucho 1,2 antes de mar. 2027 · Rojo\n", "Próxima revisión"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q on the page", want)
		}
	}
	if strings.Contains(text, "1,4 / 0,6") {
		t.Error("a KPI's value and target are written as a ratio")
	}
	lines := strings.Split(text, "\n")
	for _, k := range doc.Plan.KPIs {
		value := locale.New("es").KPIAgainstTarget(k) + " · "
		at := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, value) })
		if at < 1 || !strings.HasSuffix(k.Name, lines[at-1]) && !strings.HasSuffix(lines[at-1], k.Name) {
			t.Errorf("the value of %q is not under its name: %q", k.Name, lines[max(0, at-1):max(0, at+1)])
		}
	}
}

// The client's one page lists every person of the governance when they fit, says who meets
// them, keeps the relationship stage with the people, and calls its actions what they are.
func TestOnePageGovernanceListsEveryoneWithTheStage(t *testing.T) {
	doc := sampleDocument(t, "es", domain.EditionClient)
	doc.OnePage = true
	runs := pageRuns(t, must(render(t, doc)), 210)[0]
	text := allText(t, must(render(t, doc)))
	for _, c := range doc.Plan.Contacts {
		if !strings.Contains(text, c.Name) {
			t.Errorf("%s is not on the page", c.Name)
		}
	}
	if strings.Contains(text, assets.T("es", "pdf.and_more", 2)) {
		t.Error("the governance still ends with \"and 2 more\"")
	}
	gov, stage := lastRun(runs, assets.T("es", "pdf.governance")), lastRun(runs, assets.T("es", "pdf.sum.stage"))
	if gov < 0 || stage < 0 || math.Abs(runs[stage].X-runs[gov].X) > 1 || runs[stage].Y < runs[gov].Y {
		t.Error("the relationship stage is not under the governance")
	}
	if !strings.Contains(text, "con Javier Ortega (trimestral)\n") || !strings.Contains(text, assets.T("es", "pdf.onepage.next_actions")+"\n") {
		t.Error("no \"con Javier Ortega (trimestral)\" over the client's person, or no actions block")
	}
	if assets.T("es", "pdf.onepage.next_actions") != "Acciones pendientes" {
		t.Error("the actions block is called as if none were overdue")
	}
}

// onePageRuns renders the plan on one page and reads back where its text lies.
func onePageRuns(t *testing.T, lang, paper string, ed domain.Edition) []textRun {
	t.Helper()
	doc := sharedWalletDocument(t, lang, ed)
	doc.OnePage, doc.Paper = true, paper
	pageH := 210.0 // landscape: as high as the paper is narrow
	if paper == "letter" {
		pageH = 215.9
	}
	return pageRuns(t, must(render(t, doc)), pageH)[0]
}

// lastRun is the index of the last run of text; -1 when none.
func lastRun(runs []textRun, text string) int {
	for i := len(runs) - 1; i >= 0; i-- {
		if runs[i].Text == text {
			return i
		}
	}
	return -1
}

// The spend bar has a key under it, in the document's language: our revenue is the dark
// part and the white space the light one, named as the figures under it are.
func TestOnePageSpendBarHasAKey(t *testing.T) {
	for _, lang := range assets.Languages {
		for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
			runs := onePageRuns(t, lang, "a4", ed)
			heading, share := lastRun(runs, assets.T(lang, "pdf.wallet")), lastRun(runs, assets.T(lang, "pdf.share"))
			var key []string
			for _, r := range runs[heading+1 : max(heading+1, share)] {
				key = append(key, r.Text)
			}
			want := []string{assets.T(lang, "pdf.revenue"), assets.T(lang, "pdf.white_space")}
			if heading < 0 || fmt.Sprint(key) != fmt.Sprint(want) {
				t.Errorf("%s %s: between the heading and the figures %q, want the key %q", lang, ed, key, want)
			}
		}
	}
}

// The wallet's figures start at one x, right of the widest label, in both languages and on
// both papers.
func TestOnePageWalletValuesAreAligned(t *testing.T) {
	labels := []string{"pdf.share", "pdf.potential", "pdf.revenue", "pdf.white_space"}
	for _, lang := range assets.Languages {
		for _, paper := range []string{"a4", "letter"} {
			runs := onePageRuns(t, lang, paper, domain.EditionClient)
			var xs []float64
			for _, k := range labels {
				i := lastRun(runs, assets.T(lang, k))
				if i < 0 || i+1 == len(runs) {
					t.Fatalf("%s %s: no %q", lang, paper, assets.T(lang, k))
				}
				xs = append(xs, math.Round(runs[i+1].X*100)/100)
			}
			for i, x := range xs {
				if x != xs[0] {
					t.Errorf("%s %s: the value of %q starts at %.2f mm, the first at %.2f", lang, paper, assets.T(lang, labels[i]), x, xs[0])
				}
			}
		}
	}
}

// An overdue action's "Overdue" line is in the alarm's red on the one-pager, as in the
// action table, in every theme (the sober one prints its signals in colour); a line of an
// action on time stays muted.
func TestOnePageOverdueLineIsRed(t *testing.T) {
	red := chart.StatusColour(domain.StatusRed)
	for _, name := range domain.DocThemes {
		doc := sampleDocument(t, "es", domain.EditionClient)
		doc.OnePage, doc.Theme = true, name
		withOverdueAction(&doc)
		runs := pageRuns(t, must(render(t, doc)), 210)[0]
		overdue, onTime := 0, 0
		for _, r := range runs {
			switch {
			case strings.HasPrefix(r.Text, "Vencida · "):
				overdue++
				if r.Colour != red {
					t.Errorf("%s: %q is printed in %v", name, r.Text, r.Colour)
				}
			case r.Colour == red:
				onTime++
			}
		}
		if overdue == 0 || onTime > 0 {
			t.Errorf("%s: %d overdue lines, %d other texts in red", name, overdue, onTime)
		}
	}
}

// On the client's one page each person is followed by who meets them ("con Javier Ortega
// (trimestral)" under the name: above it, it read as the person's before), and the actions
// due say how many more there are when the column cannot list them all.
func TestOnePageSaysWhoMeetsAPersonUnderTheNameAndCountsTheActionsLeft(t *testing.T) {
	runs := onePageRuns(t, "es", "a4", domain.EditionClient)
	doc := sampleDocument(t, "es", domain.EditionClient)
	isName := func(r textRun) bool {
		return slices.ContainsFunc(doc.Plan.Contacts, func(c domain.Contact) bool { return strings.HasPrefix(r.Text, c.Name+" —") })
	}
	isWho := func(r textRun) bool { return strings.HasPrefix(r.Text, "con ") }
	names, whos := 0, 0
	for _, r := range runs {
		switch {
		case isName(r):
			names++
		case isWho(r):
			whos++
			if whos > names {
				t.Fatalf("%q comes before the person it is about", r.Text)
			}
		}
	}
	if names == 0 || whos != names {
		t.Errorf("%d people, %d lines saying who meets them", names, whos)
	}
	open := 0
	for _, a := range doc.Plan.Actions {
		if a.Open() && !a.Due.IsZero() && !a.Contingency && !a.Internal { // as the client edition has them
			open++
		}
	}
	listed, more := 0, 0
	for _, r := range runs {
		if strings.Contains(r.Text, " · ") && (strings.Contains(r.Text, "/2026") || strings.Contains(r.Text, "/2027")) {
			listed++
		}
		if n, err := fmt.Sscanf(r.Text, "y %d más", &more); n == 1 && err == nil {
			break
		}
	}
	if listed < open && listed+more != open {
		t.Errorf("%d of %d actions listed, and %d more said", listed, open, more)
	}
}
