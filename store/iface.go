package store

import (
	"context"
	"time"

	"frontdesk/care"
	"frontdesk/notify"
	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/staff"
)

// The store as its clients see it, in small interfaces per aggregate (the
// way soft-serve's pkg/store is built): the screens and commands take a
// Station and cannot tell the Store that owns the file (in `frontdesk
// serve`, in the demo, in tests) from a client of that owner
// (package client).

// Queue is the day's tickets and counters (Q1–Q12).
type Queue interface {
	Take(code string, priority bool, who string) (queue.Ticket, queue.Estimate, error)
	CallNext(counter int, who string) (queue.Ticket, error)
	FinishAndCallNext(counter int, who string) (queue.Ticket, error)
	CallTicket(counter int, id uint64, who string) (queue.Ticket, error)
	Recall(counter int, who string) (queue.Ticket, error)
	Start(counter int, who string) (queue.Ticket, error)
	Finish(counter int, who string) (queue.Ticket, error)
	NoShow(counter int, who string) (queue.Ticket, error)
	Transfer(counter int, toType string, toCounter int, who string) (queue.Ticket, error)
	CallOutOfType(counter int, id uint64, who string) (queue.Ticket, error)
	ReturnNoShow(id uint64, who string) (queue.Ticket, error)
	StepAway(id uint64, who string) (queue.Ticket, error)
	ComeBack(id uint64, who string) (queue.Ticket, error)
	CloseDay(reason, who string) (int, error)
	SetPaused(counter int, paused bool, who string) error
	SignIn(counter int, engineer string) error
	OpenDesk(counter int, engineer, desk string, takeover bool) error
	LeaveDesk(desk string) error
	Snapshot() (Snapshot, error)
	Rev() (uint64, error)
	Events(after uint64, limit int) ([]Event, error)
}

// Orders is the repair orders: intake, lookups, changes, the board, pickup.
type Orders interface {
	SaveIntake(who string, counter int, o repair.Order) (repair.Order, error)
	HandBack(who string, counter int, ticketID uint64, h repair.HandBack) (queue.Ticket, error)
	Order(id uint64) (repair.Order, bool, error)
	LastOrderID() (uint64, error)
	OrderByNumber(number string) (repair.Order, bool, error)
	OrderByClaim(code string) (repair.Order, bool, error)
	OrdersByPhone(phone string, limit int) ([]repair.Order, error)
	OrdersBySerial(serial string, limit int) ([]repair.Order, error)
	UpdateOrder(who string, counter int, id uint64, change func(o repair.Order, now time.Time) (repair.Order, error)) (repair.Order, error)
	ReplaceOrder(who string, counter int, was, changed repair.Order) (repair.Order, error)
	Board() ([]repair.Head, error)
	VerifyPickup(t PickupTry, lim PickupLimits) (repair.Order, error)
	Search(query string, limit int) (SearchResult, error)
}

// Requests is the on-site requests and the hotline's log (S1–S12, H1):
// opened from a call, changed through package onsite's rules, found by
// number, phone, serial and company; the open requests are the on-site
// board, the open calls each owner's list.
type Requests interface {
	OpenRequest(who string, r onsite.Request) (onsite.Request, error)
	UpdateRequest(who string, id uint64, change func(r onsite.Request, now time.Time) (onsite.Request, error)) (onsite.Request, error)
	ReplaceRequest(who string, was, changed onsite.Request) (onsite.Request, error)
	Request(id uint64) (onsite.Request, bool, error)
	RequestByNumber(number string) (onsite.Request, bool, error)
	RequestsByPhone(phone string, limit int) ([]onsite.Request, error)
	RequestsBySerial(serial string, limit int) ([]onsite.Request, error)
	RequestsByCompany(company string, limit int) ([]onsite.Request, error)
	OpenRequests() ([]onsite.Request, error)
	LogCall(who string, c onsite.Call) (onsite.Call, error)
	ReplaceCall(who string, was, changed onsite.Call) (onsite.Call, error)
	HotlineCall(id uint64) (onsite.Call, bool, error)
	CallsOwned(owner string) ([]onsite.Call, error)
}

// Messages is the outbox of text messages to customers (C4, S11): each
// written with the change that causes it; the sender's due list and its
// records of every attempt; the desk's lists, an order's messages, and the
// failed ones called by hand.
type Messages interface {
	TicketPhone(who string, id uint64, phone string) error
	Outbox(list OutboxList, limit int) ([]notify.Message, error)
	MessagesAbout(subject string) ([]notify.Message, error)
	DueMessages(limit int) ([]notify.Message, time.Time, error)
	MessageAttempted(id uint64, a notify.Attempt, permanent bool) (notify.Message, error)
	MessageFailed(id uint64, why string) (notify.Message, error)
	HandleMessage(who string, id uint64, note string) (notify.Message, error)
	SendDue() (SendReport, error)
}

// Staff is the station's members and the keys they are known by (issue
// 17): changed by the station's supervisors, read by the SSH server.
type Staff interface {
	AddStaff(who string, m staff.Member) (staff.Member, error)
	RemoveStaff(who, name string) error
	StaffList() ([]staff.Member, error)
	StaffByKey(fingerprint string) (staff.Member, bool, error)
}

// Approvals is what needs a supervisor (P1): a desk asks, a supervisor
// approves from their own session or types their PIN at the asking desk.
type Approvals interface {
	AskApproval(who string, counter int, a Approval) (Approval, error)
	Approve(who string, id uint64, yes bool) (Approval, error)
	ApproveWithPIN(who string, id uint64, supervisor, pin string) (Approval, error)
	Approval(id uint64) (Approval, bool, error)
	SetPIN(who, name, pin string) error
}

// Ratings is the customers' ratings of their services (C1): what a
// counter's pad asks about and its answer, a rating at the kiosk by
// ticket number, the follow-ups of the low ones, which only a supervisor
// closes, and the ratings of a period for the report.
type Ratings interface {
	RatingDue(counter int) (care.Due, bool, error)
	Rate(who string, counter int, key string, score int) (care.Rating, error)
	RateTicket(who string, number string, score int) (care.Rating, error)
	FollowUps() ([]care.FollowUp, error)
	CloseFollowUp(who string, id uint64, answer string) (care.FollowUp, error)
	RatingsBetween(from, to time.Time, fn func([]care.Rating) error) error
}

// Drafts is the intake a counter was typing (I7).
type Drafts interface {
	SaveDraft(d Draft) error
	Draft(counter int) (d Draft, ok bool, err error)
	DropDraft(counter int) error
}

// Periods is the long reads of the reports and the export (R1–R3), a page
// at a time.
type Periods interface {
	TicketsOfDays(first, last string, fn func([]queue.Ticket) error) error
	EventsBetween(from, to time.Time, fn func([]Event) error) error
	OrdersReceived(from, to time.Time, fn func([]repair.Order) error) error
	OrdersNumbered(numbers []string, fn func([]repair.Order) error) error
	OrdersWithIDs(ids []uint64, fn func([]repair.Order) error) error
	RequestsReceived(from, to time.Time, fn func([]onsite.Request) error) error
	CallsBetween(from, to time.Time, fn func([]onsite.Call) error) error
}

// Files is the database file as a whole: backups, restore, compaction and
// the imports of the demo and the benchmarks.
type Files interface {
	Backup(dest string) (BackupInfo, error)
	Restore(src string) error
	RestoreLoss(src string) (RestoreLoss, error)
	RecoverOrders(src, who string, apply bool) (Recovered, error)
	Check() (BackupInfo, error)
	DailyBackup(dir string, keep int) (string, error)
	Compact() (CompactInfo, error)
	BulkOrders(orders []repair.Order) error
	BulkRequests(rs []onsite.Request) error
	BulkTickets(lives []TicketLife) error
	Path() string
	Config() queue.Config
}

// Feed is the change feed: a rev after every commit that advanced it, the
// newest only when a reader is behind.
type Feed interface {
	Watch(ctx context.Context) <-chan uint64
}

// Station is all of it: what a program holds for its life and closes at
// its end.
type Station interface {
	Queue
	Orders
	Requests
	Messages
	Staff
	Approvals
	Ratings
	Drafts
	Periods
	Files
	Feed
	Close() error
}

var _ Station = (*Store)(nil)

// Served is what the owner of the database serves: the Station, and its
// period readers' pages as stored (Stored), which the owner passes on
// without decoding them.
type Served interface {
	Station
	Stored
}

var _ Served = (*Store)(nil)
