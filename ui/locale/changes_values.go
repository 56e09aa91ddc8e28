package locale

import (
	"reflect"
	"strconv"
	"strings"

	"kamplan/domain"
	"kamplan/domain/history"
)

// The fields said as money in the plan's currency, and as percentages.
var (
	moneyFields   = map[string]bool{"wallet.potential": true, "wallet.revenue": true, "potential": true, "revenue": true, "amount": true}
	percentFields = map[string]bool{"wallet.margin_pct": true, "wallet.target_share": true, "share_pct": true,
		"green_pct": true, "amber_pct": true}
)

// whole says an integer: a level or an attitude by its name, a score (0 is none).
func (w ChangeWords) whole(c history.Change, x int) string {
	switch c.Field {
	case "score":
		if x == 0 {
			return w.t("history.not_scored")
		}
	case "rel_now", "rel_target":
		return w.choice("rel.", strconv.Itoa(x))
	case "attitude":
		return w.choice("attitude.", strconv.Itoa(x))
	}
	return w.loc.Number(float64(x), 0)
}

// list says the elements of a list field, each as text.
func (w ChangeWords) list(c history.Change, rv reflect.Value) string {
	var parts []string
	for i := 0; i < rv.Len(); i++ {
		switch e := rv.Index(i).Interface().(type) {
		case string:
			parts = append(parts, w.text(c, e))
		case domain.Measurement: // a KPI's interim target
			period, _ := w.loc.Period(e.Period)
			parts = append(parts, period+": "+w.number(e.Value))
		}
	}
	if len(parts) == 0 {
		return w.t("history.empty")
	}
	return strings.Join(parts, ", ")
}

// text says a string: what an id names, a choice by its name, else the text quoted.
func (w ChangeWords) text(c history.Change, s string) string {
	if name, ok := w.refName(c.Field, c.Coll, s); ok {
		return name
	}
	if prefix := choicePrefix(c); prefix != "" {
		if s == "" && c.Field == "selling_role" {
			s = "none"
		}
		return w.choice(prefix, s)
	}
	if strings.TrimSpace(s) == "" {
		return w.t("history.empty")
	}
	if w.entire {
		return s
	}
	if w.inFull {
		s = strings.TrimSpace(s)
	} else {
		s = clip(s, 60)
	}
	if w.loc.Spanish() {
		return "«" + s + "»"
	}
	return "“" + s + "”"
}

func (w ChangeWords) choice(prefix, key string) string {
	if key == "" {
		return w.t("history.empty")
	}
	if w.loc.Has(prefix + key) {
		return w.t(prefix + key)
	}
	return key
}

// choicePrefix is the catalogue's prefix for the names of a field's choices.
func choicePrefix(c history.Change) string {
	switch c.Field {
	case "status":
		if c.Coll == domain.CollWhiteSpace {
			return "whitespace.status."
		}
		return "status."
	case "kind":
		if c.Coll == domain.CollLinks {
			return "history.link."
		}
		return "strategy."
	case "stage":
		if c.Coll == domain.CollOpportunities { // a stage the company named is said as written
			return "pipeline.stage."
		}
	}
	return map[string]string{"account.tier": "tier.", "review_cadence": "cadence.", "frequency": "cadence.",
		"quadrant": "quadrant.", "category": "category.", "direction": "direction.", "role": "role.",
		"selling_role": "selling.", "buying_roles": "buying.", "subject": "subject.", "language": "history.lang."}[c.Field]
}

// refName is the name of what an id refers to, from the newer state, else the older one;
// ok is false for a field that holds no id. An id found in neither is said as it is.
func (w ChangeWords) refName(field string, coll domain.Coll, id string) (string, bool) {
	look := refLookups[field]
	if field == "competitor" && coll != domain.CollWhiteSpace {
		look = nil // a competitor's SWOT holds the competitor's name, not an id
	}
	if look == nil {
		return "", false
	}
	if id == "" {
		return w.t("history.empty"), true
	}
	for _, d := range []domain.Doc{w.now, w.old} {
		if d.Plan == nil {
			continue
		}
		if name, ok := look(d, id); ok {
			return clip(name, 60), true
		}
	}
	return id, true
}

func byID[T any](xs []T, id string, idOf func(T) string, name func(T) string) (string, bool) {
	for _, x := range xs {
		if idOf(x) == id {
			return name(x), true
		}
	}
	return "", false
}

func contactNamed(d domain.Doc, id string) (string, bool) {
	if c := d.Plan.FindContact(id); c != nil {
		return c.Name, true
	}
	return "", false
}

var refLookups = map[string]func(d domain.Doc, id string) (string, bool){
	"reports_to": contactNamed, "contact_ids": contactNamed, "from": contactNamed, "to": contactNamed, "contact_id": contactNamed,
	"objective_ids": objectiveNamed, "objective_id": objectiveNamed,
	"item_ids": itemText, "item_id": itemText,
	"kpi_id": func(d domain.Doc, id string) (string, bool) {
		return byID(d.Plan.KPIs, id, func(x domain.KPI) string { return x.ID }, func(x domain.KPI) string { return x.Name })
	},
	"strategy_id": func(d domain.Doc, id string) (string, bool) {
		return byID(d.Plan.Strategies, id, func(x domain.Strategy) string { return x.ID }, func(x domain.Strategy) string { return x.Text })
	},
	"member_id": memberNamed, "member_ids": memberNamed, "owner_id": memberNamed,
	"centre_id": func(d domain.Doc, id string) (string, bool) {
		return byID(d.Plan.Centres, id, func(x domain.BuyingCentre) string { return x.ID }, func(x domain.BuyingCentre) string { return x.Name })
	},
	"offering_id": func(d domain.Doc, id string) (string, bool) {
		return byID(d.Plan.Wallet.Offerings, id, func(x domain.Offering) string { return x.ID }, func(x domain.Offering) string { return x.Name })
	},
	"competitor": competitorNamed, "competitor_id": competitorNamed,
	"plan_b.action_ids": actionNamed, "action_ids": actionNamed,
}

func objectiveNamed(d domain.Doc, id string) (string, bool) {
	return byID(d.Plan.Objectives, id, func(x domain.Objective) string { return x.ID }, func(x domain.Objective) string { return x.Statement })
}

func memberNamed(d domain.Doc, id string) (string, bool) {
	if d.Account == nil {
		return "", false
	}
	m, ok := d.Account.Member(id)
	return m.Name, ok
}

func competitorNamed(d domain.Doc, id string) (string, bool) {
	return byID(d.Plan.Wallet.Competitors, id, func(x domain.CompetitorShare) string { return x.ID }, func(x domain.CompetitorShare) string { return x.Name })
}

func actionNamed(d domain.Doc, id string) (string, bool) {
	return byID(d.Plan.Actions, id, func(x domain.Action) string { return x.ID }, func(x domain.Action) string { return x.Title })
}

func itemText(d domain.Doc, id string) (string, bool) {
	if it, _ := d.Plan.FindItem(id); it != nil {
		return it.Text, true
	}
	return "", false
}
