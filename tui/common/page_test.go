package common

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

func TestPageKeepsInside(t *testing.T) {
	p := NewPage(10, 3)
	p.Add("请排队号为A012号的用户")
	p.Add("a\nb\nc")
	if got := p.String(); got != "请排队号…\na\nb" {
		t.Fatalf("page = %q", got)
	}
	for _, l := range strings.Split(p.String(), "\n") {
		if lipgloss.Width(l) > 10 {
			t.Fatalf("line %q wider than 10", l)
		}
	}
	if p.Left() != 0 {
		t.Fatalf("left %d", p.Left())
	}
}
