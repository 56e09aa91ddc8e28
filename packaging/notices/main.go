// Command notices writes the third-party notices of KAM Planner: the licence texts of everything
// built into its programs besides its own code — the Go modules the Linux and the Windows builds
// link (as `go list -deps` reports them, with their licence files from the module cache), the Go
// standard library and runtime, the fonts in assets/fonts and the MinGW-w64 startup code of the
// Windows build.
//
//	go generate ./assets                         # rewrites assets/THIRD_PARTY_NOTICES.txt
//	go run ./packaging/notices -check            # fails when that file is out of date
//	go run ./packaging/notices -format debian -o copyright   # /usr/share/doc/kamplan/copyright
//
// It works from any folder of the repository. The text format is the one the app shows (Help → Licences)
// and every release file carries; the debian format is Debian's machine-readable copyright file.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// committed is the notices file the app embeds and the releases ship.
const committed = "assets/THIRD_PARTY_NOTICES.txt"

func main() {
	out := flag.String("o", "", "file to write (- for standard output; default "+committed+")")
	format := flag.String("format", "text", "text (the notices) or debian (a copyright file)")
	check := flag.Bool("check", false, "only check that "+committed+" is up to date")
	flag.Parse()
	if err := run(*out, *format, *check); err != nil {
		fmt.Fprintln(os.Stderr, "notices:", err)
		os.Exit(1)
	}
}

func run(out, format string, check bool) error {
	repo, err := repoRoot()
	if err != nil {
		return err
	}
	if out == "" {
		out = filepath.Join(repo, committed)
	}
	cs, err := collect(repo)
	if err != nil {
		return err
	}
	if check {
		return upToDate(repo, cs)
	}
	var b []byte
	switch format {
	case "text":
		b = text(cs)
	case "debian":
		own, err := os.ReadFile(filepath.Join(repo, "LICENSE"))
		if err != nil {
			return err
		}
		b = debian(cs, string(own))
	default:
		return fmt.Errorf("unknown format %q (text or debian)", format)
	}
	if out == "-" {
		_, err = os.Stdout.Write(b)
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

func upToDate(repo string, cs []component) error {
	old, err := os.ReadFile(filepath.Join(repo, committed))
	if err != nil {
		return err
	}
	if !bytes.Equal(old, text(cs)) {
		return fmt.Errorf("%s is out of date: run go generate ./assets", committed)
	}
	return nil
}

// repoRoot is the folder of go.mod, from the working folder up.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working folder")
		}
		dir = parent
	}
}
