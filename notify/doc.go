// Package notify is what the station tells its customers by text message
// (C4, S11, O2, O3; 000 「维修完成通知勤」「合理利用短信息」): the moments
// that send one, each moment's template in zh and en with the fields it may
// use, which moments a station sends, whether a phone can receive a text,
// and the life of one message in the outbox — pending, attempted with
// backoff, sent, or failed for good and left to a call by hand.
//
// Pure Go, like queue and repair: no I/O, the clock passed in. The store
// writes a message in the same transaction as the change that causes it
// (store/outbox.go) and the owner's sender delivers it through a transport
// of package gateway; both ask this package what to write and what an
// attempt's outcome means.
package notify
