package notify

import (
	"strings"
	"testing"

	"frontdesk/repair"
)

// O2: a delay logged with a note as long as the desk allows still texts
// the customer, its reason cut, so that the note can neither make the
// text unsendable nor refuse the logging of the call.
func TestO2_ALongDelayReasonIsCut(t *testing.T) {
	c := on()
	o := anOrder()
	long := strings.Repeat("主板返厂", repair.MaxNote/4)
	o.History = []repair.Step{{At: now, Kind: repair.StepContact, Contact: repair.ContactDelay, Text: long}}
	msgs, err := c.ForOrder(station, o, 0)
	if err != nil || len(msgs) != 1 {
		t.Fatalf("a long reason: %v, %+v", err, msgs)
	}
	if strings.Contains(msgs[0].Text, long) || !strings.Contains(msgs[0].Text, "主板返厂") || !strings.Contains(msgs[0].Text, "…") {
		t.Errorf("the reason not cut: %q", msgs[0].Text)
	}
}
