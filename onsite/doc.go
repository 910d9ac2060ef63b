// Package onsite holds the rules of the station's other two channels: the
// on-site request (服务单), from a customer's call to the signed service
// record or the escalation to a carry-in repair (DOMAIN.md S1–S12), the
// hotline's log of calls and who owns each (H1, H2), and the business
// customer's archive and service analysis (C2). Like packages queue and
// repair it is pure: no I/O, the clock is passed in, and every rule is a
// test named by its ID. It uses repair's types where a rule is shared (the
// fee, the warranty verdict, the inspection of G1–G3) and links to repair
// orders by number only.
//
// # The request (S)
//
// Request is one on-site order and its life (request.go); its states and
// the moves between them are in lifecycle.go. Config is the station's
// service hours and the response limits of S8, with their defaults
// (config.go); Clocks gives an open request's clocks against those limits
// (clocks.go).
//
// # The hotline (H)
//
// Call is one inbound or outbound call and who owns it (call.go).
package onsite
