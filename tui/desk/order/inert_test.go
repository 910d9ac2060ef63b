package order

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
)

// hostile are words a damaged or hostile database may hold: escape
// sequences, clipboard writes, bells, C1 controls, bidi tricks.
var hostile = []string{
	"王\x1b[31m工\x1b[0m", "\x1b]52;c;aGVsbG8=\x07李工", "赵\a\a工", "\x9b2J钱工",
	"\u202e工周", "\x1b]8;;http://evil\x07郑工\x1b]8;;\x07",
}

// TestQ8_HostileOrderIsInert: the order screen and its call form draw none
// of an order's hostile words as a sequence (the walk across the board and
// the search box stays in tui/desk).
func TestQ8_HostileOrderIsInert(t *testing.T) {
	for _, bad := range hostile {
		o := anOrder(t)
		o.Intake.Name, o.Intake.Brand, o.Intake.Model, o.Intake.Fault, o.Intake.Loaner = bad, bad, bad, bad, bad
		o.Intake.Extras, o.Intake.ConditionNote, o.AwaitedPart, o.Engineer, o.Ticket, o.Number = bad, bad, bad, bad, bad, bad
		o.Previous = []string{bad}
		o.Result = repair.Result{Cause: bad, Work: bad, Parts: bad, Advice: bad}
		o.History = []repair.Step{
			{At: desktest.Fixed, Who: bad, Kind: repair.StepNote, Text: bad},
			{At: desktest.Fixed, Who: bad, Kind: repair.StepComplaint, Text: bad, Answer: bad},
			{At: desktest.Fixed, Who: bad, Kind: repair.StepKind(bad), Text: bad},
			{At: desktest.Fixed, Who: bad, Kind: repair.StepState, From: repair.State(bad), To: repair.StateDiagnosing, Text: bad},
		}
		for _, size := range [][2]int{{80, 24}, {140, 40}} {
			d := pure("zh", size[0], size[1], o)
			inert(t, "order", d.m.View())
			for _, k := range []string{"c", "r", "b"} {
				inert(t, k, drive(d, press(k)...).m.View())
			}
		}
	}
}

func inert(t *testing.T, what, view string) {
	t.Helper()
	if strings.Contains(view, "\x1b]") || strings.ContainsRune(view, '\a') || strings.Contains(view, "aGVsbG8") || strings.Contains(view, "evil") {
		t.Errorf("%s: a sequence or its payload reached the screen: %q", what, view)
	}
	for _, r := range ansi.Strip(view) {
		if r != '\n' && (r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f || r == '\u202e' || r == '\u2066') {
			t.Errorf("%s: %U drawn", what, r)
			return
		}
	}
}
