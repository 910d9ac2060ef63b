package parts_test

import (
	"reflect"
	"testing"

	"charm.land/bubbles/v2/key"
	"charm.land/huh/v2"

	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// TestEveryFormKeyIsHelpedInChinese: no key of the forms' key map that is
// enabled keeps huh's English help ("open editor", "up") on a Chinese desk.
func TestEveryFormKeyIsHelpedInChinese(t *testing.T) {
	ours, huhs := bindings(parts.FormKeys(desktest.Common("zh"))), bindings(huh.NewDefaultKeyMap())
	for name, b := range ours {
		if !b.Enabled() {
			continue
		}
		if d := b.Help().Desc; d == huhs[name].Help().Desc {
			t.Errorf("%s keeps huh's help %q", name, d)
		}
	}
}

// bindings are every key.Binding of a huh key map, by its field path.
func bindings(k *huh.KeyMap) map[string]key.Binding {
	out := map[string]key.Binding{}
	var walk func(prefix string, v reflect.Value)
	walk = func(prefix string, v reflect.Value) {
		if v.Kind() == reflect.Pointer {
			v = v.Elem()
		}
		if b, ok := v.Interface().(key.Binding); ok {
			out[prefix] = b
			return
		}
		if v.Kind() != reflect.Struct {
			return
		}
		for i := range v.NumField() {
			walk(prefix+"."+v.Type().Field(i).Name, v.Field(i))
		}
	}
	walk("KeyMap", reflect.ValueOf(k))
	return out
}
