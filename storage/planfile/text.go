package planfile

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"

	"kamplan/domain"
)

// planFileText gives the UTF-8 text of a plan file that an editor may have saved as UTF-8
// with a byte order mark, or as UTF-16 in either byte order (with or without its mark,
// which a JSON file's ASCII first character makes plain). Any other encoding is refused.
func planFileText(data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return fromUTF16(data[2:], false)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return fromUTF16(data[2:], true)
	case len(data) >= 2 && data[0] != 0 && data[1] == 0:
		return fromUTF16(data, false)
	case len(data) >= 2 && data[0] == 0 && data[1] != 0:
		return fromUTF16(data, true)
	}
	if !utf8.Valid(data) {
		return nil, encodingProblem()
	}
	return data, nil
}

func fromUTF16(data []byte, bigEndian bool) ([]byte, error) {
	if len(data)%2 != 0 {
		return nil, encodingProblem()
	}
	units := make([]uint16, len(data)/2)
	for i := range units {
		hi, lo := data[2*i+1], data[2*i]
		if bigEndian {
			hi, lo = lo, hi
		}
		units[i] = uint16(hi)<<8 | uint16(lo)
	}
	runes := utf16.Decode(units)
	for _, r := range runes {
		if r == utf8.RuneError {
			return nil, encodingProblem()
		}
	}
	return []byte(string(runes)), nil
}

func encodingProblem() error {
	return domain.Problems{{Key: "err.file_encoding",
		Msg: "the file is not text in UTF-8 or UTF-16: save it again as UTF-8 (the plan file's own encoding)"}}
}

// jsonKinds name, for a person, the kinds of JSON value a field may wrongly hold.
var jsonKinds = map[string]string{"string": "text", "number": "a number", "bool": "true or false",
	"array": "a list", "object": "a group of fields"}
