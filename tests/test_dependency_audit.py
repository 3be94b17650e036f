"""The dependency audit's verdict on pip-audit's report: vulnerable pins fail the
build; an unreachable vulnerability service is a clearly worded skip, never a pass."""

from website.dependency_audit import verdict


def test_a_vulnerable_pin_fails():
    report = {
        "dependencies": [
            {
                "name": "django",
                "version": "5.2.0",
                "vulns": [{"id": "PYSEC-2025-1", "fix_versions": ["5.2.1"]}],
            },
            {"name": "wagtail", "version": "7.4.4", "vulns": []},
        ]
    }
    code, message = verdict(report)
    assert code == 1
    assert "django 5.2.0: PYSEC-2025-1 (fixed in 5.2.1)" in message


def test_clean_pins_pass():
    report = {"dependencies": [{"name": "wagtail", "version": "7.4.4", "vulns": []}]}
    assert verdict(report) == (0, "No known vulnerabilities in 1 audited pins.")


def test_an_unreachable_service_is_a_skip_not_a_pass():
    report = {
        "dependencies": [
            {"name": "wagtail", "skip_reason": "Dependency not found on PyPI"},
            {"name": "django", "skip_reason": "Dependency not found on PyPI"},
        ]
    }
    code, message = verdict(report)
    assert code == 0
    assert message.startswith("Dependency audit SKIPPED")
    assert "2 pins" in message
    assert "No known vulnerabilities" not in message


def test_pins_the_service_does_not_know_are_named():
    report = {
        "dependencies": [
            {"name": "wagtail", "version": "7.4.4", "vulns": []},
            {"name": "cgetp-portal", "skip_reason": "Dependency not found on PyPI"},
        ]
    }
    code, message = verdict(report)
    assert code == 0
    assert "Not audited (unknown to the service): cgetp-portal." in message


# --- PyPI's project data: the vulnerabilities of each project's newest release ---------
def _project(newest, releases=(), vulnerabilities=()):
    return {
        "info": {"version": newest},
        "releases": {version: [{"yanked": yanked}] for version, yanked in releases},
        "vulnerabilities": list(vulnerabilities),
    }


def _audit(tmp_path, projects, pins):
    from website.dependency_audit import audit_newest_releases

    constraints = tmp_path / "constraints.txt"
    constraints.write_text("".join(f"{name}=={version}\n" for name, version in pins))
    asked = []

    def fetch(name):
        asked.append(name)
        return projects.get(name)

    code, message = audit_newest_releases(constraints, fetch=fetch, workers=2)
    assert sorted(asked) == sorted(name for name, _version in pins)
    return code, message


def test_a_pin_that_is_the_newest_release_is_audited_by_pypis_own_list(tmp_path):
    vulnerable = {"id": "PYSEC-2026-9", "fixed_in": ["2.0.1"], "withdrawn": None}
    withdrawn = {"id": "PYSEC-2026-1", "fixed_in": [], "withdrawn": "2026-01-02"}
    code, message = _audit(
        tmp_path,
        {
            "clean": _project("1.0"),
            "risky": _project("2.0", vulnerabilities=[vulnerable]),
            "retracted": _project("3.0", vulnerabilities=[withdrawn]),
        },
        [("clean", "1.0"), ("risky", "2.0"), ("retracted", "3.0")],
    )
    assert code == 1
    assert "risky 2.0: PYSEC-2026-9 (fixed in 2.0.1)" in message
    assert "retracted" not in message
    assert "clean" not in message


def test_older_pins_are_named_as_not_checkable_never_counted_clean(tmp_path):
    code, message = _audit(
        tmp_path,
        {
            "clean": _project("1.0"),
            "lts": _project(
                "6.1.3", [("5.2.18", False), ("5.2.19", False), ("5.2.20", True), ("6.1.3", False)]
            ),
            "lagging": _project("2.5", [("2.4.1", False), ("2.4.2", False), ("2.5", False)]),
        },
        [("clean", "1.0"), ("lts", "5.2.19"), ("lagging", "2.4.1")],
    )
    assert code == 0
    assert "for the 1 of 3 pins that are the newest release" in message
    assert "lts 5.2.19 (newest 6.1.3; the newest 5.2 release)" in message, "yanked 5.2.20"
    assert "lagging 2.4.1 (newest 2.5; 2.4 has 2.4.2)" in message


def test_pypi_not_answering_is_a_skip_not_a_pass(tmp_path):
    code, message = _audit(tmp_path, {}, [("clean", "1.0"), ("other", "2.0")])
    assert code == 0
    assert message.startswith("Dependency audit SKIPPED")
    code, message = _audit(tmp_path, {"clean": _project("1.0")}, [("clean", "1.0"), ("gone", "2")])
    assert "PyPI did not answer for: gone." in message


def test_pins_not_checkable_live_point_to_the_newest_audit_by_hand(tmp_path, monkeypatch):
    from website import dependency_audit

    projects = {
        "clean": _project("1.0"),
        "lts": _project("6.1.3", [("5.2.19", False), ("6.1.3", False)]),
    }
    pins = [("clean", "1.0"), ("lts", "5.2.19")]
    code, message = _audit(tmp_path, projects, pins)
    assert code == 0
    # The repository's own newest report is named, by its path in the project.
    newest = sorted(dependency_audit.MANUAL_AUDITS.glob("*-dependency-audit.md"))[-1].name
    assert f"the last audit by hand: docs/security/{newest}): lts 5.2.19" in message

    reports = tmp_path / "security"
    reports.mkdir()
    for name in ("2026-01-05-dependency-audit.md", "2026-11-30-dependency-audit.md", "notes.md"):
        (reports / name).write_text("audit")
    assert dependency_audit.latest_manual_audit(reports).endswith("2026-11-30-dependency-audit.md")
    assert dependency_audit.latest_manual_audit(tmp_path / "missing") is None

    monkeypatch.setattr(dependency_audit, "latest_manual_audit", lambda: None)
    assert "no audit by hand on record" in _audit(tmp_path, projects, pins)[1]
