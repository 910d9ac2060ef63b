package client

import (
	"time"

	"frontdesk/care"
	"frontdesk/store"
)

// The ratings (store.Ratings, C1): the pad's and the kiosk's, the
// follow-ups, and the period reader of the report, on a connection of its
// own like the others (periods.go).

func (c *Client) RatingDue(counter int) (d care.Due, found bool, err error) {
	err = c.do("RatingDue", []any{counter}, &d, &found)
	return d, found, err
}

func (c *Client) Rate(who string, counter int, key string, score int) (r care.Rating, err error) {
	err = c.do("Rate", []any{who, counter, key, score}, &r)
	return r, err
}

func (c *Client) RateTicket(who string, number string, score int) (r care.Rating, err error) {
	err = c.do("RateTicket", []any{who, number, score}, &r)
	return r, err
}

func (c *Client) FollowUps() (fs []care.FollowUp, err error) {
	err = c.do("FollowUps", nil, &fs)
	return fs, err
}

func (c *Client) CloseFollowUp(who string, id uint64, answer string) (f care.FollowUp, err error) {
	err = c.do("CloseFollowUp", []any{who, id, answer}, &f)
	return f, err
}

func (c *Client) RatingsBetween(from, to time.Time, fn func([]care.Rating) error) error {
	return stream(c, "RatingsBetween", []any{from, to}, fn, store.RatingsPage(from, to, fn))
}
