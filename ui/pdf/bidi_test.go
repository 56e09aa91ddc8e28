package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"kamplan/domain"
)

// extracted is the text pdftotext reads from the document, as a reader's search finds it.
func extracted(t *testing.T, data []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	path := filepath.Join(t.TempDir(), "plan.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// pdftotext marks the direction of runs with embedding characters (U+202A…U+202E)
	marks := strings.NewReplacer("\u202a", "", "\u202b", "", "\u202c", "", "\u202d", "", "\u202e", "")
	return strings.Join(strings.Fields(marks.Replace(string(out))), " ")
}

// Hebrew and Arabic are drawn right to left (the bidirectional algorithm orders each
// line) and read back in the order they were typed, Arabic with its letters, not the
// shapes drawn: a search for the words finds them. (A reader such as pdftotext gives a
// line's runs of each direction in the order they stand on the line, each run's words in
// the order typed; the runs are checked.)
func TestRightToLeftTextReadsBackAsTyped(t *testing.T) {
	doc := sampleDocument(t, "en", domain.EditionInternal)
	hebrew := "דוד כהן מנהל את הרכש של הקבוצה מאז 2019 ומחליט על כל ספק חדש."
	arabic := "محمد العلي هو مدير المشتريات في Grupo Norte منذ 2021."
	doc.Plan.Context = hebrew + "\n" + arabic
	doc.Plan.Contacts[0].Name = "דוד כהן"
	doc.Plan.Contacts[1].Name = "محمد العلي"
	data, _ := render(t, doc)
	text := extracted(t, data)
	for _, want := range []string{"דוד כהן מנהל את הרכש של הקבוצה מאז", "2019", "ומחליט על כל ספק חדש",
		"محمد العلي هو مدير المشتريات في", "Grupo Norte", "منذ", "2021", "דוד כהן", "محمد العلي", "محمد"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q is not found in the document's text", want)
		}
	}
	for _, backwards := range []string{"ןהכ דוד", "يلعلا دمحم"} {
		if strings.Contains(text, backwards) {
			t.Errorf("%q reads backwards", backwards)
		}
	}
}
