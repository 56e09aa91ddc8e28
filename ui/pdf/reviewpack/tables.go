// Package reviewpack is the words of the review pack, the short edition of the plan for an
// account review: how the objectives and KPIs stood at the last review, the pipeline against
// the objectives (package pipelinepdf's tables), the decisions and the actions the review
// created. Package ui/pdf draws its tables. The client's version leaves out the comments on
// the statuses and the pipeline's money (the edition's copy of the plan already holds none).
package reviewpack

import (
	"strings"

	"kamplan/domain"
	"kamplan/domain/review"
	"kamplan/ui/locale"
	"kamplan/ui/pdf/charts"
	"kamplan/ui/pdf/pipelinepdf"
)

// Parts are the pack's tables for p, the edition's copy of the plan, in three parts: how
// things stood at the last review, the pipeline against the objectives, then the decisions
// and next actions and the earlier reviews' statuses.
// None without a review.
func Parts(p *domain.Plan, loc locale.Locale, st domain.Settings, client bool, today domain.Date) [3][]pipelinepdf.Table {
	r := review.Latest(p)
	if r == nil {
		return [3][]pipelinepdf.Table{}
	}
	last := []pipelinepdf.Table{decisions(r, loc), actions(p, r, loc)}
	if len(p.Reviews) > 1 {
		last = append(last, earlier(p, r, loc, client))
	}
	return [3][]pipelinepdf.Table{{objectives(p, r, loc, client), kpis(p, r, loc)}, asOf(pipelinepdf.Tables(p, loc, st, client), loc, today), last}
}

// asOf titles the pipeline's tables with the document's date: they show the deals as they
// stand now, and a deal won after the review would otherwise read as known on its day.
func asOf(ts []pipelinepdf.Table, loc locale.Locale, today domain.Date) []pipelinepdf.Table {
	for i := range ts {
		ts[i].Title = loc.T("review.pdf.as_of", ts[i].Title, loc.LongDate(today))
	}
	return ts
}

// earlier are the statuses the objectives had at the reviews before last.
func earlier(p *domain.Plan, last *domain.Review, loc locale.Locale, client bool) pipelinepdf.Table {
	t := objectives(p, &domain.Review{}, loc, client)
	t.Title, t.Header, t.Align, t.Nowrap = loc.T("review.pdf.earlier"), append([]string{loc.T("review.date")}, t.Header...), "L"+t.Align, "x"+t.Nowrap
	for i := range p.Reviews {
		if r := &p.Reviews[i]; r != last {
			for _, row := range objectives(p, r, loc, client).Rows {
				t.Rows = append(t.Rows, append([]string{loc.LongDate(r.Date)}, row...))
			}
		}
	}
	return t
}

// Title is the pack's heading: the review's day, or "" without a review.
func Title(p *domain.Plan, loc locale.Locale) string {
	if r := review.Latest(p); r != nil {
		return loc.T("review.pdf.pack_title", loc.LongDate(r.Date))
	}
	return ""
}

func objectives(p *domain.Plan, r *domain.Review, loc locale.Locale, client bool) pipelinepdf.Table {
	t := pipelinepdf.Table{Title: loc.T("review.pdf.objectives"), Align: "LL", Nowrap: "..",
		Header: []string{loc.T("review.objective"), loc.T("review.status")}}
	if !client { // a long comment wraps in its column, leaving the objective a third of the width
		t.Align, t.Nowrap, t.Header = "LLL", "...", append(t.Header, loc.T("review.comment"))
		t.Least = []float64{1.0 / 3}
	}
	for _, o := range r.Objectives {
		obj := p.FindObjective(o.ObjectiveID)
		if obj == nil {
			continue // an internal objective in the client's copy
		}
		row := []string{obj.Statement, loc.T("review.status." + string(o.Status))}
		if !client {
			row = append(row, shortened(o.Comment))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// maxComment is the most of a status's comment the pack prints, about a third of a page
// beside its objective: a longer one is cut at a word, with an ellipsis (the plan keeps
// it whole), for a row of a table is never split over pages.
const maxComment = 2000

func shortened(comment string) string {
	r := []rune(comment)
	if len(r) <= maxComment {
		return comment
	}
	cut := string(r[:maxComment])
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return cut + " …"
}

func kpis(p *domain.Plan, r *domain.Review, loc locale.Locale) pipelinepdf.Table {
	t := pipelinepdf.Table{Title: loc.T("review.pdf.kpis"), Align: "LRRL", Nowrap: ".x..",
		Header: []string{loc.T("review.kpi"), loc.T("review.value"), loc.T("review.target"), loc.T("review.status")}}
	month := r.Date.String() // a value captured on a day is judged by that month's target
	if len(month) > 7 {
		month = month[:7]
	}
	for _, v := range r.KPIValues {
		if k := p.FindKPI(v.KPIID); k != nil {
			target := loc.KPIValue(*k, k.Target)
			if by, ok := locale.KPITargetIn(loc, *k, month); ok {
				target += "\n" + by
			}
			t.Rows = append(t.Rows, []string{k.Name, loc.KPIValue(*k, v.Value), target, loc.T(charts.LightKey(k.StatusIn(month, v.Value)))})
		}
	}
	return t
}

func decisions(r *domain.Review, loc locale.Locale) pipelinepdf.Table {
	t := pipelinepdf.Table{Title: loc.T("review.pdf.decisions"), Align: "L", Nowrap: ".", List: true}
	for _, s := range r.Decisions {
		t.Rows = append(t.Rows, []string{s})
	}
	return t
}

func actions(p *domain.Plan, r *domain.Review, loc locale.Locale) pipelinepdf.Table {
	t := pipelinepdf.Table{Title: loc.T("review.pdf.actions"), Align: "LLL", Nowrap: "..x",
		Header: []string{loc.T("review.action"), loc.T("review.owner"), loc.T("review.due")}}
	for _, id := range r.ActionIDs {
		if a := p.FindAction(id); a != nil {
			t.Rows = append(t.Rows, []string{a.Title, a.Owner, loc.LongDate(a.Due)})
		}
	}
	return t
}
