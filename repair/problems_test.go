package repair

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestProblems(t *testing.T) {
	var ps Problems
	if !ps.OK() || ps.For(FieldPhone) != nil || ps.Fields() != nil {
		t.Errorf("empty problems: %v", ps)
	}
	ps.add(FieldName, nil, MaxName) // no error, no problem
	ps.add(FieldPhone, ErrPhone, 0)
	ps.add(FieldName, fmt.Errorf("%w: at most 30", ErrTooLong), MaxName)
	ps.add(FieldPhone, ErrRequired, 0)
	ps.add(FieldSerial, ErrSerial, MaxSerial) // a limit only with ErrTooLong
	if ps.OK() || len(ps) != 4 {
		t.Fatalf("problems = %v", ps)
	}
	if p := ps.For(FieldPhone); p == nil || p.Err != ErrPhone {
		t.Errorf("For(phone) = %v, want the first", p)
	}
	if p := ps.For(FieldName); p == nil || p.Limit != MaxName || ps.For(FieldSerial).Limit != 0 {
		t.Errorf("limits: %+v", ps)
	}
	if got := ps.Fields(); strings.Join(got, ",") != "phone,name,serial" {
		t.Errorf("Fields = %v", got)
	}
	if !errors.Is(ps, ErrTooLong) || !errors.Is(ps, ErrSerial) || errors.Is(ps, ErrDate) {
		t.Error("errors.Is does not look into the problems")
	}
	if s := ps.Error(); !strings.Contains(s, "4 problem(s)") || !strings.Contains(s, "phone: not a phone number") {
		t.Errorf("Error() = %q", s)
	}
}
