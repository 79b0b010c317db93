package core

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/notify"
	"github.com/mifm/mifm/node/transfer"
)

// Bounds of the event API.
const (
	defaultEventPage = 100
	// MaxEventWait bounds how long EventList waits for a first event.
	MaxEventWait = 60 * time.Second
)

// publish records an event for the platform (webhooks and the RI event
// stream). Operations call it after their state is committed; the state
// stands whether or not the event could be recorded, so a failure is
// logged, not returned.
func (c *Core) publish(typ, subject string, data any) {
	if c.events == nil {
		return
	}
	if _, err := c.events.Append(typ, subject, data); err != nil {
		c.log.Error("record an event for the platform", "type", typ, "subject", subject, "error", err)
	}
}

// openEvents opens the event outbox in the node store.
func (c *Core) openEvents() error {
	o, err := notify.Open(c.DB, notify.Config{Webhook: c.Home.Config.Node.WebhookURL != "", Now: c.cfg.Now, Log: c.log})
	if err != nil {
		return err
	}
	c.events = o
	return nil
}

// Outbox is the node's event outbox (the RI event stream reads it).
func (c *Core) Outbox() *notify.Outbox { return c.events }

// DeliverEvents posts the outbox's events to the home's node.webhook_url
// until ctx is done; without a webhook it returns nil at once. The daemon
// runs it beside its servers.
func (c *Core) DeliverEvents(ctx context.Context) error {
	u := c.Home.Config.Node.WebhookURL
	if u == "" {
		return nil
	}
	secret, err := c.Home.WebhookSecret()
	if err != nil {
		return fmt.Errorf("webhook secret: %w", err)
	}
	w, err := notify.NewWebhook(notify.WebhookConfig{URL: u, Secret: []byte(secret), Outbox: c.events, Now: c.cfg.Now, Log: c.log})
	if err != nil {
		return fmt.Errorf("config.toml node.webhook_url: %w", err)
	}
	c.log.Info("webhook delivers the platform's events", "from_seq", c.events.Acked()+1)
	if err := w.Run(ctx); err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return nil
}

// EventList returns the kept events after q.After.
func (c *Core) EventList(ctx context.Context, q api.EventQuery) (*api.EventPage, error) {
	if q.Limit < 0 || q.Limit > notify.MaxPage {
		return nil, fmt.Errorf("%w: limit %d: want 1 to %d", transfer.ErrBadRequest, q.Limit, notify.MaxPage)
	}
	if q.Wait < 0 || q.Wait > MaxEventWait {
		return nil, fmt.Errorf("%w: wait %s: want 0 to %s", transfer.ErrBadRequest, q.Wait, MaxEventWait)
	}
	if q.Limit == 0 {
		q.Limit = defaultEventPage
	}
	var timeout <-chan time.Time
	if q.Wait > 0 {
		t := time.NewTimer(q.Wait)
		defer t.Stop()
		timeout = t.C
	}
	for {
		changed := c.events.Changed()
		evs, err := c.events.List(q.After, q.Limit)
		if err != nil {
			return nil, err
		}
		if len(evs) > 0 || timeout == nil {
			first, last := c.events.Bounds()
			return &api.EventPage{Events: evs, First: first, Last: last}, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-timeout:
			timeout = nil
		case <-changed:
		}
	}
}

// SubscribeEvents calls fn with every event after sequence after as it is
// recorded, until ctx ends or fn fails.
func (c *Core) SubscribeEvents(ctx context.Context, after uint64, fn func(api.Event) error) error {
	for {
		changed := c.events.Changed()
		evs, err := c.events.List(after, defaultEventPage)
		if err != nil {
			return err
		}
		for _, ev := range evs {
			if err := fn(ev); err != nil {
				return err
			}
			after = ev.Seq
		}
		if len(evs) > 0 {
			continue
		}
		select {
		case <-ctx.Done():
			return nil
		case <-changed:
		}
	}
}
