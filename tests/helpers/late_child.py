"""A stand-in service for ui/desktop/outside.py: answers after the seconds given (or
never, with 'never'), then echoes each line it reads until its input ends."""

import sys
import time

wait = sys.argv[1] if len(sys.argv) > 1 else "0"
if wait == "never":
    time.sleep(3600)
time.sleep(float(wait))
print("answered", flush=True)
for line in sys.stdin:
    print(f"echo {line.strip()}", flush=True)
