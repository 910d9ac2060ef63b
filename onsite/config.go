package onsite

import "time"

// Config is the station's on-site service: its service hours and the
// response limits of S8 (seed 004), each configurable.
type Config struct {
	// Days are the service days, Sunday = 0 (default Monday to Friday).
	Days []time.Weekday
	// Holidays ("2006-01-02") are not service days whatever their
	// weekday; Workdays are, the weekends worked in exchange (调休), as in
	// repair.Config.
	Holidays, Workdays []string
	// Open and Close are the service hours of a service day, as clock
	// times in the station's zone (default 08:30 and 17:30).
	Open, Close time.Duration
	// Answer: a phone request is answered within this (5 minutes).
	Answer time.Duration
	// OnSite: on site within this of the request, counted in service
	// hours (2 hours), and never later than OnSiteMax of it (3 hours).
	OnSite, OnSiteMax time.Duration
	// Remote: remote handling within this (30 minutes).
	Remote time.Duration
	// Restore: the hardware working again within this of the request (4
	// hours), or a loaner of the same class for a business customer.
	Restore time.Duration
	// CallBack: the call-back after phone guidance is due this long after
	// it (2 hours, S2).
	CallBack time.Duration
	// Fee is the paid visit's default fee in yuan (S3: I11's on-site fee,
	// 50 by DOMAIN.md).
	Fee int
	// Brand is the name the engineer says when calling ahead (S7:
	// 「您好,我是联想服务工程师XXX」).
	Brand string
}

// DefaultConfig is seed 004's limits in a station open 08:30–17:30 on
// working days.
func DefaultConfig() Config {
	return Config{
		Days:   []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday},
		Open:   8*time.Hour + 30*time.Minute,
		Close:  17*time.Hour + 30*time.Minute,
		Answer: 5 * time.Minute, OnSite: 2 * time.Hour, OnSiteMax: 3 * time.Hour,
		Remote: 30 * time.Minute, Restore: 4 * time.Hour, CallBack: 2 * time.Hour,
		Fee: 50, Brand: "联想",
	}
}
