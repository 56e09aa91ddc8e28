package csvimport

import (
	"strconv"
	"strings"

	"kamplan/domain"
)

// reader splits CSV text into records: quoted values may hold delimiters, quotes ("") and
// line ends; lines end with CRLF, LF or a lone CR (old Mac Excel). Invalid UTF-8 bytes are
// kept as they are, for the table to report. A quote never closed is an error for the
// whole file: where the value ends cannot be known.
type reader struct {
	s     string
	pos   int
	line  int
	delim byte
}

func (r *reader) done() bool { return r.pos >= len(r.s) }

// record reads one record and the line it starts on; bad is the index of a value with
// text after its closing quote, or -1.
func (r *reader) record() (rec []string, line, bad int, err error) {
	line, bad = r.line, -1
	for {
		v, quoteErr, err := r.value()
		if err != nil {
			return nil, line, bad, err
		}
		if quoteErr && bad < 0 {
			bad = len(rec)
		}
		rec = append(rec, v)
		if r.done() || r.s[r.pos] != r.delim {
			r.endLine()
			return rec, line, bad, nil
		}
		r.pos++ // the delimiter
	}
}

// value reads one value up to a delimiter or a line end, leaving them unread.
func (r *reader) value() (string, bool, error) {
	start := r.pos
	for start < len(r.s) && r.s[start] == ' ' {
		start++
	}
	if start < len(r.s) && r.s[start] == '"' {
		r.pos = start
		return r.quoted()
	}
	end := r.pos
	for end < len(r.s) && r.s[end] != r.delim && r.s[end] != '\n' && r.s[end] != '\r' {
		end++
	}
	v := r.s[r.pos:end]
	r.pos = end
	return v, false, nil
}

func (r *reader) quoted() (string, bool, error) {
	opened := r.line
	r.pos++ // the opening quote
	var b strings.Builder
	for {
		i := strings.IndexByte(r.s[r.pos:], '"')
		if i < 0 {
			return "", false, domain.Errorf(domain.CodeInvalid, "csv.unterminated",
				"line %d: a quote opens a value that never closes; nothing was read", opened)
		}
		b.WriteString(r.countLines(r.s[r.pos : r.pos+i]))
		r.pos += i + 1
		if r.pos < len(r.s) && r.s[r.pos] == '"' {
			b.WriteByte('"')
			r.pos++
			continue
		}
		return b.String(), r.skipAfterQuote(), nil
	}
}

// skipAfterQuote passes spaces after a closing quote; other text up to the next delimiter
// or line end is skipped and reported (true).
func (r *reader) skipAfterQuote() bool {
	extra := false
	for r.pos < len(r.s) {
		switch c := r.s[r.pos]; {
		case c == r.delim || c == '\n' || c == '\r':
			return extra
		case c != ' ' && c != '\t':
			extra = true
		}
		r.pos++
	}
	return extra
}

// countLines counts the line ends inside a quoted value and turns them into \n.
func (r *reader) countLines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		r.line += strings.Count(s, "\n")
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	r.line += strings.Count(s, "\n")
	return s
}

func (r *reader) endLine() {
	if r.done() {
		return
	}
	if r.s[r.pos] == '\r' {
		r.pos++
	}
	if r.pos < len(r.s) && r.s[r.pos] == '\n' {
		r.pos++
	}
	r.line++
}

func itoa(n int) string { return strconv.Itoa(n) }
