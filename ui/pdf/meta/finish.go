package meta

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"regexp"
	"strings"
	"time"
)

// Version is the PDF version of the finished file: 1.7 (ISO 32000-1) has the catalogue's
// language, viewer preferences and XMP metadata.
const Version = "1.7"

// Finish completes a file gofpdf wrote: version, catalogue (language, the title in the
// viewer's window, the XMP packet), dates with their time zone, subset tags on the
// embedded fonts, and text maps for the letters in.Letters stands for.
func Finish(data []byte, in Info) ([]byte, error) {
	f, err := parse(data)
	if err != nil {
		return nil, fmt.Errorf("the document cannot be completed: %w", err)
	}
	f.header = regexp.MustCompile(`^%PDF-\d\.\d`).ReplaceAll(f.header, []byte("%PDF-"+Version))
	f.catalogue(in.Lang)
	f.dates(in.Created)
	f.subsetTags()
	f.textMaps(in.Letters)
	return f.bytes(), nil
}

// catalogue adds the language, the title shown in the window and the metadata packet.
func (f *file) catalogue(lang string) {
	c := f.find("/Type /Catalog")
	if c == nil {
		return
	}
	add := fmt.Sprintf("/Type /Catalog\n/Lang %s\n/ViewerPreferences << /DisplayDocTitle true >>", literal(lang))
	if m := f.find("/Type /Metadata /Subtype /XML"); m != nil {
		add += fmt.Sprintf("\n/Metadata %d 0 R", m.num)
	}
	c.body = bytes.Replace(c.body, []byte("/Type /Catalog"), []byte(add), 1)
}

func literal(s string) string {
	return "(" + strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(s) + ")"
}

var dateEntry = regexp.MustCompile(`/(CreationDate|ModDate) \(D:\d{14}\)`)

// dates writes the document's dates with their time zone: D:20261124120000+01'00'.
func (f *file) dates(t time.Time) {
	info := f.find("/CreationDate (D:")
	if info == nil || t.IsZero() {
		return
	}
	zone := strings.Replace(t.Format("-07:00"), ":", "'", 1) + "'"
	info.body = dateEntry.ReplaceAllFunc(info.body, func(m []byte) []byte {
		key := bytes.SplitN(m, []byte(" "), 2)[0]
		return []byte(fmt.Sprintf("%s (D:%s%s)", key, t.Format("20060102150405"), zone))
	})
}

var fontName = regexp.MustCompile(`/(BaseFont|FontName) /utf8(\w+)`)

// subsetTags names every embedded font, all of them subsets, with the six-letter tag
// that says so (ABCDEF+Name), the same tag for the same font throughout.
func (f *file) subsetTags() {
	for i := range f.objects {
		o := &f.objects[i]
		o.body = fontName.ReplaceAllFunc(o.body, func(m []byte) []byte {
			parts := fontName.FindSubmatch(m)
			return []byte(fmt.Sprintf("/%s /%s+%s", parts[1], tag(string(parts[2])), parts[2]))
		})
	}
}

func tag(name string) string {
	h := fnv.New32a()
	h.Write([]byte(name))
	v := h.Sum32()
	b := make([]byte, 6)
	for i := range b {
		b[i] = byte('A' + v%26)
		v /= 26
	}
	return string(b)
}

// identityMap is the text map gofpdf writes for every font: each code is its character.
const identityMap = "<0000> <FFFF> <0000>"

// textMaps replaces gofpdf's identity text maps with ones that give each character in
// letters the letters it stands for.
func (f *file) textMaps(letters map[rune][]rune) {
	if len(letters) == 0 {
		return
	}
	cmap := toUnicode(letters)
	for i := range f.objects {
		o := &f.objects[i]
		if !bytes.Contains(o.body, []byte("/CMapName /Adobe-Identity-UCS")) || !bytes.Contains(o.body, []byte(identityMap)) {
			continue
		}
		o.body = []byte(fmt.Sprintf("%d 0 obj\n<</Length %d>>\nstream\n%s\nendstream\nendobj\n", o.num, len(cmap), cmap))
	}
}
