package owner

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"slices"
	"testing"

	"frontdesk/staff"
	"frontdesk/store"
)

// TestActorArgs reads the store's interfaces: every parameter named who or
// engineer, and every struct parameter with a Who or Engineer field, is
// the one actor names for its method, and actor names nothing else.
func TestActorArgs(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "../store/iface.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	station := reflect.TypeFor[store.Station]()
	want := map[string]int{}
	ast.Inspect(f, func(n ast.Node) bool {
		m, ok := n.(*ast.Field)
		if !ok || len(m.Names) != 1 {
			return true
		}
		fn, ok := m.Type.(*ast.FuncType)
		if !ok {
			return true
		}
		name := m.Names[0].Name
		method, ok := station.MethodByName(name)
		if !ok || local[name] {
			return false
		}
		i := 0
		for _, p := range fn.Params.List {
			for _, pn := range p.Names {
				typ := method.Type.In(i)
				if pn.Name == "who" || pn.Name == "engineer" || typ.Kind() == reflect.Struct && hasActorField(typ) {
					if _, twice := want[name]; !twice {
						want[name] = i
					}
				}
				i++
			}
		}
		return false
	})
	if len(want) < 20 {
		t.Fatalf("found %d methods with an actor in store/iface.go: the parse went wrong", len(want))
	}
	for op, i := range want {
		if got, ok := actor[op]; !ok || got != i {
			t.Errorf("actor[%q] = %d, %v; store/iface.go has its actor at argument %d", op, got, ok, i)
		}
	}
	for op := range actor {
		if _, ok := want[op]; !ok {
			t.Errorf("actor names %s, which has no actor in store/iface.go", op)
		}
	}
}

func hasActorField(t reflect.Type) bool {
	for _, f := range []string{"Who", "Engineer"} {
		if sf, ok := t.FieldByName(f); ok && sf.Type.Kind() == reflect.String {
			return true
		}
	}
	return false
}

// TestEveryOperationHasItsRoles: each method the owner serves is some
// role's, or local only — a new one must be placed before it is served
// to any session.
func TestEveryOperationHasItsRoles(t *testing.T) {
	for name := range ops((*store.Store)(nil)) {
		placed := slices.Contains(localOnly, name)
		for _, r := range staff.Roles {
			placed = placed || roles[r][name]
		}
		if !placed {
			t.Errorf("%s is in no role's list and not in localOnly (owner/roles.go)", name)
		}
		if slices.Contains(localOnly, name) {
			for _, r := range staff.Roles {
				if roles[r][name] {
					t.Errorf("%s is local only and also %s's", name, r)
				}
			}
		}
	}
}

func TestStampAndPermit(t *testing.T) {
	in := []reflect.Value{reflect.ValueOf(3), reflect.ValueOf("王大锤")}
	stamp("CallNext", in, "张工")
	if in[1].String() != "张工" {
		t.Errorf("CallNext's who stamped as %q", in[1].String())
	}
	try := []reflect.Value{reflect.ValueOf(store.PickupTry{Who: "李主任", Claim: "X"}), reflect.ValueOf(store.PickupLimits{})}
	stamp("VerifyPickup", try, "张工")
	if p := try[0].Interface().(store.PickupTry); p.Who != "张工" || p.Claim != "X" {
		t.Errorf("VerifyPickup's try stamped as %+v", p)
	}
	if err := permit(staff.Display, "CallNext"); !errors.Is(err, staff.ErrNotAllowed) {
		t.Errorf("a display calling: %v", err)
	}
	var na *NotAllowedError
	if err := permit(staff.Engineer, "CloseDay"); !errors.As(err, &na) || !errors.Is(err, staff.ErrSupervisorOnly) || !slices.Equal(na.May, []staff.Role{staff.Supervisor}) {
		t.Errorf("an engineer closing the day: %v", err)
	}
	if err := permit(staff.Keypad, "CallNext"); err != nil {
		t.Errorf("a keypad calling: %v", err)
	}
	if err := permit(staff.Supervisor, "Restore"); err == nil {
		t.Error("a session restored the file")
	}
}
