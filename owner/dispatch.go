package owner

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"

	"frontdesk/store"
	"frontdesk/wire"
)

// The operations a client may ask for are the methods of store.Station,
// called by name with their arguments decoded from the request (a period
// reader's as its Stored twin, whose pages go out as they are stored), except
// those that only make sense in the process that holds the store: its
// feed (asked for with wire.OpWatch instead), its end, its path and
// configuration (a client has its own), and UpdateOrder, whose change is
// a function (a client sends the changed order to ReplaceOrder instead).
var local = map[string]bool{
	"Watch": true, "Close": true, "Path": true, "Config": true, "UpdateOrder": true, "UpdateRequest": true,
}

// op is one callable method; stream says it is a period reader's Stored
// twin, whose last parameter is the function it hands its pages to.
type op struct {
	fn     reflect.Value
	stream bool
}

var errorType = reflect.TypeFor[error]()

// ops lists the methods of st a client may call.
func ops(st store.Served) map[string]op {
	iface := reflect.TypeFor[store.Station]()
	v := reflect.ValueOf(st)
	out := make(map[string]op, iface.NumMethod())
	for i := range iface.NumMethod() {
		name := iface.Method(i).Name
		if local[name] {
			continue
		}
		fn := v.MethodByName(name)
		t := fn.Type()
		if last := t.NumIn() - 1; last >= 0 && t.In(last).Kind() == reflect.Func {
			stored := v.MethodByName("Stored" + name)
			if !stored.IsValid() {
				panic("owner: store.Stored has no Stored" + name) // caught by every test that serves
			}
			out[name] = op{fn: stored, stream: true}
			continue
		}
		out[name] = op{fn: fn}
	}
	return out
}

// direct lists the methods of st a Session may call, as they are: a
// period reader with its own page function.
func direct(st store.Served) map[string]reflect.Value {
	iface := reflect.TypeFor[store.Station]()
	v := reflect.ValueOf(st)
	out := make(map[string]reflect.Value, iface.NumMethod())
	for i := range iface.NumMethod() {
		if name := iface.Method(i).Name; !local[name] {
			out[name] = v.MethodByName(name)
		}
	}
	return out
}

// args decodes a request's arguments into the parameters of fn, leaving
// out the last n of them (a period reader's function).
func args(fn reflect.Value, raw json.RawMessage, n int) ([]reflect.Value, error) {
	t := fn.Type()
	var parts []json.RawMessage
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &parts); err != nil {
			return nil, fmt.Errorf("%w: %v", wire.ErrBadRequest, err)
		}
	}
	if len(parts) != t.NumIn()-n {
		return nil, fmt.Errorf("%w: %d arguments, want %d", wire.ErrBadRequest, len(parts), t.NumIn()-n)
	}
	in := make([]reflect.Value, len(parts), t.NumIn())
	for i, p := range parts {
		v := reflect.New(t.In(i))
		if err := json.Unmarshal(p, v.Interface()); err != nil {
			return nil, fmt.Errorf("%w: argument %d: %v", wire.ErrBadRequest, i+1, err)
		}
		in[i] = v.Elem()
	}
	return in, nil
}

// results encodes what a method returned, its error apart: the results as a
// JSON array, or the error.
func results(out []reflect.Value) (json.RawMessage, error) {
	if len(out) == 0 {
		return json.RawMessage("[]"), nil
	}
	last := out[len(out)-1]
	if last.Type() == errorType {
		if err, _ := last.Interface().(error); err != nil {
			return nil, err
		}
		out = out[:len(out)-1]
	}
	vals := make([]any, len(out))
	for i, v := range out {
		vals[i] = v.Interface()
	}
	data, err := json.Marshal(vals)
	if err != nil {
		return nil, errors.Join(wire.ErrBadRequest, err)
	}
	return data, nil
}
