package cli

import (
	"fmt"
	"strings"

	"frontdesk/queue"
	"frontdesk/tui/common"
)

// Status prints the queue now: waiting per type, each counter, last calls.
func Status(e Env) error {
	snap, err := e.Store.Snapshot()
	if err != nil {
		return err
	}
	type typeJSON struct {
		Code    string `json:"code"`
		Name    string `json:"name"`
		Waiting int    `json:"waiting"`
		Away    int    `json:"away"`
		// Unserved is how many of them no open counter calls (queue.Stranded).
		Unserved int `json:"unserved"`
	}
	type counterJSON struct {
		Number   int         `json:"number"`
		Open     bool        `json:"open"` // a desk has it
		Paused   bool        `json:"paused"`
		Engineer string      `json:"engineer,omitempty"`
		Current  *ticketJSON `json:"current,omitempty"`
	}
	var out struct {
		Day      string        `json:"day"`
		Rev      uint64        `json:"rev"`
		Types    []typeJSON    `json:"types"`
		Counters []counterJSON `json:"counters"`
		Issued   int           `json:"issued_today"`
		Finished int           `json:"finished_today"`
	}
	out.Day, out.Rev, out.Issued = snap.Day, snap.Rev, len(snap.Tickets)
	cfg, open := e.Store.Config(), snap.OpenCounters()
	for _, ty := range cfg.Types {
		tj := typeJSON{Code: ty.Code, Name: e.typeName(ty.Code)}
		for _, t := range snap.Tickets {
			if t.Type == ty.Code && queue.Stranded(cfg, open, t) {
				tj.Unserved++
			}
			if t.Type == ty.Code && t.Queued() {
				if t.Away() {
					tj.Away++
				} else {
					tj.Waiting++
				}
			}
		}
		out.Types = append(out.Types, tj)
	}
	for _, t := range snap.Tickets {
		if t.State == queue.Finished {
			out.Finished++
		}
	}
	for _, k := range snap.Counters {
		cj := counterJSON{Number: k.Number, Open: k.Desk != "", Paused: k.Paused, Engineer: k.Engineer}
		for _, t := range snap.Tickets {
			if t.Current(k.Number) {
				tj := toJSON(t)
				cj.Current = &tj
			}
		}
		out.Counters = append(out.Counters, cj)
	}
	var b strings.Builder
	fmt.Fprintln(&b, e.Text.T("cli.status.head", out.Day, out.Issued, out.Finished))
	for _, tj := range out.Types {
		line := e.Text.T("cli.status.type", tj.Code, tj.Name, tj.Waiting, tj.Away)
		if tj.Unserved > 0 {
			line += e.Text.T("cli.status.unserved", tj.Unserved)
		}
		fmt.Fprintln(&b, "  "+line)
	}
	for _, cj := range out.Counters {
		state := e.Text.T("desk.counter.free")
		switch {
		case cj.Current != nil:
			state = common.Inert(cj.Current.Number) + " " + e.Text.T("state."+cj.Current.State) // from the database
		case !cj.Open:
			state = e.Text.T("desk.counter.closed")
		}
		if cj.Paused {
			state = e.Text.T("desk.counter.paused")
		}
		fmt.Fprintln(&b, "  "+e.Text.T("counter.n", cj.Number)+": "+state)
	}
	return e.print(out, strings.TrimRight(b.String(), "\n"))
}

// CloseDay closes every open ticket with the reason (Q11).
func CloseDay(e Env, reason string) error {
	n, err := e.Store.CloseDay(strings.TrimSpace(reason), "close-day")
	if err != nil {
		return err
	}
	return e.print(struct {
		Closed int `json:"closed"`
	}{n}, e.Text.T("cli.closeDay", n))
}
