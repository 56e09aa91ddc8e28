// Package deflate compresses the pages of a PDF that gofpdf wrote uncompressed, with
// compressors reused for every page and export. gofpdf makes a new zlib compressor, about
// 1 MB, for each page it compresses: two thirds of all the memory a 100-page export
// allocated.
// The file written is byte for byte the one gofpdf writes with compression on.
package deflate

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"sync"
)

// compressors are reused by every export of the process.
var compressors = sync.Pool{New: func() any {
	w, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed) // gofpdf's level
	return w
}}

// Edit changes a page's content before it is compressed; it may return its argument.
type Edit func(content []byte) []byte

// Replace is the edit that replaces every old in a page's content with new.
func Replace(old, new []byte) Edit {
	return func(content []byte) []byte {
		if !bytes.Contains(content, old) {
			return content
		}
		return bytes.ReplaceAll(content, old, new)
	}
}

// Write writes pdf — written by gofpdf with SetCompression(false) — to w with the content
// stream of every page edited (when edit is not nil) and compressed. A file it does not
// understand is written as it is: a valid, larger PDF.
func Write(w io.Writer, pdf []byte, edit Edit) error {
	out, err := Pages(pdf, edit)
	if err != nil {
		out = pdf
	}
	_, err = w.Write(out)
	return err
}

// object is one "N 0 obj … endobj" of the file: its number and where it starts.
type object struct{ num, at int }

// Pages returns pdf with every page's content stream compressed, the cross-reference
// table following the objects' new places. The pages are compressed on every core.
func Pages(pdf []byte, edit Edit) ([]byte, error) {
	xrefAt, objs, err := xref(pdf)
	if err != nil {
		return nil, err
	}
	contents := pageContents(pdf, objs, xrefAt)
	sorted := slices.Clone(objs)
	slices.SortFunc(sorted, func(a, b object) int { return a.at - b.at })
	ends := make([]int, len(sorted))
	for i := range sorted {
		ends[i] = xrefAt
		if i+1 < len(sorted) {
			ends[i] = sorted[i+1].at
		}
	}
	packed, err := compressAll(pdf, sorted, ends, contents, edit)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	out.Grow(len(pdf) / 3)
	out.Write(pdf[:sorted[0].at])
	moved := make(map[int]int, len(objs))
	for i, o := range sorted {
		moved[o.num] = out.Len()
		if z, ok := packed[i]; ok {
			out.Write(z)
		} else {
			out.Write(pdf[o.at:ends[i]])
		}
	}
	writeXref(&out, pdf[xrefAt:], objs, moved)
	return out.Bytes(), nil
}

// compressAll compresses the page contents among the objects, on as many goroutines as
// there are cores, and returns each compressed object by its index in objs.
func compressAll(pdf []byte, objs []object, ends []int, contents map[int]bool, edit Edit) (map[int][]byte, error) {
	var todo []int
	for i, o := range objs {
		if contents[o.num] {
			todo = append(todo, i)
		}
	}
	results := make([][]byte, len(todo))
	errs := make([]error, len(todo))
	next := make(chan int, len(todo))
	for k := range todo {
		next <- k
	}
	close(next)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(todo)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			zw := compressors.Get().(*zlib.Writer)
			defer compressors.Put(zw)
			for k := range next {
				o := objs[todo[k]]
				var b bytes.Buffer
				errs[k] = compressStream(&b, zw, o.num, pdf[o.at:ends[todo[k]]], edit)
				results[k] = b.Bytes()
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	packed := make(map[int][]byte, len(todo))
	for k, i := range todo {
		packed[i] = results[k]
	}
	return packed, nil
}

// xref reads the cross-reference table: where it is and where each object starts.
func xref(pdf []byte) (int, []object, error) {
	k := bytes.LastIndex(pdf, []byte("\nstartxref\n"))
	if k < 0 {
		return 0, nil, errors.New("no startxref")
	}
	rest := pdf[k+len("\nstartxref\n"):]
	at, err := strconv.Atoi(string(rest[:max(0, bytes.IndexByte(rest, '\n'))]))
	if err != nil || at <= 0 || at >= k {
		return 0, nil, errors.New("bad startxref")
	}
	var n int
	if _, err := fmt.Sscanf(string(pdf[at:min(len(pdf), at+32)]), "xref\n0 %d\n", &n); err != nil || n < 2 {
		return 0, nil, errors.New("bad xref")
	}
	first := at + len(fmt.Sprintf("xref\n0 %d\n", n)) + 20 // the free entry of object 0
	if first+20*(n-1) > k || !bytes.Contains(pdf[first+20*(n-1):k], []byte("trailer\n")) {
		return 0, nil, errors.New("bad xref size")
	}
	objs := make([]object, 0, n-1)
	for i := 1; i < n; i++ {
		line := pdf[first+20*(i-1):]
		if len(line) < 20 || string(line[10:20]) != " 00000 n \n" {
			return 0, nil, errors.New("bad xref entry")
		}
		off, err := strconv.Atoi(string(line[:10]))
		if err != nil || off < 0 || off >= at {
			return 0, nil, errors.New("bad xref offset")
		}
		objs = append(objs, object{num: i, at: off})
	}
	return at, objs, nil
}

// pageContents are the numbers of the objects that hold a page's content.
func pageContents(pdf []byte, objs []object, xrefAt int) map[int]bool {
	contents := map[int]bool{}
	for _, o := range objs {
		head := pdf[o.at:min(xrefAt, o.at+64)]
		if !bytes.Contains(head, []byte(" 0 obj\n<</Type /Page\n")) {
			continue
		}
		body := pdf[o.at:]
		end := bytes.Index(body, []byte("\nendobj\n"))
		k := bytes.LastIndex(body[:max(0, end)], []byte("/Contents "))
		var num int
		if k >= 0 {
			if _, err := fmt.Sscanf(string(body[k:end]), "/Contents %d 0 R>>", &num); err == nil {
				contents[num] = true
			}
		}
	}
	return contents
}

// compressStream writes object num, an uncompressed stream, with its data compressed as
// gofpdf would: "<</Filter /FlateDecode /Length n>>".
func compressStream(out *bytes.Buffer, zw *zlib.Writer, num int, obj []byte, edit Edit) error {
	head := fmt.Sprintf("%d 0 obj\n<</Length ", num)
	if !bytes.HasPrefix(obj, []byte(head)) {
		return fmt.Errorf("object %d is not a plain stream", num)
	}
	rest := obj[len(head):]
	k := bytes.Index(rest, []byte(">>\nstream\n"))
	if k < 0 {
		return fmt.Errorf("object %d is not a plain stream", num)
	}
	n, err := strconv.Atoi(string(rest[:k]))
	data := rest[k+len(">>\nstream\n"):]
	if err != nil || n < 0 || n > len(data) || string(data[n:]) != "\nendstream\nendobj\n" {
		return fmt.Errorf("object %d is not a plain stream", num)
	}
	content := data[:n]
	if edit != nil {
		content = edit(content)
	}
	var z bytes.Buffer
	zw.Reset(&z)
	zw.Write(content)
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Fprintf(out, "%d 0 obj\n<</Filter /FlateDecode /Length %d>>\nstream\n", num, z.Len())
	out.Write(z.Bytes())
	out.WriteString("\nendstream\nendobj\n")
	return nil
}

// writeXref writes the cross-reference table with the objects' new places, and the
// trailer of the old one (old starts at its "xref") pointing at it.
func writeXref(out *bytes.Buffer, old []byte, objs []object, moved map[int]int) {
	at := out.Len()
	fmt.Fprintf(out, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range objs {
		fmt.Fprintf(out, "%010d 00000 n \n", moved[o.num])
	}
	trailer := old[bytes.Index(old, []byte("trailer\n")):]
	k := bytes.Index(trailer, []byte("startxref\n"))
	out.Write(trailer[:k])
	fmt.Fprintf(out, "startxref\n%d\n%%%%EOF\n", at)
}
