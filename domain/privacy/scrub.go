package privacy

import (
	"reflect"
	"regexp"
	"slices"
	"strings"

	"kamplan/domain"
)

// scrubber walks a value and wipes a person from it — their contacts become the erased
// contact, the coverage pairs of them lose our judgements, their names, e-mails and phones
// leave every free text — or, when dry, only counts what it would wipe and the references
// to their ids.
type scrubber struct {
	who  *Person
	text *regexp.Regexp // nil when the person has no text long enough to look for
	dry  bool
	ids  bool // references to the person's ids count as hits
	hits int
}

var (
	contactType  = reflect.TypeOf(domain.Contact{})
	coverageType = reflect.TypeOf(domain.Coverage{})
	editType     = reflect.TypeOf((*domain.Edit)(nil)).Elem()
)

func (who *Person) scrubber(dry bool) *scrubber {
	s := &scrubber{who: who, dry: dry, ids: true}
	if len(who.texts) == 0 {
		return s
	}
	texts := slices.Clone(who.texts)
	slices.SortFunc(texts, func(a, b string) int { return len(b) - len(a) }) // the longest first
	alts := make([]string, len(texts))
	for i, t := range texts {
		alts[i] = regexp.QuoteMeta(t)
	}
	s.text = regexp.MustCompile(`(?i)(^|[^\p{L}\p{N}])(` + strings.Join(alts, "|") + `)($|[^\p{L}\p{N}])`)
	return s
}

func (s *scrubber) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		s.walkString(v)
	case reflect.Struct:
		s.walkStruct(v)
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			s.walk(v.Index(i))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			s.walk(v.Elem())
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			c := settable(v.MapIndex(k))
			s.walk(c)
			v.SetMapIndex(k, c)
		}
	case reflect.Interface:
		if !v.IsNil() && v.CanSet() {
			c := settable(v.Elem())
			s.walk(c)
			v.Set(c)
		}
	}
}

// settable is a copy of v that can be changed.
func settable(v reflect.Value) reflect.Value {
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	return c
}

func (s *scrubber) walkString(v reflect.Value) {
	text := v.String()
	if s.who.ids[text] {
		if s.ids {
			s.hits++ // a reference to them: kept, it names nobody
		}
		return
	}
	if s.text == nil || !v.CanSet() || !s.text.MatchString(text) {
		return
	}
	s.hits++
	for !s.dry && s.text.MatchString(text) { // a match takes the separator the next one needs
		text = s.text.ReplaceAllString(text, "${1}"+Erased+"${3}")
	}
	if !s.dry {
		v.SetString(text)
	}
}

func (s *scrubber) walkStruct(v reflect.Value) {
	switch v.Type() {
	case contactType:
		if c := v.Interface().(domain.Contact); s.who.Is(c.ID) {
			s.hits++
			if !s.dry && v.CanSet() {
				v.Set(reflect.ValueOf(erasedContact(c)))
			}
			return
		}
	case coverageType:
		if c := v.Interface().(domain.Coverage); s.who.Is(c.ContactID) {
			s.hits++
			if !s.dry && v.CanSet() {
				v.Set(reflect.ValueOf(domain.Coverage{ID: c.ID, MemberID: c.MemberID, ContactID: c.ContactID}))
			}
			return
		}
	}
	for i := range v.NumField() {
		if v.Type().Field(i).IsExported() {
			s.walk(v.Field(i))
		}
	}
}

// erasedContact keeps of a contact only its place in the plan: its id and whom it reports
// to. Its name is Erased, and our judgements of them the lowest the plan accepts.
func erasedContact(c domain.Contact) domain.Contact {
	return domain.Contact{ID: c.ID, Name: Erased, ReportsTo: c.ReportsTo, Influence: 1}
}

// ScrubPlan wipes the person from a kept plan (a snapshot's), which keeps its shape: their
// contact stays as the erased contact. It reports whether anything changed.
func (who *Person) ScrubPlan(p *domain.Plan) bool {
	s := who.scrubber(false)
	s.walk(reflect.ValueOf(p).Elem())
	return s.hits > 0
}

// ScrubAccount wipes the person's name, e-mail and phone from the account's texts; the
// account's own name is the client's and stays.
func (who *Person) ScrubAccount(a *domain.Account) bool {
	name := a.Name
	s := who.scrubber(false)
	s.walk(reflect.ValueOf(a).Elem())
	a.Name = name
	return s.hits > 0
}

// ScrubEdit wipes the person from a journal entry's edit, which keeps its shape. The edit
// is changed in place where it shares memory; use the returned one.
func (who *Person) ScrubEdit(e domain.Edit) (domain.Edit, bool) {
	if e == nil {
		return e, false
	}
	box := reflect.New(editType).Elem()
	box.Set(reflect.ValueOf(e))
	s := who.scrubber(false)
	s.walk(box)
	return box.Interface().(domain.Edit), s.hits > 0
}

// Involves reports whether an edit holds anything of the person or refers to them.
func (who *Person) Involves(e domain.Edit) bool {
	if e == nil {
		return false
	}
	s := who.scrubber(true)
	s.walk(settable(reflect.ValueOf(&e).Elem()))
	return s.hits > 0
}

// Forget removes the person from a live plan — their contact, and with it (as removing a
// contact does) their coverage pairs, links, reports-to and places in actions — and wipes
// their name, e-mail and phone from its free texts. It reports whether anything changed.
func (who *Person) Forget(p *domain.Plan) (bool, error) {
	d := domain.Doc{Plan: p}
	changed := false
	for _, c := range slices.Clone(p.Contacts) {
		if !who.Is(c.ID) {
			continue
		}
		if _, err := d.ApplyUnvalidated(domain.RemoveItem{Coll: domain.CollContacts, ID: c.ID}); err != nil {
			return false, err
		}
		changed = true
	}
	return who.ScrubPlan(p) || changed, nil
}

// ScrubText wipes the person's name, e-mail and phone from a text (a snapshot's label).
func (who *Person) ScrubText(text string) (string, bool) {
	s := who.scrubber(false)
	v := reflect.ValueOf(&text).Elem()
	s.walk(v)
	return text, s.hits > 0
}
