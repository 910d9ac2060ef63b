package parts

import (
	"context"

	"frontdesk/config"
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/slip"
)

// PrintSlip prints an order's claim slip on the station's printer — the
// slip as text to the print command, or on an ESC/POS printer the slip and
// the device's tag — stopped after slip.SendTimeout: a hung printer must
// not hang the counter. The intake prints with it after a save, the slip
// screen and the order screen again on p.
func PrintSlip(c common.Common, o repair.Order) error {
	ctx, cancel := context.WithTimeout(context.Background(), slip.SendTimeout)
	defer cancel()
	p := c.Print
	if p.Kind != config.PrintESCPOS {
		return slip.Send(ctx, p.Command, slip.Render(o, c.Repair, c.Station, c.Text, p.Width, c.Cfg.Location))
	}
	stream := slip.ClaimESCPOS(o, c.Repair, c.Station, c.Text, slip.POSOf(p), c.Cfg.Location)
	return slip.Deliver(ctx, p, stream)
}
