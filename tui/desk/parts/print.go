package parts

import (
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
	return printOn(c,
		func(width int) string { return slip.Render(o, c.Repair, c.Station, c.Text, width, c.Cfg.Location) },
		func(pos slip.POS) []byte {
			return slip.ClaimESCPOS(o, c.Repair, c.Station, c.Text, pos, c.Cfg.Location)
		})
}
