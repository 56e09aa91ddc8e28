package meta

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/jung-kurt/gofpdf"
)

func sample(t *testing.T) []byte {
	t.Helper()
	f := gofpdf.New("P", "mm", "A4", "")
	f.SetXmpMetadata([]byte("<x/>"))
	f.AddPage()
	f.SetFont("Helvetica", "", 12)
	f.Text(20, 20, "Hello")
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// A finished file is a file again: its objects where its new table says they are.
func TestFinishKeepsAReadableFile(t *testing.T) {
	zone := time.FixedZone("CET", 3600)
	out, err := Finish(sample(t), Info{Lang: "es", Created: time.Date(2026, 11, 24, 9, 30, 0, 0, zone)})
	if err != nil {
		t.Fatal(err)
	}
	f, err := parse(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range f.objects {
		if !objHead.Match(o.body) || !bytes.HasSuffix(bytes.TrimSpace(o.body), []byte("endobj")) {
			t.Errorf("object %d is not where the table says: %.30q", o.num, o.body)
		}
	}
	for _, want := range []string{"%PDF-1.7", "/Lang (es)", "/DisplayDocTitle true", "/CreationDate (D:20261124093000+01'00')"} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("%q is not in the file", want)
		}
	}
	if !strings.Contains(catalogueOf(f), "/Metadata ") {
		t.Error("the catalogue does not point to the metadata")
	}
}

func catalogueOf(f *file) string {
	if c := f.find("/Type /Catalog"); c != nil {
		return string(c.body)
	}
	return ""
}

func TestFinishRefusesWhatIsNotAPDF(t *testing.T) {
	if _, err := Finish([]byte("not a pdf"), Info{}); err == nil {
		t.Fatal("no error")
	}
}

// The text map gives each shaped form its letters and every other code itself.
func TestTextMap(t *testing.T) {
	m := toUnicode(map[rune][]rune{0xFEE3: {0x0645}, 0xFEFB: {0x0644, 0x0627}})
	for _, want := range []string{"<0000> <FEE2> <0000>", "<FEE3> <0645>", "<FEE4> <FEFA> <FEE4>", "<FEFB> <06440627>", "<FEFC> <FFFF> <FEFC>"} {
		if !strings.Contains(m, want) {
			t.Errorf("%q is not in the map:\n%s", want, m)
		}
	}
}

func TestPlain(t *testing.T) {
	for in, want := range map[string]string{
		"Aceros 🚀 del Norte": "Aceros del Norte", "❤️ Café": "❤ Café", "a\x00b\xffc": "a bc", "上海 Ltd.": "上海 Ltd.",
	} {
		if got := Plain(in); got != want {
			t.Errorf("Plain(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCreated(t *testing.T) {
	now := time.Date(2026, 12, 7, 0, 15, 0, 0, time.UTC)
	if got := Created(now, now); !got.Equal(now) {
		t.Errorf("today: %v", got)
	}
	if got := Created(time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC), now); got != time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC) {
		t.Errorf("another day: %v", got)
	}
}
