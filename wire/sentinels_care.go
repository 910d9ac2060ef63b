package wire

import (
	"frontdesk/care"
	"frontdesk/store"
)

// careSentinels are the ratings' errors that cross the wire by name
// (sentinels.go), so that the rating pad, the kiosk and the supervisor's
// desk say in their language why a rating or a follow-up's answer was not
// taken.
var careSentinels = map[string]error{
	"care.ErrScore":            care.ErrScore,
	"care.ErrRated":            care.ErrRated,
	"care.ErrNotDue":           care.ErrNotDue,
	"care.ErrChannel":          care.ErrChannel,
	"care.ErrAnswer":           care.ErrAnswer,
	"care.ErrClosed":           care.ErrClosed,
	"store.ErrFollowUpUnknown": store.ErrFollowUpUnknown,
}
