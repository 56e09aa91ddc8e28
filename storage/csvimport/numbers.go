package csvimport

import (
	"strconv"
	"strings"
)

// Counts and amounts are read only when a file writes them unmistakably; anything else
// stays text. Grouping may be commas, points, spaces or apostrophes, three digits a group.

// parseCount reads a whole number such as 1800, 1,800, 1.800 or 1 800: a count has no
// decimals, so one separator before three digits groups them.
func parseCount(s string) (int, bool) {
	digits, ok := ungroup(strings.TrimSpace(s))
	if !ok || len(digits) > 9 {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	return n, err == nil
}

// currencySigns are the symbols and codes an amount may carry.
var currencySigns = []struct{ sign, code string }{
	{"US$", "USD"}, {"€", "EUR"}, {"$", "USD"}, {"£", "GBP"}, {"EUR", "EUR"}, {"USD", "USD"}, {"GBP", "GBP"},
	{"MXN", "MXN"}, {"COP", "COP"}, {"CLP", "CLP"}, {"ARS", "ARS"}, {"BRL", "BRL"}, {"CHF", "CHF"},
}

// parseMoney reads an amount into minor units and the currency its sign names ("" when
// none): 120000000, $1,250,000.50, 25.000.000 €, EUR 8 500 000,5. Money has at most two
// decimals, so a separator before three digits groups them and one before one or two
// digits is the decimal point. "1,5 M€" or a negative amount is not read.
func parseMoney(s string) (minor int64, currency string, ok bool) {
	s = strings.TrimSpace(s)
	for _, c := range currencySigns {
		if rest, found := strings.CutPrefix(s, c.sign); found {
			s, currency = strings.TrimSpace(rest), c.code
			break
		}
		if rest, found := strings.CutSuffix(s, c.sign); found {
			s, currency = strings.TrimSpace(rest), c.code
			break
		}
	}
	whole, cents := s, ""
	if i := strings.LastIndexAny(s, ".,"); i >= 0 && len(s)-i-1 <= 2 {
		whole, cents = s[:i], s[i+1:]
		if cents == "" || !isDigits(cents) {
			return 0, "", false
		}
	}
	digits, ok := ungroup(whole)
	if !ok || len(digits) > 15 {
		return 0, "", false
	}
	n, _ := strconv.ParseInt(digits+(cents + "00")[:2], 10, 64)
	return n, currency, true
}

// ungroup drops the grouping of a whole number: one kind of separator, every group after
// the first of three digits.
func ungroup(s string) (string, bool) {
	sep := rune(0)
	for _, r := range s {
		if r < '0' || r > '9' {
			if sep != 0 && r != sep {
				return "", false
			}
			sep = r
		}
	}
	if sep == 0 {
		return s, isDigits(s)
	}
	if !strings.ContainsRune(",. '\u00a0\u202f", sep) {
		return "", false
	}
	groups := strings.Split(s, string(sep))
	for i, g := range groups {
		if !isDigits(g) || (i > 0 && len(g) != 3) || len(g) > 3 {
			return "", false
		}
	}
	return strings.Join(groups, ""), true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
