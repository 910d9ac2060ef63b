package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"frontdesk/config"
	"frontdesk/internal/fileperm"
	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
	rpt "frontdesk/report"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// ExportOptions are export's flags.
type ExportOptions struct {
	Format  string         // "csv" or "xlsx"
	Mask    bool           // mask phones and names
	Dir     string         // where the files go; "" is the current directory
	Station config.Station // whose export: its code and name in every row; the default configuration's when its code is ""
	Repair  repair.Config  // the names of its device kinds; the default configuration's when it has none
}

// Export writes the tickets, repair orders, events, on-site requests and
// hotline calls of period p for the head office (R3): as CSV, one file each, UTF-8 with a byte-order mark so
// that a spreadsheet reads the Chinese right; or as one XLSX workbook with a
// sheet each, streamed, so that a million rows are never held in memory.
// The files are named after the station's code and the period; every row
// begins with the station's code and name (see export_rows.go).
// The records are read through the store's period readers, a page per
// short transaction. Every text is made inert and guarded against formulas
// (Guard); with Mask, phone numbers and names are masked. Each file is
// written under a temporary name in the directory and renamed into place
// once all are complete, so an export that fails leaves nothing behind; a
// bad format, or a directory that is missing or cannot be written, is said
// before anything is read.
func Export(e Env, p rpt.Period, o ExportOptions) error {
	t := e.Text
	if err := o.Check(t); err != nil {
		return err
	}
	if o.Station.Code == "" {
		o.Station = config.Default().Station
	}
	if len(o.Repair.Devices) == 0 {
		o.Repair = config.Default().Repair
	}
	stem := o.Station.Code + "_" + p.First + "_" + p.Last
	var w tableWriter = &csvWriter{dir: o.Dir, stem: stem, modes: e.Files}
	if o.Format == "xlsx" {
		w = &xlsxWriter{dir: o.Dir, name: "frontdesk_" + stem + ".xlsx", files: e.Files}
	}
	if err := w.open(); err != nil {
		return &ExitError{Code: 1, Msg: t.T("export.err.dir", common.Inert(o.Dir), err)}
	}
	cfg := e.Store.Config()
	r := rower{t: t, loc: cfg.Location, mask: o.Mask, queue: cfg, repair: o.Repair, onsite: onsiteConfig(e.Onsite),
		station: text(o.Station.Code), stationName: text(o.Station.Name)}
	n, err := exportTables(e.Store, p, r, w)
	var files []string
	if err == nil {
		files, err = w.commit()
	}
	if err != nil {
		w.abort()
		return &ExitError{Code: 1, Msg: t.T("export.err.failed", common.Explain(t, cfg, err))}
	}
	human := []string{t.T("export.done", p.Name(), n[0], n[1], n[2], n[3], n[4])}
	if o.Mask {
		human[0] += " · " + t.T("export.masked")
	}
	for _, f := range files {
		human = append(human, t.T("export.file", f))
	}
	if o.Station.Code == config.PlaceholderCode {
		human = append(human, t.T("export.placeholderCode", config.PlaceholderCode))
	}
	return e.print(struct {
		Station  string     `json:"station"`
		Period   rpt.Period `json:"period"`
		Format   string     `json:"format"`
		Masked   bool       `json:"masked"`
		Files    []string   `json:"files"`
		Tickets  int        `json:"tickets"`
		Orders   int        `json:"orders"`
		Events   int        `json:"events"`
		Requests int        `json:"requests"`
		Calls    int        `json:"calls"`
	}{o.Station.Code, p, o.Format, o.Mask, files, n[0], n[1], n[2], n[3], n[4]}, strings.Join(human, "\n"))
}

// Check normalises the format and the directory and refuses, with an
// ExitError in t's language, a format but csv or xlsx (2), and a directory
// that is missing or in which no file can be made (1). It leaves no file.
func (o *ExportOptions) Check(t i18n.Catalog) error {
	o.Format = strings.ToLower(strings.TrimSpace(o.Format))
	if o.Format != "csv" && o.Format != "xlsx" {
		return &ExitError{Code: 2, Msg: t.T("export.err.format", common.Inert(o.Format))}
	}
	if o.Dir == "" {
		o.Dir = "."
	}
	info, err := os.Stat(o.Dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &ExitError{Code: 1, Msg: t.T("export.err.noDir", common.Inert(o.Dir))}
	case err == nil && !info.IsDir():
		err = errors.New("not a directory")
	case err == nil:
		var probe pending
		if probe, err = newPending(o.Dir, "", fileperm.Default()); err == nil {
			removeAll([]pending{probe})
		}
	}
	if err != nil {
		return &ExitError{Code: 1, Msg: t.T("export.err.dir", common.Inert(o.Dir), err)}
	}
	return nil
}

// tableWriter is a format of export: it is opened (its first file made, so
// that an unwritable directory shows at once), gets the sheets one after
// another, and is committed — the files renamed into place — or aborted.
type tableWriter interface {
	open() error
	begin(name, title string, header []string) error
	row(cells []any) error
	commit() ([]string, error)
	abort()
}

// exportTables writes the tickets, orders, events, on-site requests and
// hotline calls of p and counts them.
func exportTables(st store.Station, p rpt.Period, r rower, w tableWriter) (n [5]int, err error) {
	begin := func(s sheet) error {
		return w.begin(s.name, r.t.T("export.sheet."+s.name), headerOf(r.t, s, r.loc))
	}
	from, to := p.Start(), p.End()
	for i, s := range []struct {
		sheet
		write func(n *int) error
	}{
		{ticketSheet, func(n *int) error {
			return table(w, n, func(fn func([]queue.Ticket) error) error { return st.TicketsOfDays(p.First, p.Last, fn) }, r.ticket)
		}},
		{orderSheet, func(n *int) error {
			return table(w, n, func(fn func([]repair.Order) error) error { return st.OrdersReceived(from, to, fn) }, r.order)
		}},
		{eventSheet, func(n *int) error {
			return table(w, n, func(fn func([]store.Event) error) error { return st.EventsBetween(from, to, fn) }, r.event)
		}},
		{requestSheet, func(n *int) error {
			return table(w, n, func(fn func([]onsite.Request) error) error { return st.RequestsReceived(from, to, fn) }, r.request)
		}},
		{hotlineSheet, func(n *int) error {
			return table(w, n, func(fn func([]onsite.Call) error) error { return st.CallsBetween(from, to, fn) }, r.call)
		}},
	} {
		if err = begin(s.sheet); err == nil {
			err = s.write(&n[i])
		}
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// table writes a row for every record read hands over, and counts them.
func table[T any](w tableWriter, n *int, read func(func([]T) error) error, row func(T) []any) error {
	return read(func(records []T) error {
		for _, rec := range records {
			if err := w.row(row(rec)); err != nil {
				return err
			}
			*n++
		}
		return nil
	})
}

// pending is a file being written under a temporary name in the export's
// directory, and the name it will have.
type pending struct {
	f     *os.File
	out   *pacedFile // f, written a few megabytes at a time
	final string
}

// newPending makes the file of name in dir, under a temporary name, as m
// says: its owner's only, or its owner's and the station group's to read.
func newPending(dir, name string, m fileperm.Modes) (pending, error) {
	f, err := os.CreateTemp(dir, ".frontdesk-export-*.tmp")
	if err != nil {
		return pending{}, err
	}
	if err := m.Apply(f); err != nil {
		f.Close()
		os.Remove(f.Name())
		return pending{}, err
	}
	return pending{f: f, out: &pacedFile{f: f}, final: filepath.Join(dir, name)}, nil
}

// commitAll syncs and closes the files and renames them into place, then
// syncs the directory; it returns their names.
func commitAll(dir string, ps []pending) ([]string, error) {
	for _, p := range ps {
		// newPending made it for its owner (and the station group) only,
		// and so it stays: it holds the customers' names and phones.
		if err := p.f.Sync(); err != nil {
			return nil, err
		}
		if err := p.f.Close(); err != nil {
			return nil, err
		}
	}
	var names []string
	for _, p := range ps {
		if err := os.Rename(p.f.Name(), p.final); err != nil {
			return nil, err
		}
		names = append(names, p.final)
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync() // best effort: the files are complete and renamed already
		d.Close()
	}
	return names, nil
}

// removeAll drops the temporary files.
func removeAll(ps []pending) {
	for _, p := range ps {
		p.f.Close()
		os.Remove(p.f.Name())
	}
}

// csvWriter writes a CSV file per sheet, "tickets_<code>_<first>_<last>.csv"
// and so on: UTF-8 with a byte-order mark, CRLF at the end of every record
// (RFC 4180, as Excel writes it), a field quoted when it holds a comma, a
// quote, a line break or begins with a space, its quotes doubled; a line
// break inside a field stays "\n" as the database has it (Go's csv.Writer
// would make it CRLF, and a loader would keep that). Times are
// "2006-01-02 15:04:05" of the station, days "2006-01-02", amounts
// "1200.50".
type csvWriter struct {
	dir, stem string
	modes     fileperm.Modes // how the files are made
	files     []pending
	buf       *bufio.Writer
	scratch   []byte
}

// bom is the UTF-8 byte-order mark, by which spreadsheets know the encoding.
const bom = "\ufeff"

func (c *csvWriter) open() error { return c.next("tickets") }

// next makes the file of sheet name, unless it is the one made last.
func (c *csvWriter) next(name string) error {
	final := name + "_" + c.stem + ".csv"
	if n := len(c.files); n > 0 && filepath.Base(c.files[n-1].final) == final {
		return nil
	}
	if err := c.flush(); err != nil {
		return err
	}
	p, err := newPending(c.dir, final, c.modes)
	if err != nil {
		return err
	}
	c.files = append(c.files, p)
	c.buf = bufio.NewWriterSize(p.out, 1<<16)
	_, err = c.buf.WriteString(bom)
	return err
}

func (c *csvWriter) flush() error {
	if c.buf == nil {
		return nil
	}
	return c.buf.Flush()
}

func (c *csvWriter) begin(name, _ string, header []string) error {
	if err := c.next(name); err != nil {
		return err
	}
	cells := make([]any, len(header))
	for i, h := range header {
		cells[i] = h
	}
	return c.row(cells)
}

func (c *csvWriter) row(cells []any) error {
	b := c.scratch[:0]
	for i, v := range cells {
		if i > 0 {
			b = append(b, ',')
		}
		b = csvField(b, csvCell(v))
	}
	b = append(b, '\r', '\n')
	c.scratch = b
	_, err := c.buf.Write(b)
	return err
}

// csvField appends s to b as a CSV field, quoted when it must be.
func csvField(b []byte, s string) []byte {
	if s == "" || !strings.ContainsAny(s, ",\"\r\n") && s[0] != ' ' {
		return append(b, s...)
	}
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			b = append(b, '"')
		}
		b = append(b, s[i])
	}
	return append(b, '"')
}

// csvCell is a cell as CSV text; the strings are ready (see rower).
func csvCell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case time.Time:
		return v.Format(time.DateTime)
	case date:
		return time.Time(v).Format(time.DateOnly)
	case repair.Money:
		return v.String()
	case int:
		return strconv.Itoa(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case uint64:
		return strconv.FormatUint(v, 10)
	}
	return fmt.Sprint(v) // a number
}

func (c *csvWriter) commit() ([]string, error) {
	if err := c.flush(); err != nil {
		return nil, err
	}
	return commitAll(c.dir, c.files)
}

func (c *csvWriter) abort() { removeAll(c.files) }
