package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// A component is one work built into the programs, with its licence files.
type component struct {
	Name    string // module path, or a name such as "DejaVu fonts"
	Version string // module version; empty for the others
	Where   string // which builds hold it: "Linux and Windows", "Windows" …
	Files   []licenceFile
}

// A licenceFile is a licence or notice file of a component.
type licenceFile struct {
	Path string // relative to the component's root
	Text string
}

// targets are the builds the releases are made of. cgo is on in both (GLFW, the system's GL).
var targets = []string{"linux", "windows"}

type listedPackage struct {
	Dir      string
	Standard bool
	Module   *struct {
		Path, Version, Dir string
		Main               bool
	}
}

// linked is what one build links: each module's root folder and the folders of its packages.
type linked map[string]*moduleUse

type moduleUse struct {
	version, root string
	packageDirs   map[string]bool
	targets       []string
}

// list runs `go list -deps` on the main package for one target and records what it links.
func (l linked) list(dir, goos string) error {
	cmd := exec.Command("go", "list", "-deps", "-json", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH=amd64", "CGO_ENABLED=1", "GOFLAGS=-mod=readonly")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("go list for %s: %w", goos, err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p listedPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return err
		}
		if p.Standard || p.Module == nil || p.Module.Main {
			continue
		}
		if p.Module.Dir == "" {
			return fmt.Errorf("%s is not in the module cache: run go mod download", p.Module.Path)
		}
		m := l[p.Module.Path]
		if m == nil {
			m = &moduleUse{version: p.Module.Version, root: p.Module.Dir, packageDirs: map[string]bool{}}
			l[p.Module.Path] = m
		}
		m.packageDirs[p.Dir] = true
		if len(m.targets) == 0 || m.targets[len(m.targets)-1] != goos {
			m.targets = append(m.targets, goos)
		}
	}
}

// modules lists the modules the builds link, sorted by path, each with its licence files.
func modules(dir string) ([]component, error) {
	l := linked{}
	for _, goos := range targets {
		if err := l.list(dir, goos); err != nil {
			return nil, err
		}
	}
	paths := make([]string, 0, len(l))
	for p := range l {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var cs []component
	for _, p := range paths {
		m := l[p]
		files, err := moduleLicences(m)
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("%s %s has no licence file", p, m.version)
		}
		cs = append(cs, component{Name: p, Version: m.version, Where: builds(m.targets), Files: files})
	}
	return cs, nil
}

func builds(goos []string) string {
	if len(goos) == len(targets) {
		return "Linux and Windows"
	}
	return strings.ToUpper(goos[0][:1]) + goos[0][1:]
}

// moduleLicences finds a module's licence files: at its root, in the folders of the packages
// that are linked, and in the folders below those that hold no Go package (C sources, fonts).
func moduleLicences(m *moduleUse) ([]licenceFile, error) {
	dirs := map[string]bool{m.root: true}
	for d := range m.packageDirs {
		dirs[d] = true
		err := filepath.WalkDir(d, func(p string, e os.DirEntry, err error) error {
			if err != nil || !e.IsDir() || p == d {
				return err
			}
			if e.Name() == "testdata" || strings.HasPrefix(e.Name(), ".") || hasGo(p) {
				return filepath.SkipDir
			}
			dirs[p] = true
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	var files []licenceFile
	for d := range dirs {
		fs, err := licencesIn(m.root, d)
		if err != nil {
			return nil, err
		}
		files = append(files, fs...)
	}
	sortFiles(files)
	return files, nil
}

func hasGo(dir string) bool {
	m, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	return len(m) > 0
}
