package parts

import (
	"context"

	"frontdesk/config"
	"frontdesk/onsite"
	"frontdesk/tui/common"
	"frontdesk/tui/slip"
)

// PrintRecord prints an on-site request's service record, both copies, on
// the station's printer — as text to the print command, or on an ESC/POS
// printer each copy cut — stopped after slip.SendTimeout, as PrintSlip is.
func PrintRecord(c common.Common, r onsite.Request) error {
	ctx, cancel := context.WithTimeout(context.Background(), slip.SendTimeout)
	defer cancel()
	p := c.Print
	if p.Kind != config.PrintESCPOS {
		return slip.Send(ctx, p.Command, slip.RenderRecord(r, c.Repair, c.Station, c.Text, p.Width, c.Cfg.Location))
	}
	return slip.Deliver(ctx, p, slip.RecordESCPOS(r, c.Repair, c.Station, c.Text, slip.POSOf(p), c.Cfg.Location))
}
