package daemon

// eventRoutes are the platform's notifications on RI.
func (s *Server) eventRoutes() []route {
	return nil
}

// eventSchemas are the OpenAPI schemas eventRoutes name.
func eventSchemas() map[string]any {
	return nil
}
