package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/ui/pdf/pen"
	"kamplan/ui/pdf/rtl"
)

var sectionKeys = []string{"pdf.s.summary", "pdf.s.profile", "pdf.s.client_swot", "pdf.s.position", "pdf.s.portfolio",
	"pdf.s.competitors", "pdf.s.strategies", "pdf.s.stakeholders", "pdf.s.objectives", "pdf.s.actions", "pdf.s.kpis",
	"pdf.s.risks", "pdf.s.commitment", "pdf.s.appendix"}

func TestEverySectionInBothLanguages(t *testing.T) {
	for _, lang := range assets.Languages {
		t.Run(lang, func(t *testing.T) {
			data, warnings := render(t, sampleDocument(t, lang, domain.EditionInternal))
			if len(warnings) != 0 {
				t.Fatalf("warnings on the sample: %v", warnings)
			}
			pages := pageTexts(t, data)
			text := strings.Join(pages, "\n")
			for _, k := range append(sectionKeys, "pdf.contents", "pdf.title") {
				if !strings.Contains(text, assets.T(lang, k)) {
					t.Errorf("no %q", assets.T(lang, k))
				}
			}
			// the contents page lists every section with the page it starts on (the first
			// page from the previous section's on that holds its title as a line)
			from := 2
			for i, k := range sectionKeys {
				title := assets.T(lang, k)
				page := 0
				for n := from; n < len(pages); n++ {
					if strings.Contains("\n"+pages[n], "\n"+title+"\n") { // sections may share a page
						page, from = n+1, n
						break
					}
				}
				if page == 0 || !strings.Contains(pages[1], title+"\n"+itoa(page)+"\n") {
					t.Errorf("contents entry %d %q does not give its page %d", i+1, title, page)
				}
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestFiguresInTheDocumentLanguage(t *testing.T) {
	tests := []struct {
		lang string
		want []string
	}{
		{"es", []string{"4.800.000 €", "22,9 % (1.100.000 € de 4.800.000 €)", "24 de noviembre de 2026", "Página 3 de ", "Cooperativa → Interdependiente",
			"Begoña Ibáñez", "Íñigo Zubizarreta", "Covadonga Álvarez", "Estratégico (Atractivo del cliente 7,7", "Vencida"}},
		{"en", []string{"€4,800,000", "22.9% (€1,100,000 of €4,800,000)", "24 November 2026", "Page 3 of ", "Cooperative → Interdependent",
			"Begoña Ibáñez", "Íñigo Zubizarreta", "Strategic (Customer attractiveness 7.7", "Overdue"}},
	}
	for _, tt := range tests {
		text := allText(t, must(render(t, sampleDocument(t, tt.lang, domain.EditionInternal))))
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: no %q", tt.lang, w)
			}
		}
	}
}

func must(b []byte, _ []string) []byte { return b }

func TestPageOfTotalIsFilledIn(t *testing.T) {
	pages := pageTexts(t, must(render(t, sampleDocument(t, "en", domain.EditionInternal))))
	want := "of " + itoa(len(pages))
	for i, p := range pages[1:] {
		if !strings.Contains(p, "Page "+itoa(i+2)+" "+want) {
			t.Fatalf("page %d has no 'Page %d %s'", i+2, i+2, want)
		}
	}
}

// internalMarkers puts a distinct marker in every internal-only part of the sample plan.
func internalMarkers(doc *Document) []string {
	p := doc.Plan
	var marks []string
	mark := func(s *string, m string) { *s = m; marks = append(marks, m) }
	mark(&doc.Account.Notes, "ZQACCOUNTNOTE")
	mark(&p.Risks, "ZQRISKS")
	for i := range p.SWOTs {
		if p.SWOTs[i].Subject == domain.SubjectCompetitor {
			mark(&p.SWOTs[i].Competitor, "ZQCOMPETITOR"+itoa(i))
			mark(&p.SWOTs[i].Items[0].Text, "ZQCOMPITEM"+itoa(i))
		}
	}
	for i := range p.Strategies {
		if !p.Strategies[i].ShareWithClient {
			mark(&p.Strategies[i].Text, "ZQSTRATEGY"+itoa(i))
		}
	}
	mark(&p.Portfolio.Strength.Factors[0].Name, "ZQCRITERION")
	mark(&p.Contacts[0].Title, p.Contacts[0].Title) // shared, not a marker
	marks = marks[:len(marks)-1]
	p.Contacts[0].Notes = "ZQCONTACTNOTE" // notes are not printed in either edition
	margin, target := 31.4159, 27.1828
	p.Wallet.MarginPct, p.Wallet.TargetShare = &margin, &target
	marks = append(marks, "31,4 %", "27,2 %")
	for i := range p.Actions {
		if p.Actions[i].Contingency || p.Actions[i].Internal {
			mark(&p.Actions[i].Title, "ZQINTERNALACTION"+itoa(i))
		}
	}
	for i := range p.Opportunities {
		if p.Opportunities[i].Internal {
			mark(&p.Opportunities[i].Name, "ZQINTERNALDEAL"+itoa(i))
		}
	}
	for i := range p.Objectives {
		if p.Objectives[i].Internal {
			mark(&p.Objectives[i].Statement, "ZQINTERNALOBJECTIVE")
		}
	}
	for i := range p.KPIs {
		if p.KPIs[i].Internal {
			mark(&p.KPIs[i].Name, "ZQINTERNALKPI"+itoa(i))
		}
	}
	for i := range p.Notes {
		if p.Notes[i].Internal {
			mark(&p.Notes[i].Text, "ZQINTERNALNOTE")
		}
	}
	marks = append(marks, assets.T("es", "pdf.s.portfolio"), assets.T("es", "pdf.influence_map"), assets.T("es", "pdf.s.risks"),
		assets.T("es", "pdf.margin"), assets.T("es", "attitude.-1"))
	return marks
}

func TestClientEditionHoldsNothingInternal(t *testing.T) {
	doc := sampleDocument(t, "es", domain.EditionInternal)
	marks := internalMarkers(&doc)
	if len(marks) < 15 {
		t.Fatalf("only %d markers placed", len(marks))
	}
	internal := allText(t, must(render(t, doc)))
	for _, m := range marks {
		if !strings.Contains(internal, m) {
			t.Errorf("the internal edition lacks %q", m)
		}
	}
	doc.Edition = domain.EditionClient
	raw := must(render(t, doc))
	client := allText(t, raw)
	for _, m := range append(marks, "ZQCONTACTNOTE") {
		if strings.Contains(client, m) {
			t.Errorf("the client edition shows %q", m)
		}
		// metadata and bookmarks are written outside the compressed page streams
		if bytes.Contains(raw, []byte(m)) || bytes.Contains(raw, utf16BE(m)) {
			t.Errorf("the client edition's metadata or outline holds %q", m)
		}
	}
	if !strings.Contains(client, assets.T("es", "pdf.confidential.client")) || strings.Contains(client, assets.T("es", "pdf.confidential.internal")) {
		t.Error("the client edition carries the wrong confidentiality label")
	}
}

func TestEmptyPlanSaysNotYetAssessed(t *testing.T) {
	a := domain.Account{ID: "a", Name: "Nueva Cuenta", Tier: domain.TierKey}
	p := domain.NewPlan(a.ID, "FY2027")
	for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
		pages := pageTexts(t, must(render(t, Document{Account: a, Plan: p, Settings: domain.DefaultSettings(), Lang: "es", Edition: ed})))
		text := strings.Join(pages, "\n")
		if n := strings.Count(text, assets.T("es", "pdf.not_assessed")); n < 8 {
			t.Errorf("%s: 'not yet assessed' appears %d times", ed, n)
		}
		for i, page := range pages[1:] {
			if lines := strings.Count(page, "\n"); lines < 5 {
				t.Errorf("%s: page %d is nearly blank:\n%s", ed, i+2, page)
			}
		}
	}
}

func TestTextOutsideTheFontsIsReplacedAndReported(t *testing.T) {
	doc := sampleDocument(t, "en", domain.EditionInternal)
	doc.Plan.ValueProposition = "Growth 🚀 with สม partners"
	data, warnings := render(t, doc)
	text := allText(t, data)
	if !strings.Contains(text, "Growth □ with □□ partners") {
		t.Error("the placeholder is not shown")
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "U+1F680") || !strings.Contains(warnings[0], "U+0E2A") {
		t.Fatalf("want one warning naming every character replaced, got %v", warnings)
	}
}

// Names in Chinese, Japanese, Korean, Greek, Cyrillic and Arabic print with the fonts,
// on the cover, in the running header, in tables and in the bookmarks, without a warning.
func TestNamesInOtherScripts(t *testing.T) {
	names := []string{"张伟", "山田 たろう", "김민준", "Αλέξανδρος", "Иван Петров", "محمد"}
	for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
		doc := sampleDocument(t, "en", ed)
		doc.Account.Name = "上海钢铁 Ltd."
		for i, n := range names {
			doc.Plan.Contacts[i].Name = n
		}
		raw, warnings := render(t, doc)
		if len(warnings) != 0 {
			t.Fatalf("%s: warnings %v", ed, warnings)
		}
		text := allText(t, raw)
		for _, want := range []string{"上海钢铁", "张伟", "たろう", "김민준", "Αλέξανδρος", "Иван Петров", rtl.Visual(pen.Shape("محمد"))} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: %q is not printed", ed, want)
			}
		}
		if strings.Count(text, "上海钢铁") < 10 || !bytes.Contains(bytes.ToLower(raw), []byte("droid")) {
			t.Errorf("%s: the account name is not in the running headers with the fallback font (%d times)", ed, strings.Count(text, "上海钢铁"))
		}
		if !bytes.Contains(raw, utf16BE("上海钢铁 Ltd.")) {
			t.Errorf("%s: the document title lost the Chinese name", ed)
		}
	}
}

// Every string of the catalogue and of the sample plans can be drawn with the fonts.
func TestFontsCoverCatalogueAndSamples(t *testing.T) {
	check := func(where, s string) {
		for _, r := range s {
			if !pen.Covers(r) {
				t.Errorf("%s: %q (U+%04X) is not in the fonts", where, r, r)
			}
		}
	}
	for _, lang := range assets.Languages {
		for k, v := range assets.Catalog(lang) {
			check(lang+":"+k, v)
		}
	}
	files, _ := assets.SampleFiles()
	for i, b := range files {
		check("sample "+itoa(i), string(b))
	}
	for _, r := range "€–—“”‘’•−→✓áéíóúñÑçÇŁłŒœŠšŽž" {
		check("required", string(r))
	}
}

func TestPaperAndMetadata(t *testing.T) {
	doc := sampleDocument(t, "en", domain.EditionInternal)
	doc.Paper = "letter"
	raw := must(render(t, doc))
	if !bytes.Contains(raw, []byte("/MediaBox [0 0 612.00 792.00]")) {
		t.Error("letter paper not used")
	}
	if !bytes.Contains(raw, utf16BE("Account plan — Aceros del Norte, S.A. — FY2027")) {
		t.Error("no document title")
	}
	if bytes.Count(raw, []byte("/Subtype /Link")) < 14 {
		t.Error("the contents entries are not links")
	}
	if !bytes.Contains(raw, []byte("/Outlines")) {
		t.Error("no bookmarks")
	}
	doc.Paper = "a4"
	if raw := must(render(t, doc)); !bytes.Contains(raw, []byte("/MediaBox [0 0 595.28 841.89]")) {
		t.Error("A4 paper not used")
	}
}

func TestLogoOnTheCover(t *testing.T) {
	doc := sampleDocument(t, "es", domain.EditionClient)
	doc.Settings.Logo = assets.Icon()
	raw, warnings := render(t, doc)
	if len(warnings) != 0 || !bytes.Contains(raw, []byte("/Subtype /Image")) {
		t.Fatalf("logo not embedded: %v", warnings)
	}
	doc.Settings.Logo = []byte("not an image")
	if _, warnings := render(t, doc); len(warnings) != 1 {
		t.Fatalf("a broken logo gave %v", warnings)
	}
}

func TestExportFileIsAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.pdf")
	doc := sampleDocument(t, "es", domain.EditionClient)
	var seen []float64
	if _, err := ExportFile(path, doc, func(f float64) { seen = append(seen, f) }); err != nil {
		t.Fatal(err)
	}
	good, _ := os.ReadFile(path)
	if !bytes.HasPrefix(good, []byte("%PDF-")) || len(seen) < 5 || seen[len(seen)-1] != 1 {
		t.Fatalf("export: %d bytes, progress %v", len(good), seen)
	}
	if _, err := ExportFile(path, Document{}, nil); err == nil {
		t.Fatal("exporting no plan succeeded")
	}
	if _, err := ExportFile(filepath.Join(dir, "missing", "plan.pdf"), doc, nil); err == nil {
		t.Fatal("exporting into a missing folder succeeded")
	}
	after, _ := os.ReadFile(path)
	entries, _ := os.ReadDir(dir)
	if !bytes.Equal(good, after) || len(entries) != 1 {
		t.Fatalf("a failed export touched the good file or left %d files", len(entries))
	}
}

// The value proposition is printed whole once: in the summary when it fits there, else with
// the strategies (the summary then prints its first lines); never twice word for word.
func TestTheValuePropositionIsPrintedWholeOnce(t *testing.T) {
	long := strings.Repeat("Ayudamos a reducir las paradas no planificadas con datos de planta. ", 12)
	for _, vp := range []string{"", "Ayudamos a Aceros del Norte a producir más acero con menos energía.", long} {
		doc := sampleDocument(t, "es", domain.EditionClient)
		p := doc.Plan.Clone()
		p.ValueProposition = vp
		doc.Plan = p
		text := strings.Join(strings.Fields(allText(t, must(render(t, doc)))), " ")
		whole := strings.TrimSpace(strings.Join(strings.Fields(vp), " "))
		if n := strings.Count(text, whole); vp != "" && n != 1 {
			t.Errorf("a value proposition of %d characters is printed whole %d times", len(vp), n)
		}
		if heading := "Propuesta de valor"; vp == "" && strings.Contains(text, heading) {
			t.Errorf("an empty value proposition has its heading")
		}
	}
}
