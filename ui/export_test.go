package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/pdf"
)

// export runs one of the app's exports to path and waits for its end.
func export(a *App, path string, write func(string, func(float64)) error) error {
	done := make(chan error, 1)
	a.files().exportTo(path, "export", write, func(err error) { done <- err })
	return <-done
}

// The three exports of the app: PDF, plan file and backup.
func appExports(a *App) map[string]func(string, func(float64)) error {
	st, _ := a.store.Settings(a.ctx)
	doc := pdf.Document{Account: *a.editor.Account(), Plan: a.editor.Plan().Clone(), Settings: st, Lang: "en"}
	var warnings []string
	return map[string]func(string, func(float64)) error{
		"pdf":       pdfExport(doc, &warnings),
		"plan file": a.files().planFileExport(a.editor.Account().Name),
		"backup":    a.files().backupExport(),
	}
}

func TestFailedExportsKeepTheOldFileByteIdentical(t *testing.T) {
	a := newTestApp(t, "en")
	dir := t.TempDir()
	path := filepath.Join(dir, "precious")
	old := []byte("the good file from last week")
	os.WriteFile(path, old, 0o644)
	if err := export(a, path, pdfExport(pdf.Document{}, new([]string))); err == nil { // no plan: the PDF itself fails
		t.Fatal("exporting no plan succeeded")
	}
	if err := export(a, path, a.files().planFileExport("Nobody")); domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatalf("exporting an unknown account: %v", err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
		t.Fatal("a failed export changed the old file")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("a failed export left %d files", len(entries))
	}
	db := a.store.Path()
	before, _ := os.ReadFile(db)
	os.Symlink(db, filepath.Join(dir, "latest.db"))
	if err := export(a, filepath.Join(dir, "latest.db"), a.files().backupExport()); err == nil {
		t.Fatal("a backup through a link to the database replaced it")
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Fatal("a failed backup changed the database")
	}
}

// Each export writes the whole file once: a new file is its owner's alone, a replaced
// one keeps its mode, and a link stays a link to the new content.
func TestExportsReplaceTheFileWhole(t *testing.T) {
	a := newTestApp(t, "en")
	want := map[string]string{"pdf": "%PDF-", "plan file": "{", "backup": "SQLite format 3"}
	for name, write := range appExports(a) {
		dir := t.TempDir()
		fresh, old, link := filepath.Join(dir, "new"), filepath.Join(dir, "old"), filepath.Join(dir, "link")
		os.WriteFile(old, []byte("old"), 0o640)
		os.Chmod(old, 0o640)
		os.Symlink("old", link)
		for path, mode := range map[string]os.FileMode{fresh: 0o600, link: 0o640} {
			if err := export(a, path, write); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			info, _ := os.Stat(path)
			if got, _ := os.ReadFile(path); !bytes.HasPrefix(got, []byte(want[name])) || info.Mode().Perm() != mode {
				t.Fatalf("%s: %s holds %.20q with mode %v, want %v", name, filepath.Base(path), got, info.Mode().Perm(), mode)
			}
		}
		if info, _ := os.Lstat(link); info.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("%s: the link was replaced by a file", name)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 3 {
			t.Fatalf("%s: the folder holds %d files", name, len(entries))
		}
	}
}

// Fyne's save dialog asks for a writer before its callback runs; with the app's file
// repository that writer does not empty the chosen file unless written to.
func TestSaveDialogWriterDoesNotEmptyTheFile(t *testing.T) {
	newTestApp(t, "en")
	path := filepath.Join(t.TempDir(), "plan.pdf")
	os.WriteFile(path, []byte("good"), 0o644)
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	if got, _ := os.ReadFile(path); string(got) != "good" {
		t.Fatalf("the dialog's writer emptied the file: %q", got)
	}
	w, _ = storage.Writer(storage.NewFileURI(path))
	w.Write([]byte("new"))
	w.Close()
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Fatalf("writing through the dialog's writer gave %q", got)
	}
}

// The save dialog's writer refuses the database the app has open, its -wal and -shm files,
// and a link to it, saying why: an export never replaces them.
func TestSaveDialogWriterRefusesTheOpenDatabase(t *testing.T) {
	a := newTestApp(t, "en")
	db := a.store.Path()
	link := filepath.Join(t.TempDir(), "link.db")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{db, db + "-wal", db + "-shm", link} {
		_, err := storage.Writer(storage.NewFileURI(p))
		if err == nil || !strings.Contains(form.Message(a.loc, err), "is the database the app has open") {
			t.Errorf("%s: %v", filepath.Base(p), err)
		}
	}
}

// A panic in a background job is an error shown to the person, not the end of the app.
func TestPanicInABackgroundJobIsAnError(t *testing.T) {
	a := newTestApp(t, "en")
	done := make(chan error, 1)
	a.Run("job", false, func(func(float64)) error { panic("index out of range") }, func(err error) { done <- err })
	err := <-done
	if domain.CodeOf(err) != domain.CodeInternal || !strings.Contains(form.Message(a.loc, err), "index out of range") {
		t.Fatalf("a panic gave %v", err)
	}
}
