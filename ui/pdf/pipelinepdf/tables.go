// Package pipelinepdf is the words of the plan document's section on the opportunities:
// its tables in the document's language, which package ui/pdf draws. The internal edition
// has the opportunities by stage, each revenue objective against the opportunities that
// serve it, and every opportunity with its money; the client's, the opportunities pursued
// together, without their money, odds or rivals.
package pipelinepdf

import (
	"cmp"
	"slices"
	"strconv"

	"kamplan/domain"
	"kamplan/domain/pipeline"
	"kamplan/ui/locale"
	uipipeline "kamplan/ui/pipeline"
)

// Table is one table of the section.
type Table struct {
	Title  string
	Header []string
	Align  string // a letter a column: L, C or R
	Nowrap string // a letter a column: x keeps the cell on one line (an amount, a date)
	Rows   [][]string
	Least  []float64 // when set, the share of the width a column gets at least, if its text needs it
	List   bool      // one column of items, printed as a bulleted list under the title, no header
}

// Tables are the section's tables for p, the edition's copy of the plan.
func Tables(p *domain.Plan, loc locale.Locale, st domain.Settings, client bool) []Table {
	if client {
		return []Table{every(p, loc, true)}
	}
	return []Table{byStage(p, loc, st), against(p, loc, st), every(p, loc, false)}
}

// Each gives draw each table of Tables with its texts made fit for the document's fonts by clean.
func Each(p *domain.Plan, loc locale.Locale, st domain.Settings, client bool, clean func(string) string, draw func(Table)) {
	for _, t := range Tables(p, loc, st, client) {
		t.Title = clean(t.Title)
		for i := range t.Header {
			t.Header[i] = clean(t.Header[i])
		}
		for _, row := range t.Rows {
			for i := range row {
				row[i] = clean(row[i])
			}
		}
		draw(t)
	}
}

func byStage(p *domain.Plan, loc locale.Locale, st domain.Settings) Table {
	t := Table{Title: loc.T("pipeline.board"), Align: "LRRR", Nowrap: "..xx",
		Header: []string{loc.T("pipeline.field.stage"), loc.T("pipeline.pdf.count"), loc.T("pipeline.field.value"), loc.T("pipeline.pdf.weighted")}}
	sums := pipeline.ByStage(p)
	for _, stage := range pipeline.Columns(pipeline.Stages(st), p) {
		s, n := sums[stage], 0
		value, weighted := s.Unweighted, loc.Money(s.Weighted, p.Currency)
		switch stage {
		case domain.StageWon:
			n, value, weighted = s.WonCount, s.Won, ""
		case domain.StageLost:
			n, value, weighted = countIn(p, stage), s.Lost, ""
		default:
			n = s.Open
		}
		if n > 0 {
			t.Rows = append(t.Rows, []string{uipipeline.StageName(loc, stage), strconv.Itoa(n), loc.Money(value, p.Currency), weighted})
		}
	}
	return t
}

func countIn(p *domain.Plan, stage string) (n int) {
	for _, d := range p.Opportunities {
		if d.Stage == stage {
			n++
		}
	}
	return n
}

func against(p *domain.Plan, loc locale.Locale, st domain.Settings) Table {
	ratio := pipeline.Coverage(st)
	t := Table{Title: loc.T("pipeline.against"), Align: "LRRRRRR", Nowrap: ".xxxxx.",
		Header: []string{loc.T("pdf.objective"), loc.T("pipeline.pdf.target"), loc.T("pipeline.pdf.won"), loc.T("pipeline.pdf.open"),
			loc.T("pipeline.pdf.weighted"), loc.T("pipeline.pdf.gap"), loc.T("pipeline.pdf.coverage", loc.Number(ratio, 1))}}
	m := func(v int64) string { return loc.Money(v, p.Currency) }
	for _, pr := range pipeline.Objectives(p, ratio) {
		covered := "—"
		if pr.Gap > 0 {
			covered = loc.Number(pr.Covered, 1) + "×"
			if pr.Short {
				covered += " " + loc.T("pipeline.pdf.short")
			}
		}
		t.Rows = append(t.Rows, []string{pr.Objective.Statement, m(pr.Target), m(pr.Won), m(pr.Unweighted), m(pr.Weighted), m(pr.Gap), covered})
	}
	return t
}

// every lists the opportunities by the day they close (or closed), undated last: the
// client's edition without their money (nor the lost ones, which its copy leaves out),
// under a title and stages in the client's words.
func every(p *domain.Plan, loc locale.Locale, client bool) Table {
	t := Table{Title: loc.T("pipeline.all"), Align: "LLL", Nowrap: ".xx",
		Header: []string{loc.T("pipeline.opportunity"), loc.T("pipeline.field.stage"), closeHeader(p, loc)}}
	if client {
		t.Title, t.Header[0] = loc.T("pdf.s.proposals"), loc.T("pipeline.pdf.proposal")
	} else {
		t.Align, t.Nowrap = t.Align+"RRL", t.Nowrap+"xx."
		t.Header = append(t.Header, loc.T("pipeline.field.value"), loc.T("pipeline.pdf.probability"), loc.T("pipeline.field.reason"))
	}
	for _, d := range byCloseDay(p.Opportunities) {
		name, day := d.Name, loc.LongDate(d.Close)
		if d.NextStep != "" {
			name += "\n" + loc.T("pipeline.field.next_step") + ": " + d.NextStep
		}
		if d.Closed() {
			day = loc.LongDate(d.ClosedOn)
		}
		if d.Internal { // marked as the internal edition marks internal-only items; the client's has none
			name = loc.T("pdf.internal_mark") + " " + name
		}
		row := []string{name, stageName(loc, d.Stage, client), day}
		if !client {
			row = append(row, loc.Money(d.Value, p.Currency), pct(loc, d.Probability), d.Reason)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// stageName names a stage for the edition: the client's says where a default stage stands
// in its words ("in negotiation"), not in our funnel's ("negotiate"); a stage the company
// named in Settings is printed as typed.
func stageName(loc locale.Locale, stage string, client bool) string {
	if key := "pipeline.client_stage." + stage; client && loc.Has(key) {
		return loc.T(key)
	}
	return uipipeline.StageName(loc, stage)
}

// closeHeader heads the dates: "Expected close" while every deal is open, "Close date" when
// a won or lost one gives the day it closed.
func closeHeader(p *domain.Plan, loc locale.Locale) string {
	for _, d := range p.Opportunities {
		if d.Closed() {
			return loc.T("pipeline.pdf.close_day")
		}
	}
	return loc.T("pipeline.field.close")
}

// byCloseDay are the deals in the order of the day each closes or closed; undated last.
func byCloseDay(deals []domain.Deal) []domain.Deal {
	day := func(d domain.Deal) domain.Date {
		if d.Closed() {
			return d.ClosedOn
		}
		return d.Close
	}
	out := slices.Clone(deals)
	slices.SortStableFunc(out, func(a, b domain.Deal) int {
		da, db := day(a), day(b)
		switch {
		case da.IsZero() || db.IsZero():
			return cmp.Compare(boolInt(da.IsZero()), boolInt(db.IsZero()))
		case da.Before(db):
			return -1
		case db.Before(da):
			return 1
		}
		return 0
	})
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// pct writes a whole percentage: 50% (en), 50 % (es).
func pct(loc locale.Locale, n int) string {
	if loc.Spanish() {
		return strconv.Itoa(n) + " %"
	}
	return strconv.Itoa(n) + "%"
}
