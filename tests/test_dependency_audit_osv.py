"""The offline audit (``--osv-dir``): pins checked against OSV advisory files on disk.

The advisories here are small ones written for these tests (made-up ids and packages
where the real ones would do nothing), in the shapes found in pypa/advisory-database:
unsorted events, several branches, open ranges, ``last_affected``, ``versions`` lists,
withdrawn entries, the pre-OSV ``affects`` format, JSON as well as YAML."""

import json
import textwrap
from pathlib import Path

import pytest

from website import dependency_audit
from website.dependency_audit import audit_offline, in_range, main, parse_pins, parse_version


def write(folder, relative, text):
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))
    return path


@pytest.fixture
def osv(tmp_path):
    folder = tmp_path / "advisory-database"
    # Django-style: three branches, events not in version order (as pypa writes them).
    write(
        folder,
        "vulns/django/PYSEC-2099-1.yaml",
        """\
        id: PYSEC-2099-1
        modified: '2099-03-04T10:00:00Z'
        aliases:
        - CVE-2099-0001
        affected:
        - package:
            name: django
            ecosystem: PyPI
          ranges:
          - type: GIT
            repo: https://example.org/django
            events:
            - introduced: '0'
            - fixed: 0123456789abcdef
          - type: ECOSYSTEM
            events:
            - introduced: '5.2'
            - fixed: 5.2.10
            - introduced: '4.2'
            - fixed: 4.2.30
            - introduced: '6.0'
            - fixed: 6.0.2
        """,
    )
    # No fix yet: every release from 2.0 on is affected.
    write(
        folder,
        "vulns/opendemo/PYSEC-2099-2.yaml",
        """\
        id: PYSEC-2099-2
        modified: '2099-01-01T00:00:00Z'
        affected:
        - package:
            name: opendemo
            ecosystem: PyPI
          ranges:
          - type: ECOSYSTEM
            events:
            - introduced: '2.0'
        """,
    )
    # last_affected, in JSON (the GHSA / OSV export shape).
    write(
        folder,
        "osv/GHSA-demo-last.json",
        json.dumps(
            {
                "id": "GHSA-demo-last",
                "modified": "2099-02-01T00:00:00Z",
                "aliases": ["CVE-2099-0003"],
                "affected": [
                    {
                        "package": {"ecosystem": "PyPI", "name": "Last_Demo"},
                        "ranges": [
                            {
                                "type": "ECOSYSTEM",
                                "events": [{"introduced": "0"}, {"last_affected": "1.4.0"}],
                            }
                        ],
                    }
                ],
            }
        ),
    )
    # Only a list of versions, no range.
    write(
        folder,
        "vulns/listed/PYSEC-2099-4.yaml",
        """\
        id: PYSEC-2099-4
        affected:
        - package:
            name: listed
            ecosystem: PyPI
          versions:
          - 2015.04.28
          - '3.1'
        """,
    )
    # Withdrawn: never counts.
    write(
        folder,
        "vulns/redis/PYSEC-2099-5.yaml",
        """\
        id: PYSEC-2099-5
        withdrawn: '2099-06-06T10:37:00Z'
        affected:
        - package:
            name: redis
            ecosystem: PyPI
          ranges:
          - type: ECOSYSTEM
            events:
            - introduced: '0'
        """,
    )
    # Filed in pillow's folder but about another package (it happens upstream).
    write(
        folder,
        "vulns/pillow/PYSEC-0000-other.yaml",
        """\
        id: PYSEC-0000-other
        affected:
        - package:
            name: imagecodecs
            ecosystem: PyPI
          ranges:
          - type: ECOSYSTEM
            events:
            - introduced: '0'
            - fixed: 10.0.1
        """,
    )
    # The pre-OSV pypa format, with unquoted versions that YAML would read as floats.
    write(
        folder,
        "vulns/oldformat/PYSEC-2099-7.yaml",
        """\
        id: PYSEC-2099-7
        package:
          name: oldformat
          ecosystem: PyPI
        affects:
          ranges:
          - type: ECOSYSTEM
            introduced: 1.8
            fixed: 1.10
          - type: ECOSYSTEM
            fixed: 0.9.5
        """,
    )
    # Same package in another ecosystem: not ours.
    write(
        folder,
        "npm/NPM-2099-8.json",
        json.dumps(
            {
                "id": "NPM-2099-8",
                "affected": [
                    {
                        "package": {"ecosystem": "npm", "name": "wagtail"},
                        "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}]}],
                    }
                ],
            }
        ),
    )
    # Files that are not advisories are skipped, hidden folders are not read.
    write(folder, "triage/config.yaml", "labels: [a, b]\n")
    write(folder, ".github/workflows/ci.yml", "on: [push]\n")
    return folder


def pins(tmp_path, text):
    path = tmp_path / "constraints.txt"
    path.write_text(textwrap.dedent(text))
    return path


def test_a_pin_inside_one_branch_of_unsorted_events_fails(tmp_path, osv):
    code, message = audit_offline(pins(tmp_path, "Django==5.2.9\n"), osv)
    assert code == 1
    assert "Django 5.2.9: PYSEC-2099-1 (CVE-2099-0001) - fixed in 5.2.10, 6.0.2" in message


@pytest.mark.parametrize("version", ["5.2.10", "5.2.19", "4.2.30", "5.1.4", "6.0.2", "3.2"])
def test_pins_at_or_past_a_fix_or_outside_every_branch_pass(tmp_path, osv, version):
    # 5.1.4: after 4.2's fix and before 5.2 was introduced. 5.2.19 > 5.2.10 numerically,
    # although "5.2.19" < "5.2.9" as text.
    code, message = audit_offline(pins(tmp_path, f"Django=={version}\n"), osv)
    assert (code, message.split(":")[0]) == (0, "No known vulnerabilities")


def test_an_open_range_affects_every_later_release(tmp_path, osv):
    code, message = audit_offline(pins(tmp_path, "opendemo==99.0\nlast-demo==1.4.1\n"), osv)
    assert code == 1
    assert "opendemo 99.0: PYSEC-2099-2 - fixed in no later release named" in message
    assert "last-demo" not in message


def test_last_affected_includes_that_release_only(tmp_path, osv):
    code, message = audit_offline(pins(tmp_path, "last.demo==1.4.0\n"), osv)
    assert code == 1
    assert "last.demo 1.4.0: GHSA-demo-last (CVE-2099-0003)" in message
    assert audit_offline(pins(tmp_path, "last.demo==1.4.0.post1\n"), osv)[0] == 0


def test_listed_versions_compare_as_versions(tmp_path, osv):
    assert audit_offline(pins(tmp_path, "listed==2015.4.28\n"), osv)[0] == 1
    assert audit_offline(pins(tmp_path, "listed==3.1.0\n"), osv)[0] == 1
    assert audit_offline(pins(tmp_path, "listed==3.10\n"), osv)[0] == 0


def test_withdrawn_advisories_and_other_packages_do_not_count(tmp_path, osv):
    code, message = audit_offline(pins(tmp_path, "redis==8.1.0\npillow==9.0.0\n"), osv)
    assert code == 0
    assert "No known vulnerabilities: checked 2 pins against 8 OSV advisories" in message


def test_other_ecosystems_and_git_ranges_are_ignored(tmp_path, osv):
    assert audit_offline(pins(tmp_path, "wagtail==7.4.4\n"), osv)[0] == 0


def test_the_old_pypa_format_and_unquoted_versions(tmp_path, osv):
    # 1.10 must stay the release 1.10 (a float would make it 1.1, before 1.8).
    assert audit_offline(pins(tmp_path, "oldformat==1.9\n"), osv)[0] == 1
    assert audit_offline(pins(tmp_path, "oldformat==1.10\n"), osv)[0] == 0
    assert audit_offline(pins(tmp_path, "oldformat==0.9.4\n"), osv)[0] == 1
    assert audit_offline(pins(tmp_path, "oldformat==1.0\n"), osv)[0] == 0


def test_an_ignored_advisory_is_named_but_does_not_fail(tmp_path, osv):
    constraints = pins(tmp_path, "Django==5.2.9\nopendemo==2.1\n")
    code, message = audit_offline(constraints, osv, ignored=["CVE-2099-0001", "PYSEC-2099-2"])
    assert code == 0
    assert "ignored on purpose: Django 5.2.9: PYSEC-2099-1" in message
    assert "ignored on purpose: opendemo 2.1: PYSEC-2099-2" in message


def test_the_newest_advisory_date_is_reported(tmp_path, osv):
    code, message = audit_offline(pins(tmp_path, "six==1.17.0\n"), osv)
    assert code == 0
    assert "newest modified 2099-03-04." in message


def test_an_empty_or_missing_folder_is_a_failure_not_a_pass(tmp_path):
    (tmp_path / "empty").mkdir()
    constraints = pins(tmp_path, "six==1.17.0\n")
    code, message = audit_offline(constraints, tmp_path / "empty")
    assert code == 2
    assert "no OSV advisory found" in message
    assert audit_offline(constraints, tmp_path / "missing")[0] == 2


def test_an_unreadable_advisory_file_fails_the_audit(tmp_path, osv):
    write(osv, "vulns/broken/PYSEC-2099-9.yaml", "id: [unclosed\n")
    code, message = audit_offline(pins(tmp_path, "six==1.17.0\n"), osv)
    assert code == 2
    assert "PYSEC-2099-9.yaml" in message


# Shapes of the protobuf dumps found beside the schema's JSON in an OSV mirror: the record
# under ``vulnerability``, enum range types, every event kind written with "" for the
# unset ones, ``lastaffected``, dates as {seconds, nanos} and ``withdrawn: null``.
PROTOBUF_DUMP = """\
    schemaversion: ""
    id: PYSEC-0000-CVE-2099-0100
    published:
      seconds: 1713557709
      nanos: 273000000
    modified:
      seconds: 4102444800
      nanos: 0
    withdrawn: null
    aliases:
    - CVE-2099-0100
    affected:
    - package:
        name: dumped
        ecosystem: PyPI
      ranges:
      - type: 3
        repo: ""
        events:
        - introduced: "0"
          fixed: ""
          limit: ""
          lastaffected: ""
        - introduced: ""
          fixed: ""
          limit: ""
          lastaffected: 4.0.0
        - introduced: "5.0"
          fixed: ""
          limit: ""
          lastaffected: ""
        - introduced: ""
          fixed: 5.0.3
          limit: ""
          lastaffected: ""
      versions: []
      ecosystemspecific:
        fields: {}
    """


def test_protobuf_dumps_are_read_as_osv_records(tmp_path, osv):
    write(osv, "vulns/dumped/PYSEC-0000-CVE-2099-0100.yaml", PROTOBUF_DUMP)
    wrapped = "vulnerability:\n" + textwrap.indent(textwrap.dedent(PROTOBUF_DUMP), "  ")
    write(
        osv,
        "vulns/wrapped/PYSEC-0000-CVE-2099-0101.yaml",
        wrapped.replace("dumped", "wrapped").replace("CVE-2099-0100", "CVE-2099-0101"),
    )
    for name in ("dumped", "wrapped"):
        # "withdrawn: null" is not a withdrawal; last_affected 4.0.0 is inclusive.
        code, message = audit_offline(pins(tmp_path, f"{name}==4.0.0\n"), osv)
        assert code == 1, message
        assert "fixed in 5.0.3" in message
        assert audit_offline(pins(tmp_path, f"{name}==5.0.2\n"), osv)[0] == 1
        for clean in ("4.0.1", "4.9", "5.0.3"):
            assert audit_offline(pins(tmp_path, f"{name}=={clean}\n"), osv)[0] == 0, clean
    # The {seconds, nanos} date (2100-01-01) counts as the newest advisory read.
    assert "newest modified 2100-01-01" in audit_offline(pins(tmp_path, "six==1.0\n"), osv)[1]


def test_an_advisory_naming_a_package_without_versions_fails_until_read(tmp_path, osv):
    write(
        osv,
        "vulns/vague/PYSEC-2099-30.yaml",
        """\
        id: PYSEC-2099-30
        aliases:
        - CVE-2099-0300
        affected:
        - package:
            name: vague
            ecosystem: PyPI
        """,
    )
    # Only a GIT range and no versions: releases are not named, as pip-audit reads it.
    write(
        osv,
        "vulns/vague/PYSEC-2099-31.yaml",
        """\
        id: PYSEC-2099-31
        affected:
        - package:
            name: gitonly
            ecosystem: PyPI
          ranges:
          - type: GIT
            repo: https://example.org/gitonly
            events:
            - introduced: "0"
            - fixed: abcdef0123456789
          versions: []
        """,
    )
    constraints = pins(tmp_path, "vague==1.0\ngitonly==1.0\n")
    code, message = audit_offline(constraints, osv)
    assert code == 1
    assert "vague 1.0: PYSEC-2099-30 (CVE-2099-0300) - no affected versions given" in message
    assert "gitonly" not in message
    assert audit_offline(constraints, osv, ignored=["CVE-2099-0300"])[0] == 0


def test_constraints_lines_are_read_like_pip_does():
    parsed = parse_pins(
        "# comment\n-c other.txt\nDjango==5.2.19\ntyping_extensions==4.16.0  # pinned\n"
        "zope.interface==8.7\npsycopg[binary]==3.3.9\nsix==1.17.0; python_version >= '3'\n"
        "loose>=1.0\n"
    )
    assert parsed == {
        "django": ("Django", "5.2.19"),
        "typing-extensions": ("typing_extensions", "4.16.0"),
        "zope-interface": ("zope.interface", "8.7"),
        "psycopg": ("psycopg", "3.3.9"),
        "six": ("six", "1.17.0"),
    }


def test_range_evaluation_follows_osv_order():
    events = [
        {"fixed": "2.0.7"},
        {"introduced": "2.0.0"},
        {"introduced": "0"},
        {"fixed": "1.26.18"},
    ]
    assert in_range(parse_version("1.26.17"), events)
    assert not in_range(parse_version("1.26.18"), events)
    # A pre-release of 2.0.0 sorts after 1.26.18's fix and before 2.0.0 is introduced.
    assert not in_range(parse_version("2.0.0rc1"), events)
    assert in_range(parse_version("2.0.6"), events)
    assert not in_range(parse_version("2.8.0"), events)


def test_command_line_with_osv_dir(tmp_path, osv, capsys):
    constraints = pins(tmp_path, "Django==5.2.9\n")
    assert main([str(constraints), "--osv-dir", str(osv)]) == 1
    assert "PYSEC-2099-1" in capsys.readouterr().out
    arguments = [str(constraints), "--osv-dir", str(osv), "--ignore-vuln", "PYSEC-2099-1"]
    assert main(arguments) == 0


def main_with(tmp_path, monkeypatch, capsys, run, project):
    """(exit code, printed text) of the command without --osv-dir on six==1.17.0, with
    ``run`` standing in for pip-audit and ``project`` for PyPI's project data."""
    monkeypatch.setattr(dependency_audit.subprocess, "run", run)
    monkeypatch.setattr(dependency_audit, "fetch_project", lambda name: project)
    code = main([str(pins(tmp_path, "six==1.17.0\n"))])
    return code, capsys.readouterr().out


def test_without_osv_dir_an_unreachable_service_is_still_a_clear_skip(
    tmp_path, monkeypatch, capsys
):
    calls = []

    def no_service(command, **kwargs):
        calls.append(command)
        return dependency_audit.subprocess.CompletedProcess(command, 1, "", "ConnectionError")

    code, out = main_with(tmp_path, monkeypatch, capsys, no_service, project=None)
    assert code == 0
    assert out.startswith("pip-audit could not reach the vulnerability service")
    assert "Dependency audit SKIPPED" in out
    assert "No known vulnerabilities" not in out
    assert "no known vulnerability" not in out

    # Where PyPI's project data answers, the pins that are the newest release are audited.
    newest = {"info": {"version": "1.17.0"}, "releases": {}, "vulnerabilities": []}
    code, out = main_with(tmp_path, monkeypatch, capsys, no_service, project=newest)
    assert code == 0
    assert "for the 1 of 1 pins that are the newest release" in out
    assert calls[0][1:3] == ["-m", "pip_audit"]


def test_a_report_that_audited_nothing_falls_back_to_pypis_project_data(
    tmp_path, monkeypatch, capsys
):
    def unaudited_report(command, **kwargs):
        output = Path(command[command.index("--output") + 1])
        skipped = {"name": "six", "version": "1.17.0", "skip_reason": "404 from PyPI"}
        output.write_text(json.dumps({"dependencies": [skipped]}))
        return dependency_audit.subprocess.CompletedProcess(command, 0, "", "")

    vulnerable = {
        "info": {"version": "1.17.0"},
        "releases": {},
        "vulnerabilities": [{"id": "PYSEC-2026-5", "fixed_in": ["1.17.1"]}],
    }
    code, out = main_with(tmp_path, monkeypatch, capsys, unaudited_report, project=vulnerable)
    assert code == 1
    assert out.startswith("pip-audit's service could not be asked about any pin")
    assert "six 1.17.0: PYSEC-2026-5 (fixed in 1.17.1)" in out
