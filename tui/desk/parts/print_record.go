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
	return printOn(c,
		func(width int) string {
			return slip.RenderRecord(r, c.Repair, c.Station, c.Text, width, c.Cfg.Location)
		},
		func(pos slip.POS) []byte {
			return slip.RecordESCPOS(r, c.Repair, c.Station, c.Text, pos, c.Cfg.Location)
		})
}

// printOn hands a paper to the station's printer: text laid out at the
// printer's width to the print command, or the ESC/POS stream to the
// device, stopped after slip.SendTimeout.
func printOn(c common.Common, text func(width int) string, stream func(slip.POS) []byte) error {
	ctx, cancel := context.WithTimeout(context.Background(), slip.SendTimeout)
	defer cancel()
	p := c.Print
	if p.Kind != config.PrintESCPOS {
		return slip.Send(ctx, p.Command, text(p.Width))
	}
	return slip.Deliver(ctx, p, stream(slip.POSOf(p)))
}
