package locale

import (
	"reflect"
	"strconv"
	"strings"

	"kamplan/domain"
	"kamplan/domain/history"
)

// ChangeWords says the changes between two states of a plan in words, in English or
// Spanish: "Total purchase potential: €2,500,000 → €3,000,000", "Contact Ane Goikoetxea:
// relationship now Working → Strong". The document's "What changed" section and the
// command line use it; the names of what ids refer to come from the two states.
type ChangeWords struct {
	loc      Locale // the language's words, numbers, money and dates
	currency string
	old, now domain.Doc
	entire   bool // texts whole, as a state of the plan is read (Whole)
	inFull   bool // texts quoted but never shortened, lines kept (InFull)
}

// NewChangeWords describes the changes from old to now in lang (en or es).
func NewChangeWords(lang string, old, now domain.Doc) ChangeWords {
	w := ChangeWords{loc: New(lang), old: old, now: now}
	if now.Plan != nil {
		w.currency = now.Plan.Currency
	}
	return w
}

// InFull is these words saying free texts quoted but whole, their lines kept, never
// shortened: for reading two versions of a text side by side.
func (w ChangeWords) InFull() ChangeWords {
	w.inFull = true
	return w
}

// revenueCurrency is the currency of the client's annual revenue: its own, else the plan's.
func (w ChangeWords) revenueCurrency() string {
	if w.now.Account != nil && w.now.Account.RevenueCurrency != "" {
		return w.now.Account.RevenueCurrency
	}
	return w.currency
}

func (w ChangeWords) t(key string, args ...any) string { return w.loc.T(key, args...) }

// period names a measurement period in the language, or says it as typed.
func (w ChangeWords) period(s string) string {
	if name, ok := w.loc.Period(s); ok {
		return name
	}
	return s
}

// Section is a section's name, as a heading.
func (w ChangeWords) Section(s history.Section) string { return w.t("history.section." + string(s)) }

// Sentence says one change.
func (w ChangeWords) Sentence(c history.Change) string {
	kind, name := w.t("history.kind."+string(c.Coll)), w.name(c)
	switch {
	case c.Coll == history.CollKPIHistory:
		return w.measurement(c, name)
	case c.Coll == "":
		return w.t("history.field_changed", w.t("history.field."+c.Field), w.Value(c, c.Old), w.Value(c, c.New))
	case c.Kind == history.Changed:
		return w.t("history.item_changed", kind, name, w.FieldLabel(c), w.Value(c, c.Old), w.Value(c, c.New))
	case c.Kind == history.Added:
		return w.t("history.item_added", w.t("history.kind."+string(c.Coll)+".a"), name)
	case c.Kind == history.Removed:
		return w.t("history.item_removed", w.t("history.kind."+string(c.Coll)+".a"), name)
	}
	return w.t("history.item_moved", kind, name)
}

// FieldLabel names the changed field.
func (w ChangeWords) FieldLabel(c history.Change) string {
	if c.Coll == history.CollKPIHistory {
		return w.t("history.field.value", w.period(c.ID))
	}
	return w.t("history.field." + c.Field)
}

func (w ChangeWords) measurement(c history.Change, kpi string) string {
	period := w.period(c.ID)
	switch c.Kind {
	case history.Added:
		return w.t("history.kpi_value_added", kpi, period, w.number(c.New.(domain.Measurement).Value))
	case history.Removed:
		return w.t("history.kpi_value_removed", kpi, period, w.number(c.Old.(domain.Measurement).Value))
	case history.Changed:
		return w.t("history.item_changed", w.t("history.kind.kpi_history"), kpi, w.FieldLabel(c), w.Value(c, c.Old), w.Value(c, c.New))
	}
	return w.t("history.item_moved", w.t("history.kind.kpi_history"), kpi)
}

// name is what the changed element is called, shortened; a SWOT without a name (the
// client's, ours) is named by whose it is.
func (w ChangeWords) name(c history.Change) string {
	if c.Coll == domain.CollSWOTs && c.Name == "" {
		for _, d := range []domain.Doc{w.now, w.old} {
			for _, s := range plansOf(d) {
				for _, x := range s.SWOTs {
					if x.ID == c.ID {
						return w.t("subject." + string(x.Subject))
					}
				}
			}
		}
	}
	if day, err := domain.ParseDate(c.Name); c.Coll == domain.CollReviews && err == nil && !day.IsZero() {
		return w.loc.LongDate(day) // a review is named by its day
	}
	return clip(c.Name, 70)
}

func plansOf(d domain.Doc) []*domain.Plan {
	if d.Plan == nil {
		return nil
	}
	return []*domain.Plan{d.Plan}
}

// clip shortens a text to n characters with "…", on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return strings.TrimSpace(string(r[:n-1])) + "…"
	}
	return s
}

func (w ChangeWords) number(v float64) string {
	prec := 0
	for prec < 3 && v*pow10(prec) != float64(int64(v*pow10(prec))) {
		prec++
	}
	return w.loc.Number(v, prec)
}

func pow10(n int) float64 {
	p := 1.0
	for range n {
		p *= 10
	}
	return p
}

// Value says a field's value the way the plan shows it: money in the plan's currency,
// levels and choices by their names, the names of what ids refer to, dates in the
// language's format, texts quoted.
func (w ChangeWords) Value(c history.Change, v any) string {
	if v == nil {
		return w.t("history.empty")
	}
	rv := reflect.ValueOf(v)
	switch {
	case rv.Kind() == reflect.Pointer && rv.IsNil():
		return w.t("history.empty")
	case rv.Kind() == reflect.Pointer:
		return w.Value(c, rv.Elem().Interface())
	}
	switch x := v.(type) {
	case []byte: // a logo
		if len(x) == 0 {
			return w.t("history.empty")
		}
		return w.t("history.image", (len(x)+1023)/1024)
	case bool:
		return w.t(map[bool]string{true: "history.yes", false: "history.no"}[x])
	case domain.Date:
		return w.loc.LongDate(x)
	case domain.Stage:
		return w.choice("stage.", strconv.Itoa(int(x)))
	case int64:
		if moneyFields[c.Field] {
			return w.loc.Money(x, w.currency)
		}
		if c.Field == "account.annual_revenue" {
			return w.loc.Money(x, w.revenueCurrency())
		}
		return w.loc.Number(float64(x), 0)
	case int:
		return w.whole(c, x)
	case float64:
		if percentFields[c.Field] {
			return w.loc.Pct(x)
		}
		return w.number(x)
	}
	if rv.Kind() == reflect.Slice {
		return w.list(c, rv)
	}
	if rv.Kind() == reflect.String {
		return w.text(c, rv.String())
	}
	return w.t("history.empty")
}
