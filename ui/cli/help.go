package cli

import "strings"

// helpRequest asks for the help of one verb (kamplan help VERB).
type helpRequest struct{ verb string }

func (h helpRequest) Error() string { return "help " + h.verb }

// usageOf is the help's first line and the lines of the help that describe verb: those
// that start with it and the indented lines that follow them.
func usageOf(verb string) string {
	lines := strings.Split(usage, "\n")
	var b strings.Builder
	b.WriteString(lines[0] + "\n\n")
	in := false
	for _, l := range lines[1:] {
		switch {
		case strings.HasPrefix(l, "  "+verb+" "):
			in = true
		case !strings.HasPrefix(l, "   "):
			in = false
		}
		if in {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}
