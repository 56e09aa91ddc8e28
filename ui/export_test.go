package ui

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"

	"kamplan/domain"
	"kamplan/ui/pdf"
)

// export runs one of the app's exports to path and waits for its end.
func export(a *App, path string, produce func(string, func(float64)) error) error {
	done := make(chan error, 1)
	a.exportTo(path, "export", produce, func(err error) { done <- err })
	return <-done
}

// failing injects a failure into an export: it writes part of the content, or all of it,
// then fails, as a full disk or a dying job would.
func failing(produce func(string, func(float64)) error, whole bool) func(string, func(float64)) error {
	return func(tmp string, progress func(float64)) error {
		if whole {
			if err := produce(tmp, progress); err != nil {
				return err
			}
		} else if err := os.WriteFile(tmp, []byte("half a"), 0o644); err != nil {
			return err
		}
		return errors.New("disk full")
	}
}

// The three exports of the app: PDF, plan file and backup.
func appExports(a *App) map[string]func(string, func(float64)) error {
	st, _ := a.store.Settings(a.ctx)
	doc := pdf.Document{Account: *a.editor.account, Plan: a.editor.plan.Clone(), Settings: st, Lang: "en"}
	var warnings []string
	return map[string]func(string, func(float64)) error{
		"pdf":       a.pdfContent(doc, &warnings),
		"plan file": a.planFileContent(a.editor.account.Name),
		"backup":    a.backupContent(),
	}
}

func TestFailedExportsKeepTheOldFileByteIdentical(t *testing.T) {
	a := newTestApp(t, "en")
	dir := t.TempDir()
	path := filepath.Join(dir, "precious")
	old := []byte("the good file from last week")
	for name, produce := range appExports(a) {
		for _, whole := range []bool{false, true} {
			os.WriteFile(path, old, 0o644)
			if err := export(a, path, failing(produce, whole)); err == nil {
				t.Fatalf("%s: the failing export succeeded", name)
			}
			if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
				t.Fatalf("%s: a failed export changed the old file to %q", name, got)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Fatalf("%s: a failed export left %d files", name, len(entries))
			}
		}
	}
	bad := pdf.Document{} // no plan: the PDF itself fails
	if err := export(a, path, a.pdfContent(bad, new([]string))); err == nil {
		t.Fatal("exporting no plan succeeded")
	}
	if err := export(a, path, a.planFileContent("Nobody")); domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatalf("exporting an unknown account: %v", err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
		t.Fatal("a failed export changed the old file")
	}
}

func TestExportsReplaceTheFileWhole(t *testing.T) {
	a := newTestApp(t, "en")
	want := map[string]string{"pdf": "%PDF-", "plan file": "{", "backup": "SQLite format 3"}
	for name, produce := range appExports(a) {
		path := filepath.Join(t.TempDir(), "out")
		os.WriteFile(path, []byte("old"), 0o644)
		if err := export(a, path, produce); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got, _ := os.ReadFile(path); !bytes.HasPrefix(got, []byte(want[name])) {
			t.Fatalf("%s: the file holds %.20q", name, got)
		}
	}
}

// Fyne's save dialog asks for a writer before its callback runs; with the app's file
// repository that writer does not empty the chosen file unless written to.
func TestSaveDialogWriterDoesNotEmptyTheFile(t *testing.T) {
	newTestApp(t, "en")
	installLazyFileWriter()
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

// A panic in a background job is an error shown to the person, not the end of the app.
func TestPanicInABackgroundJobIsAnError(t *testing.T) {
	a := newTestApp(t, "en")
	done := make(chan error, 1)
	a.runJob("job", false, func(func(float64)) error { panic("index out of range") }, func(err error) { done <- err })
	err := <-done
	if domain.CodeOf(err) != domain.CodeInternal || !strings.Contains(a.message(err), "index out of range") {
		t.Fatalf("a panic gave %v", err)
	}
}
