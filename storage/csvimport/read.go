// Package csvimport reads CRM exports (Salesforce, HubSpot, Dynamics, Pipedrive, Excel sheets)
// of contacts and accounts, whatever their delimiter, encoding or language of the headers.
package csvimport

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf16"
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
	Lines []int
}

// Read decodes a CSV export: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252;
// the delimiter (comma, semicolon, tab or pipe) is guessed from the header line.
func Read(r io.Reader) (Table, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return Table{}, domain.Errorf(domain.CodeInvalid, "csv.read", "the file cannot be read: %v", err)
	}
	if len(raw) > MaxBytes {
		return Table{}, domain.Errorf(domain.CodeInvalid, "csv.too_big", "the file is larger than %d MB", MaxBytes>>20)
	}
	text := decodeText(raw)
	if strings.ContainsRune(text, 0) {
		return Table{}, domain.Errorf(domain.CodeInvalid, "csv.binary", "this is not a CSV text file")
	}
	if strings.TrimSpace(text) == "" {
		return Table{}, domain.Errorf(domain.CodeInvalid, "csv.empty", "the file is empty")
	}
	return parse(text, sniffDelimiter(text))
}

func parse(text string, delim rune) (Table, error) {
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma, cr.FieldsPerRecord, cr.LazyQuotes, cr.ReuseRecord = delim, -1, true, false
	var t Table
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var perr *csv.ParseError
		if errors.As(err, &perr) {
			return Table{}, domain.Errorf(domain.CodeInvalid, "csv.syntax", "the file is not valid CSV near line %d", perr.Line)
		}
		if err != nil {
			return Table{}, domain.Errorf(domain.CodeInvalid, "csv.read", "the file cannot be read: %v", err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) > MaxFields {
			return Table{}, domain.Errorf(domain.CodeInvalid, "csv.too_wide", "line %d has more than %d columns", line, MaxFields)
		}
		clean(rec)
		if t.Header == nil {
			if blank(rec) {
				continue
			}
			t.Header = rec
			continue
		}
		if blank(rec) {
			continue
		}
		if len(t.Rows) == MaxRows {
			return Table{}, domain.Errorf(domain.CodeInvalid, "csv.too_many", "the file has more than %d rows", MaxRows)
		}
		t.Rows, t.Lines = append(t.Rows, rec), append(t.Lines, line)
	}
	if t.Header == nil {
		return Table{}, domain.Errorf(domain.CodeInvalid, "csv.empty", "the file is empty")
	}
	return t, nil
}

func clean(rec []string) {
	for i, s := range rec {
		s = strings.TrimSpace(s)
		if len(s) > MaxCell {
			s = strings.ToValidUTF8(s[:MaxCell], "")
		}
		rec[i] = s
	}
}

func blank(rec []string) bool {
	for _, s := range rec {
		if s != "" {
			return false
		}
	}
	return true
}

// sniffDelimiter counts candidate delimiters outside quotes on the first line.
func sniffDelimiter(text string) rune {
	best, bestN := ',', 0
	for _, d := range []rune{',', ';', '\t', '|'} {
		if n := countOutsideQuotes(firstLine(text), d); n > bestN {
			best, bestN = d, n
		}
	}
	return best
}

func firstLine(text string) string {
	inQuote := false
	for i, r := range text {
		switch {
		case r == '"':
			inQuote = !inQuote
		case r == '\n' && !inQuote:
			return text[:i]
		}
	}
	return text
}

func countOutsideQuotes(line string, d rune) int {
	n, inQuote := 0, false
	for _, r := range line {
		if r == '"' {
			inQuote = !inQuote
		} else if r == d && !inQuote {
			n++
		}
	}
	return n
}

// decodeText turns the bytes of a file into text, whatever encoding a spreadsheet chose.
func decodeText(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return strings.ToValidUTF8(string(b[3:]), "\uFFFD")
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeUTF16(b[2:], false)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b[2:], true)
	case utf8.Valid(b):
		return string(b)
	}
	return decodeWindows1252(b)
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// cp1252 maps the bytes 0x80–0x9F that Windows-1252 uses for printable characters.
var cp1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

func decodeWindows1252(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/4)
	for _, c := range b {
		switch {
		case c < 0x80:
			sb.WriteByte(c)
		case c < 0xA0:
			sb.WriteRune(cp1252[c-0x80])
		default:
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}
