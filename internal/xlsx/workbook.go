// Package xlsx writes an Office Open XML workbook (.xlsx) as a stream:
// sheet after sheet, row after row, straight into a zip on an io.Writer,
// holding no more than the row being written. It writes what frontdesk's
// export needs and nothing else — inline strings, numbers, date-times,
// dates and amounts in their number formats, a bold header frozen at the
// top with a filter over the table, column widths — so that a one-shot
// command does not carry (and initialise at every start) a general
// spreadsheet library.
//
// A workbook's parts (ECMA-376 part 1, SpreadsheetML):
//
//	[Content_Types].xml         the type of every part
//	_rels/.rels                 the package's one relation: the workbook
//	xl/workbook.xml             the sheets, in order, and their filters' names
//	xl/_rels/workbook.xml.rels  the workbook's sheets and styles
//	xl/styles.xml               the fonts and number formats of Style
//	xl/worksheets/sheetN.xml    each sheet's view, columns, rows and filter
//
// The sheets are written first, as they come; the parts that list them
// when Close knows them all.
package xlsx

import (
	"archive/zip"
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// MaxRows is the most rows a sheet may have (a spreadsheet's limit);
// MaxCellChars the most characters of a cell: longer text is cut there.
const (
	MaxRows      = 1 << 20
	MaxCellChars = 32767
)

// Workbook is a workbook being written. Its methods are not safe for
// concurrent use; after an error it is done with (Close still closes).
type Workbook struct {
	z      *zip.Writer
	sheets []sheetInfo
	cur    *bufio.Writer // the open sheet's part; nil: none
	rows   int           // the last row written to the open sheet
	opts   SheetOptions
	buf    []byte // one cell's bytes, reused
}

type sheetInfo struct {
	name   string
	filter string // the ref of its filter, "A1:K20"; "" without
}

// New starts a workbook written to w, which the workbook does not close.
func New(w io.Writer) *Workbook {
	return &Workbook{z: zip.NewWriter(w)}
}

// SheetOptions is how a sheet looks.
type SheetOptions struct {
	Widths     []float64 // of the columns from A, in characters; 0: the default
	FreezeTop  bool      // the first row stays in view
	FilterCols int       // >0: a filter over this many columns, from row 1 to the last
}

// Sheet ends the sheet being written and starts one named name: at most 31
// characters, none of []:*?/\, unique in the workbook.
func (wb *Workbook) Sheet(name string, opts SheetOptions) error {
	if err := checkSheetName(name, wb.sheets); err != nil {
		return err
	}
	if err := wb.endSheet(); err != nil {
		return err
	}
	part, err := wb.z.Create(fmt.Sprintf("xl/worksheets/sheet%d.xml", len(wb.sheets)+1))
	if err != nil {
		return err
	}
	wb.sheets = append(wb.sheets, sheetInfo{name: name})
	wb.cur, wb.rows, wb.opts = bufio.NewWriterSize(part, 64<<10), 0, opts
	return wb.sheetHead(len(wb.sheets) == 1)
}

func checkSheetName(name string, had []sheetInfo) error {
	switch {
	case name == "" || len([]rune(name)) > 31:
		return fmt.Errorf("xlsx: sheet name %q: 1 to 31 characters", name)
	case strings.ContainsAny(name, `[]:*?/\`) || strings.HasPrefix(name, "'") || strings.HasSuffix(name, "'"):
		return fmt.Errorf("xlsx: sheet name %q: none of []:*?/\\ and no ' at either end", name)
	}
	for _, s := range had {
		if strings.EqualFold(s.name, name) {
			return fmt.Errorf("xlsx: sheet name %q twice", name)
		}
	}
	return nil
}

// sheetHead writes what comes before the rows: the view (the first sheet
// selected; the top row frozen), the columns' widths.
func (wb *Workbook) sheetHead(first bool) error {
	w := wb.cur
	w.WriteString(xmlHeader + `<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><sheetViews><sheetView workbookViewId="0"`)
	if first {
		w.WriteString(` tabSelected="1"`)
	}
	if wb.opts.FreezeTop {
		w.WriteString(`><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>`)
	} else {
		w.WriteString(`/>`)
	}
	w.WriteString(`</sheetViews><sheetFormatPr defaultRowHeight="15"/>`)
	if len(wb.opts.Widths) > 0 {
		w.WriteString(`<cols>`)
		for i, width := range wb.opts.Widths {
			if width > 0 {
				fmt.Fprintf(w, `<col min="%d" max="%d" width="%.2f" customWidth="1"/>`, i+1, i+1, min(width, 255))
			}
		}
		w.WriteString(`</cols>`)
	}
	_, err := w.WriteString(`<sheetData>`)
	return err
}

// endSheet closes the open sheet's rows, writes its filter, and flushes it.
func (wb *Workbook) endSheet() error {
	if wb.cur == nil {
		return nil
	}
	w := wb.cur
	w.WriteString(`</sheetData>`)
	if n := wb.opts.FilterCols; n > 0 {
		ref := "A1:" + CellName(n, max(wb.rows, 1))
		wb.sheets[len(wb.sheets)-1].filter = ref
		fmt.Fprintf(w, `<autoFilter ref="%s"/>`, ref)
	}
	w.WriteString(`</worksheet>`)
	err := w.Flush()
	wb.cur = nil
	return err
}

// Close ends the last sheet, writes the parts that list the sheets, and
// ends the zip. A workbook needs a sheet.
func (wb *Workbook) Close() error {
	err := wb.endSheet()
	if err == nil && len(wb.sheets) == 0 {
		err = errors.New("xlsx: a workbook without sheets")
	}
	if err == nil {
		err = wb.parts()
	}
	if cerr := wb.z.Close(); err == nil {
		err = cerr
	}
	return err
}

// CellName is the name of the cell at column col and row, both from 1:
// CellName(28, 3) is "AB3".
func CellName(col, row int) string {
	return string(appendCell(nil, col, row))
}

func appendCell(b []byte, col, row int) []byte {
	var letters [4]byte
	i := len(letters)
	for col > 0 {
		col--
		i--
		letters[i] = byte('A' + col%26)
		col /= 26
	}
	b = append(b, letters[i:]...)
	return strconv.AppendInt(b, int64(row), 10)
}
