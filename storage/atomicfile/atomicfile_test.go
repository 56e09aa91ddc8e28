package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamplan/domain"
)

const newContent = "the complete new file"

func writeNew(f *os.File) error {
	_, err := f.WriteString(newContent)
	return err
}

// failMidway writes half a file, then fails, as a full disk or a dying export would.
func failMidway(f *os.File) error {
	f.WriteString("the comp")
	return errors.New("disk full")
}

func file(t *testing.T, path, content string, mode os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil { // whatever the umask
		t.Fatal(err)
	}
}

func link(t *testing.T, dest, at string) {
	t.Helper()
	if err := os.Symlink(dest, at); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
}

// after is what a case expects of the folder once Write returned.
type after struct {
	files map[string]string      // name → content, of every file (not link) in the folder
	modes map[string]os.FileMode // name → permissions
	links []string               // names that must still be links
}

func TestWrite(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(t *testing.T, dir string) string // returns the path written
		fill    func(f *os.File) error
		wantErr string // the error's catalogue key
		after   after
	}{
		{"a new file is its owner's alone", func(t *testing.T, dir string) string {
			return filepath.Join(dir, "plan.pdf")
		}, writeNew, "", after{files: map[string]string{"plan.pdf": newContent}, modes: map[string]os.FileMode{"plan.pdf": 0o600}}},
		{"a replaced file keeps its mode", func(t *testing.T, dir string) string {
			file(t, filepath.Join(dir, "plan.pdf"), "old", 0o640)
			return filepath.Join(dir, "plan.pdf")
		}, writeNew, "", after{files: map[string]string{"plan.pdf": newContent}, modes: map[string]os.FileMode{"plan.pdf": 0o640}}},
		{"a replaced readable file stays readable", func(t *testing.T, dir string) string {
			file(t, filepath.Join(dir, "plan.pdf"), "old", 0o644)
			return filepath.Join(dir, "plan.pdf")
		}, writeNew, "", after{files: map[string]string{"plan.pdf": newContent}, modes: map[string]os.FileMode{"plan.pdf": 0o644}}},
		{"a link stays a link to the new content", func(t *testing.T, dir string) string {
			file(t, filepath.Join(dir, "real.pdf"), "old", 0o600)
			link(t, "real.pdf", filepath.Join(dir, "plan.pdf"))
			return filepath.Join(dir, "plan.pdf")
		}, writeNew, "", after{files: map[string]string{"real.pdf": newContent}, modes: map[string]os.FileMode{"real.pdf": 0o600}, links: []string{"plan.pdf"}}},
		{"a link to no file creates it", func(t *testing.T, dir string) string {
			link(t, "real.pdf", filepath.Join(dir, "plan.pdf"))
			return filepath.Join(dir, "plan.pdf")
		}, writeNew, "", after{files: map[string]string{"real.pdf": newContent}, modes: map[string]os.FileMode{"real.pdf": 0o600}, links: []string{"plan.pdf"}}},
		{"a failure midway leaves the old file", func(t *testing.T, dir string) string {
			file(t, filepath.Join(dir, "plan.pdf"), "old", 0o640)
			return filepath.Join(dir, "plan.pdf")
		}, failMidway, "store.write", after{files: map[string]string{"plan.pdf": "old"}, modes: map[string]os.FileMode{"plan.pdf": 0o640}}},
		{"a failure midway creates nothing", func(t *testing.T, dir string) string {
			return filepath.Join(dir, "plan.pdf")
		}, failMidway, "store.write", after{files: map[string]string{}}},
		{"a failure midway through a link leaves its file", func(t *testing.T, dir string) string {
			file(t, filepath.Join(dir, "real.pdf"), "old", 0o600)
			link(t, "real.pdf", filepath.Join(dir, "plan.pdf"))
			return filepath.Join(dir, "plan.pdf")
		}, failMidway, "store.write", after{files: map[string]string{"real.pdf": "old"}, links: []string{"plan.pdf"}}},
		{"a missing folder", func(t *testing.T, dir string) string {
			return filepath.Join(dir, "missing", "plan.pdf")
		}, writeNew, "store.write_no_folder", after{files: map[string]string{}}},
		{"a file taken for a folder", func(t *testing.T, dir string) string {
			file(t, filepath.Join(dir, "notes"), "old", 0o600)
			return filepath.Join(dir, "notes", "plan.pdf")
		}, writeNew, "store.write_no_folder", after{files: map[string]string{"notes": "old"}}},
		{"a folder is not replaced", func(t *testing.T, dir string) string {
			os.Mkdir(filepath.Join(dir, "plan.pdf"), 0o700)
			return filepath.Join(dir, "plan.pdf")
		}, writeNew, "store.write_is_folder", after{files: map[string]string{}}},
		{"a read-only file is not replaced", func(t *testing.T, dir string) string {
			file(t, filepath.Join(dir, "plan.pdf"), "old", 0o444)
			return filepath.Join(dir, "plan.pdf")
		}, writeNew, "store.write_read_only", after{files: map[string]string{"plan.pdf": "old"}, modes: map[string]os.FileMode{"plan.pdf": 0o444}}},
		{"links in a circle", func(t *testing.T, dir string) string {
			link(t, "b", filepath.Join(dir, "a"))
			link(t, "a", filepath.Join(dir, "b"))
			return filepath.Join(dir, "a")
		}, writeNew, "store.write_link_loop", after{files: map[string]string{}, links: []string{"a", "b"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			err := Write(tt.setup(t, dir), tt.fill)
			checkErr(t, err, tt.wantErr)
			checkFolder(t, dir, tt.after)
		})
	}
}

func checkErr(t *testing.T, err error, want string) {
	t.Helper()
	var de *domain.Error
	switch {
	case want == "" && err != nil:
		t.Fatalf("unexpected error: %v", err)
	case want == "":
	case !errors.As(err, &de) || de.Key != want:
		t.Fatalf("error %v, want %s", err, want)
	}
}

// checkFolder compares the folder's ordinary files, modes and links with what the case
// expects: any other file, a temporary one above all, is an error.
func checkFolder(t *testing.T, dir string, want after) {
	t.Helper()
	for _, name := range want.links {
		if info, err := os.Lstat(filepath.Join(dir, name)); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link", name)
		}
	}
	if want.files == nil {
		return
	}
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		if e.Type()&os.ModeSymlink != 0 || e.IsDir() {
			continue
		}
		got = append(got, e.Name())
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		if content, ok := want.files[e.Name()]; !ok || string(b) != content {
			t.Errorf("%s holds %q, want %q", e.Name(), b, content)
		}
		info, _ := e.Info()
		if mode, ok := want.modes[e.Name()]; ok && info.Mode().Perm() != mode {
			t.Errorf("%s has mode %v, want %v", e.Name(), info.Mode().Perm(), mode)
		}
	}
	if len(got) != len(want.files) {
		t.Errorf("the folder holds %v, want %d files", got, len(want.files))
	}
}

// The chain of links across folders: the file at its end is replaced beside itself.
func TestWriteThroughLinksAcrossFolders(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "sub"), 0o700)
	file(t, filepath.Join(dir, "sub", "real.pdf"), "old", 0o640)
	link(t, "real.pdf", filepath.Join(dir, "sub", "second"))
	link(t, filepath.Join("sub", "second"), filepath.Join(dir, "plan.pdf"))
	if err := Write(filepath.Join(dir, "plan.pdf"), writeNew); err != nil {
		t.Fatal(err)
	}
	checkFolder(t, filepath.Join(dir, "sub"), after{files: map[string]string{"real.pdf": newContent},
		modes: map[string]os.FileMode{"real.pdf": 0o640}, links: []string{"second"}})
}

// The file is flushed to disk before it replaces the old one, and its folder after: a
// failing flush is a failed write that leaves the old file.
func TestWriteFlushesFileThenFolder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.pdf")
	file(t, path, "old", 0o600)
	var synced []string
	syncFile = func(f *os.File) error {
		synced = append(synced, f.Name())
		if f.Name() != dir {
			if b, _ := os.ReadFile(path); string(b) != "old" {
				t.Errorf("the file was replaced before it was flushed")
			}
		}
		return nil
	}
	defer func() { syncFile = (*os.File).Sync }()
	if err := Write(path, writeNew); err != nil {
		t.Fatal(err)
	}
	if len(synced) != 2 || filepath.Dir(synced[0]) != dir || synced[0] == path || synced[1] != dir {
		t.Fatalf("flushed %q, want the temporary file in %s, then the folder", synced, dir)
	}
	syncFile = func(f *os.File) error {
		if f.Name() == dir {
			return nil
		}
		return errors.New("input/output error")
	}
	if err := Write(path, func(f *os.File) error { _, err := f.WriteString("lost"); return err }); err == nil || !strings.Contains(err.Error(), "input/output error") {
		t.Fatalf("a failed flush gave %v", err)
	}
	checkFolder(t, dir, after{files: map[string]string{"plan.pdf": newContent}})
}

// A link that another user put in a shared folder is not followed: writing through it would
// let them choose which of our files is replaced.
func TestWriteRefusesALinkOfAnotherUser(t *testing.T) {
	dir := t.TempDir()
	file(t, filepath.Join(dir, "mine.pdf"), "old", 0o600)
	link(t, "mine.pdf", filepath.Join(dir, "plan.pdf"))
	other := 65534
	if os.Geteuid() == other {
		other--
	}
	if err := os.Lchown(filepath.Join(dir, "plan.pdf"), other, other); err != nil {
		t.Skipf("a link cannot be given to another user here: %v", err)
	}
	checkErr(t, Write(filepath.Join(dir, "plan.pdf"), writeNew), "store.write_foreign_link")
	checkFolder(t, dir, after{files: map[string]string{"mine.pdf": "old"}, links: []string{"plan.pdf"}})
}

func TestWriteIntoAFolderNotWritable(t *testing.T) {
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked")
	os.Mkdir(locked, 0o500)
	defer os.Chmod(locked, 0o700)
	if f, err := os.Create(filepath.Join(locked, "probe")); err == nil {
		f.Close()
		t.Skip("permissions do not stop this user (root)")
	}
	checkErr(t, Write(filepath.Join(locked, "plan.pdf"), writeNew), "store.write_no_permission")
	if entries, _ := os.ReadDir(locked); len(entries) != 0 {
		t.Fatalf("the folder holds %v", entries)
	}
}

func TestWriteBytes(t *testing.T) {
	dir := t.TempDir()
	if err := WriteBytes(filepath.Join(dir, "plan.json"), []byte("{}")); err != nil {
		t.Fatal(err)
	}
	checkFolder(t, dir, after{files: map[string]string{"plan.json": "{}"}, modes: map[string]os.FileMode{"plan.json": 0o600}})
}
