package domain

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// The journal keeps edits as JSON, each with a type tag:
//
//	{"type":"set_field","field":"wallet.potential","value":300000000}
//	{"type":"set_score","axis":"strength","factor":"price","score":7}
//	{"type":"add_item","coll":"contacts","at":3,"value":{…a contact…}}
//	{"type":"remove_item","coll":"swot_items","parent":"…","id":"…"}
//	{"type":"replace_item","coll":"actions","value":{…an action…}}
//	{"type":"move_item","coll":"actions","id":"…","to":0}
//	{"type":"batch","edits":[…]}
//	{"type":"replace_content","cause":"restore","source":"…","account":{…},"plan":{…}}
//
// Decoding gives back the very same edit: a field's value as the field's own type (a
// *float64, a Date, a Stage…), a list's element as the list's element type.

type wireEdit struct {
	Type    string            `json:"type"`
	Field   Field             `json:"field,omitempty"`
	Axis    AxisName          `json:"axis,omitempty"`
	Factor  string            `json:"factor,omitempty"`
	Score   int               `json:"score,omitempty"`
	Coll    Coll              `json:"coll,omitempty"`
	Parent  string            `json:"parent,omitempty"`
	ID      string            `json:"id,omitempty"`
	At      int               `json:"at,omitempty"`
	To      int               `json:"to,omitempty"`
	Value   json.RawMessage   `json:"value,omitempty"`
	Edits   []json.RawMessage `json:"edits,omitempty"`
	Cause   ReplaceCause      `json:"cause,omitempty"`
	Source  string            `json:"source,omitempty"`
	Account *Account          `json:"account,omitempty"`
	Plan    *Plan             `json:"plan,omitempty"`

	decoded  any  // the value, read straight into its type
	hasValue bool // decoded holds the value
}

// EncodeEdit writes an edit as JSON with its type tag.
func EncodeEdit(e Edit) ([]byte, error) {
	w, err := toWire(e)
	if err != nil {
		return nil, err
	}
	return json.Marshal(w)
}

func toWire(e Edit) (wireEdit, error) {
	switch x := e.(type) {
	case SetField:
		return wireValue(wireEdit{Type: "set_field", Field: x.Field}, x.Value)
	case SetScore:
		return wireEdit{Type: "set_score", Axis: x.Axis, Factor: x.Factor, Score: x.Score}, nil
	case AddItem:
		return wireValue(wireEdit{Type: "add_item", Coll: x.Coll, Parent: x.Parent, At: x.At}, x.Value)
	case RemoveItem:
		return wireEdit{Type: "remove_item", Coll: x.Coll, Parent: x.Parent, ID: x.ID}, nil
	case ReplaceItem:
		return wireValue(wireEdit{Type: "replace_item", Coll: x.Coll, Parent: x.Parent}, x.Value)
	case MoveItem:
		return wireEdit{Type: "move_item", Coll: x.Coll, Parent: x.Parent, ID: x.ID, To: x.To}, nil
	case Batch:
		w := wireEdit{Type: "batch", Edits: make([]json.RawMessage, len(x))}
		for i, y := range x {
			b, err := EncodeEdit(y)
			if err != nil {
				return w, err
			}
			w.Edits[i] = b
		}
		return w, nil
	case ReplaceContent:
		return wireEdit{Type: "replace_content", Cause: x.Cause, Source: x.Source, Account: x.Account, Plan: x.Plan}, nil
	}
	return wireEdit{}, internalError("an edit of type %T cannot be written", e)
}

func wireValue(w wireEdit, v any) (wireEdit, error) {
	b, err := json.Marshal(v)
	w.Value = b
	if err != nil {
		return w, internalError("the value of an edit cannot be written: %v", err)
	}
	return w, nil
}

// DecodeEdit reads an edit written by EncodeEdit. The value is read straight into its
// type, in one pass, when the type and the field or list come before it, as EncodeEdit
// writes them: the journal of a plan reads thousands of edits at a time.
func DecodeEdit(b []byte) (Edit, error) {
	w, err := readWire(json.NewDecoder(bytes.NewReader(b)))
	if err != nil {
		return nil, badEdit(err)
	}
	switch w.Type {
	case "set_field":
		return decodeSetField(w)
	case "set_score":
		return SetScore{Axis: w.Axis, Factor: w.Factor, Score: w.Score}, nil
	case "add_item", "replace_item":
		return decodeItemEdit(w)
	case "remove_item":
		return RemoveItem{Coll: w.Coll, Parent: w.Parent, ID: w.ID}, nil
	case "move_item":
		return MoveItem{Coll: w.Coll, Parent: w.Parent, ID: w.ID, To: w.To}, nil
	case "batch":
		return decodeBatch(w)
	case "replace_content":
		return ReplaceContent{Account: w.Account, Plan: w.Plan, Cause: w.Cause, Source: w.Source}, nil
	}
	return nil, badEdit(fmt.Errorf("unknown type %q", w.Type))
}

// readWire reads an edit's JSON object key by key.
func readWire(dec *json.Decoder) (wireEdit, error) {
	var w wireEdit
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return w, fmt.Errorf("not a JSON object")
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return w, err
		}
		key, _ := k.(string)
		if key == "value" && w.valueType() != nil {
			w.decoded, err = w.valueType()(dec)
			w.hasValue = true
		} else {
			err = dec.Decode(w.slot(key))
		}
		if err != nil {
			return w, err
		}
	}
	if _, err := dec.Token(); err != nil {
		return w, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return w, fmt.Errorf("more than one edit")
	}
	return w, nil
}

// slot is where the value of a key goes; an unknown key's value is read and dropped.
func (w *wireEdit) slot(key string) any {
	switch key {
	case "type":
		return &w.Type
	case "field":
		return &w.Field
	case "axis":
		return &w.Axis
	case "factor":
		return &w.Factor
	case "score":
		return &w.Score
	case "coll":
		return &w.Coll
	case "parent":
		return &w.Parent
	case "id":
		return &w.ID
	case "at":
		return &w.At
	case "to":
		return &w.To
	}
	return w.bigSlot(key)
}

func (w *wireEdit) bigSlot(key string) any {
	switch key {
	case "value":
		return &w.Value
	case "edits":
		return &w.Edits
	case "cause":
		return &w.Cause
	case "source":
		return &w.Source
	case "account":
		return &w.Account
	case "plan":
		return &w.Plan
	}
	return new(json.RawMessage)
}

// valueType is how the value of the edit read so far is decoded; nil while unknown.
func (w *wireEdit) valueType() func(*json.Decoder) (any, error) {
	switch w.Type {
	case "set_field":
		if f, ok := fields[w.Field]; ok {
			return f.decode
		}
	case "add_item", "replace_item":
		if l, err := listOf(w.Coll); err == nil {
			return l.decode
		}
	}
	return nil
}

// value is the edit's value: read already, read from the JSON kept aside, or none.
func (w *wireEdit) value(decode func(*json.Decoder) (any, error)) (any, error) {
	if w.hasValue {
		return w.decoded, nil
	}
	if len(w.Value) == 0 {
		return decode(nil)
	}
	return decode(json.NewDecoder(bytes.NewReader(w.Value)))
}

func decodeSetField(w wireEdit) (Edit, error) {
	f, ok := fields[w.Field]
	if !ok {
		return nil, badEdit(fmt.Errorf("no field %q", w.Field))
	}
	v, err := w.value(f.decode)
	if err != nil {
		return nil, badEdit(err)
	}
	return SetField{Field: w.Field, Value: v}, nil
}

func decodeItemEdit(w wireEdit) (Edit, error) {
	l, err := listOf(w.Coll)
	ok := err == nil
	if !ok {
		return nil, badEdit(fmt.Errorf("no list %q", w.Coll))
	}
	v, err := w.value(l.decode)
	if err != nil {
		return nil, badEdit(err)
	}
	if w.Type == "add_item" {
		return AddItem{Coll: w.Coll, Parent: w.Parent, At: w.At, Value: v}, nil
	}
	return ReplaceItem{Coll: w.Coll, Parent: w.Parent, Value: v}, nil
}

func decodeBatch(w wireEdit) (Edit, error) {
	b := make(Batch, len(w.Edits))
	for i, raw := range w.Edits {
		e, err := DecodeEdit(raw)
		if err != nil {
			return nil, err
		}
		b[i] = e
	}
	return b, nil
}

func badEdit(err error) error {
	return Errorf(CodeInternal, "err.journal_edit", "an edit of the plan's history cannot be read: %v", err)
}
