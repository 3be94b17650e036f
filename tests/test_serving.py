"""Serving in production: gunicorn with website/gunicorn.conf.py (threads, timeouts, no
access log, so no search terms in logs), static files hashed and compressed ahead of time
by collectstatic, and the example nginx and systemd files in deploy/."""

import os
import runpy
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.test_settings import ROOT, SERVICE_VARIABLES

DEPLOY = ROOT / "deploy"


def clean_env(**extra):
    env = {key: value for key, value in os.environ.items() if key not in SERVICE_VARIABLES}
    env.update(PYTHONPATH=str(ROOT), **extra)
    return env


def test_gunicorn_configuration():
    config = runpy.run_path(str(ROOT / "website" / "gunicorn.conf.py"))
    assert config["worker_class"] == "gthread"
    assert config["workers"] >= 2
    assert config["threads"] >= 2
    assert 10 <= config["timeout"] <= 60
    assert config["accesslog"] is None  # request lines carry readers' search terms
    assert config["bind"] == "127.0.0.1:8000"
    assert config["preload_app"] is True


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_gunicorn_serves_the_portal_and_logs_no_query(tmp_path):
    port = free_port()
    env = clean_env(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        PORTAL_VAR_DIR=str(tmp_path),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS="1",
        GUNICORN_THREADS="2",
        GUNICORN_LOG_LEVEL="info",
    )
    log = tmp_path / "gunicorn.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "website/gunicorn.conf.py",
                "website.wsgi:application",
            ],
            env=env,
            cwd=ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                request = urllib.request.Request(
                    f"http://127.0.0.1:{port}/health/?q=segredo-do-leitor"
                )
                with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
                    status = response.status
                break
            except urllib.error.HTTPError as error:
                status = error.code
                break
            except OSError:
                assert server.poll() is None, log.read_text()
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.3)
    finally:
        server.terminate()
        server.wait(timeout=30)
    # The database of this empty folder has no tables yet: 200 or 503, never a crash.
    assert status in (200, 503)
    text = log.read_text()
    assert "Booting worker" in text
    assert "segredo-do-leitor" not in text


@pytest.mark.parametrize(
    "name",
    [
        "nginx/portal.conf",
        "systemd/portal.service",
        "systemd/portal-worker.service",
        "systemd/portal-backup.service",
        "systemd/portal-backup.timer",
        "systemd/portal-prune-tasks.service",
        "systemd/portal-prune-tasks.timer",
    ],
)
def test_deploy_examples_exist_and_are_named_in_the_readme(name):
    assert (DEPLOY / name).is_file()
    assert f"deploy/{name}" in (ROOT / "README.md").read_text()


def test_nginx_never_serves_private_files_and_keeps_queries_out_of_its_log():
    conf = (DEPLOY / "nginx" / "portal.conf").read_text()
    assert "var/private" not in conf.replace("# Private files", "").split("upstream")[1]
    assert "$request_uri" not in conf.split("log_format")[1].split(";")[0]
    assert "$remote_addr" not in conf.split("log_format")[1].split(";")[0]
    assert "gzip_static on" in conf
    assert "brotli_static on" in conf
    assert "immutable" in conf


def test_nginx_configuration_is_accepted_by_nginx(tmp_path):
    """`nginx -t` on deploy/nginx/portal.conf, with this machine's paths and a throwaway
    certificate (skipped where nginx or openssl is not installed)."""
    nginx, openssl = "/usr/sbin/nginx", "/usr/bin/openssl"
    if not (Path(nginx).exists() and Path(openssl).exists()):
        pytest.skip("nginx or openssl is not installed")
    certificate, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=portal.example.gov.br", "-keyout", str(key), "-out", str(certificate)],
        check=True, capture_output=True,
    )  # fmt: skip
    includes = tmp_path / "portal"
    includes.mkdir()
    (tmp_path / "cache").mkdir()
    for name in ("cache-zone.conf", "cache.conf"):
        source = (DEPLOY / "nginx" / name).read_text()
        (includes / name).write_text(source.replace("/var/cache/nginx", str(tmp_path / "cache")))
    conf = (
        (DEPLOY / "nginx" / "portal.conf")
        .read_text()
        .replace("/etc/nginx/portal/", f"{includes}/")
        .replace("/etc/letsencrypt/live/portal.example.gov.br/fullchain.pem", str(certificate))
        .replace("/etc/letsencrypt/live/portal.example.gov.br/privkey.pem", str(key))
        .replace("/var/log/nginx/", f"{tmp_path}/")
    )
    modules = "\n".join(
        f"load_module {path};"
        for path in sorted(Path("/usr/lib/nginx/modules").glob("ngx_http_brotli*.so"))
    )
    if "ngx_http_brotli_static" not in modules:
        conf = conf.replace("brotli_static on;", "")
    main = tmp_path / "nginx.conf"
    main.write_text(
        f"{modules}\npid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\n"
        f"events {{}}\nhttp {{\n{conf}\n}}\n"
    )
    result = subprocess.run(
        [nginx, "-t", "-c", str(main), "-p", str(tmp_path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_collectstatic_writes_hashed_gzip_and_brotli_files(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        env=clean_env(DJANGO_SETTINGS_MODULE="website.settings.dev", PORTAL_VAR_DIR=str(tmp_path)),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    css = tmp_path / "static" / "css"
    hashed = [path for path in css.glob("portal.*.css") if len(path.suffixes) == 2]
    assert len(hashed) == 1, sorted(path.name for path in css.iterdir())
    assert hashed[0].with_name(hashed[0].name + ".gz").is_file()
    assert hashed[0].with_name(hashed[0].name + ".br").is_file()
    assert (tmp_path / "static" / "staticfiles.json").is_file()
