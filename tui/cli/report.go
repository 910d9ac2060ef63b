package cli

import (
	"errors"
	"strings"
	"time"

	rpt "frontdesk/report"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
	"frontdesk/tui/report"
)

// reportWidth is how wide `frontdesk report` prints: the tables and the bar
// chart fit a terminal of 80 columns.
const reportWidth = 80

// PeriodFlags are the period of `report` and `export` as typed: --day, or
// --from and --to, station-local dates "2006-01-02".
type PeriodFlags struct {
	Day, From, To string
}

// Period reads the flags into a period of the station's time zone: --day's
// day, --from to --to, or, when none is given, the day of now. A bad date,
// a first day after the last, --day with --from/--to, or one of --from and
// --to alone is an ExitError 2 that says so in t's language.
func (f PeriodFlags) Period(t i18n.Catalog, loc *time.Location, now time.Time) (rpt.Period, error) {
	usage := func(key string, args ...any) error { return &ExitError{Code: 2, Msg: t.T(key, args...)} }
	switch {
	case f.Day != "" && (f.From != "" || f.To != ""):
		return rpt.Period{}, usage("report.err.dayAndRange")
	case (f.From == "") != (f.To == ""):
		return rpt.Period{}, usage("report.err.needBoth")
	case f.Day != "":
		f.From, f.To = f.Day, f.Day
	case f.From == "":
		return rpt.Day(now, loc), nil
	}
	p, err := rpt.Span(f.From, f.To, loc)
	var bad *rpt.DateError
	switch {
	case errors.As(err, &bad):
		return p, usage("report.err.badDate", common.Inert(bad.Text))
	case errors.Is(err, rpt.ErrFromAfterTo):
		return p, usage("report.err.fromAfterTo", f.From, f.To)
	}
	return p, err
}

// Empty reports whether no period was given.
func (f PeriodFlags) Empty() bool { return f.Day == "" && f.From == "" && f.To == "" }

// Report prints the report of period p made at now (R1, R2): as text in
// the user's language, with the arrivals per hour as a bar chart, or with
// --json the figures of package report.
func Report(e Env, p rpt.Period, now time.Time) error {
	cfg := e.Store.Config()
	r, err := report.Load(e.Store, cfg, e.Onsite, p, now)
	if err != nil {
		return err
	}
	return e.print(r, report.Text(e.Text, cfg, r, reportWidth))
}

// NoArgs refuses positional arguments, with an ExitError 2.
func NoArgs(t i18n.Catalog, pos []string) error {
	if len(pos) > 0 {
		return &ExitError{Code: 2, Msg: t.T("report.err.extraArgs", common.Inert(strings.Join(pos, " ")))}
	}
	return nil
}
