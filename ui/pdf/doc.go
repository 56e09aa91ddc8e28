// Package pdf writes the account plan document: a client-ready PDF in an internal and a
// client edition, in English or Spanish, on A4 or US Letter.
package pdf

import (
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage/atomicfile"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
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
	// Since, in the internal edition, adds "What changed since the last review": the
	// changes from this snapshot's state to the plan's.
	Since *history.Snapshot
}

// doc is one document being laid out.
type doc struct {
	pdf      *pen
	in       Document
	plan     *domain.Plan
	account  domain.Account
	loc      locale.Locale
	client   bool
	accent   chart.RGB
	toc      []tocEntry
	warnings []string
	missing  map[rune]bool // characters replaced with the placeholder
	progress func(float64)

	missingOrder []rune
	links        map[string]int // section key → internal link
	sectionPage  map[string]int // section key → page it starts on
	refs         []pageRef      // page numbers to write once the sections are laid out
	forced       map[int]bool   // pages that end because a section must start on a new page
}

type tocEntry struct {
	title string
	page  int
	link  int
}

// Write lays out the document and writes the PDF to w. The returned warnings list
// characters the fonts could not draw. A client edition is always filtered here.
func Write(w io.Writer, in Document) ([]string, error) {
	return write(w, in, nil)
}

func write(w io.Writer, in Document, progress func(float64)) ([]string, error) {
	if in.Plan == nil {
		return nil, domain.Errorf(domain.CodeInvalid, "pdf.no_plan", "there is no plan to export")
	}
	fontsOnce.Do(loadFonts)
	if fontsErr != nil {
		return nil, domain.Errorf(domain.CodeInternal, "pdf.fonts", "the document fonts cannot be read: %v", fontsErr)
	}
	d := newDoc(in, progress)
	if in.OnePage {
		d.buildOnePage()
	} else {
		d.build()
	}
	if w, ok := d.missingWarning(); ok {
		d.warnings = append(d.warnings, w)
	}
	if err := d.pdf.Output(w); err != nil {
		return d.warnings, domain.Errorf(domain.CodeInternal, "pdf.write", "the document cannot be written: %v", err)
	}
	return d.warnings, nil
}

func newDoc(in Document, progress func(float64)) *doc {
	fillDefaults(&in)
	d := &doc{in: in, plan: in.Plan, account: in.Account, loc: locale.New(in.Lang), missing: map[rune]bool{}, progress: progress,
		links: map[string]int{}, sectionPage: map[string]int{}, forced: map[int]bool{}}
	if in.Edition == domain.EditionClient {
		d.client = true
		d.plan = domain.ClientEdition(in.Plan)
		d.account = domain.ClientAccount(in.Account)
	}
	d.accent = parseColour(in.Settings.Accent)
	size := "A4"
	if in.Paper == "letter" {
		size = "Letter"
	}
	orientation := "P"
	if in.OnePage {
		orientation = "L"
	}
	d.pdf = newPen(gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm", SizeStr: size, OrientationStr: orientation}), d.clean)
	d.pdf.SetMargins(marginX, marginTop, marginX)
	d.pdf.SetAutoPageBreak(true, marginBottom)
	d.pdf.AliasNbPages("{nb}")
	d.pdf.SetCreationDate(in.Today.Time())
	d.pdf.SetModificationDate(in.Today.Time())
	d.metadata()
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

// metadata names the document; in the client edition it holds nothing internal.
func (d *doc) metadata() {
	title := d.t("pdf.title") + " — " + d.txt(d.account.Name) + " — " + d.txt(d.plan.Period)
	d.pdf.SetTitle(title, true)
	d.pdf.SetSubject(d.t("edition."+string(d.in.Edition)), true)
	d.pdf.SetAuthor(d.txt(firstNonEmpty(d.plan.PreparedBy, d.in.Settings.CompanyName)), true)
	d.pdf.SetCreator("KAM Planner", true)
	d.pdf.SetProducer("KAM Planner", true)
	d.pdf.SetKeywords(d.t("pdf.keywords"), true)
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

// t translates a catalogue key into the document language.
func (d *doc) t(key string, args ...any) string { return d.clean(d.loc.T(key, args...)) }

// tc is t for a text about n things (see assets.TCount).
func (d *doc) tc(key string, n int, args ...any) string {
	return d.clean(d.loc.TCount(key, n, args...))
}

// txt prepares text from the plan for the fonts.
func (d *doc) txt(s string) string { return d.clean(s) }

func (d *doc) step(f float64) {
	if d.progress != nil {
		d.progress(f)
	}
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

// docDate is the date printed on the cover.
func (d *doc) docDate() string { return d.loc.LongDate(d.in.Today) }
