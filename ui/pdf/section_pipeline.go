package pdf

import "kamplan/ui/pdf/pipelinepdf"

// opportunities are the pipeline: package pipelinepdf says its tables for the edition.
type opportunities struct{}

func (opportunities) key() string        { return "pdf.s.pipeline" }
func (opportunities) first(*doc) float64 { return 24 }
func (opportunities) shown(d *doc) bool  { return len(d.plan.Opportunities) > 0 }

func (opportunities) draw(d *doc) {
	for _, t := range pipelinepdf.Tables(d.plan, d.loc, d.in.Settings, d.client) {
		for _, row := range t.Rows {
			for i := range row {
				row[i] = d.txt(row[i])
			}
		}
		table{header: t.Header, align: t.Align, nowrap: t.Nowrap, rows: t.Rows}.drawHeaded(d, d.txt(t.Title))
	}
}
