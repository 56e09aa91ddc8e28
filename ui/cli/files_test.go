package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The files the verbs write: new ones are their owner's alone, a replaced one keeps the
// mode its owner gave it, a link stays a link to the new content, and nothing else is
// left in the folder.
func TestWrittenFilesKeepModeAndLinks(t *testing.T) {
	db := sampleDB(t, filepath.Join(t.TempDir(), "k.db"))
	verbs := map[string]struct {
		args []string
		head string
	}{
		"export-json": {[]string{"export-json", "--account", "Aceros del Norte, S.A."}, "{"},
		"export-pdf":  {[]string{"export-pdf", "--account", "Aceros del Norte, S.A."}, "%PDF-"},
		"backup":      {[]string{"backup"}, "SQLite format 3"},
	}
	for name, v := range verbs {
		t.Run(name, func(t *testing.T) {
			write := func(path string) {
				t.Helper()
				if r := run(append(append([]string{"--db", db}, v.args...), "--out", path)...); r.code != 0 {
					t.Fatalf("%+v", r)
				}
			}
			dir := t.TempDir()
			fresh := filepath.Join(dir, "new")
			write(fresh)
			assertFile(t, fresh, 0o600, v.head)

			shared := filepath.Join(dir, "shared")
			os.WriteFile(shared, []byte("old"), 0o644)
			os.Chmod(shared, 0o640)
			write(shared)
			assertFile(t, shared, 0o640, v.head)

			target, link := filepath.Join(dir, "target"), filepath.Join(dir, "link")
			os.WriteFile(target, []byte("old"), 0o600)
			os.Symlink("target", link)
			write(link)
			if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
				t.Fatalf("the link was replaced by a file: %v", err)
			}
			assertFile(t, target, 0o600, v.head)
			if names := entries(t, dir); strings.Join(names, " ") != "link new shared target" {
				t.Fatalf("the folder holds %v", names)
			}
		})
	}
}

func assertFile(t *testing.T, path string, mode os.FileMode, head string) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != mode {
		t.Errorf("%s has mode %v, want %v", filepath.Base(path), info.Mode().Perm(), mode)
	}
	if b, _ := os.ReadFile(path); !bytes.HasPrefix(b, []byte(head)) {
		t.Errorf("%s holds %.20q", filepath.Base(path), b)
	}
}
