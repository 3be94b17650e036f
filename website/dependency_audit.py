"""Audit the locked dependencies (constraints.txt) for known vulnerabilities.

    python -m website.dependency_audit [constraints.txt]
    python -m website.dependency_audit [constraints.txt] --osv-dir PATH [--ignore-vuln ID ...]

Without ``--osv-dir`` it runs pip-audit on the exact pins (``--no-deps``: constraints.txt
already lists every transitive dependency) against PyPI's vulnerability data, and reads
its JSON report:

- any known vulnerability: exit 1, listing package, version, advisory and fixed versions;
- every pin audited and clean: exit 0;
- the vulnerability service could not be asked (no network, or PyPI's per-version JSON
  not served, as on machines behind a package mirror): exit 0 with a clear "skipped"
  message naming how many pins could not be checked, so an offline machine does not fail
  the build but nobody mistakes the skip for a clean audit.

With ``--osv-dir PATH`` nothing is fetched: every pin is checked against the OSV
advisories (YAML or JSON, e.g. a checkout of pypa/advisory-database or an unzipped OSV
PyPI export) found anywhere under PATH, following the OSV rules: an advisory applies when
one of its ``affected`` entries names the package (PyPI ecosystem, PEP 503 names) and
either lists the pinned version in ``versions`` or has an ECOSYSTEM range whose sorted
events (``introduced`` / ``fixed`` / ``last_affected``) put the pin inside it. GIT ranges
and withdrawn advisories are ignored; versions compare with ``packaging.version``. Records
written as protobuf dumps (as some mirrors hold them) are read the same way, and an entry
that names the package without any range or version list counts against the pin until
someone has read it.

- any pin affected: exit 1 (``--ignore-vuln ID`` accepts one advisory, by id or alias,
  after someone has read it and written down why it does not apply);
- none affected: exit 0, naming the newest ``modified`` date among the advisories read,
  which is how old the audit's knowledge is;
- PATH holds no advisory, or some advisory file cannot be read: exit 2, never a pass.
"""

import argparse
import json
import re
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from packaging.version import InvalidVersion, Version

SKIPPED_EXIT = 0
UNREADABLE_EXIT = 2
ADVISORY_SUFFIXES = {".yaml", ".yml", ".json"}


def vulnerable_line(name, version, advisory, fixed_versions):
    fixed = ", ".join(fixed_versions or []) or "no fixed version yet"
    return f"{name} {version}: {advisory or '?'} (fixed in {fixed})"


def vulnerable_verdict(lines):
    """The failing (exit code, message) for the vulnerable pins' ``lines``."""
    return 1, "Known vulnerabilities in the locked dependencies:\n  " + "\n  ".join(lines)


def summarise(report):
    """(vulnerable lines, audited count, unaudited names) from pip-audit's JSON."""
    vulnerable, audited, unaudited = [], 0, []
    for dependency in report.get("dependencies", []):
        if dependency.get("skip_reason"):
            unaudited.append(dependency["name"])
            continue
        audited += 1
        for vulnerability in dependency.get("vulns", []):
            vulnerable.append(
                vulnerable_line(
                    dependency["name"],
                    dependency.get("version", "?"),
                    vulnerability.get("id"),
                    vulnerability.get("fix_versions"),
                )
            )
    return vulnerable, audited, unaudited


def verdict(report):
    """(exit code, message) for a pip-audit JSON report."""
    vulnerable, audited, unaudited = summarise(report)
    if vulnerable:
        return vulnerable_verdict(vulnerable)
    if audited == 0:
        return SKIPPED_EXIT, (
            f"Dependency audit SKIPPED: the vulnerability service could not be asked about "
            f"any of the {len(unaudited)} pins (offline, or PyPI's per-version data is not "
            "reachable from this machine). Run `python -m website.dependency_audit` where "
            "pypi.org answers, or check the pins offline with `--osv-dir` (see README)."
        )
    message = f"No known vulnerabilities in {audited} audited pins."
    if unaudited:
        message += f" Not audited (unknown to the service): {', '.join(sorted(unaudited))}."
    return 0, message


# --- Offline check against OSV advisories ----------------------------------------------


def normalise(name):
    """PEP 503 name: Django -> django, typing_extensions -> typing-extensions."""
    return re.sub(r"[-_.]+", "-", str(name)).lower()


def parse_pins(text):
    """{normalised name: (name as written, version)} for every ``name==version`` line."""
    pins = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].split(";", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        match = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*===?\s*(\S+)", line)
        if match:
            pins[normalise(match.group(1))] = (match.group(1), match.group(3))
    return pins


def parse_version(value):
    try:
        return Version(str(value))
    except InvalidVersion:
        return None


# Some OSV exports are dumps of OSV's protobuf messages rather than its JSON schema: the
# record may sit under a ``vulnerability`` key, range types are enum numbers, every event
# carries all four kinds with "" for the unset ones, ``last_affected`` is spelt
# ``lastaffected`` and dates are {seconds, nanos}. Reading them as written would skip
# their ranges without a word, so they are read into the schema's shape.
PROTOBUF_RANGE_TYPES = {"1": "GIT", "2": "SEMVER", "3": "ECOSYSTEM"}
EVENT_KINDS = {
    "introduced": "introduced",
    "fixed": "fixed",
    "last_affected": "last_affected",
    "lastaffected": "last_affected",
    "limit": "limit",
}


def range_type(version_range):
    written = str(version_range.get("type", "")).strip()
    return PROTOBUF_RANGE_TYPES.get(written, written.upper())


def event_of(event):
    """(kind, value) of one OSV event, or None; the kind is one of EVENT_KINDS' values."""
    if not isinstance(event, dict):
        return None
    for key, value in event.items():
        kind = EVENT_KINDS.get(key)
        if kind and value not in ("", None):
            return kind, value
    return None


def advisory_date(value):
    """YYYY-MM-DD of an OSV timestamp, written as text or as protobuf {seconds, nanos}."""
    if isinstance(value, dict):
        try:
            return datetime.fromtimestamp(int(value.get("seconds", "")), UTC).date().isoformat()
        except (TypeError, ValueError, OverflowError):
            return ""
    return str(value or "")[:10]


def _ranges(affected):
    """The version ranges of one ``affected`` entry as lists of OSV events.

    Also reads the format pypa/advisory-database used before OSV (``affects.ranges`` with
    ``introduced``/``fixed`` keys on the range itself, no ``introduced`` meaning "0")."""
    for version_range in affected.get("ranges") or []:
        if range_type(version_range) not in {"ECOSYSTEM", "SEMVER"}:
            continue  # GIT ranges name commits, not releases
        if "events" in version_range:
            yield version_range.get("events") or []
        else:
            events = [{"introduced": version_range.get("introduced", "0")}]
            if "fixed" in version_range:
                events.append({"fixed": version_range["fixed"]})
            yield events


def _sort_key(event):
    kind, value = next(iter(event.items()))
    if kind == "introduced" and str(value) == "0":
        return (0, Version("0"))
    return (1, parse_version(value))


def in_range(version, events):
    """OSV evaluation of one range: events sorted by version, last one that applies wins."""
    usable = []
    for event in events:
        kind, value = event_of(event) or (None, None)
        if kind not in {"introduced", "fixed", "last_affected"}:
            continue  # "limit" and unknown kinds only bound the search, never affect
        if (kind == "introduced" and str(value) == "0") or parse_version(value) is not None:
            usable.append({kind: value})
    affected = False
    for event in sorted(usable, key=_sort_key):
        kind, value = next(iter(event.items()))
        if kind == "introduced":
            if str(value) == "0" or version >= parse_version(value):
                affected = True
        elif kind == "fixed":
            if version >= parse_version(value):
                affected = False
        elif version > parse_version(value):  # last_affected
            affected = False
    return affected


def fixed_versions(affected, version):
    """Releases after the pin that some range of this entry names as fixed."""
    found = set()
    for events in _ranges(affected):
        for event in events:
            kind, value = event_of(event) or (None, None)
            parsed = parse_version(value) if kind == "fixed" else None
            if parsed is not None and parsed > version:
                found.add(parsed)
    return [str(fixed) for fixed in sorted(found)]


def affected_entries(advisory):
    """The ``affected`` entries of an advisory, legacy ``package``/``affects`` included."""
    entries = list(advisory.get("affected") or [])
    if isinstance(advisory.get("affects"), dict) and isinstance(advisory.get("package"), dict):
        entries.append({"package": advisory["package"], **advisory["affects"]})
    return entries


def names_package(entry, name):
    package = entry.get("package") or {}
    ecosystem = str(package.get("ecosystem", "PyPI"))
    return ecosystem.lower() == "pypi" and normalise(package.get("name", "")) == name


# What matches() answers for an entry that names the package but gives neither a version
# range nor a list of versions: the audit cannot tell, so it fails until someone has read
# the advisory (and accepted it with --ignore-vuln if it does not apply).
NO_AFFECTED_VERSIONS = "no affected versions given: read the advisory"


def is_withdrawn(advisory):
    value = advisory.get("withdrawn")
    if isinstance(value, dict):  # protobuf timestamp
        return bool(str(value.get("seconds", "")).strip("0 "))
    return str(value or "").strip().lower() not in {"", "null", "~", "none"}


def matches(advisory, name, version_text):
    """Fixed versions (possibly none) if the advisory covers name==version, else None;
    NO_AFFECTED_VERSIONS when it names the package without saying which releases."""
    if is_withdrawn(advisory):
        return None
    version = parse_version(version_text)
    for entry in affected_entries(advisory):
        if not names_package(entry, name):
            continue
        listed = [str(listed) for listed in entry.get("versions") or []]
        if not listed and not entry.get("ranges"):
            return NO_AFFECTED_VERSIONS
        if version_text in listed or (
            version is not None and any(parse_version(item) == version for item in listed)
        ):
            return fixed_versions(entry, version) if version is not None else []
        if version is not None and any(in_range(version, events) for events in _ranges(entry)):
            return fixed_versions(entry, version)
    return None


def load_advisories(folder):
    """(advisories, unreadable paths) for every OSV file under folder.

    YAML is read with PyYAML's BaseLoader so that every scalar stays text: an unquoted
    ``fixed: 1.10`` is the release 1.10, not the float 1.1."""
    advisories, unreadable = [], []
    folder = Path(folder)
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in ADVISORY_SUFFIXES or not path.is_file():
            continue
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue  # .github workflows and the like
        try:
            text = path.read_text(encoding="utf-8")
            if path.suffix.lower() == ".json":
                data = json.loads(text)
            else:
                import yaml  # PyYAML (a dev dependency) is only needed for this option

                data = yaml.load(text, Loader=yaml.BaseLoader)  # noqa: S506 - builds no objects
        except Exception as error:  # OSError, UnicodeDecodeError, JSON and YAML errors
            unreadable.append(f"{path}: {error.__class__.__name__}: {error}")
            continue
        if isinstance(data, dict) and not data.get("id"):
            data = data.get("vulnerability")  # a protobuf dump wraps the record
        if isinstance(data, dict) and data.get("id") and affected_entries(data):
            advisories.append(data)
    return advisories, unreadable


def osv_verdict(pins, advisories, ignored=()):
    """(exit code, message) for pins checked against already loaded advisories."""
    ignored = set(ignored)
    by_package = {}
    for advisory in advisories:
        for entry in affected_entries(advisory):
            name = normalise((entry.get("package") or {}).get("name", ""))
            by_package.setdefault(name, []).append(advisory)
    vulnerable, waived = [], []
    for name, (written, version) in sorted(pins.items()):
        seen = set()
        for advisory in by_package.get(name, []):
            if advisory["id"] in seen:
                continue
            seen.add(advisory["id"])
            fixed = matches(advisory, name, version)
            if fixed is None:
                continue
            aliases = [str(alias) for alias in advisory.get("aliases") or []]
            if fixed == NO_AFFECTED_VERSIONS:
                outcome = NO_AFFECTED_VERSIONS
            else:
                outcome = f"fixed in {', '.join(fixed) if fixed else 'no later release named'}"
            line = (
                f"{written} {version}: {advisory['id']}"
                + (f" ({', '.join(aliases)})" if aliases else "")
                + f" - {outcome}"
            )
            if ignored & {advisory["id"], *aliases}:
                waived.append(line)
            else:
                vulnerable.append(line)
    dates = [advisory_date(advisory.get("modified")) for advisory in advisories]
    newest = max((date for date in dates if date), default="unknown")
    scope = f"{len(pins)} pins against {len(advisories)} OSV advisories, newest modified {newest}"
    notes = "".join(f"\n  ignored on purpose: {line}" for line in waived)
    if vulnerable:
        return 1, (
            f"Known vulnerabilities in the locked dependencies (checked {scope}):\n  "
            + "\n  ".join(vulnerable)
            + notes
        )
    return 0, f"No known vulnerabilities: checked {scope}.{notes}"


def audit_offline(requirements, folder, ignored=()):
    """(exit code, message) for the pins in requirements against the OSV files in folder."""
    if not Path(folder).is_dir():
        return UNREADABLE_EXIT, f"Dependency audit FAILED: {folder} is not a directory."
    advisories, unreadable = load_advisories(folder)
    if unreadable:
        return UNREADABLE_EXIT, (
            f"Dependency audit FAILED: {len(unreadable)} advisory files could not be read:\n  "
            + "\n  ".join(unreadable[:20])
        )
    if not advisories:
        return UNREADABLE_EXIT, f"Dependency audit FAILED: no OSV advisory found under {folder}."
    return osv_verdict(parse_pins(Path(requirements).read_text()), advisories, ignored)


# --- PyPI's live data, for the pins that are the newest release ------------------------

PYPI_PROJECT_URL = "https://pypi.org/pypi/{name}/json"


def fetch_project(name, timeout=15):
    """PyPI's JSON for a project (its newest release and that release's known
    vulnerabilities), or None when PyPI cannot be asked."""
    import urllib.error
    import urllib.request

    url = PYPI_PROJECT_URL.format(name=normalise(name))
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (https)
            return json.load(response)
    except (OSError, urllib.error.URLError, ValueError):
        return None


def _newest_in_series(data, pinned):
    """The newest final, not yanked release with the pin's major.minor, or None."""
    if pinned is None:
        return None
    found = None
    for text, files in (data.get("releases") or {}).items():
        release = parse_version(text)
        if release is None or release.is_prerelease or release.release[:2] != pinned.release[:2]:
            continue
        if files and all(file.get("yanked") for file in files):
            continue
        if found is None or release > found:
            found = release
    return found


MANUAL_AUDITS = Path(__file__).resolve().parent.parent / "docs" / "security"


def latest_manual_audit(folder=MANUAL_AUDITS):
    """The newest dated audit report (``YYYY-MM-DD-dependency-audit.md``), as a path
    relative to the project, or None: the pins CI cannot check live are covered there."""
    reports = sorted(
        Path(folder).glob("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]-dependency-audit.md")
    )
    if not reports:
        return None
    newest = reports[-1]
    try:
        return newest.relative_to(MANUAL_AUDITS.parent.parent).as_posix()
    except ValueError:
        return newest.as_posix()


def newest_release_verdict(pins, projects):
    """(exit code, message) from PyPI's project data for each pin.

    ``projects`` maps each normalised name to PyPI's JSON for that project (None when it
    could not be fetched). That JSON lists the known vulnerabilities of the newest
    release only, so it audits exactly the pins that are the newest release; the others
    are named as not checkable here, never counted as clean."""
    vulnerable, clean, behind, unreachable = [], 0, [], []
    for key, (name, version) in sorted(pins.items()):
        data = projects.get(key)
        if not data or "info" not in data:
            unreachable.append(name)
            continue
        newest = parse_version(data["info"].get("version"))
        pinned = parse_version(version)
        if newest is None or pinned is None or newest != pinned:
            series = _newest_in_series(data, pinned)
            note = f"newest {data['info'].get('version')}"
            if series is not None and series == pinned:
                note += f"; the newest {pinned.major}.{pinned.minor} release"
            elif series is not None:
                note += f"; {pinned.major}.{pinned.minor} has {series}"
            behind.append(f"{name} {version} ({note})")
            continue
        found = [entry for entry in data.get("vulnerabilities") or [] if not entry.get("withdrawn")]
        if not found:
            clean += 1
        for entry in found:
            advisory, fixed = entry.get("id"), entry.get("fixed_in")
            vulnerable.append(vulnerable_line(name, version, advisory, fixed))
    if vulnerable:
        return vulnerable_verdict(vulnerable)
    if clean == 0:
        return SKIPPED_EXIT, (
            "Dependency audit SKIPPED: PyPI's project data could not be read for any pin."
        )
    message = (
        f"PyPI's live vulnerability data, for the {clean} of {len(pins)} pins that are the "
        "newest release of their project: no known vulnerability."
    )
    if behind:
        report = latest_manual_audit()
        where = f"the last audit by hand: {report}" if report else "no audit by hand on record"
        message += (
            f"\nNot checkable this way ({len(behind)} pins older than the newest release, "
            f"whose vulnerabilities PyPI's project data does not list; {where}): "
            + "; ".join(behind)
        )
    if unreachable:
        message += f"\nPyPI did not answer for: {', '.join(unreachable)}."
    return 0, message


def audit_newest_releases(requirements, fetch=None, workers=8):
    from concurrent.futures import ThreadPoolExecutor

    fetch = fetch or fetch_project
    pins = parse_pins(Path(requirements).read_text())
    with ThreadPoolExecutor(max_workers=workers) as pool:
        projects = dict(zip(pins, pool.map(lambda key: fetch(pins[key][0]), pins), strict=True))
    return newest_release_verdict(pins, projects)


# --- Command line ------------------------------------------------------------------------


def run_pip_audit(requirements, ignored=()):
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
        for advisory in ignored:
            command += ["--ignore-vuln", advisory]
        result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
        if not output.exists() or not output.read_text().strip():
            print(
                "pip-audit could not reach the vulnerability service "
                f"({result.stderr.strip()[-300:]}); asking PyPI's project data instead."
            )
            return fall_back_to_newest_releases(requirements)
        code, message = verdict(json.loads(output.read_text()))
        if code == SKIPPED_EXIT and message.startswith("Dependency audit SKIPPED"):
            print(
                "pip-audit's service could not be asked about any pin (PyPI's per-version "
                "data is not served here); asking PyPI's project data instead."
            )
            return fall_back_to_newest_releases(requirements)
    print(message)
    return code


def fall_back_to_newest_releases(requirements):
    code, message = audit_newest_releases(requirements)
    print(message)
    return code


def main(argv):
    parser = argparse.ArgumentParser(
        prog="python -m website.dependency_audit",
        description="Audit the pins of a constraints file for known vulnerabilities.",
    )
    parser.add_argument("requirements", nargs="?", default="constraints.txt")
    parser.add_argument(
        "--osv-dir",
        help="check offline against the OSV advisories (YAML/JSON) under this directory "
        "instead of asking pip-audit's service",
    )
    parser.add_argument(
        "--ignore-vuln",
        action="append",
        default=[],
        metavar="ID",
        help="advisory id or alias to accept, once read and found not to apply; repeatable",
    )
    arguments = parser.parse_args(argv)
    if arguments.osv_dir:
        code, message = audit_offline(
            arguments.requirements, arguments.osv_dir, arguments.ignore_vuln
        )
        print(message)
        return code
    return run_pip_audit(Path(arguments.requirements), arguments.ignore_vuln)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
