package csvimport

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	unorm "golang.org/x/text/unicode/norm"
)

// fold lower-cases text and takes the accents off its letters: "Café Orígenes" → "cafe origenes".
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		t := transform.Chain(unorm.NFD, runes.Remove(runes.In(unicode.Mn)), unorm.NFC)
		if out, _, err := transform.String(t, s); err == nil {
			s = out
		}
	}
	return strings.ToLower(s)
}

// legalForms are the legal forms a company name may end with, written without
// punctuation or spaces ("S.A. de C.V." → "sadecv").
var legalForms = map[string]bool{
	"sa": true, "sl": true, "slu": true, "sau": true, "sll": true, "scoop": true, "sc": true, "scp": true,
	"ltda": true, "lda": true, "sadecv": true, "sapi": true, "sas": true, "sarl": true, "sca": true,
	"gmbh": true, "ag": true, "kg": true, "gmbhcokg": true, "ohg": true, "ug": true,
	"spa": true, "srl": true, "snc": true, "sapa": true,
	"inc": true, "ltd": true, "llc": true, "llp": true, "lp": true, "plc": true, "corp": true, "co": true,
	"corporation": true, "incorporated": true, "limited": true, "pty": true, "ptyltd": true,
	"bv": true, "nv": true, "ab": true, "oy": true, "oyj": true, "as": true, "asa": true, "aps": true,
}

// CompanyKey is what makes two company names the same company: case, accents and
// punctuation do not count, nor a legal form at the END of the name ("Café Orígenes Ltda."
// is "Cafe Origenes"); words inside the name always count ("Hotel Spa Marbella" is not
// "Hotel Marbella").
func CompanyKey(name string) string {
	words := strings.FieldsFunc(fold(name), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for k := min(5, len(words)-1); k >= 1; k-- {
		if legalForms[strings.Join(words[len(words)-k:], "")] {
			words = words[:len(words)-k]
			break
		}
	}
	return strings.Join(words, " ")
}

// nameKey compares people's names without case, accents, punctuation or spacing.
func nameKey(name string) string { return strings.Join(strings.Fields(norm2(name)), " ") }

func norm2(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return ' '
	}, fold(s))
}
