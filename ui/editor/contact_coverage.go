package editor

import (
	"strings"
)

// coveredByText says who covers a person, as their pairs say: "covered by Ana, Luis".
func coveredByText(e *Editor, contactID string) string {
	var names []string
	for _, x := range e.plan.CoverageOf(contactID) {
		names = append(names, memberName(e, x.MemberID))
	}
	if len(names) == 0 {
		return e.tr("editor.not_covered")
	}
	return e.tr("editor.covered_by_line", strings.Join(names, ", "))
}
