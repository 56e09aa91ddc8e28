package domain

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Code classifies an error so that callers can react without parsing text.
type Code string

const (
	CodeInvalid  Code = "invalid"
	CodeNotFound Code = "not_found"
	CodeConflict Code = "conflict"
	CodeInternal Code = "internal"
)

// Error is an error fit to show to a user: Msg is a complete English sentence,
// Key and Args let the interface translate it (see assets.Catalog).
type Error struct {
	Code Code
	Key  string
	Args []any
	Msg  string
}

func (e *Error) Error() string { return e.Msg }

// Errorf builds an Error with an English message; key names the catalogue entry.
func Errorf(code Code, key, format string, args ...any) *Error {
	return &Error{Code: code, Key: key, Args: args, Msg: fmt.Sprintf(format, args...)}
}

// CodeOf returns the code of err, CodeInternal when it carries none.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	var p Problems
	if errors.As(err, &p) {
		return CodeInvalid
	}
	return CodeInternal
}

// The keys of a stale save: another writer saved the same thing after it was loaded.
const (
	KeyStalePlan     = "err.stale_plan"
	KeyStaleAccount  = "err.stale_account"
	KeyStaleSettings = "err.stale_settings"
)

// IsStale reports whether err refused a save because another writer saved the same plan,
// account or settings after they were loaded (a CodeConflict with a KeyStale… key):
// nothing was written, and loading again gives the other writer's version.
func IsStale(err error) bool {
	var e *Error
	if !errors.As(err, &e) || e.Code != CodeConflict {
		return false
	}
	return e.Key == KeyStalePlan || e.Key == KeyStaleAccount || e.Key == KeyStaleSettings
}

// Problem is one invalid value, located by a path such as "contacts[3].influence".
type Problem struct {
	Path string `json:"path"`
	Key  string `json:"key"`
	Args []any  `json:"args,omitempty"`
	Msg  string `json:"msg"`
}

func (p Problem) String() string {
	if p.Path == "" {
		return p.Msg
	}
	return p.Path + ": " + p.Msg
}

// Problems is a list of validation problems; as an error it lists them all.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Err returns ps as an error, or nil when there is no problem.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// checker collects problems under a path prefix. An element's index is kept as a number
// and written into the path only when a problem is added: a valid plan's validation
// formats no path.
type checker struct {
	prefix string
	list   string // the list whose element is checked ("contacts"), "" when none
	i      int    // that element's index
	out    *Problems
}

func newChecker() checker { return checker{out: &Problems{}} }

// path is where the checker reports, "contacts[3]" for an element.
func (c checker) path() string {
	if c.list == "" {
		return c.prefix
	}
	return joinPath(c.prefix, c.list+"["+strconv.Itoa(c.i)+"]")
}

func joinPath(prefix, path string) string {
	if prefix != "" && path != "" && path[0] != '[' {
		return prefix + "." + path
	}
	return prefix + path
}

func (c checker) at(path string) checker {
	return checker{prefix: joinPath(c.path(), path), out: c.out}
}

func (c checker) idx(name string, i int) checker {
	return checker{prefix: c.path(), list: name, i: i, out: c.out}
}

func (c checker) add(field, key, format string, args ...any) {
	*c.out = append(*c.out, Problem{Path: joinPath(c.path(), field), Key: key, Args: args, Msg: fmt.Sprintf(format, args...)})
}

func (c checker) intRange(field string, v, lo, hi int) {
	if v < lo || v > hi {
		c.add(field, "err.range", "must be %d–%d", lo, hi)
	}
}

func (c checker) required(field, v string) {
	if strings.TrimSpace(v) == "" {
		c.add(field, "err.required", "is required")
	}
}

func (c checker) maxLen(field, v string, n int) {
	if len([]rune(v)) > n {
		c.add(field, "err.too_long", "must be at most %d characters", n)
	}
}
