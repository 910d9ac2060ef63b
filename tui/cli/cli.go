// Package cli holds frontdesk's one-shot commands, for scripts, ticket
// buttons and caller keypads: take, call, status, close-day, demo, find,
// report and export (the head office's files: export*.go).
// Each prints a line for people, or JSON with --json.
package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"frontdesk/internal/fileperm"
	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// Env is what a command runs with.
type Env struct {
	Store  store.Station
	Text   i18n.Catalog
	Out    io.Writer
	JSON   bool
	Onsite onsite.Config // the station's on-site hours and limits (S8)
	// Files is how the files of customers' data are made (the exports) and
	// what check expects of them (config.Config.Files); the owner's only
	// when zero.
	Files fileperm.Modes
}

// print writes v as JSON, or the human line.
func (e Env) print(v any, human string) error {
	if e.JSON {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetIndent("", "  ")
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := e.Out.Write(inertJSON(b.Bytes()))
		return err
	}
	_, err := fmt.Fprintln(e.Out, human)
	return err
}

func (e Env) typeName(code string) string {
	return common.TypeName(e.Text, e.Store.Config(), code)
}

// ticketJSON is a ticket as scripts see it.
type ticketJSON struct {
	ID       uint64 `json:"id"`
	Number   string `json:"number"`
	Type     string `json:"type"`
	State    string `json:"state"`
	Counter  int    `json:"counter,omitempty"`
	Priority bool   `json:"priority,omitempty"`
	Issued   string `json:"issued_at"`
	WaitedS  int    `json:"waited_seconds"`
}

func toJSON(t queue.Ticket) ticketJSON {
	return ticketJSON{
		ID: t.ID, Number: t.Number, Type: t.Type, State: string(t.State), Counter: t.Counter,
		Priority: t.Priority, Issued: t.IssuedAt.Format("2006-01-02T15:04:05Z07:00"),
		WaitedS: int(t.Waited(time.Now()).Seconds()),
	}
}
