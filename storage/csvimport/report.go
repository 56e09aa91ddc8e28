package csvimport

import (
	"fmt"
	"sort"
	"strings"

	"kamplan/assets"
)

// Phrase is a piece of a message that is itself translated (a rule, a reason, "already in
// the plan"): the interface translates Key with Args; Msg is the English text. A Counted
// phrase is about Args[0] things: its one or other form is picked (assets.TCount).
type Phrase struct {
	Key     string
	Args    []any
	Msg     string
	Counted bool
}

func (p Phrase) String() string { return p.Msg }

func phrase(key, format string, args ...any) Phrase {
	return Phrase{Key: key, Args: args, Msg: fmt.Sprintf(format, args...)}
}

// countPhrase is a phrase about n things ("1 new contact", "3 new contacts"), its English
// from the catalogue.
func countPhrase(key string, n int) Phrase {
	return Phrase{Key: key, Args: []any{n}, Msg: assets.TCount("en", key, n, n), Counted: true}
}

// Note says what became of one row or one value: merged (with whom and by which rule),
// kept, skipped or left out, with the line of the file. Args start with the line; an
// arg may be a Phrase, translated in its turn.
type Note struct {
	Line int
	Key  string
	Args []any
	Msg  string
}

func (n Note) String() string { return fmt.Sprintf("line %d: %s", n.Line, n.Msg) }

func note(line int, key, format string, args ...any) Note {
	return Note{Line: line, Key: key, Args: append([]any{line}, args...), Msg: fmt.Sprintf(format, args...)}
}

// Report says what an import does (or, in a dry run, would do).
type Report struct {
	Kind      Kind
	Encoding  string
	Delimiter string // "comma", "semicolon", "tab", "pipe"
	Rows      int    // data rows in the file
	Columns   []Column
	Created   int // contacts added or accounts created
	Updated   int // contacts or accounts already there that the file completes
	Unchanged int // rows matching what is already there
	Skipped   int // rows left out, each with a note
	KeptBoth  int // possible duplicates kept as two people
	// Differences lists the file's values that differ from the stored ones, kept or replaced.
	Differences []Difference
	// Notes holds every merge, skip and value left out, in line order.
	Notes []Note
}

// Column is one column of the file and its fate.
type Column struct {
	Header string
	Field  Field // FieldNone: not used
}

func (r *Report) columns(header []string, m Mapping) {
	r.Columns = nil
	for i, h := range header {
		f := FieldNone
		if i < len(m) {
			f = m[i]
		}
		r.Columns = append(r.Columns, Column{Header: headerName(h, i), Field: f})
	}
}

// NotUsed lists the headers of the columns the import leaves out.
func (r Report) NotUsed() []string {
	var out []string
	for _, c := range r.Columns {
		if c.Field == FieldNone {
			out = append(out, c.Header)
		}
	}
	return out
}

func (r *Report) add(notes ...Note) { r.Notes = append(r.Notes, notes...) }

func (r *Report) sortNotes() {
	sort.SliceStable(r.Notes, func(i, j int) bool { return r.Notes[i].Line < r.Notes[j].Line })
}

// Counts says what the import does in phrases of one count each: the new, updated and
// unchanged contacts or accounts, the rows left out, and the possible duplicates kept and
// the differing values when there are any.
func (r Report) Counts() []Phrase {
	var out []Phrase
	switch r.Kind {
	case KindAccounts:
		out = append(out, countPhrase("csv.sum.accounts_new", r.Created), countPhrase("csv.sum.accounts_updated", r.Updated))
	case KindOpportunities:
		out = append(out, countPhrase("csv.sum.opps_new", r.Created), countPhrase("csv.sum.opps_updated", r.Updated))
	default:
		out = append(out, countPhrase("csv.sum.contacts_new", r.Created), countPhrase("csv.sum.contacts_updated", r.Updated))
	}
	out = append(out, phrase("csv.sum.unchanged", "%d unchanged", r.Unchanged), countPhrase("csv.sum.rows_left_out", r.Skipped))
	if r.KeptBoth > 0 {
		out = append(out, countPhrase("csv.sum.duplicates_kept", r.KeptBoth))
	}
	kept, replaced := 0, 0
	for _, d := range r.Differences {
		if d.Replaced {
			replaced++
		} else {
			kept++
		}
	}
	if kept > 0 {
		out = append(out, countPhrase("csv.sum.differences_kept", kept))
	}
	if replaced > 0 {
		out = append(out, countPhrase("csv.sum.differences_replaced", replaced))
	}
	return out
}

// Summary is the report in English, as the command line prints it: the file as read,
// each column's fate and the counts. Notes lists every row's outcome.
func (r Report) Summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %s, %s separated\n", countPhrase("csv.count.rows", r.Rows), r.Encoding, r.Delimiter)
	for _, c := range r.Columns {
		if c.Field != FieldNone {
			fmt.Fprintf(&b, "  column %q → %s\n", c.Header, FieldPhrase(c.Field))
		}
	}
	if nu := r.NotUsed(); len(nu) > 0 {
		fmt.Fprintf(&b, "  not used: %s\n", strings.Join(nu, ", "))
	}
	b.WriteString(Phrases(r.Counts()).String() + "\n")
	return b.String()
}
