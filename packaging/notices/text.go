package main

import (
	"fmt"
	"strings"
)

// Rule is the line above and below each component's title in the text format; the app splits
// the notices into components on it.
const Rule = "================================================================================"

const preamble = `THIRD-PARTY NOTICES

KAM Planner is under the MIT licence (LICENSE). Its programs also contain the works listed
below, each under its own licence; the licence texts and notices follow, one component after
another. This file is generated from the Go modules the Linux and Windows builds link
(packaging/notices); do not edit it by hand.
`

// text writes the notices: a contents list, then per component its title, its version and
// builds, and each licence file. A text already printed is referred to, not repeated.
func text(cs []component) []byte {
	var b strings.Builder
	b.WriteString(preamble)
	b.WriteString("\nContents\n\n")
	for _, c := range cs {
		fmt.Fprintf(&b, "  %s\n", title(c))
	}
	seen := map[string]string{}
	for _, c := range cs {
		fmt.Fprintf(&b, "\n%s\n%s\n%s\n", Rule, title(c), Rule)
		fmt.Fprintf(&b, "In the %s %s.\n", c.Where, plural(c.Where, "build", "builds"))
		for _, f := range c.Files {
			fmt.Fprintf(&b, "\n--- %s ---\n\n", f.Path)
			if first, ok := seen[f.Text]; ok {
				fmt.Fprintf(&b, "The same text as %s above.\n", first)
				continue
			}
			seen[f.Text] = fmt.Sprintf("%s of %s", f.Path, c.Name)
			b.WriteString(f.Text)
			b.WriteString("\n")
		}
	}
	return []byte(b.String())
}

func title(c component) string {
	if c.Version == "" {
		return c.Name
	}
	return c.Name + " " + c.Version
}

func plural(where, one, many string) string {
	if strings.Contains(where, " and ") {
		return many
	}
	return one
}
