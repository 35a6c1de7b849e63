#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# What the httpstatus command writes to a terminal: run in a pseudo-terminal of a given size (as a
# user's terminal window is), its lines fit the width; into a pipe they are whole. Also what a
# terminal receives when a query holds bytes that are not printable UTF-8: escapes, never the bytes;
# and an empty QUERY, which expect.cmake's lists cannot pass.
#   terminal.py <httpstatus> <case>
import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios

ELLIPSIS = "\u2026"


def run_in_terminal(program, args, columns, environment=None, stdin=None):
    """stdout and stderr on a pseudo-terminal of `columns` columns, stdin too unless a file is given;
    returns (exit status, lines)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    env = {key: value for key, value in os.environ.items() if key != "COLUMNS"}
    env.update(environment or {})
    process = subprocess.Popen([program, *args], stdin=stdin or slave, stdout=slave, stderr=slave, env=env)
    # The slave stays open here until the end: on Linux, the last close of a pseudo-terminal's slave
    # may discard what the program wrote just before it ended, and a read of the master then fails
    # with EIO instead of returning it. So read while the program runs, then drain what is left
    # (the terminal passes it on a moment after the write, hence the wait after the end).
    output = b""
    while True:
        ended = process.poll() is not None
        while select.select([master], [], [], 0.1 if ended else 0.05)[0]:
            chunk = os.read(master, 4096)
            if not chunk:
                break
            output += chunk
        if ended:
            break
    os.close(slave)
    os.close(master)
    status = process.wait()
    # The terminal turns each "\n" into "\r\n" (onlcr).
    return status, output.replace(b"\r\n", b"\n")


def run_in_pipe(program, args, environment=None):
    env = dict(os.environ)
    env.update(environment or {})
    done = subprocess.run([program, *args], capture_output=True, env=env, check=False)
    return done.returncode, done.stdout


def widest(output):
    """The widest line, in characters (code points)."""
    return max(len(line) for line in output.decode("utf-8").split("\n"))


def expect(condition, message, output):
    if not condition:
        sys.stderr.write(f"{message}\n--- output ---\n{output.decode('utf-8', 'replace')}")
        sys.exit(1)


def main():
    program, case = sys.argv[1], sys.argv[2]
    if case == "list_fits":
        # No COLUMNS: the terminal's own size (TIOCGWINSZ). Rows are cut, ending in "…".
        status, out = run_in_terminal(program, ["--list"], 80)
        expect(status == 0, f"exit status {status}", out)
        expect(widest(out) <= 80, f"a line of {widest(out)} columns in an 80-column terminal", out)
        expect(f"joke{ELLIPSIS}" not in out.decode() and ELLIPSIS + "\n" in out.decode(), "no row was cut", out)
        rows = subprocess.run([program, "--list"], capture_output=True, check=False).stdout.count(b"\n")
        expect(out.count(b"\n") == rows, f"not one line per row, as in a pipe ({rows} lines)", out)
    elif case == "columns_wins":
        # COLUMNS, which the shell keeps up to date, over the terminal's size.
        status, out = run_in_terminal(program, ["--list"], 200, {"COLUMNS": "60"})
        expect(status == 0 and widest(out) == 60, f"widest line {widest(out)}, expected 60 (COLUMNS)", out)
    elif case == "entry_wraps":
        status, out = run_in_terminal(program, ["404"], 50)
        _, whole = run_in_pipe(program, ["404"])
        expect(status == 0 and widest(out) <= 50, f"a line of {widest(out)} columns in a 50-column terminal", out)
        expect(out.count(b"\n") > whole.count(b"\n"), "the description was not wrapped", out)
        expect(b"\n                " in out, "wrapped lines are not indented under their field", out)
    elif case == "rules_fit":
        # The header field rules of 206 and 101 wrap within 80 columns, each reference whole:
        # "RFC 9110 §15.3.7.1" on one line.
        for code in ("206", "101", "304"):
            status, out = run_in_terminal(program, [code], 80)
            text = out.decode()
            expect(status == 0 and widest(out) <= 80, f"{code}: a line of {widest(out)} columns in 80", out)
            expect("Must send:" in text, f"{code}: no rule shown", out)
            expect(all(not line.endswith(("RFC", "9110", "9113")) and not line.lstrip().startswith("\u00a7")
                       for line in text.split("\n")),
                   f"{code}: a reference broken across lines", out)
        status, out = run_in_pipe(program, ["206"], {"COLUMNS": "80"})
        expect(status == 0 and widest(out) > 80, "206: rules wrapped in a pipe", out)
    elif case == "check_fits":
        # httpstatus --check < what curl -sI printed: findings wrapped under their text, in an
        # 80-column terminal; whole lines into a pipe.
        saved = os.path.join(os.path.dirname(os.path.abspath(__file__)), "curl", "sI-ok.txt")
        with open(saved, "rb") as head:
            status, out = run_in_terminal(program, ["--check"], 80, stdin=head)
        expect(status == 0 and widest(out) <= 80, f"a line of {widest(out)} columns in an 80-column terminal", out)
        expect(b"\n           " in out, "wrapped lines are not indented under the finding's text", out)
        with open(saved, "rb") as head:
            whole = subprocess.run([program, "--check"], stdin=head, capture_output=True, check=False).stdout
        expect(widest(whole) > 80, "a pipe did not get whole lines", whole)
    elif case == "check_from_terminal":
        # httpstatus --check typed at a prompt, with nothing piped in: a message, not a wait.
        status, out = run_in_terminal(program, ["--check"], 80)
        expect(status == 2, f"exit status {status}, expected 2", out)
        expect(out.startswith(b"httpstatus: --check reads the responses from standard input, which is a terminal"),
               "no message", out)
    elif case == "width_zero":
        # --width 0: no limit, even on a terminal.
        status, out = run_in_terminal(program, ["--width=0", "--list"], 80)
        expect(status == 0 and widest(out) > 80, "--width=0 cut the rows", out)
    elif case == "pipe_whole":
        status, out = run_in_pipe(program, ["--list"], {"COLUMNS": "80"})
        expect(status == 0 and widest(out) > 80 and ELLIPSIS.encode() not in out, "rows cut in a pipe", out)
    elif case == "width_option":
        for columns in (30, 80, 100):
            for args in (["--list"], ["404"], ["--unofficial", "--list"], ["5xx"]):
                status, out = run_in_pipe(program, [f"--width={columns}", *args])
                expect(status == 0 and widest(out) <= columns, f"{args}: a line over --width={columns}", out)
    elif case == "help_fits":
        status, out = run_in_pipe(program, ["--help"])
        expect(status == 0 and widest(out) <= 80, f"--help has a line of {widest(out)} columns", out)
    elif case == "echo_escaped":
        # Invalid UTF-8 and an escape sequence (ESC [ 3 1 m would turn the terminal red).
        status, out = run_in_terminal(program, [b"\xff\x1b[31m\xc2\x85\xc3\xa9"], 80)
        expect(status == 1, f"exit status {status}", out)
        expect(b"\x1b" not in out and b"\xff" not in out, "raw bytes reached the terminal", out)
        expect(b'"\\xff\\x1b[31m\\xc2\\x85\xc3\xa9"' in out, "not escaped as \\xHH (printable UTF-8 kept)", out)
    elif case == "empty_query":
        # `httpstatus "$code"` with $code unset: a usage error, not the whole table.
        for args in ([""], ["404", ""], ["", "found"]):
            status, out = run_in_pipe(program, args)
            expect(status == 2 and out == b"", f"{args}: exit status {status}", out)
    else:
        sys.exit(f"unknown case {case}")


main()
