package pdf

import (
	"bytes"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/ui/chart"
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
	start := strings.Index(all, "\n"+assets.T(lang, "pdf.timeline")+"\n")
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

// A title cut to its column is drawn inside its box, which ends before the bars.
func TestTimelineTitlesEndBeforeTheBars(t *testing.T) {
	if err := pen.Load(); err != nil {
		t.Fatal(err)
	}
	d := newDoc(sampleDocument(t, "es", domain.EditionInternal), nil)
	d.pdf.AddPage()
	tm := timelineOf(d)
	tl := tm.Layout(canvasOf(d), 0, 20)
	tm.Part(canvasOf(d), tl)
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	_, pageH := d.pdf.GetPageSize()
	runs := map[string]textRun{}
	for _, r := range pageRuns(t, buf.Bytes(), pageH)[0] {
		runs[r.Text] = r
	}
	cut := 0
	for _, row := range tl.Rows {
		r, ok := runs[row.Title.Text]
		if !ok {
			t.Fatalf("title %q not drawn", row.Title.Text)
		}
		box := chart.Rect{X: marginX + row.Title.Box.X, W: row.Title.Box.W}
		if r.X < box.X-0.01 || r.Right() > box.Right()+0.01 || box.Right() > marginX+tl.Plot.X {
			t.Errorf("%q drawn from %.2f to %.2f mm, out of its box %.2f–%.2f (the bars from %.2f)", r.Text, r.X, r.Right(), box.X, box.Right(), marginX+tl.Plot.X)
		}
		if strings.HasSuffix(r.Text, "…") {
			cut++
		}
	}
	if cut == 0 {
		t.Error("no title is cut: nothing fills its column")
	}
}
