package pdf

import (
	"bytes"
	"reflect"
	"strings"
	"sync"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
)

// setEveryText puts text(i) into the i-th text field of v (a pointer), walking structs,
// slices and pointers. Identifiers, references and codes (fields named ID or …ID/…IDs,
// strings of a named type such as a tier or a stage) keep their values: they are not text.
func setEveryText(v any, text func(i int) string) int {
	n := 0
	var walk func(reflect.Value)
	walk = func(x reflect.Value) {
		switch x.Kind() {
		case reflect.Pointer:
			if !x.IsNil() {
				walk(x.Elem())
			}
		case reflect.Slice:
			for i := 0; i < x.Len(); i++ {
				walk(x.Index(i))
			}
		case reflect.Struct:
			for i := 0; i < x.NumField(); i++ {
				f := x.Type().Field(i)
				if !f.IsExported() || isIdentifier(f.Name) {
					continue
				}
				if f.Type == reflect.TypeOf("") && f.Name != "Language" {
					x.Field(i).SetString(text(n))
					n++
					continue
				}
				walk(x.Field(i))
			}
		}
	}
	walk(reflect.ValueOf(v))
	return n
}

func isIdentifier(name string) bool {
	return name == "ID" || strings.HasSuffix(name, "ID") || strings.HasSuffix(name, "IDs")
}

var (
	sampleOnce sync.Once
	sampleDoc  Document
)

// everyTextDocument is the sample document with text(i) in every text field of the plan,
// the account, the portfolio and the company name.
func everyTextDocument(t testing.TB, lang string, edition domain.Edition, text func(i int) string) Document {
	sampleOnce.Do(func() { sampleDoc = sampleDocument(t, lang, edition) })
	doc := sampleDoc
	doc.Lang, doc.Edition = lang, edition
	doc.Plan = sampleDoc.Plan.Clone()
	doc.Account.Team = append([]domain.TeamMember(nil), doc.Account.Team...)
	doc.Portfolio = append([]domain.PlanSummary(nil), doc.Portfolio...)
	n := setEveryText(doc.Plan, text)
	n += setEveryText(&doc.Account, text)
	for i := range doc.Portfolio {
		doc.Portfolio[i].AccountName = text(n + i)
	}
	doc.Settings.CompanyName = text(n + len(doc.Portfolio))
	return doc
}

// Emoji, characters of any plane and bytes that are not UTF-8 in every text field: both
// editions in both languages are written, with the placeholder and one warning.
func TestAnyCharacterInEveryTextField(t *testing.T) {
	odd := func(i int) string {
		return []string{"Plan 😀 de", "🚀 cohete", "日本 partners", "bad \xff\xfe bytes", "𝄞 clef 🧪", "ok 😀"}[i%6]
	}
	for _, lang := range []string{"en", "es"} {
		for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
			var buf bytes.Buffer
			warnings, err := Write(&buf, everyTextDocument(t, lang, ed, odd))
			if err != nil {
				t.Fatalf("%s %s: %v", lang, ed, err)
			}
			text := allText(t, buf.Bytes())
			if !strings.Contains(text, "Plan □ de") || !strings.Contains(text, "bad □□ bytes") || strings.ContainsRune(text, '😀') {
				t.Errorf("%s %s: the placeholder is not shown", lang, ed)
			}
			if bytes.Contains(buf.Bytes(), utf16BE("😀")) {
				t.Errorf("%s %s: an emoji reached the file (metadata or bookmarks)", lang, ed)
			}
			if len(warnings) != 1 || !strings.Contains(warnings[0], "U+1F600") || !strings.Contains(warnings[0], assets.T(lang, "pdf.warn.not_utf8")) ||
				!strings.HasPrefix(warnings[0], assets.T(lang, "pdf.warn.missing_chars", 5, "□", "")) {
				t.Errorf("%s %s: want one warning naming the characters, got %q", lang, ed, warnings)
			}
		}
	}
}

// Any text in every field of a plan: both editions are written, never a panic.
func FuzzAnyTextInEveryField(f *testing.F) {
	for _, s := range []string{"", "😀", "a\xffb", "日本語", "\x00\r\n\t", "\u200f\u202eRTL", "e\u0301", "\ufeff\ufffd",
		strings.Repeat("W", 400), strings.Repeat("😀", 50), "\xed\xa0\x80", "%s %d %!"} {
		f.Add(s, s != "")
	}
	f.Fuzz(func(t *testing.T, s string, english bool) {
		lang := "es"
		if english {
			lang = "en"
		}
		for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
			doc := everyTextDocument(t, lang, ed, func(int) string { return s })
			if _, err := Write(&bytes.Buffer{}, doc); err != nil {
				t.Fatalf("%s %s: %v", lang, ed, err)
			}
		}
	})
}
