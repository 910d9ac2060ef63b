package wire

import (
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/staff"
	"frontdesk/store"
)

// sentinels are the errors of the rules and the store that cross the wire
// by name, so that errors.Is holds at the client as it did at the owner.
// errors_test.go reads the source of queue, repair, staff, store and onsite and fails
// when an exported Err variable is missing here.
var sentinels = merged(baseSentinels, onsiteSentinels, notifySentinels, careSentinels)

// merged is the maps' union.
func merged(maps ...map[string]error) map[string]error {
	out := map[string]error{}
	for _, m := range maps {
		for code, err := range m {
			out[code] = err
		}
	}
	return out
}

// baseSentinels are those of queue, repair, staff and store.
var baseSentinels = map[string]error{
	"staff.ErrRole":              staff.ErrRole,
	"staff.ErrKey":               staff.ErrKey,
	"staff.ErrTooMany":           staff.ErrTooMany,
	"staff.ErrExists":            staff.ErrExists,
	"staff.ErrUnknown":           staff.ErrUnknown,
	"staff.ErrKeyTaken":          staff.ErrKeyTaken,
	"staff.ErrNotAllowed":        staff.ErrNotAllowed,
	"staff.ErrSupervisorOnly":    staff.ErrSupervisorOnly,
	"staff.ErrPIN":               staff.ErrPIN,
	"staff.ErrWrongPIN":          staff.ErrWrongPIN,
	"staff.ErrNoPIN":             staff.ErrNoPIN,
	"staff.ErrNotSupervisor":     staff.ErrNotSupervisor,
	"store.ErrApprovalUnknown":   store.ErrApprovalUnknown,
	"store.ErrApprovalDecided":   store.ErrApprovalDecided,
	"store.ErrApprovalWhat":      store.ErrApprovalWhat,
	"store.ErrApprovalExpired":   store.ErrApprovalExpired,
	"queue.ErrBusy":              queue.ErrBusy,
	"queue.ErrNoCurrent":         queue.ErrNoCurrent,
	"queue.ErrNoneWaiting":       queue.ErrNoneWaiting,
	"queue.ErrNotFound":          queue.ErrNotFound,
	"queue.ErrNotServed":         queue.ErrNotServed,
	"queue.ErrNotYours":          queue.ErrNotYours,
	"queue.ErrPaused":            queue.ErrPaused,
	"queue.ErrReason":            queue.ErrReason,
	"queue.ErrSameTarget":        queue.ErrSameTarget,
	"queue.ErrServedElsewhere":   queue.ErrServedElsewhere,
	"queue.ErrState":             queue.ErrState,
	"queue.ErrUnknownCounter":    queue.ErrUnknownCounter,
	"queue.ErrUnknownType":       queue.ErrUnknownType,
	"repair.ErrAccessories":      repair.ErrAccessories,
	"repair.ErrLostItem":         repair.ErrLostItem,
	"repair.ErrLostReturned":     repair.ErrLostReturned,
	"repair.ErrReplaceBy":        repair.ErrReplaceBy,
	"repair.ErrCompensation":     repair.ErrCompensation,
	"repair.ErrNothingOwed":      repair.ErrNothingOwed,
	"repair.ErrLostAgreement":    repair.ErrLostAgreement,
	"repair.ErrBackupNotRaised":  repair.ErrBackupNotRaised,
	"repair.ErrBeforeFactory":    repair.ErrBeforeFactory,
	"repair.ErrBurnInConsent":    repair.ErrBurnInConsent,
	"repair.ErrChoice":           repair.ErrChoice,
	"repair.ErrClaimCodeFormat":  repair.ErrClaimCodeFormat,
	"repair.ErrClosed":           repair.ErrClosed,
	"repair.ErrCollected":        repair.ErrCollected,
	"repair.ErrControl":          repair.ErrControl,
	"repair.ErrDataLossConsent":  repair.ErrDataLossConsent,
	"repair.ErrDate":             repair.ErrDate,
	"repair.ErrDealerEndUser":    repair.ErrDealerEndUser,
	"repair.ErrEmptyNote":        repair.ErrEmptyNote,
	"repair.ErrEstimateLine":     repair.ErrEstimateLine,
	"repair.ErrFactoryMonth":     repair.ErrFactoryMonth,
	"repair.ErrFuture":           repair.ErrFuture,
	"repair.ErrIDLast4":          repair.ErrIDLast4,
	"repair.ErrIDType":           repair.ErrIDType,
	"repair.ErrInspection":       repair.ErrInspection,
	"repair.ErrInspectionFail":   repair.ErrInspectionFail,
	"repair.ErrLoanerNotOffered": repair.ErrLoanerNotOffered,
	"repair.ErrLoanerOut":        repair.ErrLoanerOut,
	"repair.ErrLoanerWhich":      repair.ErrLoanerWhich,
	"repair.ErrLockedOut":        repair.ErrLockedOut,
	"repair.ErrMoney":            repair.ErrMoney,
	"repair.ErrMonth":            repair.ErrMonth,
	"repair.ErrMoveNotInO1":      repair.ErrMoveNotInO1,
	"repair.ErrNoApproval":       repair.ErrNoApproval,
	"repair.ErrNoEstimate":       repair.ErrNoEstimate,
	"repair.ErrNoLoaner":         repair.ErrNoLoaner,
	"repair.ErrNoPartNamed":      repair.ErrNoPartNamed,
	"repair.ErrNoReason":         repair.ErrNoReason,
	"repair.ErrNoResult":         repair.ErrNoResult,
	"repair.ErrNoSignature":      repair.ErrNoSignature,
	"repair.ErrNoVisitDue":       repair.ErrNoVisitDue,
	"repair.ErrNotApproved":      repair.ErrNotApproved,
	"repair.ErrNotLastDigits":    repair.ErrNotLastDigits,
	"repair.ErrNotReady":         repair.ErrNotReady,
	"repair.ErrNotReadyYet":      repair.ErrNotReadyYet,
	"repair.ErrNotVerified":      repair.ErrNotVerified,
	"repair.ErrPhone":            repair.ErrPhone,
	"repair.ErrPickupOnly":       repair.ErrPickupOnly,
	"repair.ErrPromisedFar":      repair.ErrPromisedFar,
	"repair.ErrPromisedPast":     repair.ErrPromisedPast,
	"repair.ErrRequired":         repair.ErrRequired,
	"repair.ErrSameState":        repair.ErrSameState,
	"repair.ErrSatisfaction":     repair.ErrSatisfaction,
	"repair.ErrSerial":           repair.ErrSerial,
	"repair.ErrSerialMismatch":   repair.ErrSerialMismatch,
	"repair.ErrSupervisor":       repair.ErrSupervisor,
	"repair.ErrTime":             repair.ErrTime,
	"repair.ErrTooLong":          repair.ErrTooLong,
	"repair.ErrUnknownDevice":    repair.ErrUnknownDevice,
	"repair.ErrUnknownItem":      repair.ErrUnknownItem,
	"repair.ErrUnknownPart":      repair.ErrUnknownPart,
	"repair.ErrUnknownState":     repair.ErrUnknownState,
	"repair.ErrVisitDone":        repair.ErrVisitDone,
	"repair.ErrWrongClaim":       repair.ErrWrongClaim,
	"store.ErrDeskOpen":          store.ErrDeskOpen,
	"store.ErrBackupDamaged":     store.ErrBackupDamaged,
	"store.ErrDiskFull":          store.ErrDiskFull,
	"store.ErrDamaged":           store.ErrDamaged,
	"store.ErrLiveDatabase":      store.ErrLiveDatabase,
	"store.ErrLocked":            store.ErrLocked,
	"store.ErrNewerSchema":       store.ErrNewerSchema,
	"store.ErrNoOrder":           store.ErrNoOrder,
	"store.ErrNotDatabase":       store.ErrNotDatabase,
	"store.ErrCopySchema":        store.ErrCopySchema,
	"store.ErrOrderConflict":     store.ErrOrderConflict,
	"store.ErrNoRequest":         store.ErrNoRequest,
	"store.ErrRequestConflict":   store.ErrRequestConflict,
	"store.ErrReceivedTime":      store.ErrReceivedTime,
	"store.ErrNoCall":            store.ErrNoCall,
	"store.ErrCallConflict":      store.ErrCallConflict,
	"store.ErrOrderUnchanged":    store.ErrOrderUnchanged,
	"store.ErrUnwritable":        store.ErrUnwritable,
	"wire.ErrTimeout":            ErrTimeout,
	"wire.ErrBadRequest":         ErrBadRequest,
	"wire.ErrShuttingDown":       ErrShuttingDown,
}
