package queue

import "time"

// Script names a standard script (标准话术) from DOMAIN.md; the text catalogue
// holds the words.
type Script int

// The scripts the desk shows around a ticket.
const (
	ScriptNone       Script = iota
	ScriptCall              // 请排队号为…号的用户到…号接待台来 (Q3)
	ScriptGreet             // 您好,让我来帮您。
	ScriptSorryWait         // 对不起,让您久等了。(Q6)
	ScriptPleaseWait        // 请您稍等。(Q7)
)

// ScriptsFor says what the engineer at a counter should say now, given the
// counter's current ticket (nil when none) and today's tickets: the call
// announcement while called; the greeting, or the apology after a long wait,
// while serving; and 「请您稍等」 when a customer this counter would call
// (Offered) arrived while the engineer is busy with another (Q7).
func ScriptsFor(cfg Config, cur *Ticket, today []Ticket, now time.Time) []Script {
	if cur == nil {
		return nil
	}
	var out []Script
	switch cur.State {
	case Called:
		out = append(out, ScriptCall)
	case Serving:
		if cur.LongWait(cfg, now) {
			out = append(out, ScriptSorryWait)
		} else {
			out = append(out, ScriptGreet)
		}
		k, err := cfg.Counter(cur.Counter)
		if err != nil {
			break
		}
		for _, t := range Offered(cfg, k, today, now) {
			if t.IssuedAt.After(cur.StartedAt) {
				out = append(out, ScriptPleaseWait)
				break
			}
		}
	default:
		// Not at a counter: nothing for the engineer to say.
	}
	return out
}

// CloseDay closes every open ticket it is given, whatever its day, with the
// reason (Q11), and returns the closed copies; the slice passed in is not
// changed. The caller chooses which tickets to pass: the day's at closing
// time, or those left open from earlier days. Numbering restarts by itself,
// as each day has its own numbers; the closed tickets stay as history. It
// takes the configuration as the other rules do, and needs none of it yet.
func CloseDay(_ Config, tickets []Ticket, reason string, now time.Time) ([]Ticket, error) {
	if reason == "" {
		return nil, ErrReason
	}
	var changed []Ticket
	for _, t := range tickets {
		if t.Open() {
			if err := t.Close(reason, now); err != nil {
				return nil, err
			}
			changed = append(changed, t)
		}
	}
	return changed, nil
}
