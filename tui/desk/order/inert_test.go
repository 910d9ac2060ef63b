package order

import (
	"testing"

	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
)

// TestQ8_HostileOrderIsInert: the order screen and its call form draw none
// of an order's hostile words as a sequence (the walk across the board and
// the search box stays in tui/desk).
func TestQ8_HostileOrderIsInert(t *testing.T) {
	for _, bad := range desktest.HostileNames {
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
			desktest.CheckInert(t, "order", d.M.View())
			for _, k := range []string{"c", "r", "b"} {
				desktest.CheckInert(t, k, drive(d, press(k)...).M.View())
			}
		}
	}
}
