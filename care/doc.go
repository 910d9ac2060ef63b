// Package care is the customer's side of a service once it is done (C1,
// C3; 000 「用户在服务完成后将有机会对服务质量进行评价」): the rating of
// the service on a five-point scale — at the counter's rating pad, at the
// kiosk by ticket number, or at the return visit (P5, the same scale) —
// the supervisor's follow-up of a low one (O5's complaint path), and the
// offers the engineer mentions at the farewell (C3: 「整机保护别忘记」
// 「上门权益主动提」), never pressed.
//
// Pure Go like queue and repair: no I/O, the clock passed in. The store
// keeps the ratings and follow-ups (store/ratings.go).
package care
