package pen

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NoBreakSpace joins a number and its unit: a line is never broken there.
const NoBreakSpace = '\u00a0'

// The units that belong to the number they follow after a space: currencies, percent and
// the multipliers of amounts (45.000 €, 12 %, 3 k€, 1,5 M €, 260 mil €, 5 USD).
var (
	currencies  = []string{"€", "$", "£", "¥", "EUR", "USD", "GBP", "CHF", "JPY"}
	multipliers = []string{"k€", "M€", "k", "K", "M", "B", "mil", "bn"}
	units       = append(append([]string{"%", "‰"}, currencies...), multipliers...)
)

// GlueUnits turns the space between a number and its unit into a no-break space, as well as
// the space between a multiplier and its currency (1,5 M €) and between a currency written
// first and its amount (CHF 1,250).
func GlueUnits(s string) string {
	if !hasDigit(s) {
		return s
	}
	out := []byte(nil) // made at the first space that joins: most texts have none
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && joins(s[:i], s[i+1:]) {
			if out == nil {
				out = append(make([]byte, 0, len(s)+8), s[:i]...)
			}
			out = utf8.AppendRune(out, NoBreakSpace)
		} else if out != nil {
			out = append(out, s[i])
		}
	}
	if out == nil {
		return s
	}
	return string(out)
}

// joins reports whether the space between before and after joins a number and its unit.
func joins(before, after string) bool {
	switch {
	case endsWithDigit(before):
		return startsWord(after, units)
	case endsWithDigit(after[:min(1, len(after))]):
		return endsWord(before, currencies) != ""
	}
	if after == "" || !mayStartCurrency(after[0]) {
		return false
	}
	if m := endsWord(before, multipliers); m != "" {
		amount, spaced := strings.CutSuffix(strings.TrimSuffix(before, m), " ")
		return spaced && endsWithDigit(amount) && startsWord(after, currencies)
	}
	return false
}

// hasDigit is strings.ContainsAny(s, "0123456789") without building a set at each call:
// every text of a document goes through GlueUnits.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// mayStartCurrency reports whether b may be the first byte of one of the currencies.
func mayStartCurrency(b byte) bool { return strings.IndexByte(currencyStarts, b) >= 0 }

var currencyStarts = func() string {
	var b []byte
	for _, c := range currencies {
		b = append(b, c[0])
	}
	return string(b)
}()

func endsWithDigit(s string) bool { return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9' }

// startsWord reports whether s starts with one of the words, whole.
func startsWord(s string, words []string) bool {
	for _, w := range words {
		if rest, ok := strings.CutPrefix(s, w); ok && !wordy(utf8.DecodeRuneInString(rest)) {
			return true
		}
	}
	return false
}

// endsWord is the word of the list that ends s, whole, or "".
func endsWord(s string, words []string) string {
	for _, w := range words {
		if rest, ok := strings.CutSuffix(s, w); ok && !wordy(utf8.DecodeLastRuneInString(rest)) {
			return w
		}
	}
	return ""
}

// wordy reports whether r continues a word (a letter or a digit); size 0 is no rune at all.
func wordy(r rune, size int) bool { return size > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
