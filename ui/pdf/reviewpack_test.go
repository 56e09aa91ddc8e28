package pdf

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/pdf/pen"
	"kamplan/ui/pdf/theme"
)

// The review pack prints the last review: statuses, KPI values, the pipeline, decisions and
// the actions it created, on one to four pages; the client's copy holds no comment on a
// status and no money of the pipeline (the sample's fits on one or two), and says the
// pipeline is as it stands on the pack's day (a deal won after the review read as known on it).
// The internal pack lists every opportunity, the lost one too; the client's, which leaves the
// lost ones out, says what it lists in the client's words.
func TestReviewPack(t *testing.T) {
	const (
		decision = "Adelantar el taller conjunto de arquitectura a enero"
		action   = "Presentar el caso de negocio"
		comment  = "El piloto arranca en enero, un trimestre tarde."
	)
	for _, tt := range []struct {
		edition      domain.Edition
		want, banned []string
		pages        [2]int
	}{
		{domain.EditionInternal, []string{"Dosier de revisión · 16/11/2026", "En riesgo", comment, decision, action, "Ponderado",
			"Todas las oportunidades (situación a 07/12/2026)", "Perdida", "Negociar"}, nil, [2]int{2, 4}},
		{domain.EditionClient, []string{"En riesgo", decision, action, "Propuestas y proyectos (situación a 07/12/2026)", "En negociación"},
			[]string{comment, "Ponderado", "Siemens", "Todas las oportunidades", "Negociar", "Perdida"}, [2]int{1, 2}},
	} {
		doc := sampleDocument(t, "es", tt.edition)
		doc.Review, doc.Today = true, domain.NewDate(2026, 12, 7)
		data, _ := render(t, doc)
		text := strings.Join(strings.Fields(allText(t, data)), " ")
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: %q missing", tt.edition, w)
			}
		}
		for _, b := range tt.banned {
			if strings.Contains(text, b) {
				t.Errorf("%s: %q printed", tt.edition, b)
			}
		}
		if n := bytes.Count(data, []byte("/Type /Page\n")); n < tt.pages[0] || n > tt.pages[1] {
			t.Errorf("%s: %d pages, want %d to %d", tt.edition, n, tt.pages[0], tt.pages[1])
		}
	}
}

// The pack says near its top who took part in the review (a former team member as such) and
// when the next review is, in both editions: the client took part, so the names are theirs
// to read. With an ad-hoc cadence the next date is not set.
func TestReviewPackParticipantsAndNextReview(t *testing.T) {
	for _, tt := range []struct {
		lang    string
		edition domain.Edition
		cadence domain.Cadence
		want    []string
	}{
		{"en", domain.EditionInternal, domain.CadenceQuarterly, []string{"a former team member", "Next review: 16 Feb 2027"}},
		{"en", domain.EditionClient, domain.CadenceQuarterly, []string{"a former team member", "Next review: 16 Feb 2027"}},
		{"es", domain.EditionClient, domain.CadenceAdHoc, []string{"un antiguo miembro del equipo", "Próxima revisión: sin fijar"}},
	} {
		doc := sampleDocument(t, tt.lang, tt.edition)
		doc.Review = true
		doc.Plan.ReviewCadence = tt.cadence
		r := &doc.Plan.Reviews[len(doc.Plan.Reviews)-1]
		member, contact := doc.Account.Team[0].Name, doc.Plan.Contacts[0].Name
		r.MemberIDs = []string{doc.Account.Team[0].ID, "gone"}
		r.ContactIDs = []string{doc.Plan.Contacts[0].ID}
		data, _ := render(t, doc)
		first := strings.Join(strings.Fields(pageTexts(t, data)[0]), " ")
		for _, w := range append(tt.want, member, contact) {
			if !strings.Contains(first, w) {
				t.Errorf("%s %s: %q missing from the first page:\n%s", tt.lang, tt.edition, w, first)
			}
		}
	}
}

// The review pack's properties name it: "Review pack — account", in its language.
func TestReviewPackTitle(t *testing.T) {
	for lang, want := range map[string]string{"en": "Title:           Review pack — Aceros del Norte, S.A. — FY2027",
		"es": "Title:           Dosier de revisión — Aceros del Norte, S.A. — FY2027"} {
		doc := sampleDocument(t, lang, domain.EditionClient)
		doc.Review = true
		data, _ := render(t, doc)
		if info := pdfInfo(t, data); !strings.Contains(info, want) {
			t.Errorf("%s: the title is not %q:\n%s", lang, want, info)
		}
	}
}

// A very long comment on a status wraps in its own column: the objective beside it keeps
// a column wide enough for several words a line, and the pack prints the comment's start
// (the plan keeps it whole) so that its row fits on the first page.
func TestReviewPackLongCommentLeavesTheObjectiveReadable(t *testing.T) {
	doc := sampleDocument(t, "en", domain.EditionInternal)
	doc.Review = true
	r := &doc.Plan.Reviews[len(doc.Plan.Reviews)-1]
	r.Objectives[0].Comment = strings.Repeat("The pilot starts in January, a quarter late. ", 112) // 5,000 characters
	words := strings.Fields(doc.Plan.FindObjective(r.Objectives[0].ObjectiveID).Statement)
	data, _ := render(t, doc)
	first := pageTexts(t, data)[0]
	if i := strings.Index(first, "The pilot starts"); i < 0 || !strings.Contains(first[:i], "\n"+strings.Join(words[:3], " ")) {
		t.Errorf("the objective %q is not printed with three words on a line beside its comment on the first page", strings.Join(words, " "))
	}
	last := strings.Fields(doc.Plan.FindObjective(r.Objectives[len(r.Objectives)-1].ObjectiveID).Statement)
	if !strings.Contains(first, " …") || !strings.Contains(first, strings.Join(last[:3], " ")) {
		t.Error("the comment is not cut short with an ellipsis, or the objectives' table does not end on the first page")
	}
}

// "What changed since the review" and its intro never end a page without the first change
// under them: they move to the next page with the list.
func TestReviewPackChangesHeadingStaysWithTheList(t *testing.T) {
	if err := pen.Load(); err != nil {
		t.Fatal(err)
	}
	in, _ := withSince(t, "en", domain.EditionInternal)
	in.Review = true
	layout := func(d *doc) {
		d.pdf.AddPage()
		d.font("", bodySize)
		d.pdf.SetY(d.bottom() - 30) // room for the heading and its intro, not for a change under them
		packChanges(d)
	}
	d := keptTogether(in, nil, layout)
	if got := d.orphans(); len(got) != 0 || d.kept[0].page != 2 {
		t.Errorf("the heading is on page %d, the list on page %d (left alone: %v)", d.kept[0].page, d.pdf.PageNo(), got)
	}
}

var (
	firstTitleRE = regexp.MustCompile(`(?s)^.*?/(F\w+) [\d.]+ Tf.*?q ([\d.]+) (?:([\d.]+) ([\d.]+) rg|g) BT [^(]*\(`)
	fontObjRE    = regexp.MustCompile(`(?s)\n(\d+) 0 obj\n<</Type /Font\n/Subtype /Type0\n/BaseFont /[A-Z]{6}\+(\w+)`)
)

// titleLook is the face and colour of the first text of the first page, past its running header.
func titleLook(t *testing.T, data []byte) (string, chart.RGB) {
	t.Helper()
	page := contentStreams(t, data)[0]
	if _, after, ok := bytes.Cut(page, []byte("/Subtype /Header>> BDC")); ok {
		_, page, _ = bytes.Cut(after, []byte("EMC"))
	}
	m := firstTitleRE.FindSubmatch(page)
	if m == nil {
		t.Fatal("no text on the first page")
	}
	var k [3]uint8
	for i := range k {
		v, _ := strconv.ParseFloat(string(m[i+2]), 64)
		if len(m[i+2]) == 0 { // a grey: one value
			v, _ = strconv.ParseFloat(string(m[2]), 64)
		}
		k[i] = uint8(v*255 + 0.5)
	}
	obj := regexp.MustCompile(`/` + string(m[1]) + ` (\d+) 0 R`).FindSubmatch(data)
	for _, f := range fontObjRE.FindAllSubmatch(data, -1) {
		if obj != nil && string(f[1]) == string(obj[1]) {
			return string(f[2]), chart.RGB{R: k[0], G: k[1], B: k[2]}
		}
	}
	t.Fatalf("font %s not found", m[1])
	return "", chart.RGB{}
}

// The review pack's title is set as the theme sets the document's section titles: in its
// heading face (the classic serif) and its title colour (the modern accent).
func TestReviewPackTitleFollowsTheTheme(t *testing.T) {
	for _, tt := range []struct {
		theme, face string
		colour      chart.RGB
	}{
		{theme.Modern, "opensanskamB", chart.Accent}, {theme.Classic, "caladeaB", chart.Ink},
		{theme.Sober, "opensanskamB", theme.Of(theme.Sober).Ink(chart.Ink)},
	} {
		doc := sampleDocument(t, "es", domain.EditionClient)
		doc.Review, doc.Theme = true, tt.theme
		face, colour := titleLook(t, mustRender(t, doc))
		if face != tt.face || colour != tt.colour {
			t.Errorf("%s: the title is in %s, %v; want %s, %v", tt.theme, face, colour, tt.face, tt.colour)
		}
	}
}

// Every page of the review pack, the first included (it has no cover), says its number.
func TestEveryPageOfTheReviewPackIsNumbered(t *testing.T) {
	doc := sampleDocument(t, "es", domain.EditionClient)
	doc.Review = true
	data, _ := render(t, doc)
	pages := pageTexts(t, data)
	for i, page := range pages {
		if want := "Página " + strconv.Itoa(i+1) + " de " + strconv.Itoa(len(pages)); !strings.Contains(page, want) {
			t.Errorf("page %d does not say %q", i+1, want)
		}
	}
}

// The pack's first page says, like every other, for whom the pack is confidential: it has no
// cover to say it. The client's header names its edition once, then says it is confidential.
func TestReviewPacksFirstPageIsMarkedConfidential(t *testing.T) {
	for _, tt := range []struct {
		lang    string
		edition domain.Edition
		want    string
	}{
		{"es", domain.EditionClient, "Edición para el cliente\nConfidencial\n"},
		{"en", domain.EditionClient, "Client edition\nConfidential\n"},
		{"en", domain.EditionInternal, "CONFIDENTIAL — INTERNAL USE ONLY"},
	} {
		pages := pageTexts(t, renderPack(t, sampleDocument(t, tt.lang, tt.edition)))
		for i, page := range pages {
			if !strings.Contains(page, tt.want) {
				t.Errorf("%s %s: page %d does not say %q", tt.lang, tt.edition, i+1, tt.want)
			}
		}
	}
}
