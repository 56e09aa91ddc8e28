package pdf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/edition"
)

// marker is a unique text put into one string field of the plan model.
type marker struct {
	text, field string
	rule        edition.FieldRule
}

// markEveryField puts a unique marker into every string field of v (a pointer into the
// plan model), found by walking the types, so a field added later is covered too.
// Identifiers and references keep their values: they link items, they are not text.
func markEveryField(t *testing.T, v any, marks *[]marker) {
	var walk func(reflect.Value)
	walk = func(x reflect.Value) {
		switch x.Kind() {
		case reflect.Pointer:
			if !x.IsNil() {
				walk(x.Elem())
			}
		case reflect.Slice:
			for i := 0; i < x.Len(); i++ {
				walk(x.Index(i))
			}
		case reflect.Struct:
			for i := 0; i < x.NumField(); i++ {
				f := x.Type().Field(i)
				if !f.IsExported() {
					continue
				}
				name := x.Type().Name() + "." + f.Name
				rule, ok := edition.RuleOf(x.Type().Name(), f.Name)
				if !ok {
					t.Fatalf("%s has no edition rule", name)
				}
				if f.Type != reflect.TypeOf("") {
					walk(x.Field(i))
					continue
				}
				if rule.Why == edition.WhyID || rule.Why == edition.WhyRef || !appliesTo(name, x) {
					continue
				}
				m := marker{text: fmt.Sprintf("Zq%03dx", len(*marks)), field: name, rule: rule}
				x.Field(i).SetString(m.text)
				*marks = append(*marks, m)
			}
		}
	}
	walk(reflect.ValueOf(v))
}

// appliesTo reports whether a field means something on this item: a SWOT names a
// competitor only when it is a competitor's SWOT (the editor shows the field only there).
func appliesTo(field string, item reflect.Value) bool {
	if field == "SWOT.Competitor" {
		return item.Interface().(domain.SWOT).Subject == domain.SubjectCompetitor
	}
	return true
}

// markedDocument is the sample with a marker in every string field of the plan and the account.
func markedDocument(t *testing.T, lang string) (Document, []marker) {
	doc := sampleDocument(t, lang, domain.EditionInternal)
	doc.Plan = doc.Plan.Clone()
	doc.Account.Team = append([]domain.TeamMember(nil), doc.Account.Team...)
	var marks []marker
	markEveryField(t, doc.Plan, &marks)
	markEveryField(t, &doc.Account, &marks)
	// an action and an opportunity marked internal only: their texts are of items left out
	doc.Plan.Actions[0].Internal, doc.Plan.Opportunities[0].Internal = true, true
	if len(marks) < 100 {
		t.Fatalf("only %d fields marked", len(marks))
	}
	return doc, marks
}

// inClientCopy reports, for each marker, whether the domain's client copy still holds it.
func inClientCopy(doc Document) func(string) bool {
	p, _ := json.Marshal(edition.Plan(doc.Plan))
	a, _ := json.Marshal(edition.Account(doc.Account))
	all := string(p) + string(a)
	return func(m string) bool { return strings.Contains(all, m) }
}

// The internal edition prints every field a person can type; the client edition prints
// every shared field the client copy keeps and nothing else — not in the text, the
// bookmarks or the document properties. The reviews are printed in the review pack. A plan
// that keeps its wallet internal has no text of its wallet or white space in the client
// edition; one that shares it, every one (the client copy keeps them).
func TestEditionsFollowTheRulesForEveryField(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		for _, walletInternal := range []bool{false, true} {
			doc, marks := markedDocument(t, lang)
			doc.Plan.Wallet.Internal = walletInternal
			checkEveryField(t, fmt.Sprintf("%s (wallet internal %v)", lang, walletInternal), doc, marks)
		}
	}
}

func checkEveryField(t *testing.T, what string, doc Document, marks []marker) {
	t.Helper()
	internal := allText(t, must(render(t, doc))) + allText(t, renderPack(t, doc))
	for _, m := range marks {
		if m.rule.Show != edition.AppOnly && !strings.Contains(internal, m.text) {
			t.Errorf("%s internal: %s (%s) is printed nowhere", what, m.field, m.text)
		}
	}
	kept := inClientCopy(doc)
	doc.Edition = domain.EditionClient
	raw, pack := must(render(t, doc)), renderPack(t, doc)
	client := allText(t, raw) + allText(t, pack)
	raw = append(raw, pack...)
	for _, m := range marks {
		shown := strings.Contains(client, m.text)
		leaked := bytes.Contains(raw, []byte(m.text)) || bytes.Contains(raw, utf16BE(m.text))
		switch {
		case m.rule.Show == edition.Internal && (shown || leaked):
			t.Errorf("%s client: internal %s (%s) is in the document", what, m.field, m.text)
		case !kept(m.text) && (shown || leaked):
			t.Errorf("%s client: %s (%s) of an item left out is in the document", what, m.field, m.text)
		case m.rule.Show == edition.Shared && kept(m.text) && !shown && !(doc.Plan.Wallet.Internal && m.field == "Plan.Currency"):
			// the client edition prints the plan's currency with the wallet's amounts only
			t.Errorf("%s client: shared %s (%s) is printed nowhere", what, m.field, m.text)
		case m.rule.Wallet && doc.Plan.Wallet.Internal && kept(m.text):
			t.Errorf("%s client: the client copy keeps %s (%s) of a wallet kept internal", what, m.field, m.text)
		}
	}
}

// analysisMarkers are the markers in the texts of the SWOT items (by whose SWOT: the client's
// or ours and the competitors') and of the strategies of a marked plan.
func analysisMarkers(p *domain.Plan) (client, ours []string) {
	for _, w := range p.SWOTs {
		for _, it := range w.Items {
			if w.Subject == domain.SubjectClient {
				client = append(client, it.Text, it.Evidence)
			} else {
				ours = append(ours, it.Text, it.Evidence)
			}
		}
	}
	for _, s := range p.Strategies {
		ours = append(ours, s.Text)
	}
	return client, ours
}

// The "share with the client" switch of each SWOT item and strategy decides, field by field,
// whether its texts reach the client edition, in both languages: switched off, none of them
// (not even the client's SWOT); switched on, every one, with the strategies' linked items.
func TestShareSwitchDecidesEveryAnalysisFieldInTheClientEdition(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		doc, _ := markedDocument(t, lang)
		client, ours := analysisMarkers(doc.Plan)
		if len(client) < 10 || len(ours) < 20 {
			t.Fatalf("%s: only %d client and %d other analysis markers", lang, len(client), len(ours))
		}
		doc.Edition = domain.EditionClient
		for _, on := range []bool{false, true} {
			shareAll(doc.Plan, on)
			raw := must(render(t, doc))
			text := allText(t, raw)
			for _, m := range append(append([]string(nil), client...), ours...) {
				shown := strings.Contains(text, m)
				leaked := bytes.Contains(raw, []byte(m)) || bytes.Contains(raw, utf16BE(m))
				if on && !shown {
					t.Errorf("%s client, shared: %s is printed nowhere", lang, m)
				}
				if !on && (shown || leaked) {
					t.Errorf("%s client, not shared: %s is in the document", lang, m)
				}
			}
		}
	}
}

// renderPack is the review pack of doc's plan in doc's edition.
func renderPack(t *testing.T, doc Document) []byte {
	doc.Review = true
	return must(render(t, doc))
}
