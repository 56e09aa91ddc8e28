package pdf

import "kamplan/ui/pdf/pipelinepdf"

// opportunities are the pipeline under the edition's title (the client's in its words):
// package pipelinepdf words its tables for the edition.
type opportunities struct{ title string }

func (o opportunities) key() string      { return o.title }
func (opportunities) first(*doc) float64 { return 24 }
func (opportunities) shown(d *doc) bool  { return len(d.plan.Opportunities) > 0 }
func (opportunities) draw(d *doc) {
	var tables []table
	pipelinepdf.Each(d.plan, d.loc, d.in.Settings, d.client, d.txt, func(t pipelinepdf.Table) {
		tables = append(tables, table{header: t.Header, align: t.Align, nowrap: t.Nowrap, rows: t.Rows, continued: t.Title})
	})
	if len(tables) == 1 { // the client's only table: a heading would repeat the section's title
		tables[0].draw(d)
		return
	}
	for _, tb := range tables {
		tb.drawHeaded(d, tb.continued)
	}
}
