package ui

import (
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"kamplan/storage/csvimport"
)

// importCSVDialog asks for a CRM export and opens the import wizard on it.
func (a *App) importCSVDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		defer r.Close()
		data, err := io.ReadAll(io.LimitReader(r, csvimport.MaxBytes+1))
		if err != nil {
			a.showError(err)
			return
		}
		a.openImportWizard(data, r.URI().Name())
	}, a.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv", ".txt", ".tsv"}))
	a.ShowDialog(d, nil)
}

// openImportWizard reads the file off the UI goroutine, then shows the wizard.
func (a *App) openImportWizard(data []byte, name string) {
	if !a.flush() {
		return
	}
	var t csvimport.Table
	a.runJob(a.tr("csv.wizard.reading"), false, func(func(float64)) error {
		var err error
		t, err = csvimport.ReadBytes(data)
		return err
	}, func(err error) {
		if err != nil {
			a.showError(err)
			return
		}
		newImportWizard(a, t, name).show()
	})
}

// importTarget is the plan a contacts import goes into (none: not picked yet).
type importTarget struct {
	accountID, accountName, planID, period string
}

// importTarget is the open plan, which contacts go into unless the person picks another.
func (a *App) importTarget() importTarget {
	if a.editor == nil {
		return importTarget{}
	}
	e := a.editor
	return importTarget{accountID: e.account.ID, accountName: e.account.Name, planID: e.plan.ID, period: e.plan.Period}
}

// mappingKey names the preference remembering the mapping of files with these headers.
func mappingKey(header []string, k csvimport.Kind) string {
	h := sha1.Sum([]byte(strings.ToLower(strings.Join(header, "\x1f"))))
	return fmt.Sprintf("csv.mapping.%d.%s", k, hex.EncodeToString(h[:8]))
}

// datesKey names the preference remembering the order of the dates of files with these headers.
func datesKey(header []string) string {
	h := sha1.Sum([]byte(strings.ToLower(strings.Join(header, "\x1f"))))
	return "csv.dates." + hex.EncodeToString(h[:8])
}

// rememberedDates is the order chosen last time for files with these headers, if any.
func (a *App) rememberedDates(header []string) csvimport.DateOrder {
	switch o := csvimport.DateOrder(a.fyne.Preferences().String(datesKey(header))); o {
	case csvimport.DatesDMY, csvimport.DatesMDY:
		return o
	}
	return csvimport.DatesUnknown
}

func (a *App) rememberDates(header []string, o csvimport.DateOrder) {
	a.fyne.Preferences().SetString(datesKey(header), string(o))
}

// rememberedMapping is the mapping chosen last time for these headers, else the detected one.
func (a *App) rememberedMapping(header []string, k csvimport.Kind) csvimport.Mapping {
	m := csvimport.DetectMapping(header, k)
	var saved []string
	if s := a.fyne.Preferences().String(mappingKey(header, k)); s == "" || json.Unmarshal([]byte(s), &saved) != nil || len(saved) != len(header) {
		return m
	}
	valid := map[csvimport.Field]bool{csvimport.FieldNone: true}
	for _, f := range csvimport.Fields(k) {
		valid[f] = true
	}
	for i, f := range saved {
		if valid[csvimport.Field(f)] {
			m[i] = csvimport.Field(f)
		}
	}
	return m
}

func (a *App) rememberMapping(header []string, k csvimport.Kind, m csvimport.Mapping) {
	b, _ := json.Marshal(m)
	a.fyne.Preferences().SetString(mappingKey(header, k), string(b))
}

// noteText is a note in the interface language; phrases inside it are translated too.
func (a *App) noteText(key string, args []any) string {
	out := make([]any, len(args))
	for i, v := range args {
		switch p := v.(type) {
		case csvimport.Phrase:
			out[i] = a.phraseText(p)
		case csvimport.Phrases:
			out[i] = a.phrasesText(p)
		default:
			out[i] = v
		}
	}
	return a.tr(key, out...)
}

func (a *App) phraseText(p csvimport.Phrase) string {
	if p.Counted && len(p.Args) > 0 {
		n, _ := p.Args[0].(int)
		return a.trCount(p.Key, n, p.Args...)
	}
	return a.noteText(p.Key, p.Args)
}

func (a *App) phrasesText(ps []csvimport.Phrase) string {
	var parts []string
	for _, p := range ps {
		parts = append(parts, a.phraseText(p))
	}
	return strings.Join(parts, ", ")
}

// reportSummary is the one-line summary of an import in the interface language: what
// it will do (before) or did (done), one count at a time.
func (a *App) reportSummary(r csvimport.Report, done bool) string {
	counts := a.phrasesText(r.Counts())
	if done {
		return a.tr("csv.wizard.done", counts)
	}
	return a.tr("csv.wizard.will", counts)
}

// reportText is the summary followed by its details (reportDetails), one per line.
func (a *App) reportText(r csvimport.Report, done bool) string {
	return strings.Join(append([]string{a.reportSummary(r, done)}, a.reportDetails(r)...), "\n")
}

// reportDetails are the columns not used and every note.
func (a *App) reportDetails(r csvimport.Report) []string {
	var lines []string
	if nu := r.NotUsed(); len(nu) > 0 {
		lines = append(lines, a.tr("csv.wizard.not_used", strings.Join(nu, ", ")))
	}
	for _, n := range r.Notes {
		lines = append(lines, "• "+a.noteText(n.Key, n.Args))
	}
	return lines
}

func fieldLabel(a *App, f csvimport.Field) string {
	p := csvimport.FieldPhrase(f)
	return a.tr(p.Key)
}
