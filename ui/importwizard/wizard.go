// Package importwizard is File → Import CSV: what the file holds, its columns, the
// organisations and possible duplicates, and a summary of what will be written, before
// anything is; then one transaction.
package importwizard

import (
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"

	"kamplan/storage/csvimport"
	"kamplan/ui/shell"
)

// Target is the plan a contacts import goes into: the open plan, unless the person picks
// another (the zero Target: none picked yet).
type Target struct {
	AccountID, AccountName, PlanID, Period string
}

// Open reads a CRM export off the interface's goroutine, then shows the wizard over it;
// contacts go into target unless the person picks another plan.
func Open(sh shell.Shell, data []byte, name string, target Target) {
	var t csvimport.Table
	loc := sh.Locale()
	sh.Run(loc.T("csv.wizard.reading"), false, func(func(float64)) error {
		var err error
		t, err = csvimport.ReadBytes(data)
		return err
	}, func(err error) {
		if err != nil {
			sh.ShowError(err)
			return
		}
		newImportWizard(sh, t, name, target).show()
	})
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
func (w *importWizard) rememberedDates(header []string) csvimport.DateOrder {
	switch o := csvimport.DateOrder(w.sh.Preferences().String(datesKey(header))); o {
	case csvimport.DatesDMY, csvimport.DatesMDY:
		return o
	}
	return csvimport.DatesUnknown
}

func (w *importWizard) rememberDates(header []string, o csvimport.DateOrder) {
	w.sh.Preferences().SetString(datesKey(header), string(o))
}

// rememberedMapping is the mapping chosen last time for these headers, else the detected one.
func (w *importWizard) rememberedMapping(header []string, k csvimport.Kind) csvimport.Mapping {
	m := csvimport.DetectMapping(header, k)
	var saved []string
	if s := w.sh.Preferences().String(mappingKey(header, k)); s == "" || json.Unmarshal([]byte(s), &saved) != nil || len(saved) != len(header) {
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

func (w *importWizard) rememberMapping(header []string, k csvimport.Kind, m csvimport.Mapping) {
	b, _ := json.Marshal(m)
	w.sh.Preferences().SetString(mappingKey(header, k), string(b))
}

// noteText is a note in the interface language; phrases inside it are translated too.
func (w *importWizard) noteText(key string, args []any) string {
	out := make([]any, len(args))
	for i, v := range args {
		switch p := v.(type) {
		case csvimport.Phrase:
			out[i] = w.phraseText(p)
		case csvimport.Phrases:
			out[i] = w.phrasesText(p)
		default:
			out[i] = v
		}
	}
	return w.loc.T(key, out...)
}

func (w *importWizard) phraseText(p csvimport.Phrase) string {
	if p.Counted && len(p.Args) > 0 {
		n, _ := p.Args[0].(int)
		return w.loc.TCount(p.Key, n, p.Args...)
	}
	return w.noteText(p.Key, p.Args)
}

func (w *importWizard) phrasesText(ps []csvimport.Phrase) string {
	var parts []string
	for _, p := range ps {
		parts = append(parts, w.phraseText(p))
	}
	return strings.Join(parts, ", ")
}

// reportSummary is the one-line summary of an import in the interface language: what
// it will do (before) or did (done), one count at a time.
func (w *importWizard) reportSummary(r csvimport.Report, done bool) string {
	counts := w.phrasesText(r.Counts())
	if done {
		return w.loc.T("csv.wizard.done", counts)
	}
	return w.loc.T("csv.wizard.will", counts)
}

// reportText is the summary followed by its details (reportDetails), one per line.
func (w *importWizard) reportText(r csvimport.Report, done bool) string {
	return strings.Join(append([]string{w.reportSummary(r, done)}, w.reportDetails(r)...), "\n")
}

// reportDetails are the columns not used and every note.
func (w *importWizard) reportDetails(r csvimport.Report) []string {
	var lines []string
	if nu := r.NotUsed(); len(nu) > 0 {
		lines = append(lines, w.loc.T("csv.wizard.not_used", strings.Join(nu, ", ")))
	}
	for _, n := range r.Notes {
		lines = append(lines, "• "+w.noteText(n.Key, n.Args))
	}
	return lines
}

func (w *importWizard) fieldLabel(f csvimport.Field) string {
	p := csvimport.FieldPhrase(f)
	return w.loc.T(p.Key)
}
