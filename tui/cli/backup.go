package cli

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// Backup writes a hot copy of the database to dest while desks keep working.
func Backup(e Env, dest string) error {
	info, err := e.Store.Backup(dest)
	if err != nil {
		return err
	}
	return e.print(info, e.Text.T("cli.backup", info.Path, info.Tickets, info.Size/1024))
}

// Check verifies a database or backup file: its pages, bbolt's consistency
// check, that it is frontdesk's and of which version, every record's seal
// and the invariants. Damage is listed, every place the check named, on
// the output (as JSON with --json); the error, with how to restore, goes
// on to the caller as for any command.
//
// look names the other places of the station's files (its backups, its
// claim slips): Check warns of any of them, and of the file, that others
// than its owner can read — with a station group (e.Files), that the
// computer's other users can read, or a group that is not the station's.
func Check(e Env, path string, look ...string) error {
	verify := store.Verify
	if e.Store != nil { // the live database, held by its owner
		verify = func(string) (store.BackupInfo, error) { return e.Store.Check() }
	}
	info, err := verify(path)
	if de, ok := store.DamageOf(err); ok {
		if perr := printDamage(e, path, de, err); perr != nil {
			return perr
		}
	}
	if err != nil {
		return err
	}
	exposed := exposedIn(e.Files, append([]string{path}, look...)...)
	if e.JSON {
		return e.print(struct {
			store.BackupInfo
			Exposed []Exposed `json:"exposed,omitempty"`
		}{info, exposed}, "")
	}
	return e.print(info, e.Text.T("cli.check", info.Path, info.Schema, info.Tickets, info.Rev, info.Records)+exposedText(e, e.Files, exposed))
}

// printDamage lists what a check found damaged: in JSON the whole of it;
// as text the places beyond the first, which the error names.
func printDamage(e Env, path string, de *store.DamageError, err error) error {
	first := *de
	first.Also = nil
	all := append([]store.DamageError{first}, de.Also...)
	if e.JSON {
		return e.print(struct {
			Path    string              `json:"path"`
			Damaged bool                `json:"damaged"`
			Count   int                 `json:"count"`
			Damage  []store.DamageError `json:"damage"`
		}{path, true, max(de.Count, 1), all}, "")
	}
	if len(all) == 1 {
		return nil
	}
	var b strings.Builder
	b.WriteString(e.Text.T("cli.check.damaged", max(de.Count, len(all))))
	for _, d := range all {
		b.WriteString("\n  - " + common.DamageWhere(e.Text, &store.PathError{Err: store.ErrDamaged, Why: &d}))
	}
	if de.Count > len(all) {
		b.WriteString("\n  " + e.Text.T("cli.check.more", de.Count-len(all)))
	}
	_, perr := fmt.Fprintln(e.Out, b.String())
	return perr
}

// RestoreOptions are how a restore of a live station is confirmed.
type RestoreOptions struct {
	Yes      bool      // confirmed already (--yes)
	Ask      io.Reader // the terminal to ask on; nil: none, and no --yes is a refusal
	Programs []string  // the other programs connected to the owner, by command
}

// Restore replaces the database of opts with a checked backup; the
// database as it was is kept beside it first. It does not open the
// database before: a damaged one is what it is for. While an owner holds
// the database (e.Store), the owner restores, swapping the file under its
// clients — and first the station is told what only the live database
// holds (the tickets, orders and records made after the backup) and which
// programs are connected, and asked to confirm.
func Restore(e Env, opts store.Options, src string, o RestoreOptions) error {
	restore := func() error { return store.RestoreOver(opts, src) }
	var loss store.RestoreLoss
	if e.Store != nil {
		restore = func() error { return e.Store.Restore(src) }
		var err error
		if loss, err = e.Store.RestoreLoss(src); err != nil {
			return err
		}
		if !loss.Empty() || len(o.Programs) > 0 {
			if err := confirmRestore(e, loss, o, opts.Queue.Location); err != nil {
				return err
			}
		}
	}
	if err := restore(); err != nil {
		return err
	}
	return e.print(struct {
		Restored string             `json:"restored"`
		Loss     *store.RestoreLoss `json:"taken_out,omitempty"`
	}{src, lossOrNil(loss)}, e.Text.T("cli.restore", src, opts.Path))
}

// RestoreNewest is Restore from the newest daily backup in dir that passes
// its check now (store.NewestVerified), for a restore with no file named:
// it names the backup and what it holds, then goes on as Restore does,
// asking a live station first. Backups found damaged on the way have been
// set aside, and are named. With none that passes, nothing is restored.
func RestoreNewest(e Env, opts store.Options, dir string, o RestoreOptions) error {
	info, damaged, err := store.NewestVerified(dir, opts.Path, opts.Files)
	if err != nil {
		return err
	}
	out := e.Out
	if e.JSON {
		out = io.Discard // the answer is the JSON, which names the backup restored
	}
	for _, err := range damaged {
		fmt.Fprintln(out, common.Explain(e.Text, opts.Queue, err))
	}
	if info.Path == "" {
		return &ExitError{Code: 1, Msg: e.Text.T("restore.err.noVerified", dir)}
	}
	when := info.Time.In(opts.Queue.Location).Format("2006-01-02 15:04")
	fmt.Fprintln(out, e.Text.T("restore.newest", info.Path, when, info.Tickets, info.Rev))
	return Restore(e, opts, info.Path, o)
}

func lossOrNil(l store.RestoreLoss) *store.RestoreLoss {
	if l.Empty() {
		return nil
	}
	return &l
}

// confirmRestore tells what a restore takes out and who is connected, and
// asks: yes on the terminal, or --yes.
func confirmRestore(e Env, loss store.RestoreLoss, o RestoreOptions, loc *time.Location) error {
	t := e.Text
	out := e.Out
	if e.JSON {
		out = io.Discard // the answer is the JSON, with what was taken out
	}
	if !loss.Empty() {
		fmt.Fprintln(out, t.T("restore.loss.head", loss.Backup.Time.In(loc).Format("2006-01-02 15:04"), loss.Backup.Tickets))
		if loss.TicketCount > 0 {
			fmt.Fprintln(out, t.T("restore.loss.tickets", loss.TicketCount, listed(t, loss.Tickets, loss.TicketCount)))
		}
		if loss.OrderCount > 0 {
			fmt.Fprintln(out, t.T("restore.loss.orders", loss.OrderCount, listed(t, loss.Orders, loss.OrderCount)))
		}
		fmt.Fprintln(out, t.T("restore.loss.events", loss.EventCount))
		fmt.Fprintln(out, t.T("restore.loss.kept"))
	}
	if len(o.Programs) > 0 {
		fmt.Fprintln(out, t.T("restore.programs", programs(t, o.Programs)))
	}
	return askYes(e, o.Yes, o.Ask, "restore")
}

// askYes asks on the terminal ask for a typed yes, unless yes was given
// already; with no terminal and no --yes, it refuses. The words are the
// catalogue's of what, the command: what.ask, what.err.needYes,
// what.err.notConfirmed. A refusal changes nothing.
func askYes(e Env, yes bool, ask io.Reader, what string) error {
	t, out := e.Text, e.Out
	if e.JSON {
		out = io.Discard
	}
	switch {
	case yes:
		return nil
	case ask == nil:
		return &ExitError{Code: 1, Msg: t.T(what + ".err.needYes")}
	}
	fmt.Fprint(out, t.T(what+".ask"))
	answer, err := bufio.NewReader(ask).ReadString('\n')
	if err != nil {
		fmt.Fprintln(out) // the end of the input: the refusal goes on a line of its own
	}
	if strings.TrimSpace(strings.ToLower(answer)) != "yes" {
		return &ExitError{Code: 1, Msg: t.T(what + ".err.notConfirmed")}
	}
	return nil
}

// listed joins numbers, with "…" when they are not all of n.
func listed(t i18n.Catalog, numbers []string, n int) string {
	s := strings.Join(numbers, t.T("restore.sep"))
	if len(numbers) < n {
		s += t.T("restore.loss.more")
	}
	return s
}

// programs names the connected programs in the station's words, each
// with how many run: 接待台 ×2、叫号屏.
func programs(t i18n.Catalog, names []string) string {
	var parts []string
	for i := 0; i < len(names); {
		j := i
		for j < len(names) && names[j] == names[i] {
			j++
		}
		name := common.Inert(names[i]) // a command with no name of its own: take, export…
		switch names[i] {
		case "desk", "display", "kiosk":
			name = t.T("program." + names[i])
		}
		if j-i > 1 {
			name += fmt.Sprintf(" ×%d", j-i)
		}
		parts = append(parts, name)
		i = j
	}
	return strings.Join(parts, t.T("restore.sep"))
}
