package ui

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2/dialog"

	"kamplan/domain"
)

// problemText says why an edit was refused in the interface language, naming each field as
// the person sees it ("Due: is before the start date"), never by its path in the plan.
func (a *App) problemText(err error) string {
	var ps domain.Problems
	if !errors.As(err, &ps) {
		return capitalise(a.message(err))
	}
	var lines []string
	for i, p := range ps {
		if i == 5 {
			lines = append(lines, a.tr("app.more_problems", len(ps)-5))
			break
		}
		lines = append(lines, a.problemLine(p))
	}
	return strings.Join(lines, "\n")
}

func (a *App) problemLine(p domain.Problem) string {
	msg := a.loc.T(p.Key, p.Args...)
	if label := a.fieldLabel(p.Path); label != "" {
		return label + ": " + msg
	}
	return capitalise(msg)
}

// fieldLabel names the field at the end of a problem's path ("actions[2].due" → "Due"), or "".
func (a *App) fieldLabel(path string) string {
	key := fieldKey(path)
	if key == "" || !a.loc.Has("field."+key) {
		return ""
	}
	return a.tr("field." + key)
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

// problemsByField sorts the problems of a refused edit by field key, for a dialog that shows
// each under its field; those of other fields are under "".
func (a *App) problemsByField(err error, known map[string]bool) map[string]string {
	out := map[string]string{}
	var ps domain.Problems
	if !errors.As(err, &ps) {
		out[""] = capitalise(a.message(err))
		return out
	}
	for _, p := range ps {
		key := fieldKey(p.Path)
		line := capitalise(a.loc.T(p.Key, p.Args...))
		if !known[key] {
			key, line = "", a.problemLine(p)
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

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// clearError puts the status bar back to its resting text once a problem is gone.
func (a *App) clearError() { a.setStatus(a.tr("app.status.ready", a.store.Path())) }

// errorDialog shows a message that is already in the interface language.
func (a *App) errorDialog(text string) { a.showDialog(dialog.NewError(errors.New(text), a.win), nil) }

// title is a menu item's label as a dialog's title: without the menu's "…".
func (a *App) title(key string) string { return strings.TrimSuffix(a.tr(key), "…") }
