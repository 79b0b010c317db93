package daemon

// assetRoutes are tokenizing on RI (ASTKF, RI-2).
func (s *Server) assetRoutes() []route {
	return nil
}

// assetSchemas are the OpenAPI schemas assetRoutes name.
func assetSchemas() map[string]any {
	return nil
}
