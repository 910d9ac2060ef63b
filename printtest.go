package main

import (
	"context"
	"fmt"
	"strings"

	"frontdesk/config"
	"frontdesk/tui/cli"
	"frontdesk/tui/common"
	"frontdesk/tui/slip"
	"frontdesk/tui/slip/escpos"
)

// runPrintTest prints a test page on the configured printer: the station,
// the width as a ruler, a Chinese line (which shows the code page), and on
// ESC/POS large type, a QR code, a barcode and the cut. It says whether the
// printer took it, and why not.
func runPrintTest(e *env, args []string) int {
	fs := e.flags("print-test")
	pos, ok := e.parse(fs, args)
	if !ok {
		return e.stopped()
	}
	if len(pos) > 0 {
		fmt.Fprintln(e.err, e.t.T("config.extraArgs", common.Inert(strings.Join(pos, " "))))
		return 2
	}
	cfg, _, err := config.Load(e.configPath())
	if err != nil {
		fmt.Fprintln(e.err, cli.ExplainConfig(e.t, err))
		return 1
	}
	p := cfg.Print
	if !p.Configured() {
		fmt.Fprintln(e.err, e.t.T("print.test.none", common.Inert(e.configPath())))
		return 1
	}
	ruler := strings.Repeat("1234567890", p.Width/10+1)[:p.Width]
	lines := []string{common.Inert(cfg.Station.Name), e.t.T("print.test.title"), ruler,
		e.t.T("print.test.width", p.Width, p.CodePage), e.t.T("print.test.chinese")}
	ctx, cancel := context.WithTimeout(context.Background(), slip.SendTimeout)
	defer cancel()
	where := p.Command
	if p.Kind == config.PrintESCPOS {
		d := escpos.New(escpos.CodePage(p.CodePage), p.Width)
		for _, l := range lines {
			d.Line(l)
		}
		d.Align(escpos.Center)
		d.Bold(true)
		d.Size(2, 2)
		d.Line("A012")
		d.Size(1, 1)
		d.Bold(false)
		_ = d.QR("A012") // a short payload always fits
		_ = d.Code128("A012")
		d.End(escpos.Cut(p.Cut))
		if p.Device != "" {
			where = p.Device
		}
		err = slip.Deliver(ctx, p, d.Bytes())
	} else {
		err = slip.Send(ctx, p.Command, strings.Join(lines, "\n")+"\n")
	}
	if err != nil {
		fmt.Fprintln(e.err, e.t.T("print.test.failed", common.Inert(err.Error())))
		return 1
	}
	fmt.Fprintln(e.out, e.t.T("print.test.sent", common.Inert(where)))
	return 0
}
