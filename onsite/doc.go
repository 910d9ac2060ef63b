// Package onsite holds the rules of the station's other two channels: the
// on-site request (服务单), from a customer's call to the signed service
// record or the escalation to a carry-in repair (DOMAIN.md S1–S12), the
// hotline's log of calls and who owns each (H1, H2), and the business
// customer's archive and service analysis (C2). Like packages queue and
// repair it is pure: no I/O, the clock is passed in, and every rule is a
// test named by its ID. It uses repair's types where a rule is shared (the
// text cleaning and its Problem, the fee, the warranty verdict, the
// inspection of G1–G3, the working days of P5) and links to repair orders
// by number only. Each function that changes a request takes it by pointer
// and leaves it as it was when it refuses.
//
// # The request (S)
//
// Request is one on-site order and its life, Customer, Device and the
// records of each step (request.go); RequestNumber its number (number.go).
// Check cleans a request as typed from the call and returns every Problem
// field by field, Missing what to ask on the call (S1; check.go; Field*
// constants, Err* sentinels for errors.Is and Key for the catalogue in
// errors.go). Move changes its state along the moves the rules allow,
// stamped with who and when, and Cancel closes it for a reason
// (lifecycle.go).
//
// Guide gives phone guidance instead of a visit, CalledBack records the
// call-back's outcome and CallBackDue lists those due (S2; guidance.go);
// PaidReason, OfferPaid and AnswerPaid the paid visit (S3; paid.go).
// Schedule agrees the visit's time with an engineer, refusing a clash with
// a *ClashError, and FreeSlots and NextFree are the engineer's day (S4,
// S6; visit.go); NeedPart, PartArrived and Awaited the parts (S5;
// parts.go); RecordAhead the call ahead before leaving and what each
// outcome asks for (S7; ahead.go). Stamp writes the visit's times in
// order and SetRecord what was found and done, the fee and the signer
// (S9; record.go); Inspect checks the device with the customer on repair's
// list and Finish closes the request done with its return visit due (S12;
// inspect.go); Escalate sends it on to a carry-in repair and CarryIn fills
// that intake in (S10; escalate.go). The standard scripts, word for word,
// are in scripts.go.
//
// Config is the station's service hours and the response limits of S8,
// with their defaults (config.go) and Validate (config_validate.go);
// Deadline and ServiceTime count service time only (hours.go); Clocks
// gives an open request's clocks against the limits, Worst their colour
// and AtRisk the requests about to miss one (S8; clocks.go).
//
// # The hotline (H)
//
// Call is one inbound or outbound call and who owns it (call.go). LogCall
// checks one for the log, Owned is an owner's open calls, HandOver and
// Close end its owner's hold on it (H1; hotline.go); ToCall is the
// outbound list of call-backs and repair orders owed a call, each with its
// script (H2; outbound.go).
//
// # The customer's archive (C)
//
// Analyse is a business customer's service analysis for a period: carry-in
// and on-site services, S8 kept, solved on the phone, escalations, and the
// recurring faults by model that Similar finds (C2; archive.go).
package onsite
