"""Run by the system's Python (it needs pyatspi, a Debian package): print, as JSON lines,
every showing node of the Hamsession application in the accessibility tree, as a screen
reader would read it."""

import json
import sys
import time

import pyatspi


def find(name: str, seconds: float = 20.0):
    end = time.time() + seconds
    while time.time() < end:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and name.lower() in (app.name or "").lower():
                return app
        time.sleep(0.3)
    return None


def walk(node, out):
    try:
        showing = node.getState().contains(pyatspi.STATE_SHOWING)
        out.append({"role": node.getRoleName(), "name": node.name, "showing": showing})
        children = list(node)
    except Exception:  # a node that went away while being read
        return
    for child in children:
        if child is not None:
            walk(child, out)


app = find("hamsession")
if app is None:
    sys.exit("the app never appeared in the accessibility tree")
nodes = []
walk(app, nodes)
for node in nodes:
    print(json.dumps(node))
