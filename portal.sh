#!/usr/bin/env bash
# The portal's two commands (see README):
#   ./portal.sh serve   install, migrate, load the demo content and serve on 127.0.0.1:8000
#   ./portal.sh test    install and run every check and the whole test suite
# Both install what they need first, so they work on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=.venv
PY="$VENV/bin/python"

say() { printf '\n==> %s\n' "$*"; }

apt_install() {
  # System packages (gettext for message catalogues, Chromium for browser tests),
  # installed only when missing and only where we may.
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "Installing system packages: ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Please install these system packages: ${missing[*]}" >&2
    return 1
  fi
}

install_python() {
  if [ ! -x "$PY" ]; then
    say "Creating the virtual environment in $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  # Reinstall only when the pinned requirements changed since the last install.
  local stamp="$VENV/.installed"
  local wanted
  wanted=$(cat pyproject.toml constraints.txt portal.sh | sha256sum | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    # The pip and setuptools that Python's venv brings have known vulnerabilities
    # (docs/security/): the environment's own tools are pinned too.
    say "Updating the environment's installers (pip, setuptools)"
    "$PY" -m pip install -q --disable-pip-version-check pip==26.3 setuptools==84.2.1
    say "Installing Python packages (pinned by constraints.txt)"
    "$PY" -m pip install -q --disable-pip-version-check -c constraints.txt -e ".[dev]"
    echo "$wanted" > "$stamp"
  fi
}

install_node() {
  if [ ! -f node_modules/axe-core/axe.min.js ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing axe-core from npm (package-lock.json)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

prepare_site() {
  say "Compiling message catalogues"
  "$PY" manage.py compiletranslations
  say "Migrating the database"
  "$PY" manage.py migrate --noinput
  say "Collecting static files"
  "$PY" manage.py collectstatic --noinput -v 0
  say "Loading the demo content"
  "$PY" manage.py load_demo
}

case "${1:-}" in
  serve)
    apt_install gettext libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core || true
    install_python
    prepare_site
    "$PY" manage.py ensure_admin
    say "Serving on http://127.0.0.1:8000 (Ctrl+C stops)"
    exec "$PY" manage.py runserver 127.0.0.1:8000
    ;;
  test)
    apt_install gettext chromium libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core
    install_python
    install_node
    export DJANGO_SETTINGS_MODULE=website.settings.test
    say "ruff (lint and format)"
    "$VENV/bin/ruff" check .
    "$VENV/bin/ruff" format --check .
    say "Every .po file complete, and in step with the source"
    "$PY" manage.py check_translations
    "$PY" manage.py compiletranslations
    say "Django system checks"
    "$PY" manage.py check --fail-level WARNING
    say "Migrations in step with the models"
    "$PY" manage.py makemigrations --check --dry-run
    say "Production settings: check --deploy"
    SECRET_KEY=$("$PY" -c 'import secrets; print(secrets.token_urlsafe(50))') \
      ALLOWED_HOSTS=portal.example.gov.br \
      DJANGO_SETTINGS_MODULE=website.settings.production \
      "$PY" manage.py check --deploy --fail-level WARNING
    say "Known vulnerabilities in the locked dependencies (pip-audit)"
    "$PY" -m website.dependency_audit constraints.txt
    say "pytest with coverage${DATABASE_URL:+ (DATABASE_URL is set)}"
    # One worker per core (pytest-xdist); each worker has its own test database, and a
    # test file stays on one worker. PYTEST_WORKERS=0 runs everything in this process.
    "$VENV/bin/pytest" --cov --cov-report=term:skip-covered -m "not benchmark" \
      --numprocesses="${PYTEST_WORKERS:-auto}" --dist=loadfile "${@:2}"
    say "Benchmarks (timing assertions, without coverage tracing)"
    "$VENV/bin/pytest" -q -m benchmark "${@:2}"
    ;;
  *)
    echo "usage: ./portal.sh serve | ./portal.sh test [pytest arguments]" >&2
    exit 2
    ;;
esac
