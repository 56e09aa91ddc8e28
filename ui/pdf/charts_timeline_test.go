package pdf

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/edition"
	"kamplan/domain/gen"
	"kamplan/ui/chart"
	"kamplan/ui/pdf/charts"
	"kamplan/ui/pdf/pen"
)

// plan220 is the generated large plan cut to its first 220 actions.
func plan220(lang string) Document {
	f := gen.LargePlan()
	p := &f.Plans[0]
	p.Actions = p.Actions[:220]
	known := map[string]bool{}
	for _, a := range p.Actions {
		known[a.ID] = true
	}
	for i := range p.KPIs {
		var ids []string
		for _, id := range p.KPIs[i].PlanB.ActionIDs {
			if known[id] {
				ids = append(ids, id)
			}
		}
		p.KPIs[i].PlanB.ActionIDs = ids
	}
	return Document{Account: f.Account, Plan: p, Settings: domain.DefaultSettings(), Lang: lang,
		Edition: domain.EditionInternal, Today: domain.NewDate(2027, 3, 15)}
}

// timelineText is the document's text from the timeline's heading to the action table's.
func timelineText(t *testing.T, lang string, pages []string) string {
	t.Helper()
	all := strings.Join(pages, "\n")
	start := strings.LastIndex(all, "\n"+assets.T(lang, "pdf.timeline")+"\n") // not the contents' entry
	if start < 0 {
		t.Fatalf("%s: no timeline heading", lang)
	}
	end := strings.Index(all[start:], "\n"+assets.T(lang, "pdf.actions")+"\n")
	if end < 0 {
		t.Fatalf("%s: no action table after the timeline", lang)
	}
	return all[start : start+end]
}

// Every one of 220 actions has its row on the timeline's pages (nothing cut at 40), the
// axis names the year, plan-B actions carry their marker and the key explains it.
func TestTimelineShowsEveryActionOverPages(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		doc := plan220(lang)
		text := timelineText(t, lang, pageTexts(t, must(render(t, doc))))
		lines := map[string]int{}
		for _, l := range strings.Split(text, "\n") {
			lines[l]++
		}
		missing := 0
		for _, a := range doc.Plan.Actions {
			if lines[a.Title] == 0 {
				missing++
			}
		}
		if missing > 0 {
			t.Errorf("%s: %d of %d actions are not on the timeline", lang, missing, len(doc.Plan.Actions))
		}
		for _, y := range []string{"2026", "2027"} {
			if lines[y] == 0 {
				t.Errorf("%s: the axis does not name %s", lang, y)
			}
		}
		contingency := 0
		for _, a := range doc.Plan.Actions {
			if a.Contingency {
				contingency++
			}
		}
		if lines[assets.T(lang, "plancharts.plan_b_mark")] < contingency || lines[assets.T(lang, "plancharts.legend.plan_b")] == 0 {
			t.Errorf("%s: %d plan-B markers for %d contingency actions, key %d", lang,
				lines[assets.T(lang, "plancharts.plan_b_mark")], contingency, lines[assets.T(lang, "plancharts.legend.plan_b")])
		}
		if !strings.Contains(text, strings.TrimPrefix(assets.T(lang, "plancharts.pdf_more", 0), "0")) {
			t.Errorf("%s: no note of the actions continuing on the next page", lang)
		}
	}
}

// The client edition's timeline holds no plan-B key (its contingency actions are left out).
func TestClientTimelineHasNoPlanB(t *testing.T) {
	doc := plan220("en")
	doc.Edition = domain.EditionClient
	text := allText(t, must(render(t, doc)))
	if strings.Contains(text, assets.T("en", "plancharts.legend.plan_b")) || strings.Contains(text, assets.T("en", "plancharts.pdf_plan_b")) {
		t.Error("the client edition shows plan B")
	}
}

// Every line of a title is drawn inside its box, which ends before the bars: a long title
// wraps, and only a pasted one longer than its lines ends cut with "…".
func TestTimelineTitlesEndBeforeTheBars(t *testing.T) {
	doc := sampleDocument(t, "es", domain.EditionInternal)
	doc.Plan.Actions[0].Title = strings.Repeat("Texto pegado una y otra vez ", 180)
	tl, drawn, _ := drawTimeline(t, doc)
	runs := map[string]textRun{}
	for _, r := range drawn {
		runs[r.Text] = r
	}
	wrapped, cut := 0, 0
	for _, row := range tl.Rows {
		for _, line := range append([]chart.Label{row.Title}, row.More...) {
			r, ok := runs[line.Text]
			if !ok {
				t.Fatalf("title line %q not drawn", line.Text)
			}
			box := chart.Rect{X: marginX + line.Box.X, W: line.Box.W}
			if r.X < box.X-0.01 || r.Right() > box.Right()+0.01 || box.Right() > marginX+tl.Plot.X {
				t.Errorf("%q drawn from %.2f to %.2f mm, out of its box %.2f–%.2f (the bars from %.2f)", r.Text, r.X, r.Right(), box.X, box.Right(), marginX+tl.Plot.X)
			}
			if strings.HasSuffix(r.Text, "…") {
				cut++
			}
		}
		if len(row.More) > 0 {
			wrapped++
		}
	}
	if wrapped < 2 || cut != 1 {
		t.Errorf("%d titles wrap, %d cut: want the pasted one cut and another wrapped", wrapped, cut)
	}
}

// drawTimeline draws the first 20 rows of the document's timeline alone on a page and
// reads back the text drawn.
func drawTimeline(t *testing.T, doc Document) (chart.Timeline, []textRun, *doc) {
	t.Helper()
	if err := pen.Load(); err != nil {
		t.Fatal(err)
	}
	d := newDoc(doc, nil)
	d.pdf.AddPage()
	tm := timelineOf(d)
	tl := tm.Layout(canvasOf(d), 0, 20)
	tm.Part(canvasOf(d), tl)
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	_, pageH := d.pdf.GetPageSize()
	return tl, pageRuns(t, buf.Bytes(), pageH)[0], d
}

// The timeline's month names are set at 7.5 pt at least, in an ink that reads on both
// tints of the month stripes whatever the accent (contrast 7:1 at least); the years stay
// apart from them in bold, as large. The sample's axis names every month in both languages
// (a Spanish "sept." or "may." as wide as a year included).
func TestTimelineMonthsReadInPrint(t *testing.T) {
	for _, c := range []struct{ lang, accent string }{{"en", ""}, {"en", "#202020"}, {"en", "#E8A20C"}, {"es", ""}} {
		accent := c.accent
		doc := sampleDocument(t, c.lang, domain.EditionClient)
		if accent != "" {
			doc.Settings.Accent = accent
		}
		tl, runs, d := drawTimeline(t, doc)
		names := map[string]bool{}
		for m := range 12 {
			names[d.loc.Month(time.Month(m+1))] = true
		}
		var months, years []textRun
		for _, r := range runs {
			if names[r.Text] {
				months = append(months, r)
			} else if r.Text == "2026" || r.Text == "2027" {
				years = append(years, r)
			}
		}
		if len(months) != len(tl.Months) || len(months) < 12 || len(years) != 2 {
			t.Fatalf("%s %q: %d months of %d named, %d years on the axis", c.lang, accent, len(months), len(tl.Months), len(years))
		}
		for _, m := range months {
			worst := min(contrast(m.Colour, charts.MonthStripe(d.accent, 0)), contrast(m.Colour, charts.MonthStripe(d.accent, 1)))
			if m.Size < 7.5 || !m.HasColour || worst < 7 {
				t.Errorf("%q: %s set at %.1f pt in %v, contrast %.1f:1 on its stripe", accent, m.Text, m.Size, m.Colour, worst)
			}
		}
		for _, y := range years {
			if y.Font == months[0].Font || y.Size < months[0].Size {
				t.Errorf("%q: the year %s is set like the months (%s %.1f pt)", accent, y.Text, y.Font, y.Size)
			}
		}
	}
}

// longActionName is an action name of a length people type (about 120 characters).
const longActionName = "Preparar con Compras y Mantenimiento la propuesta de renovación del contrato marco de repuestos críticos para Gijón"

// The timeline names every action whole — a long name wraps onto more lines, its row
// growing — in the order of the action table under it (by due date), in both languages and
// on both papers.
func TestTimelineNamesEveryActionWholeInTheTablesOrder(t *testing.T) {
	for _, tt := range []struct{ lang, paper string }{{"en", "letter"}, {"es", "a4"}} {
		doc := sampleDocument(t, tt.lang, domain.EditionClient)
		doc.Paper = tt.paper
		doc.Plan.Actions = append(doc.Plan.Actions, domain.Action{ID: "long", Title: longActionName,
			Start: domain.NewDate(2027, 2, 1), Due: domain.NewDate(2027, 3, 10), Status: domain.StatusNotStarted})
		text := timelineText(t, tt.lang, pageTexts(t, must(render(t, doc))))
		if strings.Contains(text, "…") {
			t.Errorf("%s %s: the timeline cuts a name with “…”", tt.lang, tt.paper)
		}
		words := strings.Join(strings.Fields(text), " ")
		at := 0
		for _, a := range chart.SortActions(edition.Plan(doc.Plan).Actions, chart.SortByDue, doc.Today) {
			i := strings.Index(words[at:], a.Title)
			if i < 0 {
				t.Errorf("%s %s: %q is not on the timeline whole, after the action before it in the table", tt.lang, tt.paper, a.Title)
				continue
			}
			at += i + len(a.Title)
		}
	}
}
