// Package csvimport reads CRM exports (Salesforce, HubSpot, Dynamics, Pipedrive, Excel sheets)
// of contacts and accounts, whatever their delimiter, encoding or language of the headers,
// and merges them by rules a person can check: every row has an outcome, reported with its line.
package csvimport

import (
	"io"
	"strings"
	"unicode/utf8"

	"kamplan/domain"
)

// Limits keep a hostile or mistaken file from exhausting memory.
const (
	MaxBytes  = 20 << 20
	MaxRows   = 100000
	MaxFields = 200
	MaxCell   = 10000
)

// Table is a decoded CSV file: a header row and the data rows, trimmed.
type Table struct {
	Header []string
	Rows   [][]string
	// Lines[i] is the line number in the file where Rows[i] starts, for messages.
	Lines     []int
	Encoding  string // EncUTF8…
	Delimiter rune
	// Notes are the rows rejected and the values left out while reading, each with its line.
	Notes []Note
}

// Read decodes a CSV export (see decode for the encoding rule); the delimiter (comma,
// semicolon, tab or pipe) is guessed from the header line.
func Read(r io.Reader) (Table, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return Table{}, domain.Errorf(domain.CodeInvalid, "csv.read", "the file cannot be read: %v", err)
	}
	return ReadBytes(raw)
}

// ReadBytes is Read over bytes already in memory.
func ReadBytes(raw []byte) (Table, error) {
	if len(raw) > MaxBytes {
		return Table{}, domain.Errorf(domain.CodeInvalid, "csv.too_big", "the file is larger than %d MB", MaxBytes>>20)
	}
	text, enc, err := decode(raw)
	if err != nil || strings.ContainsRune(text, 0) {
		return Table{}, domain.Errorf(domain.CodeInvalid, "csv.binary", "this is not a CSV text file")
	}
	if strings.TrimSpace(text) == "" {
		return Table{}, domain.Errorf(domain.CodeInvalid, "csv.empty", "the file is empty")
	}
	t, err := parse(text, sniffDelimiter(text))
	t.Encoding = enc
	return t, err
}

func parse(text string, delim byte) (Table, error) {
	t := Table{Delimiter: rune(delim)}
	cr := &reader{s: text, delim: delim, line: 1}
	for !cr.done() {
		rec, line, bad, err := cr.record()
		if err != nil {
			return Table{}, err
		}
		if blank(rec) {
			continue
		}
		if len(rec) > MaxFields {
			return Table{}, domain.Errorf(domain.CodeInvalid, "csv.too_wide", "line %d has more than %d columns", line, MaxFields)
		}
		if t.Header == nil {
			if err := checkHeader(rec, line, bad); err != nil {
				return Table{}, err
			}
			t.Header = trimAll(rec)
			continue
		}
		if len(t.Rows) == MaxRows {
			return Table{}, domain.Errorf(domain.CodeInvalid, "csv.too_many", "the file has more than %d rows", MaxRows)
		}
		t.addRow(rec, line, bad)
	}
	if t.Header == nil {
		return Table{}, domain.Errorf(domain.CodeInvalid, "csv.empty", "the file is empty")
	}
	return t, nil
}

func checkHeader(rec []string, line, bad int) error {
	if bad >= 0 {
		return domain.Errorf(domain.CodeInvalid, "csv.bad_quote_header", "line %d: the header has text after a closing quote", line)
	}
	for _, s := range rec {
		if !utf8.ValidString(s) {
			return domain.Errorf(domain.CodeInvalid, "csv.bad_bytes_header", "line %d: the header holds bytes that are not UTF-8", line)
		}
	}
	return nil
}

// addRow keeps a row or rejects it with its line: a quote closed before the end of a value,
// more values than the header has columns, or bytes that are not text.
func (t *Table) addRow(rec []string, line, bad int) {
	rec = trimAll(rec)
	switch {
	case bad >= 0:
		t.Notes = append(t.Notes, note(line, "csv.bad_quote", "text after the closing quote of %s: row skipped", t.column(bad)))
		return
	case len(rec) > len(t.Header) && !blank(rec[len(t.Header):]):
		t.Notes = append(t.Notes, note(line, "csv.too_many_values",
			"%d values for %s (a %s inside a value that is not quoted shifts the columns): row skipped",
			len(rec), countPhrase("csv.count.columns", len(t.Header)), DelimiterPhrase(t.Delimiter)))
		return
	}
	for i, s := range rec {
		if !utf8.ValidString(s) {
			t.Notes = append(t.Notes, note(line, "csv.bad_bytes", "%s holds byte 0x%02X, which is not UTF-8 text: row skipped", t.column(i), firstInvalid(s)))
			return
		}
		if n := utf8.RuneCountInString(s); n > MaxCell {
			t.Notes = append(t.Notes, note(line, "csv.too_long", "%s has %d characters, more than %d: value left out", t.column(i), n, MaxCell))
			rec[i] = ""
		}
	}
	t.Rows, t.Lines = append(t.Rows, rec), append(t.Lines, line)
}

// column names a column as the file's header does.
func (t *Table) column(i int) string {
	if i < len(t.Header) && t.Header[i] != "" {
		return `"` + t.Header[i] + `"`
	}
	return "column " + itoa(i+1)
}

func firstInvalid(s string) byte {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return s[i]
		}
		i += size
	}
	return 0
}

func trimAll(rec []string) []string {
	for i, s := range rec {
		rec[i] = strings.TrimSpace(s)
	}
	return rec
}

func blank(rec []string) bool {
	for _, s := range rec {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}

// sniffDelimiter counts candidate delimiters outside quotes on the first line.
func sniffDelimiter(text string) byte {
	best, bestN := byte(','), 0
	line := firstLine(text)
	for _, d := range []byte{',', ';', '\t', '|'} {
		if n := countOutsideQuotes(line, d); n > bestN {
			best, bestN = d, n
		}
	}
	return best
}

func firstLine(text string) string {
	inQuote := false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '"':
			inQuote = !inQuote
		case (c == '\n' || c == '\r') && !inQuote:
			return text[:i]
		}
	}
	return text
}

func countOutsideQuotes(line string, d byte) int {
	n, inQuote := 0, false
	for i := 0; i < len(line); i++ {
		if line[i] == '"' {
			inQuote = !inQuote
		} else if line[i] == d && !inQuote {
			n++
		}
	}
	return n
}

// DelimiterPhrase names a delimiter as a person calls it ("csv.delim.semicolon").
func DelimiterPhrase(d rune) Phrase {
	n := delimName(d)
	return Phrase{Key: "csv.delim." + n, Msg: n}
}

// delimName is how a person calls a delimiter, in English.
func delimName(d rune) string {
	switch d {
	case ';':
		return "semicolon"
	case '\t':
		return "tab"
	case '|':
		return "pipe"
	}
	return "comma"
}
