package pdf

import (
	"bytes"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// BenchmarkExportSample writes the sample plan, internal edition (aim: under 60 ms).
func BenchmarkExportSample(b *testing.B) {
	doc := sampleDocument(b, "es", domain.EditionInternal)
	benchmarkExport(b, doc)
}

// BenchmarkExportLarge writes a plan of 300 contacts, 500 actions and 50 KPIs × 24 periods (aim: under 150 ms).
func BenchmarkExportLarge(b *testing.B) {
	f := gen.LargePlan()
	p := f.Plans[0]
	p.Portfolio.Attractiveness.Factors = domain.DefaultAttractivenessFactors()
	doc := Document{Account: f.Account, Plan: &p, Settings: domain.DefaultSettings(), Lang: "es"}
	benchmarkExport(b, doc)
}

func benchmarkExport(b *testing.B, doc Document) {
	var buf bytes.Buffer
	pages := 0
	for b.Loop() {
		buf.Reset()
		if _, err := Write(&buf, doc); err != nil {
			b.Fatal(err)
		}
		pages = bytes.Count(buf.Bytes(), []byte("/Type /Page\n"))
	}
	b.ReportMetric(float64(pages), "pages")
	b.ReportMetric(float64(buf.Len())/1024, "KiB")
}

// BenchmarkExportOnePage writes the sample plan on one page (aim: under 20 ms).
func BenchmarkExportOnePage(b *testing.B) {
	doc := sampleDocument(b, "es", domain.EditionInternal)
	doc.OnePage = true
	benchmarkExport(b, doc)
}
