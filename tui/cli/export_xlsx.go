package cli

import (
	"fmt"
	"strconv"
	"time"

	"charm.land/lipgloss/v2"

	"frontdesk/internal/fileperm"
	"frontdesk/internal/xlsx"
	"frontdesk/repair"
)

// xlsxWriter writes one workbook with a sheet per table, through package
// xlsx: rows are zipped straight into the export's file as they come, not
// held in memory. Every sheet has its header row bold, frozen and with a
// filter over the whole table; its columns are as wide as the header and
// the first sampleRows rows need (CJK counted double, as a spreadsheet
// draws it), since a stream's widths are set before its first row. Times
// are real date-times of the station (the header names its zone), days
// real dates, amounts numbers of two decimals, counts and ids numbers. A
// sheet that reaches a spreadsheet's 1,048,576 rows goes on in another,
// "事件 2".
type xlsxWriter struct {
	dir, name string
	files     fileperm.Modes // how the workbook is made

	out          pending
	wb           *xlsx.Workbook
	title, sheet string // the table's, and the sheet's being written ("事件 2")
	header       []string
	part, rows   int  // of the current sheet
	started      bool // the sheet begun in the workbook: widths set, header written
	sample       []sampled
	cells        []xlsx.Cell
}

// sampleRows is how many rows of a sheet its column widths are taken from.
const sampleRows = 1000

// maxWidth is the widest a column is made, in characters: a long fault
// stays readable in its cell rather than a screen wide.
const maxWidth = 60

// sampled is a row held back until the sheet's widths are known.
type sampled struct {
	at    int
	cells []any
}

func (x *xlsxWriter) open() (err error) {
	if x.out, err = newPending(x.dir, x.name, x.files); err != nil {
		return err
	}
	x.wb = xlsx.New(x.out.out)
	return nil
}

func (x *xlsxWriter) begin(_, title string, header []string) error {
	if err := x.flush(); err != nil { // under the last sheet's header
		return err
	}
	x.title, x.part, x.header = title, 1, header
	x.newSheet(title)
	return nil
}

// newSheet names the next sheet; it begins in the workbook when the sample
// of rows that sets the widths is in (start).
func (x *xlsxWriter) newSheet(name string) {
	x.sheet, x.rows, x.started, x.sample = name, 1, false, x.sample[:0]
}

// start begins the sheet with the widths from the header and the sample,
// the header frozen and filtered, and writes it and the sampled rows.
func (x *xlsxWriter) start() error {
	widths := make([]float64, len(x.header))
	for i, h := range x.header {
		w := lipgloss.Width(h) + 4 // bold, and the filter's button
		for _, s := range x.sample {
			if i < len(s.cells) {
				w = max(w, cellWidth(s.cells[i])+2)
			}
		}
		widths[i] = float64(min(w, maxWidth))
	}
	err := x.wb.Sheet(x.sheet, xlsx.SheetOptions{Widths: widths, FreezeTop: true, FilterCols: max(len(x.header), 1)})
	if err != nil {
		return err
	}
	header := make([]xlsx.Cell, len(x.header))
	for i, h := range x.header {
		header[i] = xlsx.Cell{Style: xlsx.Bold, Value: h}
	}
	if err := x.wb.Row(1, header); err != nil {
		return err
	}
	for _, s := range x.sample {
		if err := x.setRow(s.at, s.cells); err != nil {
			return err
		}
	}
	x.started, x.sample = true, x.sample[:0]
	return nil
}

// cellWidth is how many characters a cell's value takes, CJK double.
func cellWidth(v any) int {
	switch v := v.(type) {
	case nil:
		return 0
	case string:
		return lipgloss.Width(v)
	case time.Time:
		return len(time.DateTime)
	case date:
		return len(time.DateOnly)
	case repair.Money:
		return len(v.String())
	}
	return len(fmt.Sprint(v))
}

// flush begins the sheet named, if its sample has not begun it yet; the
// workbook ends it, with its filter, when the next begins.
func (x *xlsxWriter) flush() error {
	if x.sheet == "" || x.started {
		return nil
	}
	return x.start()
}

func (x *xlsxWriter) row(cells []any) error {
	if x.rows == xlsx.MaxRows {
		if err := x.flush(); err != nil {
			return err
		}
		x.part++
		x.newSheet(x.title + " " + strconv.Itoa(x.part))
	}
	x.rows++
	if !x.started {
		x.sample = append(x.sample, sampled{x.rows, append([]any(nil), cells...)})
		if len(x.sample) == sampleRows {
			return x.start()
		}
		return nil
	}
	return x.setRow(x.rows, cells)
}

// setRow writes the cells at row n, each in its style.
func (x *xlsxWriter) setRow(n int, cells []any) error {
	x.cells = x.cells[:0]
	for _, v := range cells {
		c := xlsx.Cell{Value: v}
		switch v := v.(type) {
		case time.Time:
			c.Style = xlsx.DateTime
		case date:
			c = xlsx.Cell{Style: xlsx.Date, Value: time.Time(v)}
		case repair.Money:
			c = xlsx.Cell{Style: xlsx.Amount, Value: float64(v) / 100}
		}
		x.cells = append(x.cells, c)
	}
	return x.wb.Row(n, x.cells)
}

func (x *xlsxWriter) commit() ([]string, error) {
	if err := x.flush(); err != nil {
		return nil, err
	}
	if err := x.wb.Close(); err != nil {
		return nil, err
	}
	return commitAll(x.dir, []pending{x.out})
}

func (x *xlsxWriter) abort() {
	if x.out.f != nil {
		removeAll([]pending{x.out})
	}
}
