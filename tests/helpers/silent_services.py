"""Owns desktop service names on a D-Bus bus and never answers a call: a notification
server and an idle monitor that are there but wedged. Prints 'owned' once the names are
taken, then sleeps until killed. Usage: python silent_services.py BUS_ADDRESS NAME..."""

import sys
import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection

app = QCoreApplication(sys.argv[:1])
bus = QDBusConnection.connectToBus(sys.argv[1], "silent")
for name in sys.argv[2:]:
    if not bus.registerService(name):
        sys.exit(f"could not own {name}")
print("owned", flush=True)
time.sleep(3600)  # no event loop runs: every call waits for an answer that never comes
