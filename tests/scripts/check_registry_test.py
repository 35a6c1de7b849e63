#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""scripts/check-registry against the registry copy in tests/data/, and against doctored copies that
must fail with the right differences; the table read from the httpstatus command, and from stand-ins
for it that print another table or no table.

Usage: check_registry_test.py COMMAND [unittest arguments], COMMAND being the httpstatus command
built with --json (tests/CMakeLists.txt passes the target httpstatus-cli's)."""

import json
import pathlib
import re
import subprocess
import sys
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parents[2]
TOOL = ROOT / "scripts" / "check-registry"
REGISTRY = ROOT / "tests" / "data" / "iana-registry.csv"
# How many codes the registry has: the rows of the table's own CSV, which registry_test.cpp holds the
# table to (docs/testing.md: the count is written nowhere else).
ROWS = (ROOT / "tests" / "data" / "iana-http-status-codes.csv").read_text(encoding="utf-8").splitlines()
CODES = sum(1 for line in ROWS if line[:3].isdigit())
COMMAND = None  # from the command line, below


def run(registry, command=None):
    result = subprocess.run([sys.executable, str(TOOL), str(registry), "--command", str(command or COMMAND)],
                            capture_output=True, text=True, check=False)
    return result.returncode, result.stdout, result.stderr


class CheckRegistry(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.text = REGISTRY.read_text(encoding="utf-8")

    def tearDown(self):
        self.folder.cleanup()

    def doctored(self, old, new):
        self.assertIn(old, self.text, "the fixture must contain the text being changed")
        path = pathlib.Path(self.folder.name) / "doctored.csv"
        path.write_text(self.text.replace(old, new, 1), encoding="utf-8")
        return path

    def unassigned_range(self):
        """The fixture's first range of unassigned codes, whichever it is once codes are added: its
        text, its first code and its last."""
        gap = re.search(r"^(\d{3})-(\d{3}),Unassigned,", self.text, re.MULTILINE)
        self.assertIsNotNone(gap, "the fixture must have an unassigned range")
        return gap[0], int(gap[1]), int(gap[2])

    def test_the_table_matches_the_registry(self):
        code, out, err = run(REGISTRY)
        self.assertEqual(code, 0, out + err)
        self.assertEqual(out, f"0 differences: {CODES} codes in the table, {CODES} in the registry\n")

    def test_a_renamed_code_is_a_difference(self):
        code, out, _ = run(self.doctored("413,Content Too Large,", "413,Payload Too Large,"))
        self.assertEqual(code, 1)
        self.assertIn('changed name: 413 is "Payload Too Large" in the registry, "Content Too Large" in the table', out)
        self.assertIn("1 difference:", out)

    def test_a_newly_registered_code_is_missing_from_the_table(self):
        gap, first, last = self.unassigned_range()
        code, out, _ = run(self.doctored(gap, f"{first},New Code,[RFC9999]\r\n{first + 1}-{last},Unassigned,"))
        self.assertEqual(code, 1)
        self.assertIn(f"missing: {first} New Code is registered but not in the table", out)

    def test_a_code_the_registry_dropped_is_extra_in_the_table(self):
        code, out, _ = run(self.doctored('425,Too Early,[RFC8470]', "425,Unassigned,"))
        self.assertEqual(code, 1)
        self.assertIn("extra: 425 Too Early is in the table but not registered", out)

    def test_a_changed_reference_is_a_difference(self):
        code, out, _ = run(self.doctored('404,Not Found,"[RFC9110, Section 15.5.5]"',
                                         '404,Not Found,"[RFC9110, Section 15.5.6]"'))
        self.assertEqual(code, 1)
        self.assertIn("changed reference: 404 is [RFC9110, Section 15.5.6] in the registry, "
                      "RFC 9110 §15.5.5 in the table", out)
        code, out, _ = run(self.doctored("102,Processing,[RFC2518]", "102,Processing,[RFC4918]"))
        self.assertEqual(code, 1)
        self.assertIn("changed reference: 102", out)

    def test_obsoleting_a_code_is_a_difference(self):
        code, out, _ = run(self.doctored("508,Loop Detected,", "508,Loop Detected (OBSOLETED),"))
        self.assertEqual(code, 1)
        self.assertIn("changed status: 508 is obsoleted in the registry, active in the table", out)

    def test_every_difference_is_listed(self):
        path = pathlib.Path(self.folder.name) / "many.csv"
        text = self.text.replace("200,OK,", "200,Okay,").replace("418,(Unused),", "418,I'm a teapot,")
        path.write_text(text, encoding="utf-8")
        code, out, _ = run(path)
        self.assertEqual(code, 1)
        self.assertIn("changed name: 200", out)
        self.assertIn("changed name: 418", out)
        self.assertIn("2 differences:", out)

    def test_a_temporary_registration_is_a_note(self):
        gap, first, last = self.unassigned_range()
        path = self.doctored(gap, f"{first},Upload Resumption Supported (TEMPORARY - registered 2024-11-13, "
                                  "extension registered 2025-09-15, expires 2026-11-13),"
                                  f"[draft-ietf-httpbis-resumable-upload-05]\r\n{first + 1}-{last},Unassigned,")
        code, out, _ = run(path)
        self.assertEqual(code, 0, out)
        self.assertIn(f"note: temporary registration, not in the table: {first} Upload Resumption Supported", out)

    def test_unreadable_input_exits_2(self):
        code, _, err = run(pathlib.Path(self.folder.name) / "absent.csv")
        self.assertEqual(code, 2)
        self.assertIn("cannot read", err)
        wrong = pathlib.Path(self.folder.name) / "wrong.csv"
        wrong.write_text("code,name\n100,Continue\n", encoding="utf-8")
        code, _, err = run(wrong)
        self.assertEqual(code, 2)
        self.assertIn("expected the header row", err)
        code, _, err = run(REGISTRY, pathlib.Path(self.folder.name) / "absent-command")
        self.assertEqual(code, 2)
        self.assertIn("cannot run", err)

    def stand_in(self, name, body):
        """A program in place of the command: a Python script that prints, or fails, as `body` says."""
        path = pathlib.Path(self.folder.name) / name
        path.write_text(f"#!{sys.executable}\nimport sys\n{body}\n", encoding="utf-8")
        path.chmod(0o755)
        return path

    def test_the_rows_are_the_commands(self):
        entries = json.loads(subprocess.run([str(COMMAND), "--json", "--list"], capture_output=True,
                                            check=True).stdout.decode("utf-8"))
        renamed = [dict(entry, name="Not There") if entry["code"] == 404 else entry for entry in entries]
        listing = pathlib.Path(self.folder.name) / "listing.json"
        listing.write_text(json.dumps(renamed), encoding="utf-8")
        command = self.stand_in("renamed", f"sys.stdout.write(open({str(listing)!r}, encoding='utf-8').read())")
        code, out, _ = run(REGISTRY, command)
        self.assertEqual(code, 1, out)
        self.assertIn('changed name: 404 is "Not Found" in the registry, "Not There" in the table', out)
        self.assertIn("1 difference:", out)

    def test_a_command_without_the_table_exits_2(self):
        for body, message in [("print('[]')", "listed no codes"),
                              ("print('404 Not Found')", "did not print the table's entries as JSON"),
                              ("print('[{\"code\": 404}]')", "did not print the table's entries as JSON"),
                              ("sys.exit('--json is not available')", "failed (1): --json is not available")]:
            with self.subTest(body=body):
                code, _, err = run(REGISTRY, self.stand_in("command", body))
                self.assertEqual(code, 2, err)
                self.assertIn(message, err)

if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: check_registry_test.py COMMAND [unittest arguments]")
    COMMAND = pathlib.Path(sys.argv.pop(1))
    unittest.main()
