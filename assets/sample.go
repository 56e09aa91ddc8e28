package assets

import (
	"io/fs"
	"sort"
)

// SampleFiles returns the sample plan files (sample/*.json) in name order.
func SampleFiles() ([][]byte, error) {
	names, err := fs.Glob(files, "sample/*.json")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := make([][]byte, 0, len(names))
	for _, n := range names {
		b, err := files.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}
