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
