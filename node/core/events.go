package core

// publish records an event for the platform (webhooks and the RI event
// stream). Operations call it after their state is committed.
func (c *Core) publish(typ, subject string, data any) {
	_, _, _ = typ, subject, data
}
