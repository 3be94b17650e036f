#!/usr/bin/env bash
# The load test (see README, "Speed and load"):
#   loadtest/run.sh [USERS] [DURATION]     default: 200 users for 5m (locust's 30s, 2m, 5m)
# Starts gunicorn, the task worker and two editor processes on 127.0.0.1 against a
# database of its own (var/loadtest/, copied from a demo snapshot made once; or
# DATABASE_URL, which must then name a test database), runs locust headless, kills -9
# the task worker and an editor half-way and restarts them (KILL_GUNICORN_WORKER=1: a
# gunicorn worker too, which its master replaces),
# then checks that every acknowledged save is there and writes the report to docs/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${1:-200}
DURATION=${2:-5m}
PY=.venv/bin/python
RUN=var/loadtest
mkdir -p "$RUN"

seconds() { case "$1" in *m) echo $(( ${1%m} * 60 ));; *s) echo "${1%s}";; *) echo "$1";; esac; }
TOTAL=$(seconds "$DURATION")

export DJANGO_SETTINGS_MODULE=website.settings.loadtest
export SECRET_KEY=${SECRET_KEY:-$($PY -c 'import secrets; print(secrets.token_urlsafe(40))')}
export ALLOWED_HOSTS=127.0.0.1,localhost
export PORTAL_VAR_DIR=$PWD/$RUN
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/8}
# Each simulated reader sends its own X-Forwarded-For, as behind the production nginx.
export TRUSTED_PROXY_COUNT=1
# Tasks wait in the database for the worker (the worker is the one killed mid-run).
export TASKS_BACKEND=database

if [ -z "${DATABASE_URL:-}" ]; then
  SNAPSHOT="$RUN/demo.sqlite3"
  if [ ! -f "$SNAPSHOT" ]; then
    echo "==> Building the load-test database (once)"
    rm -f "$RUN"/db.sqlite3*
    $PY manage.py migrate --noinput -v 0
    $PY manage.py load_demo
    # The demo queues guide PDFs and index updates: run them now, not during the test.
    $PY manage.py task_worker --batch > /dev/null
    $PY -c "import sqlite3; s=sqlite3.connect('$RUN/db.sqlite3'); t=sqlite3.connect('$SNAPSHOT'); s.backup(t)"
  fi
  rm -f "$RUN"/db.sqlite3*
  cp "$SNAPSHOT" "$RUN/db.sqlite3"
  # A snapshot older than the code gets the newer migrations (nothing to do otherwise).
  $PY manage.py migrate --noinput -v 0
else
  $PY manage.py migrate --noinput -v 0
  $PY manage.py load_demo
  $PY manage.py task_worker --batch > /dev/null
fi
$PY manage.py collectstatic --noinput -v 0
$PY manage.py loadtest_users --count "$USERS" --yes-this-is-a-test-database
redis-cli -u "$REDIS_URL" flushdb >/dev/null 2>&1 || true

PORT=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ACKS="$RUN/acks.jsonl"; EVENTS="$RUN/events.txt"; : > "$ACKS"; : > "$EVENTS"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
event() { echo "$(date +%T) $*" | tee -a "$EVENTS"; }

# The production gunicorn settings (website/gunicorn.conf.py), on a port of our own.
.venv/bin/gunicorn -c website/gunicorn.conf.py website.wsgi:application --bind "127.0.0.1:$PORT" \
  --error-logfile "$RUN/gunicorn.log" --pid "$RUN/gunicorn.pid" &
PIDS+=($!)
$PY manage.py task_worker > "$RUN/worker.log" 2>&1 &
WORKER=$!; PIDS+=($WORKER)
until curl -fs "http://127.0.0.1:$PORT/health/" >/dev/null; do sleep 0.5; done
event "gunicorn on 127.0.0.1:$PORT, task worker $WORKER"

# nginx in front, as in production: the shipped micro-cache (deploy/nginx/cache*.conf).
# Each simulated reader's X-Forwarded-For is passed on as nginx would pass a real
# reader's address. Without nginx (not installed) locust talks to gunicorn directly.
TARGET="http://127.0.0.1:$PORT"
if command -v nginx >/dev/null; then
  WEB_PORT=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  NGX="$PWD/$RUN/nginx"; rm -rf "$NGX"; mkdir -p "$NGX/cache"; chmod 755 "$NGX"
  sed "s|/var/cache/nginx/portal|$NGX/cache|" deploy/nginx/cache-zone.conf > "$NGX/cache-zone.conf"
  cat > "$NGX/nginx.conf" <<NGINX
worker_processes auto;
daemon off;
pid $NGX/nginx.pid;
error_log $NGX/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $NGX/body; proxy_temp_path $NGX/proxy; fastcgi_temp_path $NGX/fcgi;
  uwsgi_temp_path $NGX/uwsgi; scgi_temp_path $NGX/scgi;
  gzip on; gzip_types text/css application/javascript image/svg+xml application/json;
  include $NGX/cache-zone.conf;
  upstream portal { server 127.0.0.1:$PORT; keepalive 32; }
  server {
    listen 127.0.0.1:$WEB_PORT;
    location /static/ { alias $PWD/$RUN/static/; gzip_static on; }
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$http_x_forwarded_for;
      include $PWD/deploy/nginx/cache.conf;
    }
  }
}
NGINX
  nginx -c "$NGX/nginx.conf" -p "$NGX" &
  PIDS+=($!)
  until curl -fs "http://127.0.0.1:$WEB_PORT/health/" >/dev/null; do sleep 0.3; done
  TARGET="http://127.0.0.1:$WEB_PORT"
  event "nginx (micro-cache) on 127.0.0.1:$WEB_PORT in front of gunicorn"
fi

# Each editor saves every EDITOR_INTERVAL seconds and publishes every other save: with two
# editors the whole site's caches are purged every 5 s or so, hundreds of times an hour
# (CGETP publishes a few times a day).
EDITOR_INTERVAL=${EDITOR_INTERVAL:-5}
$PY manage.py loadtest_editor --acks "$ACKS" --seconds "$TOTAL" --interval "$EDITOR_INTERVAL" --name editor-a > "$RUN/editor-a.log" 2>&1 &
EDITOR_A=$!; PIDS+=($EDITOR_A)
$PY manage.py loadtest_editor --acks "$ACKS" --seconds "$TOTAL" --interval "$EDITOR_INTERVAL" --name editor-b > "$RUN/editor-b.log" 2>&1 &
PIDS+=($!)

.venv/bin/locust -f loadtest/locustfile.py --headless -u "$USERS" -r "$(( USERS / 40 > 1 ? USERS / 40 : 1 ))" \
  -t "$DURATION" --host "$TARGET" --csv "$RUN/locust" --only-summary \
  --stop-timeout 10 > "$RUN/locust.log" 2>&1 &
LOCUST=$!

sleep $(( TOTAL / 2 ))
# KILL_GUNICORN_WORKER=1 also kills a web worker: its requests in flight then fail (nginx
# answers 502 for them), which the report counts as server errors.
if [ "${KILL_GUNICORN_WORKER:-0}" = 1 ]; then
  GUNICORN_WORKER=$(pgrep -P "$(cat "$RUN/gunicorn.pid")" | head -1 || true)
  if [ -n "$GUNICORN_WORKER" ]; then kill -9 "$GUNICORN_WORKER"; event "kill -9 gunicorn worker $GUNICORN_WORKER"; fi
fi
kill -9 "$WORKER" && event "kill -9 task worker $WORKER"
kill -9 "$EDITOR_A" && event "kill -9 editor-a $EDITOR_A (mid-save or between saves)"
sleep 2
$PY manage.py task_worker >> "$RUN/worker.log" 2>&1 &
WORKER=$!; PIDS+=($WORKER); event "task worker restarted ($WORKER)"
$PY manage.py loadtest_editor --acks "$ACKS" --seconds $(( TOTAL / 2 - 5 )) --interval "$EDITOR_INTERVAL" --name editor-a2 >> "$RUN/editor-a.log" 2>&1 &
PIDS+=($!); event "editor-a restarted"

wait "$LOCUST" || true
tail -n 40 "$RUN/locust.log"
event "locust finished; $(wc -l < "$ACKS") saves acknowledged"
cleanup; trap - EXIT
$PY manage.py loadtest_check --acks "$ACKS" --stats "$RUN/locust" --events "$EVENTS" \
  --users "$USERS" --duration "$DURATION"
