package owner

import "frontdesk/staff"

// What each role's session may ask the owner for: its one program's
// operations (the display reads the queue; the kiosk takes tickets,
// looks an order up by its claim code and takes a rating by ticket
// number; a keypad takes, calls and reads the queue, and a rating pad,
// which runs as a keypad account, reads its counter's due and rates it;
// an engineer's desk does the counter's work; a supervisor's desk that
// and what needs a supervisor, a low rating's follow-up among it). The file as a whole — backups,
// restore, compaction, the bulk imports — and the staff are changed only
// on the station's PC, by its own account: a path an SSH session names
// would be one on the server. TestEveryOperationHasItsRoles keeps every
// method of store.Station in one list or in localOnly.

var (
	screenOps = []string{"Snapshot", "Rev"}
	kioskOps  = []string{"Take", "VerifyPickup", "TicketPhone", "RateTicket"}
	keypadOps = []string{"Take", "CallNext", "FinishAndCallNext", "RatingDue", "Rate"}
	deskOps   = []string{
		// the queue
		"Take", "CallNext", "FinishAndCallNext", "CallTicket", "Recall", "Start", "Finish",
		"NoShow", "Transfer", "CallOutOfType", "ReturnNoShow", "StepAway", "ComeBack",
		"SetPaused", "SignIn", "OpenDesk", "LeaveDesk", "Events",
		// the orders
		"SaveIntake", "HandBack", "Order", "LastOrderID", "OrderByNumber", "OrderByClaim",
		"OrdersByPhone", "OrdersBySerial", "ReplaceOrder", "Board", "VerifyPickup", "Search",
		// the on-site requests and the hotline
		"OpenRequest", "ReplaceRequest", "Request", "RequestByNumber", "RequestsByPhone",
		"RequestsBySerial", "RequestsByCompany", "OpenRequests",
		"LogCall", "ReplaceCall", "HotlineCall", "CallsOwned",
		// the text messages: the outbox's lists, an order's, one called by hand
		"TicketPhone", "Outbox", "MessagesAbout", "HandleMessage",
		// the ratings, and the follow-ups waiting for a supervisor
		"RatingDue", "Rate", "RateTicket", "FollowUps",
		// the intake's draft
		"SaveDraft", "Draft", "DropDraft",
		// a supervisor's approval asked for, or given by their PIN at the desk
		"AskApproval", "ApproveWithPIN", "Approval",
		// the report
		"TicketsOfDays", "EventsBetween", "OrdersReceived", "OrdersNumbered", "OrdersWithIDs",
		"RequestsReceived", "CallsBetween", "RatingsBetween",
	}
	supervisorOps = []string{"CloseDay", "StaffList", "Approve", "CloseFollowUp"}

	// localOnly are the operations no SSH session may ask for.
	localOnly = []string{
		"AddStaff", "RemoveStaff", "StaffByKey", "SetPIN",
		"Backup", "Restore", "RestoreLoss", "RecoverOrders", "Check", "DailyBackup", "Compact",
		"BulkOrders", "BulkRequests", "BulkTickets",
		// the sender's own: it runs in the owner (`frontdesk send` asks it
		// from the station's PC)
		"DueMessages", "MessageAttempted", "MessageFailed", "SendDue",
	}
)

var roles = map[staff.Role]map[string]bool{
	staff.Display:    set(screenOps),
	staff.Kiosk:      set(screenOps, kioskOps),
	staff.Keypad:     set(screenOps, keypadOps),
	staff.Engineer:   set(screenOps, deskOps),
	staff.Supervisor: set(screenOps, deskOps, supervisorOps),
}

func set(lists ...[]string) map[string]bool {
	out := map[string]bool{}
	for _, l := range lists {
		for _, op := range l {
			out[op] = true
		}
	}
	return out
}
