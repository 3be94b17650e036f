"""Audit the locked dependencies (constraints.txt) for known vulnerabilities.

    python -m website.dependency_audit [constraints.txt]

Runs pip-audit on the exact pins (``--no-deps``: constraints.txt already lists every
transitive dependency) against PyPI's vulnerability data, and reads its JSON report:

- any known vulnerability: exit 1, listing package, version, advisory and fixed versions;
- every pin audited and clean: exit 0;
- the vulnerability service could not be asked (no network, or PyPI's per-version JSON
  not served, as on machines behind a package mirror): exit 0 with a clear "skipped"
  message naming how many pins could not be checked, so an offline machine does not fail
  the build but nobody mistakes the skip for a clean audit.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

SKIPPED_EXIT = 0


def summarise(report):
    """(vulnerable lines, audited count, unaudited names) from pip-audit's JSON."""
    vulnerable, audited, unaudited = [], 0, []
    for dependency in report.get("dependencies", []):
        if dependency.get("skip_reason"):
            unaudited.append(dependency["name"])
            continue
        audited += 1
        for vulnerability in dependency.get("vulns", []):
            fixed = ", ".join(vulnerability.get("fix_versions", [])) or "no fixed version yet"
            vulnerable.append(
                f"{dependency['name']} {dependency.get('version', '?')}: "
                f"{vulnerability.get('id', '?')} (fixed in {fixed})"
            )
    return vulnerable, audited, unaudited


def verdict(report):
    """(exit code, message) for a pip-audit JSON report."""
    vulnerable, audited, unaudited = summarise(report)
    if vulnerable:
        return 1, "Known vulnerabilities in the locked dependencies:\n  " + "\n  ".join(vulnerable)
    if audited == 0:
        return SKIPPED_EXIT, (
            f"Dependency audit SKIPPED: the vulnerability service could not be asked about "
            f"any of the {len(unaudited)} pins (offline, or PyPI's per-version data is not "
            "reachable from this machine). Run `python -m website.dependency_audit` where "
            "pypi.org answers."
        )
    message = f"No known vulnerabilities in {audited} audited pins."
    if unaudited:
        message += f" Not audited (unknown to the service): {', '.join(sorted(unaudited))}."
    return 0, message


def main(argv):
    requirements = Path(argv[0] if argv else "constraints.txt")
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "audit.json"
        command = [
            sys.executable,
            "-m",
            "pip_audit",
            "--requirement",
            str(requirements),
            "--no-deps",
            "--disable-pip",
            "--vulnerability-service",
            "pypi",
            "--progress-spinner",
            "off",
            "--format",
            "json",
            "--output",
            str(output),
            "--timeout",
            "20",
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
        if not output.exists() or not output.read_text().strip():
            print(
                "Dependency audit SKIPPED: pip-audit could not reach the vulnerability "
                f"service.\n{result.stderr.strip()[-600:]}"
            )
            return SKIPPED_EXIT
        code, message = verdict(json.loads(output.read_text()))
    print(message)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
