package daemon

// identityRoutes are DIDs and credentials on RI (IDVF, RI-4).
func (s *Server) identityRoutes() []route {
	return nil
}

// identitySchemas are the OpenAPI schemas identityRoutes name.
func identitySchemas() map[string]any {
	return nil
}
