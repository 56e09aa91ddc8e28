// Package pdf writes the account plan document: a client-ready PDF in an internal and a
// client edition, in English or Spanish, on A4 or US Letter — the whole plan, or the plan
// on one landscape page.
//
// The document is a list of sections. A section is a small type behind the section
// interface (sections.go): the catalogue key of its title, the height of the first block
// of its body (kept on the page with the title) and a draw method for the body. Each
// edition lists its sections in order in one place, editionSections; a new section is its
// type and a line there (a section some documents leave out also says when it is shown).
// The sections share one doc (doc.go): the gofpdf document behind a pen that makes any
// text safe (package pen: fonts, cleaning, Arabic), the words of the edition in the
// document's language (words.go), the page geometry and colours (layout.go), and the pages
// and links of the sections.
//
// Where each part is written:
//
//	section_cover.go       the cover
//	section_contents.go    the contents in two levels (sections and listed headings), the
//	                       outline, and the page numbers and links that point to a page
//	section_summary.go     executive summary: the figures, the findings and where to look
//	section_profile.go     account profile and context
//	section_swot.go        client SWOT; competitor analysis
//	section_position.go    our position: our SWOT, relationship stage, wallet, white space
//	section_portfolio.go   portfolio position (internal edition)
//	section_strategies.go  cross analysis and strategies
//	section_people.go      stakeholders: influence map, relationship map, team coverage,
//	                       contacts (internal edition); governance (client edition)
//	section_objectives.go  SMART objectives
//	section_actions.go     action plan: the timeline and the actions
//	section_kpis.go        KPIs and reviews
//	section_risks.go       risks and plan B (internal edition)
//	section_commitment.go  resources and sign-off
//	section_appendix.go    notes, KPI history, glossary
//	onepage.go             the plan on one page: blocks in three columns (onepage_people.go)
//
// The charts are drawn from the layouts of ui/chart, each a type that knows its height and
// draws itself: the SWOT grid, the stage pyramid, the portfolio matrix and the action
// timeline stand alone in package charts (ui/pdf/charts), drawn on the canvas the document
// lends them; here are charts_wallet.go (wallet bar), charts_whitespace.go (white-space
// map), charts_influence.go (influence map), charts_relmap.go (relationship map),
// charts_coverage.go (team coverage), charts_kpi.go (KPI table with lights and
// sparklines); what they share is in charts.go.
// Text blocks: prose.go (headings, paragraphs, facts, bullets, colour keys) and table.go.
//
// Page breaks: a heading, a section's title or a table's header never ends a page
// (keep.go: the document is laid out again with a page break before one that did), and a
// chart that does not fit the rest of a page floats to the top of the next while the text
// and tables after it fill this one (float.go).
//
// The tests read the document's text back from the PDF (extract_test.go); testdata/text
// holds the text of the sample and the large plan, page by page (golden_test.go).
package pdf

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"kamplan/domain"
	"kamplan/domain/edition"
	"kamplan/domain/history"
	"kamplan/storage/atomicfile"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
	"kamplan/ui/pdf/deflate"
	"kamplan/ui/pdf/meta"
	"kamplan/ui/pdf/pen"
	"kamplan/ui/pdf/theme"
)

// Document is what a plan document is made of.
type Document struct {
	Account   domain.Account
	Plan      *domain.Plan
	Portfolio []domain.PlanSummary // every account, for the portfolio matrix
	Settings  domain.Settings
	Lang      string         // en or es; default Settings.DocLanguage
	Paper     string         // a4 or letter; default Settings.Paper
	Edition   domain.Edition // internal or client
	Today     domain.Date    // the document's date; default today
	OnePage   bool           // the plan on one landscape page, under the edition's rules
	Review    bool           // the review pack: the last review, the pipeline, what changed (package reviewpack)
	Theme     string         // the document theme (package theme); default Settings.DocTheme
	// Since, in the internal edition, adds "What changed since the last review": the
	// changes from this snapshot's state to the plan's.
	Since *history.Snapshot
}

// doc is one document being laid out: the state its sections share. It holds the words
// (the edition's plan and account in the document's language), the pen on the PDF, the
// accent colour, and the index of sections: the pages they start on, their links and
// contents entries, and the page numbers to write once those are known.
type doc struct {
	words
	pdf      *pen.Pen
	accent   chart.RGB
	look     theme.Theme
	warnings []string
	progress func(float64)

	toc         tocList
	links       map[string]int // section key → internal link
	sectionPage map[string]int // section key → page it starts on
	refs        []pageRef      // page numbers to write once the sections are laid out
	pageLinks   pageLinks      // page → internal link, for "continued on p. N"
	forced      map[int]bool   // pages that end because a section must start on a new page

	kept   []keptMark   // where each heading and table header ended (see keep.go)
	pushed map[int]bool // kept blocks that start a new page: an earlier layout left them alone

	floats floats // blocks waiting for the top of the next page (see float.go)

	impactKeyPage int // the page the SWOT grids' key was last printed on (charts.SWOTGrid.KeyPage)
}

// Write lays out the document and writes the PDF to w. The returned warnings list
// characters the fonts could not draw. A client edition is always filtered here.
func Write(w io.Writer, in Document) ([]string, error) {
	return write(w, in, nil)
}

// ExportFile writes the document to path through the one file writer: laid out straight
// into a temporary file beside path, which replaces path only when complete, so a failed
// export never leaves half a file nor replaces a good one. progress, when given, receives 0…1.
func ExportFile(path string, in Document, progress func(float64)) ([]string, error) {
	var warnings []string
	err := atomicfile.Write(path, func(f *os.File) error {
		var err error
		warnings, err = write(f, in, progress)
		return err
	})
	if err == nil && progress != nil {
		progress(1)
	}
	return warnings, err
}

func write(w io.Writer, in Document, progress func(float64)) ([]string, error) {
	if in.Plan == nil {
		return nil, domain.Errorf(domain.CodeInvalid, "pdf.no_plan", "there is no plan to export")
	}
	if err := pen.Load(); err != nil {
		return nil, domain.Errorf(domain.CodeInternal, "pdf.fonts", "the document fonts cannot be read: %v", err)
	}
	var d *doc
	if in.OnePage {
		d = newDoc(in, progress)
		onePage{}.draw(d)
	} else if in.Review {
		d = keptTogether(in, progress, drawReviewPack)
	} else {
		d = laidOut(in, progress)
	}
	if w, ok := d.missingWarning(); ok {
		d.warnings = append(d.warnings, w)
	}
	if err := d.output(w); err != nil {
		return d.warnings, domain.Errorf(domain.CodeInternal, "pdf.write", "the document cannot be written: %v", err)
	}
	return d.warnings, nil
}

// output writes the file with its pages compressed by the process's one compressor (see
// package deflate), not by one new compressor per page as gofpdf would, then completed
// with what gofpdf does not write (see package meta).
func (d *doc) output(w io.Writer) error {
	info := d.metadata()
	d.pdf.SetCompression(false)
	pages := d.pdf.PageNo()
	var plain, packed bytes.Buffer
	if err := d.pdf.Output(&plain); err != nil {
		return err
	}
	if err := deflate.Write(&packed, plain.Bytes(), pageCount(pages)); err != nil {
		return err
	}
	return meta.Write(w, packed.Bytes(), info)
}

func newDoc(in Document, progress func(float64)) *doc {
	fillDefaults(&in)
	d := &doc{words: words{in: in, plan: in.Plan, account: in.Account, loc: locale.New(in.Lang)}, progress: progress,
		links: map[string]int{}, sectionPage: map[string]int{}, forced: map[int]bool{}, pageLinks: pageLinks{}}
	if in.Edition == domain.EditionClient {
		d.client = true
		d.plan = edition.Plan(in.Plan)
		d.account = edition.Account(in.Account)
	}
	d.accent = parseColour(in.Settings.Accent)
	d.look = theme.Of(firstNonEmpty(in.Theme, in.Settings.DocTheme))
	size := "A4"
	if in.Paper == "letter" {
		size = "Letter"
	}
	orientation := "P"
	if in.OnePage {
		orientation = "L"
	}
	d.pdf = pen.New(gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm", SizeStr: size, OrientationStr: orientation}))
	d.clean = d.pdf.Clean
	d.pdf.SetMargins(marginX, marginTop, marginX)
	d.pdf.SetAutoPageBreak(true, marginBottom)
	return d
}

func fillDefaults(in *Document) {
	if in.Lang != "en" && in.Lang != "es" {
		in.Lang = in.Settings.DocLanguage
	}
	if in.Lang != "en" && in.Lang != "es" {
		in.Lang = "es"
	}
	if in.Paper != "a4" && in.Paper != "letter" {
		in.Paper = in.Settings.Paper
	}
	if in.Edition != domain.EditionClient {
		in.Edition = domain.EditionInternal
	}
	if in.Today.IsZero() {
		in.Today = domain.Today()
	}
	if in.Settings.Cutoff == 0 {
		in.Settings.Cutoff = domain.DefaultCutoff
	}
}

// metadata names the document (the plan or the review pack); in the client edition it
// holds nothing internal.
func (d *doc) metadata() meta.Info {
	title := d.t("pdf.title")
	if d.in.Review {
		title = d.t("review.pdf.doc_title")
	}
	info := meta.Info{Lang: d.in.Lang, Title: title + " — " + d.account.Name + " — " + d.plan.Period,
		Subject: d.t("edition." + string(d.in.Edition)), Author: firstNonEmpty(d.loc.OurPerson(d.plan.PreparedBy, &d.account), d.in.Settings.CompanyName),
		Keywords: d.t("pdf.keywords." + d.edition()), Creator: "KAM Planner", Created: meta.Created(d.in.Today.Time(), time.Now()),
		Letters: pen.BaseLetters()}
	meta.Set(d.pdf.Fpdf, info)
	return info
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

func parseColour(hex string) chart.RGB {
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if len(hex) != 7 || hex[0] != '#' || err != nil {
		return chart.Accent
	}
	return chart.RGB{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v)}
}

func (d *doc) step(f float64) {
	if d.progress != nil {
		d.progress(f)
	}
}

// missingWarning is the one warning about every character replaced, in order of appearance.
func (d *doc) missingWarning() (string, bool) {
	replaced := d.pdf.Replaced()
	if len(replaced) == 0 {
		return "", false
	}
	const shown = 12
	var names []string
	for i, r := range replaced {
		if i == shown {
			names = append(names, d.loc.T("pdf.and_more", len(replaced)-shown))
			break
		}
		if r == pen.NotUTF8 {
			names = append(names, d.loc.T("pdf.warn.not_utf8"))
			continue
		}
		names = append(names, fmt.Sprintf("%q (U+%04X)", r, r))
	}
	// Not through Clean: the warning is read on screen, where the characters show.
	return d.loc.TCount("pdf.warn.missing_chars", len(replaced),
		len(replaced), string(pen.Placeholder), strings.Join(names, ", ")), true
}
