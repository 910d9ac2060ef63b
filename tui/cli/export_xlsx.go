package cli

import (
	"archive/zip"
	"fmt"
	"io"
	"strconv"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/xuri/excelize/v2"

	"frontdesk/repair"
)

// xlsxWriter writes one workbook with a sheet per table, through
// excelize's StreamWriter: rows go to a temporary file as they come, not
// into memory, and are zipped straight into the export's file. Every
// sheet has its header row bold, frozen and with a filter over the whole
// table; its columns are as wide as the header and the first sampleRows
// rows need (CJK counted double, as a spreadsheet draws it), since a
// stream's widths are set before its first row. Times are real date-times
// of the station (the header names its zone), days real dates, amounts
// numbers of two decimals, counts and ids numbers. A sheet that reaches a
// spreadsheet's 1,048,576 rows goes on in another, "事件 2".
type xlsxWriter struct {
	dir, name string

	out                      pending
	f                        *excelize.File
	sw                       *excelize.StreamWriter
	sheets                   int // made so far
	title, sheet             string
	header                   []string
	part, rows               int  // of the current sheet
	bold, stamp, day, amount int  // the styles
	started                  bool // the header written, the widths set
	sample                   []sampled
	values                   []any
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
	if x.out, err = newPending(x.dir, x.name); err != nil {
		return err
	}
	x.f = excelize.NewFile()
	if x.bold, err = x.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}}); err == nil {
		x.stamp, err = x.numFmt("yyyy-mm-dd hh:mm:ss")
	}
	if err == nil {
		x.day, err = x.numFmt("yyyy-mm-dd")
	}
	if err == nil {
		x.amount, err = x.numFmt("0.00")
	}
	return err
}

func (x *xlsxWriter) numFmt(f string) (int, error) {
	return x.f.NewStyle(&excelize.Style{CustomNumFmt: &f})
}

func (x *xlsxWriter) begin(_, title string, header []string) error {
	if err := x.flush(); err != nil { // under the last sheet's header
		return err
	}
	x.title, x.part, x.header = title, 1, header
	return x.newSheet(title)
}

// newSheet ends the sheet being written and starts the next; its header
// row waits for the sample of rows that sets the widths.
func (x *xlsxWriter) newSheet(name string) error {
	if err := x.flush(); err != nil {
		return err
	}
	var err error
	if x.sheets == 0 {
		err = x.f.SetSheetName("Sheet1", name)
	} else {
		_, err = x.f.NewSheet(name)
	}
	if err != nil {
		return err
	}
	x.sheets++
	if x.sw, err = x.f.NewStreamWriter(name); err != nil {
		return err
	}
	x.sheet, x.rows, x.started, x.sample = name, 1, false, x.sample[:0]
	return nil
}

// start sets the widths from the header and the sample, freezes the
// header, and writes it and the sampled rows.
func (x *xlsxWriter) start() error {
	for i, h := range x.header {
		w := lipgloss.Width(h) + 4 // bold, and the filter's button
		for _, s := range x.sample {
			if i < len(s.cells) {
				w = max(w, cellWidth(s.cells[i])+2)
			}
		}
		if err := x.sw.SetColWidth(i+1, i+1, float64(min(w, maxWidth))); err != nil {
			return err
		}
	}
	if err := x.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	header := make([]any, len(x.header))
	for i, h := range x.header {
		header[i] = excelize.Cell{StyleID: x.bold, Value: h}
	}
	if err := x.sw.SetRow("A1", header); err != nil {
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

// flush ends the sheet being written: the rows held back, the filter over
// the table.
func (x *xlsxWriter) flush() error {
	if x.sw == nil {
		return nil
	}
	if !x.started {
		if err := x.start(); err != nil {
			return err
		}
	}
	last, err := excelize.CoordinatesToCellName(max(len(x.header), 1), x.rows)
	if err == nil {
		// Set on the worksheet the stream writes at its Flush.
		err = x.f.AutoFilter(x.sheet, "A1:"+last, nil)
	}
	if err == nil {
		err = x.sw.Flush()
	}
	x.sw = nil
	return err
}

func (x *xlsxWriter) row(cells []any) error {
	if x.rows == excelize.TotalRows {
		x.part++
		if err := x.newSheet(x.title + " " + strconv.Itoa(x.part)); err != nil {
			return err
		}
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
	x.values = x.values[:0]
	for _, v := range cells {
		switch c := v.(type) {
		case time.Time:
			v = excelize.Cell{StyleID: x.stamp, Value: c}
		case date:
			v = excelize.Cell{StyleID: x.day, Value: time.Time(c)}
		case repair.Money:
			v = excelize.Cell{StyleID: x.amount, Value: float64(c) / 100}
		}
		x.values = append(x.values, v)
	}
	cell, err := excelize.CoordinatesToCellName(1, n)
	if err != nil {
		return err
	}
	return x.sw.SetRow(cell, x.values)
}

func (x *xlsxWriter) commit() ([]string, error) {
	if err := x.flush(); err != nil {
		return nil, err
	}
	// excelize assembles the whole zip in memory unless given the zip
	// writer: a million orders would be 220 MB more to hold. (It would then
	// mark parts over 4 GB as zip64 in their local headers too; a sheet of
	// at most 1,048,576 rows does not come near that.)
	x.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zip.NewWriter(x.out.out) })
	if err := x.f.Write(io.Discard); err != nil {
		return nil, err
	}
	if err := x.f.Close(); err != nil {
		return nil, err
	}
	return commitAll(x.dir, []pending{x.out})
}

func (x *xlsxWriter) abort() {
	if x.f != nil {
		x.f.Close()
	}
	if x.out.f != nil {
		removeAll([]pending{x.out})
	}
}
