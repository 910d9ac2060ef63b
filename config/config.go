// Package config is the station's configuration: one TOML file with
// documented defaults for the station, the queue (package queue), the repair
// orders (package repair) and the claim-slip printer.
package config

import (
	"frontdesk/queue"
	"frontdesk/repair"
)

// Station is who the customer deals with: printed on every claim slip (I13).
type Station struct {
	Name  string `toml:"name"`
	Phone string `toml:"phone"`
}

// Print is where claim slips go (I13).
type Print struct {
	Dir     string `toml:"dir"`     // slips are written here, one file per order ("" : next to the database, in "slips")
	Command string `toml:"command"` // e.g. "lp -d counter"; the slip on its standard input; "" : file only
	Width   int    `toml:"width"`   // 80 (A4 / dot matrix) or 32 (58 mm thermal)
}

// Config is the effective configuration of a station.
type Config struct {
	Station Station
	Queue   queue.Config
	Repair  repair.Config
	Print   Print
}
