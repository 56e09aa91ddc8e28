package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// licenceName matches the files that hold a licence or a notice: LICENSE, LICENSE.md,
// LICENSE-SQLITE, LICENCE, COPYING.txt, NOTICE, PATENTS, LICENSE_Inter.txt…
var licenceName = regexp.MustCompile(`(?i)^(licen[cs]e|copying|notice|patents)([._-].*)?$`)

// licencesIn reads the licence files directly in dir, named relative to root.
func licencesIn(root, dir string) ([]licenceFile, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []licenceFile
	for _, e := range entries {
		if e.IsDir() || !licenceName.MatchString(e.Name()) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		rel, err := filepath.Rel(root, filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		files = append(files, licenceFile{Path: filepath.ToSlash(rel), Text: clean(string(b))})
	}
	return files, nil
}

// clean gives every text the same line ends and no trailing blanks, so identical licences
// compare equal and the output does not depend on how a module's files were written.
func clean(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// sortFiles puts the files at a component's root first, then the rest by path.
func sortFiles(fs []licenceFile) {
	depth := func(p string) int { return strings.Count(p, "/") }
	sort.Slice(fs, func(i, j int) bool {
		if di, dj := depth(fs[i].Path), depth(fs[j].Path); (di == 0) != (dj == 0) {
			return di == 0
		}
		return fs[i].Path < fs[j].Path
	})
}

// collect gathers every component of the programs, in the order the notices list them.
func collect(repo string) ([]component, error) {
	goLicence, err := goRuntime()
	if err != nil {
		return nil, err
	}
	mods, err := modules(repo)
	if err != nil {
		return nil, err
	}
	fonts, err := fontLicences(repo)
	if err != nil {
		return nil, err
	}
	mingw, err := licencesIn(filepath.Join(repo, "packaging/windows"), filepath.Join(repo, "packaging/windows"))
	if err != nil {
		return nil, err
	}
	cs := append([]component{goLicence}, mods...)
	cs = append(cs, fonts...)
	return append(cs, component{Name: "MinGW-w64 runtime (startup code)", Where: "Windows", Files: mingw}), nil
}

// goRuntime is the Go standard library and runtime, linked into every Go program.
func goRuntime() (component, error) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return component{}, fmt.Errorf("go env GOROOT: %w", err)
	}
	root := strings.TrimSpace(string(out))
	files, err := licencesIn(root, root)
	if err != nil {
		return component{}, err
	}
	return component{Name: "The Go programming language (standard library and runtime)", Where: "Linux and Windows", Files: files}, nil
}

// fontLicences are the licences of the fonts the PDF writer embeds (assets/fonts/LICENSE-*.txt).
func fontLicences(repo string) ([]component, error) {
	dir := filepath.Join(repo, "assets/fonts")
	files, err := licencesIn(dir, dir)
	if err != nil {
		return nil, err
	}
	var cs []component
	for _, f := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(f.Path, "LICENSE-"), ".txt")
		f.Path = "assets/fonts/" + f.Path
		cs = append(cs, component{Name: fontName(name) + " (font)", Where: "Linux and Windows", Files: []licenceFile{f}})
	}
	if len(cs) == 0 {
		return nil, fmt.Errorf("no font licences in %s", dir)
	}
	return cs, nil
}

// fontNames are the fonts' own names, by the stem of their licence file (LICENSE-<stem>.txt).
var fontNames = map[string]string{"DejaVu": "DejaVu Sans", "DroidSansFallback": "Droid Sans Fallback",
	"OpenSans": "Open Sans", "Caladea": "Caladea"}

func fontName(stem string) string {
	if n, ok := fontNames[stem]; ok {
		return n
	}
	return stem
}
