package csvimport

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Encoding names, as the report and the wizard show them.
const (
	EncUTF8         = "UTF-8"
	EncUTF8BOM      = "UTF-8 (BOM)"
	EncUTF16LE      = "UTF-16LE (BOM)"
	EncUTF16BE      = "UTF-16BE (BOM)"
	EncUTF16LENoBOM = "UTF-16LE (no BOM)"
	EncUTF16BENoBOM = "UTF-16BE (no BOM)"
	EncWindows1252  = "Windows-1252"
)

// decode turns the bytes of a file into text. The rule, per file: a byte-order mark
// decides; else text whose every other byte is zero is UTF-16; else UTF-8 wins whenever
// the file holds valid multi-byte UTF-8 at least as often as invalid bytes — the invalid
// bytes stay in the text and the rows holding them are reported with their line; else
// (accents but never valid UTF-8) the file is Windows-1252, as Excel writes it.
func decode(raw []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return string(raw[3:]), EncUTF8BOM, nil
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), raw, EncUTF16LE)
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), raw, EncUTF16BE)
	}
	switch utf16Order(raw) {
	case 'L':
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), raw, EncUTF16LENoBOM)
	case 'B':
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), raw, EncUTF16BENoBOM)
	}
	if valid, invalid := utf8Counts(raw); invalid == 0 || valid >= invalid {
		return string(raw), EncUTF8, nil
	}
	return decodeWith(charmap.Windows1252, raw, EncWindows1252)
}

func decodeWith(e encoding.Encoding, raw []byte, name string) (string, string, error) {
	b, err := e.NewDecoder().Bytes(raw)
	return string(b), name, err
}

// utf16Order says whether text without a BOM looks like UTF-16: in the first 4 KB, most
// bytes at odd offsets are zero (little-endian 'L') or most at even offsets ('B').
func utf16Order(raw []byte) byte {
	n := min(len(raw), 4096) &^ 1
	if n < 4 {
		return 0
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if raw[i] == 0 {
			even++
		}
		if raw[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 >= half*6 && even*10 < half:
		return 'L'
	case even*10 >= half*6 && odd*10 < half:
		return 'B'
	}
	return 0
}

// utf8Counts counts valid multi-byte UTF-8 characters and invalid bytes.
func utf8Counts(b []byte) (valid, invalid int) {
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		b = b[size:]
	}
	return valid, invalid
}
