"""A stand-in service for ui/desktop/outside.py that says it cannot start."""

print("failed The demo engine could not start", flush=True)
