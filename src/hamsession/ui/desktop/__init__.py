"""The system around the app: idle time, sleep, desktop notifications, quit signals and
Qt's own messages. Imports no other ui package.
"""
