package form

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"kamplan/domain"
	"kamplan/ui/locale"
)

// ProblemText says why an edit was refused in the interface language, naming each field as
// the person sees it ("Due: is before the start date"), never by its path in the plan.
func ProblemText(loc locale.Locale, err error) string {
	var ps domain.Problems
	if !errors.As(err, &ps) {
		return Capitalise(Message(loc, err))
	}
	var lines []string
	for i, p := range ps {
		if i == 5 {
			lines = append(lines, loc.T("app.more_problems", len(ps)-5))
			break
		}
		lines = append(lines, problemLine(loc, p))
	}
	return strings.Join(lines, "\n")
}

func problemLine(loc locale.Locale, p domain.Problem) string {
	msg := loc.T(p.Key, p.Args...)
	if label := FieldLabel(loc, p.Path); label != "" {
		return label + ": " + msg
	}
	return Capitalise(msg)
}

// FieldLabel names the field at the end of a problem's path ("actions[2].due" → "Due"), or "".
func FieldLabel(loc locale.Locale, path string) string {
	key := fieldKey(path)
	if key == "" || !loc.Has("field."+key) {
		return ""
	}
	return loc.T("field." + key)
}

// fieldKey is the last name of a path without its index: "swots[0].items[3].text" → "text".
func fieldKey(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		path = path[i+1:]
	}
	if i := strings.IndexByte(path, '['); i >= 0 {
		path = path[:i]
	}
	return path
}

// ProblemsByField sorts the problems of a refused edit by field key, for a dialog that shows
// each under its field (a list's, for a part of one of its lines: "history[2].period" under
// "history"); those of other fields are under "".
func ProblemsByField(loc locale.Locale, err error, known map[string]bool) map[string]string {
	out := map[string]string{}
	var ps domain.Problems
	if !errors.As(err, &ps) {
		out[""] = Capitalise(Message(loc, err))
		return out
	}
	for _, p := range ps {
		key := fieldKey(p.Path)
		if i := strings.LastIndexByte(p.Path, '.'); !known[key] && i > 0 {
			key = fieldKey(p.Path[:i])
		}
		line := Capitalise(loc.T(p.Key, p.Args...))
		if !known[key] {
			key, line = "", problemLine(loc, p)
		}
		if strings.Contains(out[key], line) {
			continue
		}
		if out[key] != "" {
			out[key] += "\n"
		}
		out[key] += line
	}
	return out
}

// Capitalise puts the first letter in upper case.
func Capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// Message turns an error into sentences in the interface language.
func Message(loc locale.Locale, err error) string {
	var de *domain.Error
	if errors.As(err, &de) && de.Key != "" && loc.Has(de.Key) {
		return loc.T(de.Key, de.Args...)
	}
	var ps domain.Problems
	if errors.As(err, &ps) {
		out := ""
		for i, p := range ps {
			if i == 20 {
				out += loc.T("app.more_problems", len(ps)-20)
				break
			}
			out += fmt.Sprintf("%s: %s\n", p.Path, loc.T(p.Key, p.Args...))
		}
		return out
	}
	return err.Error()
}

// FirstLine is a text up to its first line break.
func FirstLine(s string) string {
	for i, r := range s {
		if r == '\n' {
			return s[:i]
		}
	}
	return s
}
