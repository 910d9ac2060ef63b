package hotline

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/onsite"
	"frontdesk/tui/desk/internal/desktest"
)

// step is one thing the engineer does: text typed (the phone, the topic,
// the fault, the landline: typing, not counted) or one key pressed.
type step struct {
	typed string
	key   tea.Msg
}

func typed(s string) step { return step{typed: s} }
func press(k string) step { return step{key: desktest.Press(k)[0]} }

// TestS1_KnownCustomersRequestTakesUnder15Keys: a known customer's call
// opened as an on-site request, every field of the form confirmed with
// enter, takes under 15 keys beyond the typed text; saved with ctrl+s
// from the network's answer, far fewer.
func TestS1_KnownCustomersRequestTakesUnder15Keys(t *testing.T) {
	head := []step{typed(bizPhone), press("enter"), typed("打印机卡纸"), press("enter"), press("3"), press("1"),
		typed(",第二台"), press("enter"), press("y")}
	through := append(append([]step{}, head...), press("enter"), press("enter"), press("enter"), press("enter"),
		typed("010-62345678"), press("enter"), press("enter"), press("enter"), press("enter"))
	quick := append(append([]step{}, head...), step{key: desktest.Ctrl('s')})
	for _, path := range []struct {
		name  string
		steps []step
		most  int
	}{{"every field confirmed", through, 14}, {"ctrl+s", quick, 14}} {
		t.Run(path.name, func(t *testing.T) {
			s, _ := station(t)
			d := onStation(t, s, "zh", 80, 24)
			n := 0
			for _, st := range path.steps {
				if st.key == nil {
					d = drive(d, st.typed)
					continue
				}
				n++
				d = desktest.Drive(d, st.key)
			}
			if d.M.stage != stageDone || d.M.done.request == "" {
				t.Fatalf("not saved after %d keys: %+v\n%s", n, d.Sess.Status, d.Plain())
			}
			cs := calls(t, s)
			if len(cs) != 1 || cs[0].Result != onsite.ResultRequest {
				t.Fatalf("calls %+v", cs)
			}
			t.Logf("%s: %d keys beyond the typed text", path.name, n)
			if n > path.most {
				t.Errorf("%d keys, want at most %d", n, path.most)
			}
		})
	}
}
