package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/hex"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/ui/locale"
)

// catalogue is the document's catalogue dictionary.
func catalogue(t *testing.T, data []byte) string {
	t.Helper()
	m := regexp.MustCompile(`(?s)\d+ 0 obj\n<<\n/Type /Catalog.*?endobj`).Find(data)
	if m == nil {
		t.Fatal("no catalogue")
	}
	return string(m)
}

// The document says its language, shows its title in the viewer's window, carries XMP
// metadata with the title, dates with their time zone, and names its fonts as subsets.
func TestDocumentDescribesItself(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		doc := sampleDocument(t, lang, domain.EditionClient)
		data, _ := render(t, doc)
		cat := catalogue(t, data)
		if !bytes.HasPrefix(data, []byte("%PDF-1.7")) {
			t.Errorf("%s: version %q, want 1.7", lang, data[:8])
		}
		if !strings.Contains(cat, "/Lang ("+lang+")") || !strings.Contains(cat, "/DisplayDocTitle true") {
			t.Errorf("%s: the catalogue has no language or does not show the title:\n%s", lang, cat)
		}
		m := regexp.MustCompile(`/Metadata (\d+) 0 R`).FindStringSubmatch(cat)
		if m == nil {
			t.Fatalf("%s: the catalogue does not point to the metadata", lang)
		}
		xmp := regexp.MustCompile(`(?s)\n` + m[1] + ` 0 obj\n<< /Type /Metadata /Subtype /XML.*?endstream`).Find(data)
		if !bytes.Contains(xmp, []byte("Aceros del Norte, S.A. — FY2027</rdf:li>")) || !bytes.Contains(xmp, []byte("<rdf:li>"+lang+"</rdf:li>")) ||
			!regexp.MustCompile(`<xmp:CreateDate>2026-11-24T12:00:00(Z|[+-]\d\d:\d\d)</xmp:CreateDate>`).Match(xmp) {
			t.Errorf("%s: the XMP metadata lacks the title, language or date:\n%s", lang, xmp)
		}
		if !regexp.MustCompile(`/CreationDate \(D:20261124120000([+-]\d\d'\d\d')\)`).Match(data) {
			t.Errorf("%s: the creation date has no time zone", lang)
		}
		fonts := regexp.MustCompile(`/BaseFont /(\S+)`).FindAllSubmatch(data, -1)
		for _, f := range fonts {
			if !regexp.MustCompile(`^[A-Z]{6}\+`).Match(f[1]) {
				t.Errorf("%s: font %s is not named as a subset", lang, f[1])
			}
		}
		if len(fonts) == 0 {
			t.Errorf("%s: no font", lang)
		}
	}
}

// The title in the document's properties leaves out what it cannot hold (emoji) instead
// of showing boxes.
func TestTitleWithoutBoxes(t *testing.T) {
	doc := sampleDocument(t, "en", domain.EditionInternal)
	doc.Account.Name = "Aceros 🚀 del Norte"
	data, _ := render(t, doc)
	info := pdfInfo(t, data)
	if !strings.Contains(info, "Title:           Account plan — Aceros del Norte — FY2027") || strings.Contains(info, "□") {
		t.Errorf("the title is not clean:\n%s", info)
	}
	if !strings.Contains(info, "PDF version:     1.7") {
		t.Errorf("pdfinfo does not read version 1.7:\n%s", info)
	}
}

func pdfInfo(t *testing.T, data []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Skip("pdfinfo (poppler-utils) is not installed")
	}
	path := filepath.Join(t.TempDir(), "plan.pdf")
	os.WriteFile(path, data, 0o600)
	out, err := exec.Command("pdfinfo", "-isodates", path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo cannot read the document: %v\n%s", err, out)
	}
	return string(out)
}

// The impact dots of the SWOT read as words ("impact 4 of 5"), in the document's language.
func TestImpactDotsReadAsWords(t *testing.T) {
	for lang, want := range map[string]string{"en": "impact 4 of 5", "es": "impacto 4 de 5"} {
		text := extracted(t, mustRender(t, sampleDocument(t, lang, domain.EditionInternal)))
		if !strings.Contains(text, want) || strings.Contains(text, "●●●●○") {
			t.Errorf("%s: the dots do not read as %q", lang, want)
		}
	}
}

// The key to the impact dots reads as words too, both ends alike, whatever impacts the
// items above it have ("Impact: impact 1 of 5 (low) to impact 5 of 5 (high)").
func TestImpactKeyReadsAsWords(t *testing.T) {
	for lang, want := range map[string]string{"en": "Impact: impact 1 of 5 (low) to impact 5 of 5 (high)", "es": "Impacto: de impacto 1 de 5 (bajo) a impacto 5 de 5 (alto)"} {
		text := strings.Join(strings.Fields(extracted(t, mustRender(t, sampleDocument(t, lang, domain.EditionClient)))), " ")
		if !strings.Contains(text, want) {
			t.Errorf("%s: the key does not read %q", lang, want)
		}
	}
}

func mustRender(t *testing.T, doc Document) []byte {
	data, _ := render(t, doc)
	return data
}

// Running headers and footers are marked as pagination artifacts on every page but the cover.
func TestHeadersAndFootersAreArtifacts(t *testing.T) {
	data := mustRender(t, sampleDocument(t, "en", domain.EditionInternal))
	pages := bytes.Count(data, []byte("/Type /Page\n"))
	for _, kind := range []string{"Header", "Footer"} {
		n := 0
		for _, c := range contentStreams(t, data) {
			n += bytes.Count(c, []byte("/Artifact <</Type /Pagination /Subtype /"+kind+">> BDC"))
		}
		if n != pages {
			t.Errorf("%d %s artifacts on %d pages", n, kind, pages)
		}
	}
}

// contentStreams are the inflated streams of the document that draw text: its pages.
func contentStreams(t *testing.T, data []byte) [][]byte {
	t.Helper()
	var out [][]byte
	for _, m := range streamRE.FindAllSubmatch(data, -1) {
		zr, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		if c, err := io.ReadAll(zr); err == nil && bytes.Contains(c, []byte("BT")) {
			out = append(out, c)
		}
	}
	return out
}

var altRE = regexp.MustCompile(`/Span <</Alt <FEFF([0-9A-F]*)>>> BDC`)

// Every chart carries its alternative text, and what the document marks (artifacts, marks
// in words, charts) opens and closes on the same page, in every golden document.
func TestChartsHaveAlternativeTextAndMarksCloseOnTheirPage(t *testing.T) {
	for name, doc := range goldenDocuments(t) {
		var alts []string
		for i, c := range contentStreams(t, mustRender(t, doc)) {
			depth := 0
			for _, op := range regexp.MustCompile(`\b(BDC|EMC)\b`).FindAll(c, -1) {
				if depth += map[string]int{"BDC": 1, "EMC": -1}[string(op)]; depth < 0 {
					t.Fatalf("%s: page %d closes a mark it did not open", name, i+1)
				}
			}
			if depth != 0 {
				t.Fatalf("%s: page %d leaves %d marks open", name, i+1, depth)
			}
			for _, m := range altRE.FindAllSubmatch(c, -1) {
				alts = append(alts, fromHex16(t, m[1]))
			}
		}
		if doc.OnePage {
			continue
		}
		want := []string{"pdf.alt.stage", "pdf.alt.timeline"}
		if doc.Edition == domain.EditionInternal || !doc.Plan.Wallet.Internal {
			want = append(want, "pdf.alt.wallet", "pdf.alt.white_space")
		}
		if doc.Edition == domain.EditionInternal {
			want = append(want, "pdf.alt.matrix", "pdf.alt.influence", "pdf.alt.relationships", "pdf.alt.coverage")
		}
		all := strings.Join(alts, "\n")
		for _, key := range want {
			if head, _, _ := strings.Cut(assets.T(doc.Lang, key), "%"); !strings.Contains(all, head) {
				t.Errorf("%s: no chart says %q", name, head)
			}
		}
	}
}

func fromHex16(t *testing.T, h []byte) string {
	t.Helper()
	b := make([]byte, len(h)/2)
	if _, err := hex.Decode(b, h); err != nil {
		t.Fatal(err)
	}
	return decodeUTF16(b)
}

// The alternative text of the wallet bar gives its figures in the document's language.
func TestWalletAlternativeText(t *testing.T) {
	doc := sampleDocument(t, "es", domain.EditionInternal)
	var alts []string
	for _, c := range contentStreams(t, mustRender(t, doc)) {
		for _, m := range altRE.FindAllSubmatch(c, -1) {
			alts = append(alts, fromHex16(t, m[1]))
		}
	}
	w := doc.Plan.Wallet
	want := "un potencial de compra de " + locale.New("es").Money(w.Potential, doc.Plan.Currency)
	if all := strings.Join(alts, "\n"); !strings.Contains(all, want) || !strings.Contains(all, w.Competitors[0].Name) {
		t.Errorf("the wallet bar's text lacks its figures:\n%s", all)
	}
}
