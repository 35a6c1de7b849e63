#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""scripts/mutate over a fixture whose every mutant's fate is known (tests/scripts/mutate_fixture/):
the fixture is copied, configured with Ninja and built in a folder of its own, mutated, and each
outcome and the summary compared with what the fixture's comments say.

Usage: mutate_test.py CXX [NINJA]   (exit 77, a skip, without Ninja: the tool reads its build's records)
"""

import csv
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
TOOL = ROOT / "scripts" / "mutate"
FIXTURE = pathlib.Path(__file__).resolve().parent / "mutate_fixture"
# (line, operator, original, mutant): outcome, as tests/scripts/mutate_fixture/include/fixture.hpp says.
EXPECTED = {
    (12, "ror", ">=", ">"): "killed", (12, "int", "0", "1"): "killed", (12, "lcr", "&&", "||"): "killed",
    (12, "ror", "<=", "<"): "killed", (12, "int", "100", "101"): "killed", (12, "int", "100", "99"): "killed",
    (18, "ror", "!=", "=="): "killed", (18, "int", "10", "11"): "timeout", (18, "int", "10", "9"): "timeout",
    (24, "return", "value > 100 ? 100 : value", "value > 100 ? value : 100"): "killed",
    (24, "ror", ">", ">="): "survived", (24, "int", "100", "101"): "killed", (24, "int", "100", "99"): "survived",
    (27, "bool", "true", "false"): "build-failed",
}
SUMMARY = "mutants: 14, killed 9, timeouts 2, survived 2, build-failed 1; score 84.6%"
# A second run told to skip every row of the first but the last runs that one mutant only.
RESUMED_SUMMARY = "mutants: 1, killed 0, timeouts 0, survived 0, build-failed 1;"


def run(command, **options):
    result = subprocess.run(command, capture_output=True, text=True, check=False, **options)
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(map(str, command))}\n{result.stdout}{result.stderr}")
    return result.stdout


def main():
    cxx = sys.argv[1]
    # CMake passes "_ninja-NOTFOUND" when find_program found nothing: that is no ninja either.
    given = sys.argv[2] if len(sys.argv) > 2 else ""
    ninja = given if given and not given.endswith("-NOTFOUND") else shutil.which("ninja")
    if not ninja:
        print("skipped: scripts/mutate reads a Ninja build (apt-get install ninja-build)")
        return 77
    with tempfile.TemporaryDirectory(prefix="mutate-test-") as folder:
        source, build = pathlib.Path(folder, "source"), pathlib.Path(folder, "build")
        shutil.copytree(FIXTURE, source)
        header = source / "include" / "fixture.hpp"
        before = header.read_bytes()
        run(["cmake", "-S", source, "-B", build, "-G", "Ninja", f"-DCMAKE_MAKE_PROGRAM={ninja}",
             f"-DCMAKE_CXX_COMPILER={cxx}", "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON"])
        run(["cmake", "--build", build])
        results = pathlib.Path(folder, "results.csv")
        out = run([sys.executable, TOOL, "--build", build, "--results", results, "--timeout", "10", "fixture.hpp"])
        print(out, end="")
        found = {(int(r["line"]), r["operator"], r["original"], r["mutant"]): r["outcome"]
                 for r in csv.DictReader(results.open())}
        failures = [f"line {key[0]} {key[1]} {key[2]!r} -> {key[3]!r}: {found.get(key, 'not made')}, expected {outcome}"
                    for key, outcome in EXPECTED.items() if found.get(key) != outcome]
        failures += [f"unexpected mutant {key}" for key in found.keys() - EXPECTED.keys()]
        if SUMMARY not in out:
            failures.append(f"summary: expected {SUMMARY!r}")
        rows = results.read_text().splitlines()
        earlier = pathlib.Path(folder, "earlier.csv")
        earlier.write_text("\n".join(r for r in rows if not r.startswith("fixture.hpp,27,")) + "\n")
        resumed = run([sys.executable, TOOL, "--build", build, "--results", pathlib.Path(folder, "rest.csv"),
                       "--skip-results", earlier, "--timeout", "2", "fixture.hpp"])
        print(resumed, end="")
        if RESUMED_SUMMARY not in resumed:
            failures.append(f"--skip-results: expected {RESUMED_SUMMARY!r}")
        if header.read_bytes() != before:
            failures.append("the header was not put back")
        for failure in failures:
            print("FAIL:", failure)
        print(f"{len(EXPECTED) + 1 - len(failures)} passed, {len(failures)} failed")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
