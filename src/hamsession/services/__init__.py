"""Use cases joining the domain and storage: programs, sessions, history, profiles."""
