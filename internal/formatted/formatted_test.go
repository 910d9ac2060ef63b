package formatted

import (
	"slices"
	"testing"
)

func TestArgs(t *testing.T) {
	for _, c := range []struct {
		format string
		args   []any
		want   []string
	}{
		{"page id %d in header of page %d", []any{812, 813}, []string{"812", "813"}},
		{"%s page (flags %#x) where a %s belongs", []any{"leaf", 0x10, "branch"}, []string{"leaf", "0x10", "branch"}},
		{"100%% of %q", []any{"x"}, []string{`"x"`}},
		{"no verbs", []any{1}, nil},
		{"cut %", []any{1}, nil},
	} {
		if got := Args(c.format, c.args); !slices.Equal(got, c.want) {
			t.Errorf("Args(%q, %v) = %q, want %q", c.format, c.args, got, c.want)
		}
	}
}
