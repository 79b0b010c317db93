package explorer

import "context"

// CheckNewest exposes checkNewest to the external tests.
func (e *Explorer) CheckNewest(ctx context.Context, a *AuditLog) { e.checkNewest(ctx, a) }
