package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamplan/storage"
)

// --edition review and review-client write the review pack of the last review, named so in a
// folder; the client's copy without the comments on the statuses.
func TestExportReviewPack(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	for _, c := range []struct{ edition, name string }{
		{"review", "Aceros del Norte, S.A. FY2027 (review pack).pdf"},
		{"review-client", "Aceros del Norte, S.A. FY2027 (client edition) (review pack).pdf"},
	} {
		r := run("--db", db, "export-pdf", "--account", aceros, "--edition", c.edition, "--lang", "en", "--out", dir)
		if r.code != 0 || !strings.Contains(r.stdout, c.name) {
			t.Fatalf("%s: %+v", c.edition, r)
		}
		data, err := os.ReadFile(filepath.Join(dir, c.name))
		if err != nil {
			t.Fatal(err)
		}
		if !contentHas(t, data, "Review pack · 16 Nov 2026") {
			t.Errorf("%s: not the review pack", c.edition)
		}
		if comment := contentHas(t, data, "El piloto arranca"); comment != (c.edition == "review") {
			t.Errorf("%s: the comment on a status printed: %v", c.edition, comment)
		}
	}
	if r := run("--db", db, "export-pdf", "--account", aceros, "--edition", "review-client", "--since", "x", "--out", dir); r.code == 0 {
		t.Error("--since accepted for the client's review pack")
	}
}

// A plan with no review recorded has no review pack: the verb says so on one line, exits
// with 1 and writes nothing.
func TestExportReviewPackWithoutReview(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	name := accountWithoutReview(t, db)
	for _, edition := range []string{"review", "review-client"} {
		out := filepath.Join(dir, edition+".pdf")
		r := run("--db", db, "export-pdf", "--account", name, "--edition", edition, "--out", out)
		want := "has no account review recorded yet: record one in the app's Account reviews page"
		if r.code != ExitError || !strings.Contains(r.stderr, want) || strings.Count(strings.TrimSpace(r.stderr), "\n") > 0 {
			t.Errorf("%s: %+v", edition, r)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s: a PDF was written", edition)
		}
	}
}

// accountWithoutReview is the name of a sample account whose plan has no review.
func accountWithoutReview(t *testing.T, db string) string {
	t.Helper()
	ctx := context.Background()
	s, err := storage.OpenExisting(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, _ := s.Portfolio(ctx)
	for _, r := range rows {
		if p, err := s.LoadPlan(ctx, r.PlanID); err == nil && len(p.Reviews) == 0 {
			a, err := s.Account(ctx, r.AccountID)
			if err != nil {
				t.Fatal(err)
			}
			return a.Name
		}
	}
	t.Fatal("every sample plan has a review")
	return ""
}
