package cli

import (
	"fmt"
	"io"

	"frontdesk/store"
)

// RecoverOptions are how a recovery is confirmed, as a restore is.
type RecoverOptions struct {
	Yes bool      // confirmed already (--yes)
	Ask io.Reader // the terminal to ask on; nil: none, and no --yes is a refusal
}

// Recover brings back from src — the copy a restore kept beside the
// database, or any copy of this station — the repair orders the live
// database lacks, the steps it lacks of the ones it has, and the tickets
// with their log (store.RecoverOrders). It says first what it found and asks; an order
// changed on both sides is named and left as the live database has it.
func Recover(e Env, src string, o RecoverOptions) error {
	t := e.Text
	found, err := e.Store.RecoverOrders(src, "recover", false)
	if err != nil {
		return err
	}
	out := e.Out
	if e.JSON {
		out = io.Discard // the answer is the JSON
	}
	if len(found.Added)+len(found.Updated)+len(found.Tickets) == 0 {
		if len(found.Kept) > 0 {
			fmt.Fprintln(out, t.T("recover.kept", len(found.Kept), listed(t, found.Kept, len(found.Kept))))
		}
		return e.print(found, t.T("recover.none", src))
	}
	fmt.Fprintln(out, t.T("recover.head", src))
	if n := len(found.Added); n > 0 {
		fmt.Fprintln(out, t.T("recover.added", n, listed(t, first(found.Added), n)))
	}
	if n := len(found.Updated); n > 0 {
		fmt.Fprintln(out, t.T("recover.updated", n, listed(t, first(found.Updated), n)))
	}
	if n := len(found.Kept); n > 0 {
		fmt.Fprintln(out, t.T("recover.kept", n, listed(t, first(found.Kept), n)))
	}
	if n := len(found.Tickets); n > 0 {
		fmt.Fprintln(out, t.T("recover.tickets", n, listed(t, first(found.Tickets), n)))
	}
	if err := askYes(e, o.Yes, o.Ask, "recover"); err != nil {
		return err
	}
	done, err := e.Store.RecoverOrders(src, "recover", true)
	if err != nil {
		return err
	}
	if n := len(done.TicketsLeft); n > 0 {
		fmt.Fprintln(out, t.T("recover.ticketsLeft", n, listed(t, first(done.TicketsLeft), n)))
	}
	return e.print(done, t.T("recover.done", len(done.Added), len(done.Updated), len(done.Tickets)))
}

// first is at most store.LossListed of numbers, as a restore lists them.
func first(numbers []string) []string { return numbers[:min(len(numbers), store.LossListed)] }
