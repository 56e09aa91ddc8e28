package history

import "kamplan/domain"

// ChangesSince is what changed from an earlier state of a plan to now as a person reads it
// ("What changed since the last review"): Compare's changes section by section, without the
// moves within a list.
func ChangesSince(was, now domain.Doc) []Change {
	var out []Change
	for _, c := range Compare(was, now) {
		if c.Kind != Moved {
			out = append(out, c)
		}
	}
	return out
}
