package cli

import (
	"errors"
	"time"

	"frontdesk/queue"
	"frontdesk/tui/common"
)

// Take issues a ticket of a service type, as the kiosk does (Q1).
func Take(e Env, code string, priority bool) error {
	who := "script"
	t, est, err := e.Store.Take(code, priority, who)
	if err != nil {
		return err
	}
	human := e.Text.T("cli.take", t.Number, e.typeName(t.Type), est.Ahead, int(est.Wait/time.Minute))
	if est.Straight {
		human = e.Text.T("cli.take.straight", t.Number, e.typeName(t.Type))
	}
	return e.print(struct {
		Ticket      ticketJSON `json:"ticket"`
		Ahead       int        `json:"ahead"`
		WaitMinutes int        `json:"wait_minutes"`
		Straight    bool       `json:"straight"`
	}{toJSON(t), est.Ahead, int(est.Wait / time.Minute), est.Straight}, human)
}

// Call is a caller keypad's "next" button: it finishes the counter's current
// ticket and calls the next one (Q3). Nobody waiting is not an error: the
// keypad is told so and the counter is free.
func Call(e Env, counter int) error {
	if _, err := e.Store.Config().Counter(counter); err != nil {
		return err
	}
	t, err := e.Store.FinishAndCallNext(counter, "keypad")
	type out struct {
		Counter int         `json:"counter"`
		Called  bool        `json:"called"`
		Ticket  *ticketJSON `json:"ticket,omitempty"`
		Script  string      `json:"script,omitempty"`
	}
	switch {
	case errors.Is(err, queue.ErrNoneWaiting):
		return e.print(out{Counter: counter}, e.Text.T("cli.call.none", counter))
	case err != nil:
		return err
	}
	tj := toJSON(t)
	number := common.Inert(t.Number) // a ticket waiting in the database
	script := e.Text.T("script.call", number, counter)
	return e.print(out{Counter: counter, Called: true, Ticket: &tj, Script: script},
		e.Text.T("cli.call", counter, number, e.typeName(t.Type))+"\n"+script)
}
