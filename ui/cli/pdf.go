package cli

import (
	"cmp"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/domain/review"
	"kamplan/ui/locale"
	"kamplan/ui/pdf"
	"kamplan/ui/pdf/theme"
)

func runExportPDF(e *env, args []string) error {
	fs := flag.NewFlagSet("export-pdf", flag.ContinueOnError)
	account := fs.String("account", "", "account name")
	period := fs.String("period", "", "plan period (default: the newest)")
	edition := choice(fs, "edition", "internal", "internal, client, onepage (internal rules), onepage-client, review (the review pack) or review-client")
	lang := choice(fs, "lang", "", "document language, en or es (default: settings)")
	paper := choice(fs, "paper", "", "a4 or letter (default: settings)")
	look := choice(fs, "theme", "", "the document's look, modern, classic or sober (default: settings)")
	out := fs.String("out", "", "output PDF file, a folder to write it in, or - for standard output")
	since := fs.String("since", "", "internal edition: what changed since this snapshot (id or label)")
	if pos, err := parse(fs, args); err != nil {
		return err
	} else if len(pos) > 0 || *account == "" || *out == "" {
		return usagef("export-pdf needs --account NAME and --out FILE")
	}
	if err := checkChoices(*edition, *lang, *paper, *look); err != nil {
		return err
	}
	if *since != "" && *edition != "internal" && *edition != "review" {
		return usagef("--since is for the internal edition: the client edition never says what changed")
	}
	s, a, p, err := e.openPlan(*account, *period)
	if err != nil {
		return err
	}
	defer s.Close()
	doc, err := pdfDocument(e, s, a, p, *edition, *lang, *paper, *since, *look)
	if err != nil {
		return err
	}
	now := domain.Doc{Account: a, Plan: p}
	changed := make(chan error, 1) // compared with the last export on the other core while the PDF is written
	var isNew bool
	go func() {
		var err error
		isNew, err = history.ExportChanged(e.ctx, s.Snapshots(), now, *edition)
		changed <- err
	}()
	warnings, err := e.writePDF(*out, doc)
	for _, w := range warnings {
		fmt.Fprintf(e.stderr, "kamplan: warning: %s\n", w)
	}
	e.notes(p, doc)
	if cerr := <-changed; err != nil || cerr != nil || !isNew {
		return cmp.Or(err, cerr)
	}
	_, err = s.Snapshots().Create(e.ctx, p.ID, history.SnapshotExport, *edition, s.Author())
	return err
}

// notes says what the export dialog says under its choices: when the document's language is
// not the one the plan is written in, and when the settings do not name our company.
func (e *env) notes(p *domain.Plan, doc pdf.Document) {
	en := locale.New("en")
	if p.Language != "" && p.Language != doc.Lang {
		fmt.Fprintf(e.stderr, "kamplan: note: %s\n", en.T("export.other_language", en.T("history.lang."+p.Language)))
	}
	if strings.TrimSpace(doc.Settings.CompanyName) == "" {
		fmt.Fprintf(e.stderr, "kamplan: note: %s\n", en.T("export.no_company"))
	}
}

// writePDF writes the document to out: to standard output when out is -, into a file named
// after the plan when out is a folder (saying where), else to the file out.
func (e *env) writePDF(out string, doc pdf.Document) ([]string, error) {
	if out == "-" {
		return pdf.Write(e.stdout, doc)
	}
	if info, err := os.Stat(out); err == nil && info.IsDir() {
		path := filepath.Join(out, pdfFileName(doc))
		warnings, err := pdf.ExportFile(path, doc, nil)
		if err == nil {
			fmt.Fprintf(e.stdout, "wrote %s\n", path)
		}
		return warnings, err
	}
	return pdf.ExportFile(out, doc, nil)
}

// pdfFileName names a document written into a folder as the desktop app suggests it:
// account, period, and the edition in the document's language.
func pdfFileName(doc pdf.Document) string {
	loc := locale.New(doc.Lang)
	name := doc.Account.Name + " " + doc.Plan.Period
	if doc.Edition == domain.EditionClient {
		name += " (" + strings.ToLower(loc.T("edition.client")) + ")"
	}
	if doc.OnePage {
		name += " (" + strings.ToLower(loc.T("pdf.onepage")) + ")"
	}
	if doc.Review {
		name += " (" + loc.T("review.pdf.pack") + ")"
	}
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return '-'
		}
		return r
	}, name) + ".pdf"
}

// pdfDocument gathers what the document of a plan is made of; the internal edition says
// what changed since the snapshot since (by default, the last sign-off). The review pack
// needs a review.
func pdfDocument(e *env, s Store, a *domain.Account, p *domain.Plan, edition, lang, paper, since, look string) (pdf.Document, error) {
	if strings.HasPrefix(edition, "review") && review.Latest(p) == nil {
		return pdf.Document{}, fmt.Errorf("%s %s has no account review recorded yet: record one in the app's Account reviews page", a.Name, p.Period)
	}
	st, err := s.Settings(e.ctx)
	if err != nil {
		return pdf.Document{}, err
	}
	portfolio, err := s.Portfolio(e.ctx)
	if err != nil {
		return pdf.Document{}, err
	}
	ed, onePage := editionOf(edition)
	doc := pdf.Document{Account: *a, Plan: p, Portfolio: portfolio, Settings: st,
		Lang: lang, Paper: paper, Theme: look, Edition: ed, OnePage: onePage, Review: strings.HasPrefix(edition, "review")}
	if doc.Lang == "" {
		doc.Lang = p.Language
	}
	switch {
	case edition == "internal" || (edition == "review" && since != ""):
		doc.Since, err = sinceSnapshot(e, s, a, p, since)
	case edition == "review":
		doc.Since, err = review.SinceLatest(e.ctx, s.Journal(), domain.Doc{Account: a, Plan: p})
	}
	return doc, err
}

func checkChoices(edition, lang, paper, look string) error {
	switch {
	case !editions[edition]:
		return usagef("--edition must be internal, client, onepage, onepage-client, review or review-client")
	case lang != "" && lang != "en" && lang != "es":
		return usagef("--lang must be en or es")
	case paper != "" && paper != "a4" && paper != "letter":
		return usagef("--paper must be a4 or letter")
	case look != "" && !isTheme(look):
		return usagef("--theme must be modern, classic or sober")
	}
	return nil
}

var editions = map[string]bool{"internal": true, "client": true, "onepage": true, "onepage-client": true, "review": true, "review-client": true}

// editionOf reads --edition: the plan on a page follows the internal edition's rules,
// or the client's with onepage-client.
func editionOf(s string) (domain.Edition, bool) {
	switch s {
	case "client", "review-client":
		return domain.EditionClient, false
	case "onepage":
		return domain.EditionInternal, true
	case "onepage-client":
		return domain.EditionClient, true
	}
	return domain.EditionInternal, false
}

func isTheme(name string) bool {
	_, ok := theme.Parse(name)
	return ok
}
