"""gunicorn settings for production: `gunicorn -c website/gunicorn.conf.py website.wsgi`.

Threads rather than many processes: most of a request is spent waiting on PostgreSQL,
Redis or S3, and threads share one copy of Wagtail in memory. Every value can be changed
from the environment (GUNICORN_*), e.g. by the systemd unit in deploy/.
"""

import multiprocessing
import os


def _int(name, default):
    return int(os.environ.get(name, default))


bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
worker_class = "gthread"
# One process per core (at least two, so one can restart while the other serves), each
# with a few threads.
workers = _int("GUNICORN_WORKERS", max(2, multiprocessing.cpu_count()))
threads = _int("GUNICORN_THREADS", 4)
# A request slower than this is killed: PDFs and zips are made by the task worker, not
# while a reader waits.
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = 5
# Recycle workers now and then, so a slow leak in a dependency never grows unbounded.
max_requests = _int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = 200
# Load the application once, before forking: workers share its memory.
preload_app = True
# nginx on this machine sets X-Forwarded-Proto / X-Forwarded-For.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
limit_request_line = 4094
limit_request_fields = 100

# No access log: request lines carry query strings (search terms, e-mail confirmation
# keys), which are readers' personal data. nginx keeps its own log without them
# (deploy/nginx/portal.conf). Errors still go to the journal.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
capture_output = False
proc_name = "cgetp-portal"


def pre_fork(server, worker):
    # The application is loaded (preload_app): freeze it before each fork, so workers
    # share its memory and their collector skips it (website/runtime.py).
    from website.runtime import tune_garbage_collector

    tune_garbage_collector()
