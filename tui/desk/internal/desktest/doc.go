// Package desktest is what the tests of the desk and of its screens share:
// the fixed clock, the shared value they draw with, synthetic keys, a
// morning's queue, a station's database of orders in every state, and a
// runner that executes commands as Bubble Tea's runtime would. It is
// imported by tests only.
package desktest
