package wire

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
)

// TestEverySentinelCrosses reads queue, repair and store as source: each
// exported Err variable must be registered, or a client would see its text
// but never match it with errors.Is.
func TestEverySentinelCrosses(t *testing.T) {
	for _, pkg := range []string{"queue", "repair", "staff", "store", "onsite", "care"} {
		files, err := filepath.Glob(filepath.Join("..", pkg, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			file, err := parser.ParseFile(token.NewFileSet(), f, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range errVars(file) {
				n++
				code := pkg + "." + name
				if _, ok := sentinels[code]; !ok {
					t.Errorf("%s (%s) is not in sentinels", code, f)
				}
			}
		}
		if n == 0 {
			t.Fatalf("no Err variables found in %s: the test reads the wrong place", pkg)
		}
	}
	for code, err := range sentinels {
		if codes[err] != code {
			t.Errorf("%s is registered twice, or under two codes", code)
		}
	}
}

// errVars are the package-level exported variables named Err….
func errVars(f *ast.File) []string {
	var out []string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			for i, id := range vs.Names {
				if i < len(vs.Values) {
					if _, alias := vs.Values[i].(*ast.SelectorExpr); alias {
						continue // another package's sentinel under a second name
					}
				}
				if strings.HasPrefix(id.Name, "Err") && id.IsExported() {
					out = append(out, id.Name)
				}
			}
		}
	}
	return out
}

// roundTrip sends err across as JSON and back.
func roundTrip(t *testing.T, err error) error {
	t.Helper()
	data, jerr := json.Marshal(EncodeError(err))
	if jerr != nil {
		t.Fatal(jerr)
	}
	var w *Error
	if jerr := json.Unmarshal(data, &w); jerr != nil {
		t.Fatal(jerr)
	}
	return w.Err()
}

func TestErrorsKeepWhatTheyMatch(t *testing.T) {
	until := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		err  error
		is   []error
	}{
		{"sentinel", queue.ErrNoneWaiting, []error{queue.ErrNoneWaiting}},
		{"wrapped", fmt.Errorf("%w: %d", store.ErrNoOrder, 7), []error{store.ErrNoOrder}},
		{"path", &store.PathError{Path: "/d/q.db", Err: store.ErrLocked, Wait: 3 * time.Second, Why: errors.New("busy")}, []error{store.ErrLocked}},
		{"move", fmt.Errorf("order: %w", &repair.MoveError{From: "received", To: "ready", Err: repair.ErrNoResult, Missing: []string{"cause"}}), []error{repair.ErrNoResult}},
		{"problems", repair.Problems{{Field: "phone", Err: repair.ErrPhone}, {Field: "notes", Err: repair.ErrTooLong, Limit: 200}, {Field: "estimate", Err: &repair.LineError{Line: 2, Err: repair.ErrMoney}}}, []error{repair.ErrPhone, repair.ErrTooLong, repair.ErrMoney, repair.ErrEstimateLine}},
		{"locked", &store.LockedError{Until: until, Counter: true}, []error{repair.ErrLockedOut}},
		{"onsite move", &onsite.MoveError{From: onsite.StateNew, To: onsite.StateEscalated, Err: onsite.ErrMoveNotInS}, []error{onsite.ErrMoveNotInS}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := roundTrip(t, c.err)
			if got.Error() != c.err.Error() {
				t.Errorf("text %q, want %q", got.Error(), c.err.Error())
			}
			for _, want := range c.is {
				if !errors.Is(got, want) {
					t.Errorf("errors.Is(%v, %v) is false across the wire", got, want)
				}
			}
		})
	}
	var pe *store.PathError
	if got := roundTrip(t, cases[2].err); !errors.As(got, &pe) || pe.Path != "/d/q.db" || pe.Wait != 3*time.Second || pe.Why == nil {
		t.Errorf("path error came back as %#v", got)
	}
	var om *onsite.MoveError
	if got := roundTrip(t, cases[6].err); !errors.As(got, &om) || om.To != onsite.StateEscalated {
		t.Errorf("on-site move error came back as %#v", got)
	}
	var me *repair.MoveError
	if got := roundTrip(t, cases[3].err); !errors.As(got, &me) || me.To != "ready" || len(me.Missing) != 1 {
		t.Errorf("move error came back as %#v", got)
	}
	var ps repair.Problems
	if got := roundTrip(t, cases[4].err); !errors.As(got, &ps) || len(ps) != 3 || ps[1].Limit != 200 {
		t.Errorf("problems came back as %#v", got)
	}
	var le *store.LockedError
	if got := roundTrip(t, cases[5].err); !errors.As(got, &le) || !le.Until.Equal(until) || !le.Counter {
		t.Errorf("locked error came back as %#v", got)
	}
	if roundTrip(t, nil) != nil {
		t.Error("nil came back as an error")
	}
}
