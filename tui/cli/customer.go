package cli

import (
	"strings"

	rpt "frontdesk/report"
	"frontdesk/tui/common"
	"frontdesk/tui/report"
)

// Customer prints company's service analysis for period p (C2, R2 per
// customer): as text in the user's language at 80 columns, or with --json
// the figures of report.Customer. A company with no carry-in order and no
// on-site request received in p is an ExitError 1, as find's nothing
// found: the text only says so (on stderr); --json prints the empty
// figures first, so that a script reads an answer either way.
func Customer(e Env, company string, p rpt.Period) error {
	if strings.TrimSpace(company) == "" {
		return &ExitError{Code: 2, Msg: e.Text.T("customer.err.empty")}
	}
	c, err := report.LoadCustomer(e.Store, onsiteConfig(e.Onsite), e.Store.Config().Location, company, p)
	if err != nil {
		return err
	}
	if !c.Any() {
		if e.JSON {
			if err := e.print(c, ""); err != nil {
				return err
			}
		}
		return &ExitError{Code: 1, Msg: e.Text.T("customer.none", common.Inert(c.Company), p.Name())}
	}
	return e.print(c, report.CustomerText(e.Text, c, reportWidth))
}
