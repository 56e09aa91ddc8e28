// Package digits holds the one rule for whole numbers as people write them, grouped by
// threes, shared by the CSV importer and the numbers typed in the app.
package digits

import "strings"

// Only is whether s is one or more of the digits 0 to 9.
func Only(s string) bool {
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

// Grouped is whether s is a whole number either without sep or with sep between groups of
// three digits after a first group of one to three: 1250000 and 1,250,000 with sep ",",
// never 1,25 or 12,50,000.
func Grouped(s, sep string) bool {
	groups := strings.Split(s, sep)
	if len(groups) == 1 {
		return Only(s)
	}
	for i, g := range groups {
		if !Only(g) || (i > 0 && len(g) != 3) || len(g) > 3 {
			return false
		}
	}
	return true
}
