package main

// The commands of a period's figures: the report (R1, R2) and the export for
// the head office (R3).

import (
	"flag"
	"strings"
	"time"

	rpt "frontdesk/report"
	"frontdesk/tui/cli"
)

// periodFlags adds --day, --from and --to to a command's flags.
func (e *env) periodFlags(fs *flag.FlagSet, pf *cli.PeriodFlags) {
	fs.StringVar(&pf.Day, "day", "", e.t.T("report.flag.day"))
	fs.StringVar(&pf.From, "from", "", e.t.T("report.flag.from"))
	fs.StringVar(&pf.To, "to", "", e.t.T("report.flag.to"))
}

// runReport prints the report of a day or a run of days (R1, R2); today's
// when no day is given. With --customer, the business customer's service
// analysis of the period instead (C2).
func runReport(e *env, args []string) int {
	var pf cli.PeriodFlags
	var p rpt.Period
	var customer string
	customerSet := false
	now := time.Now()
	return e.checkedScript("report", args, func(fs *flag.FlagSet) {
		e.periodFlags(fs, &pf)
		fs.Func("customer", e.t.T("report.flag.customer"), func(s string) error {
			customer, customerSet = s, true
			return nil
		})
	},
		func(pos []string) (err error) {
			if err = cli.NoArgs(e.t, pos); err == nil {
				p, err = pf.Period(e.t, e.cfg.Queue.Location, now)
			}
			if err == nil && customerSet && strings.TrimSpace(customer) == "" {
				err = &cli.ExitError{Code: 2, Msg: e.t.T("customer.err.empty")}
			}
			return err
		},
		func(c cli.Env, _ []string) error {
			if customerSet {
				return cli.Customer(c, customer, p)
			}
			return cli.Report(c, p, now)
		})
}

// runExport writes the tickets, orders and events of a run of days as CSV
// or XLSX files for the head office (R3).
func runExport(e *env, args []string) int {
	var pf cli.PeriodFlags
	var p rpt.Period
	var o cli.ExportOptions
	return e.checkedScript("export", args, func(fs *flag.FlagSet) {
		e.periodFlags(fs, &pf)
		fs.StringVar(&o.Format, "format", "csv", e.t.T("report.flag.format"))
		fs.BoolVar(&o.Mask, "mask", false, e.t.T("report.flag.mask"))
		fs.StringVar(&o.Dir, "out", ".", e.t.T("report.flag.out"))
	}, func(pos []string) (err error) {
		switch {
		case len(pos) > 0:
			return cli.NoArgs(e.t, pos)
		case pf.Empty():
			return &cli.ExitError{Code: 2, Msg: e.t.T("export.err.needRange")}
		}
		if p, err = pf.Period(e.t, e.cfg.Queue.Location, time.Now()); err == nil {
			err = o.Check(e.t)
		}
		return err
	}, func(c cli.Env, _ []string) error {
		// The configuration is read by now (not when the flags are).
		o.Station, o.Repair = e.cfg.Station, e.cfg.Repair
		return cli.Export(c, p, o)
	})
}
