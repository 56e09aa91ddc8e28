package places

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"kamplan/domain"
	"kamplan/domain/privacy"
	"kamplan/ui/locale"
	"kamplan/ui/pdf/pen"
)

// PDF is the person's file as a short document: the places, then every version of their
// contact the plans keep, field by field, our judgements included.
func PDF(loc locale.Locale, r privacy.Report, now time.Time) ([]byte, error) {
	if err := pen.Load(); err != nil {
		return nil, domain.Errorf(domain.CodeInternal, "pdf.fonts", "the document fonts cannot be read: %v", err)
	}
	p := pen.New(gofpdf.New("P", "mm", "A4", ""))
	p.SetMargins(20, 20, 20)
	p.SetAutoPageBreak(true, 20)
	p.SetCreationDate(now)
	p.AddPage()
	p.SetFont(pen.Family, "B", 15)
	p.MultiCell(0, 8, loc.T("privacy.pdf.title", r.Name), "", "L", false)
	p.SetFont(pen.Family, "", 10)
	p.MultiCell(0, 6, loc.T("privacy.pdf.intro", r.Account, now.Local().Format(time.DateOnly)), "", "L", false)
	p.Ln(3)
	p.MultiCell(0, 6, Summary(loc, r), "", "L", false)
	for _, line := range Lines(loc, r) {
		p.MultiCell(0, 6, "• "+line, "", "L", false)
	}
	for i, c := range versions(r) {
		block(p, loc.T("privacy.pdf.version", i+1), fields(c))
	}
	for _, place := range r.Plans {
		for _, c := range place.Coverage {
			block(p, loc.T("privacy.pdf.coverage", place.Period), fields(c))
		}
	}
	var b bytes.Buffer
	if err := p.Output(&b); err != nil {
		return nil, domain.Errorf(domain.CodeInternal, "pdf.write", "the document cannot be written: %v", err)
	}
	return b.Bytes(), nil
}

// block is a heading and its lines.
func block(p *pen.Pen, heading string, lines []string) {
	p.Ln(3)
	p.SetFont(pen.Family, "B", 11)
	p.MultiCell(0, 7, heading, "", "L", false)
	p.SetFont(pen.Family, "", 10)
	for _, line := range lines {
		p.MultiCell(0, 5.5, line, "", "L", false)
	}
}

// versions are the different versions of the person's contact the report holds.
func versions(r privacy.Report) []domain.Contact {
	var out []domain.Contact
	add := func(cs []domain.Contact) {
		for _, c := range cs {
			if !slices.ContainsFunc(out, func(k domain.Contact) bool { return reflect.DeepEqual(k, c) }) {
				out = append(out, c)
			}
		}
	}
	for _, p := range r.Plans {
		add(p.Contact)
	}
	for _, s := range r.Snapshots {
		add(s.Held.Contact)
	}
	for _, j := range r.Journals {
		add(j.Contacts)
	}
	return out
}

// fields are a contact's or a coverage pair's fields as "field: value", as the plan file
// names them, ids left out.
func fields(v any) []string {
	b, _ := json.Marshal(v)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	keys := make([]string, 0, len(m))
	for k := range m {
		if k != "id" && !strings.HasSuffix(k, "_id") && k != "reports_to" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = fmt.Sprintf("%s: %v", k, m[k])
	}
	return out
}
