package pdf

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/ui/pdf/charts"
	"kamplan/ui/pdf/pen"
)

// pyramidPage draws only the pyramid on a page and returns the PDF.
func pyramidPage(t *testing.T, lang string, now, target domain.Stage) []byte {
	t.Helper()
	if err := pen.Load(); err != nil {
		t.Fatal(err)
	}
	doc := plan220(lang)
	d := newDoc(doc, nil)
	d.pdf.AddPage()
	charts.Pyramid{Now: now, Target: target, Name: d.stageName}.Draw(canvasOf(d))
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	if out := os.Getenv("PYRAMID_PDF"); out != "" {
		_ = os.WriteFile(out+"_"+lang+".pdf", buf.Bytes(), 0o600)
	}
	return buf.Bytes()
}

// The pyramid names every stage with its description and marks now and target.
func TestPDFPyramidNamesEveryStageAndMarksNowAndTarget(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		text := strings.Join(pageTexts(t, pyramidPage(t, lang, domain.StageBasic, domain.StageInterdependent)), "\n")
		for _, s := range domain.Stages {
			if !strings.Contains(text, assets.T(lang, "stage."+string(rune('0'+s)))) {
				t.Errorf("%s: stage %d not named", lang, s)
			}
			words := strings.Fields(assets.T(lang, "plancharts.stage.desc."+string(rune('0'+s))))
			if !strings.Contains(text, words[0]+" "+words[1]) {
				t.Errorf("%s: stage %d's description missing", lang, s)
			}
		}
		for _, k := range []string{"plancharts.pdf_now", "plancharts.pdf_target"} {
			if strings.Count(text, "\n"+assets.T(lang, k)+"\n") != 1 {
				t.Errorf("%s: %q not marked exactly once", lang, assets.T(lang, k))
			}
		}
	}
}

// Every band of the pyramid names its stage, the narrow top ones too (the target is often
// one of them), besides the description beside it; no name is printed under 6.5 pt.
func TestPDFPyramidBandsNameEveryStage(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		runs := pageRuns(t, pyramidPage(t, lang, domain.StageCooperative, domain.StageInterdependent), 297)[0]
		for _, s := range domain.Stages {
			name := assets.T(lang, "stage."+string(rune('0'+s)))
			var seen int
			for _, r := range runs {
				if strings.Contains(r.Text, name) {
					seen++
					if r.Size < 6.5 {
						t.Errorf("%s: %q in %.2f pt", lang, r.Text, r.Size)
					}
				}
			}
			if seen < 2 {
				t.Errorf("%s: stage %d (%s) named %d times, want in its band and beside it", lang, s, name, seen)
			}
		}
	}
}

// Each band of the sample's pyramid names its stage on one line, number and name together
// ("5  Integrated"), the narrow top bands too, in both languages and on both papers, at
// 6.5 pt at least.
func TestPDFPyramidBandsNameTheirStageOnOneLine(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		for _, paper := range []string{"a4", "letter"} {
			doc := sampleDocument(t, lang, domain.EditionInternal)
			doc.Paper = paper
			found := map[string]bool{}
			for _, page := range pageRuns(t, must(render(t, doc)), 297) {
				for _, r := range page {
					if inBand := r.X+r.W <= marginX+64; inBand && r.Size >= 6.5 { // the pyramid is 64 mm wide
						found[strings.Join(strings.Fields(r.Text), " ")] = true
					}
				}
			}
			for _, s := range domain.Stages {
				label := string(rune('0'+s)) + " " + assets.T(lang, "stage."+string(rune('0'+s)))
				if !found[label] {
					t.Errorf("%s %s: no band reads %q on one line at 6.5 pt or more", lang, paper, label)
				}
			}
		}
	}
}
