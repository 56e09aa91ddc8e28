package pdf

import "kamplan/ui/pdf/pipelinepdf"

// opportunities are the pipeline: package pipelinepdf words its tables for the edition.
type opportunities struct{}

func (opportunities) key() string        { return "pdf.s.pipeline" }
func (opportunities) first(*doc) float64 { return 24 }
func (opportunities) shown(d *doc) bool  { return len(d.plan.Opportunities) > 0 }
func (opportunities) draw(d *doc) {
	pipelinepdf.Each(d.plan, d.loc, d.in.Settings, d.client, d.txt, func(t pipelinepdf.Table) {
		table{header: t.Header, align: t.Align, nowrap: t.Nowrap, rows: t.Rows}.drawHeaded(d, t.Title)
	})
}
