#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""`curl ... | httpstatus --check` against a real server on 127.0.0.1 (check_server.cpp).

    check_server.py SERVER HTTPSTATUS CURL CASE      runs one case of CASES below
    check_server.py SERVER - CURL --record DIR       writes what curl prints for RECORDINGS into DIR

The server runs on a free port it picks and prints, so that tests running at the same time never
share one, and stops when its standard input closes: this script closes it when it ends, and the
system closes it when this script is killed, so that no server outlives its test.
"""
import os
import re
import subprocess
import sys

# case: steps of (curl's options, paths, --check's extra arguments, exit status, regexes stdout must
# match). Each step runs `curl -s OPTIONS URL... | httpstatus --check ARGS`.
CASES = {
    # Conforming answers: exit 0, "conforms" for each response.
    "head_conforms": [
        ("-sI", ["/ok"], [], 0, [r"\AHTTP/1\.1 200 OK: conforms\n(  note: [^\n]*\n)*\Z"]),
        ("-sI", ["/method-not-allowed"], [], 0, [r"\AHTTP/1\.1 405 Method Not Allowed: conforms\n\Z"]),
        ("-sI", ["/moved"], [], 0, [r"\AHTTP/1\.1 301 Moved Permanently: conforms\n\Z"]),
    ],
    # A redirect chain: a report per response, in order.
    "head_redirect_chain": [
        ("-sIL", ["/chain"], [], 0,
         [r"\AHTTP/1\.1 302 Found: conforms\nHTTP/1\.1 301 Moved Permanently: conforms\nHTTP/1\.1 200 OK: conforms\n"]),
    ],
    # Non-conforming answers: exit 1, and the field named.
    "head_missing_allow": [
        ("-sI", ["/no-allow"], [], 1,
         [r"\AHTTP/1\.1 405 Method Not Allowed: does not conform\n  error:   405 MUST Allow: missing \(RFC 9110 §15\.5\.6\)\n\Z"]),
    ],
    "head_no_content_with_length": [
        ("-sI", ["/no-content-with-length"], [], 1,
         [r"\AHTTP/1\.1 204 No Content: does not conform\n  error:   204 MUST NOT Content-Length: sent \(RFC 9110 §8\.6\)\n\Z"]),
    ],
    "head_chain_to_missing_allow": [
        ("-sIL", ["/chain-to-no-allow"], [], 1,
         [r"\AHTTP/1\.1 307 Temporary Redirect: conforms\nHTTP/1\.1 405 Method Not Allowed: does not conform\n"
          r"  error:   405 MUST Allow: missing"]),
    ],
    # With bodies (curl -i): each skipped, by its Content-Length or, sent in chunks, to the next head.
    "body_skipped": [
        ("-si", ["/ok"], [], 0, [r"\AHTTP/1\.1 200 OK: conforms\n(  note: [^\n]*\n)*\Z"]),
        ("-siL", ["/chain"], [], 0, [r"\AHTTP/1\.1 302 Found: conforms\nHTTP/1\.1 301 [^\n]*\nHTTP/1\.1 200 OK: conforms\n"]),
        ("-si", ["/ok", "/chunked", "/no-allow"], [], 1,
         [r"\AHTTP/1\.1 200 OK: conforms\n(  note: [^\n]*\n)*HTTP/1\.1 200 OK: conforms\n(  note: [^\n]*\n)*"
          r"HTTP/1\.1 405 Method Not Allowed: does not conform\n  error:   405 MUST Allow: missing [^\n]*\n\Z"]),
        ("-si", ["/binary", "/no-allow"], [], 1,
         [r"\AHTTP/1\.1 200 OK: conforms\n(  note: [^\n]*\n)*HTTP/1\.1 405 Method Not Allowed: does not conform\n"]),
    ],
    # The request's method given: curl -I sends HEAD, so the notes about CONNECT are gone.
    "method_given": [
        ("-sI", ["/ok"], ["--method", "HEAD"], 0, [r"\AHTTP/1\.1 200 OK: conforms\n(  (warning|note): [^\n]*\n)*\Z"]),
    ],
}

# file name, curl's options, paths: the saved outputs that tests/command/curl/ holds, replayed by the
# command_check_saved_* tests (under Wine too).
RECORDINGS = [
    ("sI-ok.txt", "-sI", ["/ok"]),
    ("sI-no-allow.txt", "-sI", ["/no-allow"]),
    ("sI-no-content-with-length.txt", "-sI", ["/no-content-with-length"]),
    ("sIL-chain.txt", "-sIL", ["/chain"]),
    ("sIL-chain-to-no-allow.txt", "-sIL", ["/chain-to-no-allow"]),
    ("si-ok-chunked-no-allow.txt", "-si", ["/ok", "/chunked", "/no-allow"]),
    ("si-binary-no-allow.txt", "-si", ["/binary", "/no-allow"]),
]


def start_server(program):
    server = subprocess.Popen([program], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    line = server.stdout.readline().decode()
    match = re.fullmatch(r"port ([0-9]+)\n", line)
    if not match:
        stop_server(server)
        sys.exit(f"check_server: the server printed {line!r}, not its port")
    return server, int(match.group(1))


def stop_server(server):
    server.stdin.close()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def curl(curl_program, options, port, paths):
    urls = [f"http://127.0.0.1:{port}{path}" for path in paths]
    return subprocess.run([curl_program, "--max-time", "10", options, *urls], capture_output=True, check=True).stdout


def run_case(curl_program, httpstatus, port, steps):
    failures = []
    for options, paths, arguments, exit_status, patterns in steps:
        shown = f"curl {options} {' '.join(paths)} | httpstatus --check {' '.join(arguments)}".rstrip()
        # A pipe, as a shell makes it.
        fetch = subprocess.Popen([curl_program, "--max-time", "10", options,
                                  *[f"http://127.0.0.1:{port}{path}" for path in paths]], stdout=subprocess.PIPE)
        check = subprocess.run([httpstatus, "--check", *arguments], stdin=fetch.stdout, capture_output=True)
        fetch.stdout.close()
        fetch.wait()
        stdout = check.stdout.decode("utf-8")
        print(f"$ {shown}\n{stdout}{check.stderr.decode('utf-8', 'replace')}(exit {check.returncode})")
        if fetch.returncode != 0:
            failures.append(f"{shown}: curl exited {fetch.returncode}")
        if check.returncode != exit_status:
            failures.append(f"{shown}: exit status {check.returncode}, expected {exit_status}")
        for pattern in patterns:
            if not re.search(pattern, stdout):
                failures.append(f"{shown}: stdout does not match {pattern!r}")
    return failures


def main():
    server_program, httpstatus, curl_program, case = sys.argv[1:5]
    server, port = start_server(server_program)
    try:
        if case == "--record":
            directory = sys.argv[5]
            for name, options, paths in RECORDINGS:
                with open(os.path.join(directory, name), "wb") as saved:
                    saved.write(curl(curl_program, options, port, paths))
            return 0
        failures = run_case(curl_program, httpstatus, port, CASES[case])
    finally:
        stop_server(server)
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
