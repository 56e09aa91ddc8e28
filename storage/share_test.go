package storage

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
)

var shareKey = regexp.MustCompile(`,?\s*"share_with_client":\s*(true|false)`)

// checkDefaultSharing fails unless the client's SWOT items are shared and no other item
// or strategy is: what a plan written before the switch existed means.
func checkDefaultSharing(t *testing.T, p *domain.Plan) {
	t.Helper()
	counted := map[domain.Subject]int{}
	for _, w := range p.SWOTs {
		for _, it := range w.Items {
			counted[w.Subject]++
			if it.ShareWithClient != (w.Subject == domain.SubjectClient) {
				t.Errorf("%s item %q: shared %v", w.Subject, it.Text, it.ShareWithClient)
			}
		}
	}
	if counted[domain.SubjectClient] == 0 || counted[domain.SubjectUs] == 0 || counted[domain.SubjectCompetitor] == 0 {
		t.Fatalf("the plan lacks items of some SWOT: %v", counted)
	}
	for _, s := range p.Strategies {
		if s.ShareWithClient {
			t.Errorf("strategy %q is shared", s.Text)
		}
	}
}

// A plan file of version 2 has no switches: on import the client's SWOT is shared and
// nothing of ours is.
func TestVersion2PlanFileSharesOnlyTheClientsSWOT(t *testing.T) {
	files, err := assets.SampleFiles()
	if err != nil {
		t.Fatal(err)
	}
	old := shareKey.ReplaceAll(files[0], nil)
	old = bytes.Replace(old, []byte(`"version": 3`), []byte(`"version": 2`), 1)
	s := tempStore(t)
	f, err := s.ImportJSON(ctx, old, false)
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.LoadPlan(ctx, f.Plans[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	checkDefaultSharing(t, p)
}

// Plans stored before the switch existed hold SWOT rows without it: read back, the client's
// items are shared and ours are not.
func TestStoredPlansWithoutTheSwitchShareOnlyTheClientsSWOT(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kamplan.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	id := mainPlanID(t, s)
	for _, kind := range []domain.Coll{domain.CollSWOTs, domain.CollStrategies} {
		rows, err := s.db.Query("SELECT id, body FROM plan_items WHERE kind = ?", kind)
		if err != nil {
			t.Fatal(err)
		}
		bodies := map[string]string{}
		for rows.Next() {
			var n, b string
			if err := rows.Scan(&n, &b); err != nil {
				t.Fatal(err)
			}
			bodies[n] = shareKey.ReplaceAllString(b, "")
		}
		rows.Close()
		for n, b := range bodies {
			if _, err := s.db.Exec("UPDATE plan_items SET body = ? WHERE kind = ? AND id = ?", b, kind, n); err != nil {
				t.Fatal(err)
			}
		}
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.LoadPlan(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	checkDefaultSharing(t, p)
}

// A switch set in the app is stored, survives a restart and travels in the plan file.
func TestShareSwitchIsStoredAndTravelsInThePlanFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kamplan.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	id := mainPlanID(t, s)
	p, _ := s.LoadPlan(ctx, id)
	us, client := p.SWOTOf(domain.SubjectUs, ""), p.SWOTOf(domain.SubjectClient, "")
	us.Items[0].ShareWithClient, us.Items[1].ShareWithClient, client.Items[0].ShareWithClient = true, false, false
	p.Strategies[1].ShareWithClient = true
	want := func(q *domain.Plan) bool {
		return q.SWOTOf(domain.SubjectUs, "").Items[0].ShareWithClient && !q.SWOTOf(domain.SubjectUs, "").Items[1].ShareWithClient &&
			!q.SWOTOf(domain.SubjectClient, "").Items[0].ShareWithClient && q.SWOTOf(domain.SubjectClient, "").Items[1].ShareWithClient &&
			q.Strategies[1].ShareWithClient
	}
	if err := s.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if q, _ := s.LoadPlan(ctx, id); !want(q) {
		t.Fatal("the switches were not stored")
	}
	b, err := s.ExportJSON(ctx, "Aceros del Norte, S.A.", "")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"share_with_client": true`)) || !bytes.Contains(b, []byte(`"version": 3`)) {
		t.Fatal("the plan file does not carry the switches")
	}
	other := tempStore(t)
	f, err := other.ImportJSON(ctx, b, false)
	if err != nil {
		t.Fatal(err)
	}
	if q, _ := other.LoadPlan(ctx, f.Plans[0].ID); !want(q) {
		t.Fatal("the switches were lost on import")
	}
	again, _ := other.ExportJSON(ctx, "Aceros del Norte, S.A.", "")
	if !bytes.Equal(again, b) {
		t.Fatal("export → import → export changed the bytes")
	}
}

// Reading the switches does not move a decoding error: a wrong value in a SWOT item is
// reported at its own line of the file.
func TestPlanFileErrorInASWOTItemKeepsItsLine(t *testing.T) {
	files, _ := assets.SampleFiles()
	at := bytes.Index(files[0], []byte(`"impact": 5,`))
	bad := append(append(append([]byte(nil), files[0][:at]...), `"impact": "five",`...), files[0][at+len(`"impact": 5,`):]...)
	line := bytes.Count(bad[:at], []byte("\n")) + 1
	_, err := DecodePlanFile(bad)
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("(line %d,", line)) {
		t.Fatalf("an impact of \"five\" on line %d: %v", line, err)
	}
}
