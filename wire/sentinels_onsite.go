package wire

import "frontdesk/onsite"

// onsiteSentinels are package onsite's errors that cross the wire by name
// (sentinels.go): the store runs onsite.Escalate inside an intake's
// transaction, and its refusal must match at the desk as at the owner.
// onsite.ErrInspectionFail is repair's, registered under its own name.
var onsiteSentinels = map[string]error{
	"onsite.ErrConfig":          onsite.ErrConfig,
	"onsite.ErrFuture":          onsite.ErrFuture,
	"onsite.ErrBeforeReceived":  onsite.ErrBeforeReceived,
	"onsite.ErrUnknownState":    onsite.ErrUnknownState,
	"onsite.ErrClosed":          onsite.ErrClosed,
	"onsite.ErrSameState":       onsite.ErrSameState,
	"onsite.ErrMoveNotInS":      onsite.ErrMoveNotInS,
	"onsite.ErrFinishOnly":      onsite.ErrFinishOnly,
	"onsite.ErrNoReason":        onsite.ErrNoReason,
	"onsite.ErrNoGuidance":      onsite.ErrNoGuidance,
	"onsite.ErrGuidedBefore":    onsite.ErrGuidedBefore,
	"onsite.ErrCalledBack":      onsite.ErrCalledBack,
	"onsite.ErrOutcome":         onsite.ErrOutcome,
	"onsite.ErrNotGuidedState":  onsite.ErrNotGuidedState,
	"onsite.ErrNotPaid":         onsite.ErrNotPaid,
	"onsite.ErrPaidOpen":        onsite.ErrPaidOpen,
	"onsite.ErrPaidAnswered":    onsite.ErrPaidAnswered,
	"onsite.ErrWarrantyUnknown": onsite.ErrWarrantyUnknown,
	"onsite.ErrNoEngineer":      onsite.ErrNoEngineer,
	"onsite.ErrPast":            onsite.ErrPast,
	"onsite.ErrEndBeforeStart":  onsite.ErrEndBeforeStart,
	"onsite.ErrOutsideHours":    onsite.ErrOutsideHours,
	"onsite.ErrClash":           onsite.ErrClash,
	"onsite.ErrNotScheduled":    onsite.ErrNotScheduled,
	"onsite.ErrNoPart":          onsite.ErrNoPart,
	"onsite.ErrPartHere":        onsite.ErrPartHere,
	"onsite.ErrPartTwice":       onsite.ErrPartTwice,
	"onsite.ErrNotAwaiting":     onsite.ErrNotAwaiting,
	"onsite.ErrNoNote":          onsite.ErrNoNote,
	"onsite.ErrStamped":         onsite.ErrStamped,
	"onsite.ErrOutOfOrder":      onsite.ErrOutOfOrder,
	"onsite.ErrNotOnSite":       onsite.ErrNotOnSite,
	"onsite.ErrRecord":          onsite.ErrRecord,
	"onsite.ErrNotInspected":    onsite.ErrNotInspected,
	"onsite.ErrNoOrder":         onsite.ErrNoOrder,
	"onsite.ErrCallClosed":      onsite.ErrCallClosed,
	"onsite.ErrNoOwner":         onsite.ErrNoOwner,
	"onsite.ErrSameOwner":       onsite.ErrSameOwner,
	"onsite.ErrNotOwner":        onsite.ErrNotOwner,
	"onsite.ErrOpenResult":      onsite.ErrOpenResult,
}
