// Package meta completes the file gofpdf writes with what gofpdf has no setting for: the
// document's language, its title shown in the viewer's window, the XMP metadata in the
// catalogue, dates with their time zone, the subset tag of embedded fonts, a PDF version
// that allows them, and text maps that give shaped Arabic its letters back, so that a
// search for a name finds it. It rewrites the objects it changes and the cross-reference
// table; every other byte of the file is kept.
package meta

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
)

// object is one "N 0 obj … endobj" of the file.
type object struct {
	num  int
	body []byte
}

// file is a PDF as gofpdf writes it: a header, the objects, a cross-reference table and a
// trailer.
type file struct {
	header  []byte
	objects []object
	trailer []byte // from "trailer" up to "startxref"
}

var (
	startxref = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	objHead   = regexp.MustCompile(`^(\d+) 0 obj\b`)
)

// parse reads the objects where the cross-reference table says they are.
func parse(data []byte) (*file, error) {
	m := startxref.FindSubmatch(data)
	if m == nil {
		return nil, errors.New("no cross-reference table")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if xref <= 0 || xref >= len(data) || !bytes.HasPrefix(data[xref:], []byte("xref")) {
		return nil, errors.New("the cross-reference table is not where the file says")
	}
	offsets, err := readXref(data[xref:])
	if err != nil {
		return nil, err
	}
	sort.Ints(offsets)
	f := &file{header: data[:offsets[0]]}
	for i, off := range offsets {
		end := xref
		if i+1 < len(offsets) {
			end = offsets[i+1]
		}
		head := objHead.FindSubmatch(data[off:end])
		if head == nil {
			return nil, fmt.Errorf("no object at offset %d", off)
		}
		n, _ := strconv.Atoi(string(head[1]))
		f.objects = append(f.objects, object{n, data[off:end]})
	}
	t := bytes.Index(data[xref:], []byte("trailer"))
	s := bytes.LastIndex(data, []byte("startxref"))
	if t < 0 || xref+t > s {
		return nil, errors.New("no trailer")
	}
	f.trailer = data[xref+t : s]
	return f, nil
}

// readXref reads the offsets of the objects in use from a table of one section.
func readXref(table []byte) ([]int, error) {
	lines := bytes.Split(table, []byte("\n"))
	if len(lines) < 3 {
		return nil, errors.New("short cross-reference table")
	}
	var offsets []int
	for _, l := range lines[2:] {
		l = bytes.TrimSpace(l)
		if bytes.Equal(l, []byte("trailer")) {
			break
		}
		fields := bytes.Fields(l)
		if len(fields) != 3 {
			return nil, fmt.Errorf("cross-reference line %q", l)
		}
		if string(fields[2]) == "n" {
			off, _ := strconv.Atoi(string(fields[0]))
			offsets = append(offsets, off)
		}
	}
	if len(offsets) == 0 {
		return nil, errors.New("no object in the cross-reference table")
	}
	return offsets, nil
}

// bytes writes the file again, with a new cross-reference table for the objects as they are.
func (f *file) bytes() []byte {
	var b bytes.Buffer
	b.Write(f.header)
	offsets := map[int]int{}
	size := 0
	for _, o := range f.objects {
		offsets[o.num] = b.Len()
		size = max(size, o.num)
		b.Write(o.body)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", size+1)
	for n := 1; n <= size; n++ {
		if off, ok := offsets[n]; ok {
			fmt.Fprintf(&b, "%010d 00000 n \n", off)
		} else {
			b.WriteString("0000000000 65535 f \n")
		}
	}
	b.Write(f.trailer)
	fmt.Fprintf(&b, "startxref\n%d\n%%%%EOF\n", xref)
	return b.Bytes()
}

// find is the first object whose body holds s.
func (f *file) find(s string) *object {
	for i := range f.objects {
		if bytes.Contains(f.objects[i].body, []byte(s)) {
			return &f.objects[i]
		}
	}
	return nil
}
