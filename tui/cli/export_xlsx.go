package cli

import (
	"archive/zip"
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"
)

// xlsxWriter writes one workbook with a sheet per table, through
// excelize's StreamWriter: rows go to a temporary file as they come, not
// into memory, and are zipped straight into the export's file. The header row is bold and stays in view; times are real
// date-times of the station. A sheet that reaches a spreadsheet's
// 1,048,576 rows goes on in another, "事件 2".
type xlsxWriter struct {
	dir, name string

	out         pending
	f           *excelize.File
	sw          *excelize.StreamWriter
	sheets      int // made so far
	title       string
	header      []any
	part, rows  int // of the current sheet
	bold, stamp int // the styles
	values      []any
}

func (x *xlsxWriter) open() (err error) {
	if x.out, err = newPending(x.dir, x.name); err != nil {
		return err
	}
	x.f = excelize.NewFile()
	if x.bold, err = x.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}}); err != nil {
		return err
	}
	stamp := "yyyy-mm-dd hh:mm:ss"
	x.stamp, err = x.f.NewStyle(&excelize.Style{CustomNumFmt: &stamp})
	return err
}

func (x *xlsxWriter) begin(_, title string, header []string) error {
	x.title, x.part, x.header = title, 1, x.header[:0]
	for _, h := range header {
		x.header = append(x.header, excelize.Cell{StyleID: x.bold, Value: h})
	}
	return x.newSheet(title)
}

// newSheet ends the sheet being written and starts the next, with the
// header row.
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
	if err := x.sw.SetColWidth(1, len(x.header), 16); err != nil {
		return err
	}
	if err := x.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	x.rows = 1
	return x.sw.SetRow("A1", x.header)
}

func (x *xlsxWriter) flush() error {
	if x.sw == nil {
		return nil
	}
	err := x.sw.Flush()
	x.sw = nil
	return err
}

func (x *xlsxWriter) row(cells []any) error {
	if x.rows == excelize.TotalRows {
		x.part++
		if err := x.newSheet(fmt.Sprintf("%s %d", x.title, x.part)); err != nil {
			return err
		}
	}
	x.rows++
	x.values = x.values[:0]
	for _, v := range cells {
		if t, ok := v.(time.Time); ok {
			v = excelize.Cell{StyleID: x.stamp, Value: t}
		}
		x.values = append(x.values, v)
	}
	cell, err := excelize.CoordinatesToCellName(1, x.rows)
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
