"""The shell: the main window (layout and wiring only), the navigator that shows one page
at a time, the menus as a table, the quit rules and profile switching. It may import
every feature package; nothing imports the shell.
"""
