#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""scripts/check-registry against the registry copy in tests/data/, and against doctored copies that
must fail with the right differences."""

import pathlib
import subprocess
import sys
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parents[2]
TOOL = ROOT / "scripts" / "check-registry"
REGISTRY = ROOT / "tests" / "data" / "iana-registry.csv"


def run(registry, *extra):
    result = subprocess.run([sys.executable, str(TOOL), str(registry), *extra],
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

    def test_the_table_matches_the_registry(self):
        code, out, err = run(REGISTRY)
        self.assertEqual(code, 0, out + err)
        self.assertEqual(out, "0 differences: 63 codes in the table, 63 in the registry\n")

    def test_a_renamed_code_is_a_difference(self):
        code, out, _ = run(self.doctored("413,Content Too Large,", "413,Payload Too Large,"))
        self.assertEqual(code, 1)
        self.assertIn('changed name: 413 is "Payload Too Large" in the registry, "Content Too Large" in the table', out)
        self.assertIn("1 difference:", out)

    def test_a_newly_registered_code_is_missing_from_the_table(self):
        code, out, _ = run(self.doctored("104-199,Unassigned,", "104,New Code,[RFC9999]\r\n105-199,Unassigned,"))
        self.assertEqual(code, 1)
        self.assertIn("missing: 104 New Code is registered but not in the table", out)

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
        path = self.doctored("104-199,Unassigned,",
                             "104,Upload Resumption Supported (TEMPORARY - registered 2024-11-13, "
                             "extension registered 2025-09-15, expires 2026-11-13),[draft-ietf-httpbis-resumable-upload-05]"
                             "\r\n105-199,Unassigned,")
        code, out, _ = run(path)
        self.assertEqual(code, 0, out)
        self.assertIn("note: temporary registration, not in the table: 104 Upload Resumption Supported", out)

    def test_unreadable_input_exits_2(self):
        code, _, err = run(pathlib.Path(self.folder.name) / "absent.csv")
        self.assertEqual(code, 2)
        self.assertIn("cannot read", err)
        wrong = pathlib.Path(self.folder.name) / "wrong.csv"
        wrong.write_text("code,name\n100,Continue\n", encoding="utf-8")
        code, _, err = run(wrong)
        self.assertEqual(code, 2)
        self.assertIn("expected the header row", err)
        empty_include = pathlib.Path(self.folder.name) / "include"
        code, _, err = run(REGISTRY, "--include", str(empty_include))
        self.assertEqual(code, 2)
        self.assertIn("cannot read", err)
        (empty_include / "httpstatus" / "detail").mkdir(parents=True)
        (empty_include / "httpstatus" / "httpstatus.hpp").write_text(
            (ROOT / "include" / "httpstatus" / "httpstatus.hpp").read_text(encoding="utf-8"), encoding="utf-8")
        (empty_include / "httpstatus" / "detail" / "registry.hpp").write_text("// no rows\n", encoding="utf-8")
        code, _, err = run(REGISTRY, "--include", str(empty_include))
        self.assertEqual(code, 2)
        self.assertIn("no table rows found", err)


if __name__ == "__main__":
    unittest.main()
