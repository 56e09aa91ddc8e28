package locale

import (
	"strings"

	"kamplan/domain/history"
)

// ConflictTitle names what a merge conflict is about: its section, the element and the field.
func (w ChangeWords) ConflictTitle(c history.Conflict) string {
	what := w.Section(c.Section)
	if name := strings.TrimSpace(c.Name); name != "" {
		what += " › " + name
	}
	if c.Field != "" && len(c.Mine) > 0 {
		what += " › " + w.FieldLabel(c.Mine[0])
	}
	return what
}

// ConflictSide is one side of a conflict: the value it gave the field, or what it did, its
// sentences joined by sep.
func (w ChangeWords) ConflictSide(cs []history.Change, sep string) string {
	var parts []string
	for _, c := range cs {
		if c.Kind == history.Changed && len(cs) == 1 {
			return w.Value(c, c.New)
		}
		parts = append(parts, w.Sentence(c))
	}
	return strings.Join(parts, sep)
}
