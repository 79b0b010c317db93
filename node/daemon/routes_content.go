package daemon

// contentRoutes are the content store on RI (COSF, RI-3).
func (s *Server) contentRoutes() []route {
	return nil
}

// contentSchemas are the OpenAPI schemas contentRoutes name.
func contentSchemas() map[string]any {
	return nil
}
