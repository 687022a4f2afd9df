#!/usr/bin/python3
"""Kindzicht as a screen reader meets it over AT-SPI: the login dialog names its fields and buttons,
a user logs in through AT-SPI alone, and the main window names its workspaces and every button,
check box and text field it shows.

Usage (from atspi-smoke.sh, inside Xvfb and dbus-run-session): atspi_smoke.py KINDZICHT DATABASE
"""

import os
import signal
import subprocess
import sys
import time

import pyatspi

USER = "saskia"
PASSWORD = "kindzicht-demo"
WORKSPACES = ["Children", "Search", "Social map", "Group needs", "Handover to school"]
# Controls a user operates, each of which must say what it is for.
OPERATED = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON,
}
# Their rows and cells are data, not controls; walking them over D-Bus would take minutes.
NOT_ENTERED = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_MENU_BAR}

app_process = None


def finish(code, message):
    print(message, flush=True)
    if app_process and app_process.poll() is None:
        app_process.terminate()
        try:
            app_process.wait(5)
        except subprocess.TimeoutExpired:
            app_process.kill()
            app_process.wait()
    sys.exit(code)


def fail(message):
    finish(1, "FAIL: " + message)


def wait_for(find, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if app_process.poll() is not None:
            fail(f"kindzicht exited ({app_process.returncode}) while waiting for {what}")
        try:
            found = find()
        except Exception:  # the tree changes under us while windows open: look again
            found = None
        if found:
            return found
        time.sleep(0.25)
    fail(f"no {what} within {seconds} s")


def children(node):
    try:
        return [c for c in node if c is not None]
    except Exception:
        return []


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def walk(node, depth=0):
    """Every showing descendant, not entering tables, trees or the menu bar."""
    for child in children(node):
        if not showing(child):
            continue
        yield child
        if depth < 40 and child.getRole() not in NOT_ENTERED:
            yield from walk(child, depth + 1)


def labelled(node):
    if node.name.strip():
        return True
    return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY for r in node.getRelationSet())


def describe(node):
    path = []
    parent = node.parent
    while parent is not None and parent.getRole() != pyatspi.ROLE_APPLICATION and len(path) < 4:
        path.append(f"{parent.getRoleName()} '{parent.name}'")
        parent = parent.parent
    return f"{node.getRoleName()} in " + " > ".join(path)


def unnamed(window, at_least):
    operated = [n for n in walk(window) if n.getRole() in OPERATED]
    if len(operated) < at_least:
        fail(f"only {len(operated)} controls found in '{window.name}': the walk did not reach them")
    return [describe(n) for n in operated if not labelled(n)]


def application():
    for app in children(pyatspi.Registry.getDesktop(0)):
        if app.get_process_id() == app_process.pid:
            return app
    return None


def window_of(app, role, name_part):
    for window in children(app):
        if window.getRole() == role and name_part in window.name and showing(window):
            return window
    return None


def main():
    global app_process
    binary, database = sys.argv[1], sys.argv[2]
    started = time.monotonic()
    app_process = subprocess.Popen([binary, "--database", database, "--language", "en"])
    signal.signal(signal.SIGALRM, lambda *_: fail("the smoke test took over 40 s"))
    signal.alarm(40)

    app = wait_for(application, 15, "Kindzicht application on the AT-SPI bus")
    login = wait_for(lambda: window_of(app, pyatspi.ROLE_DIALOG, "log in"), 10, "login dialog")
    nameless = unnamed(login, 4)
    if nameless:
        fail("the login dialog has unnamed controls:\n  " + "\n  ".join(nameless))
    fields = [n for n in walk(login) if n.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT)]
    user = next((f for f in fields if f.getRole() == pyatspi.ROLE_TEXT), None)
    password = next((f for f in fields if f.getRole() == pyatspi.ROLE_PASSWORD_TEXT), None)
    if user is None or password is None:
        fail("the login dialog shows no user name and password field: " + ", ".join(describe(f) for f in fields))
    for field, expected in ((user, "User name"), (password, "Password")):
        if field.name != expected:
            fail(f"a login field is called '{field.name}', not '{expected}'")
    buttons = {b.name: b for b in walk(login) if b.getRole() == pyatspi.ROLE_PUSH_BUTTON}
    if "Log in" not in buttons or "Cancel" not in buttons:
        fail(f"the login dialog's buttons are {sorted(buttons)}, not Log in and Cancel")

    user.queryEditableText().setTextContents(USER)
    password.queryEditableText().setTextContents(PASSWORD)
    action = buttons["Log in"].queryAction()
    press = next((i for i in range(action.nActions) if action.getName(i) in ("Press", "press", "click")), 0)
    action.doAction(press)

    main_window = wait_for(lambda: window_of(app, pyatspi.ROLE_FRAME, "Kindzicht - "), 15, "main window after login")
    lists = [n for n in walk(main_window) if n.getRole() == pyatspi.ROLE_LIST and n.name == "Workspaces"]
    if not lists:
        fail("the main window has no list named 'Workspaces'")
    names = [item.name for item in children(lists[0])]
    missing = [w for w in WORKSPACES if w not in names]
    if missing:
        fail(f"the workspaces list reads {names}; missing {missing}")
    nameless = unnamed(main_window, 5)
    if nameless:
        fail("the main window has unnamed controls:\n  " + "\n  ".join(nameless))
    finish(0, f"AT-SPI: logged in as {USER}, workspaces {names}, every control named "
              f"({time.monotonic() - started:.1f} s)")


if __name__ == "__main__":
    try:
        main()
    except SystemExit:
        raise
    except BaseException as e:  # an AT-SPI error must still end the application
        fail(f"{type(e).__name__}: {e}")
