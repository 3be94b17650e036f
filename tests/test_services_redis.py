"""Redis (REDIS_URL) for the cache, sessions and rate limits, against the local Redis at
127.0.0.1:6379 (database 7, emptied around each test); and a Redis outage, which must
degrade to "no cache", never to an error page.

Without a reachable Redis these tests are skipped on a developer's machine; in CI (the
CI variable is set and .ci/run starts Redis) they fail instead.
"""

import json
import os
import subprocess
import sys

import pytest
import redis

from tests.test_settings import ROOT, SERVICE_VARIABLES
from tests.training.factories import trainee

pytestmark = pytest.mark.django_db

REDIS_TEST_URL = "redis://127.0.0.1:6379/7"
CLOSED_PORT_URL = "redis://127.0.0.1:6390/0"  # nothing listens there


def redis_cache(location):
    return {
        "default": {
            "BACKEND": "website.cache.PortalRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": "portal",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }


@pytest.fixture
def redis_server():
    client = redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI"):
            pytest.fail("Redis is not answering at 127.0.0.1:6379; .ci/run should start it")
        pytest.skip("No Redis at 127.0.0.1:6379 (CI starts one; `redis-server` here)")
    client.flushdb()
    yield client
    client.flushdb()


@pytest.fixture
def with_redis(settings, redis_server):
    """The settings REDIS_URL gives (website/settings/base.py), pointed at database 7."""
    settings.CACHES = redis_cache(REDIS_TEST_URL)
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    return redis_server


def test_redis_url_gives_redis_cache_and_sessions_that_survive_it():
    script = (
        "import json, django; from django.conf import settings; django.setup();"
        "print(json.dumps([settings.CACHES['default'], settings.SESSION_ENGINE]))"
    )
    env = {key: value for key, value in os.environ.items() if key not in SERVICE_VARIABLES}
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.dev",
        PYTHONPATH=str(ROOT),
        REDIS_URL=REDIS_TEST_URL,
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    cache, session_engine = json.loads(result.stdout)
    assert cache["BACKEND"] == "website.cache.PortalRedisCache"
    assert cache["LOCATION"] == REDIS_TEST_URL
    assert cache["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert session_engine == "django.contrib.sessions.backends.cached_db"


def test_cache_values_are_stored_in_redis(with_redis):
    from django.core.cache import cache

    cache.set("greeting", {"pt-br": "olá"}, 60)
    assert cache.get("greeting") == {"pt-br": "olá"}
    keys = [key.decode() for key in with_redis.keys("*")]
    assert keys == ["portal:1:greeting"]
    assert 0 < with_redis.ttl("portal:1:greeting") <= 60


def test_a_trainee_session_round_trips_through_redis_and_the_database(with_redis, client):
    from django.contrib.sessions.models import Session

    user = trainee()
    response = client.post(
        "/pt-br/accounts/login/", {"login": user.email, "password": "a-Long-passw0rd"}
    )
    assert response.status_code == 302
    session_key = client.cookies["sessionid"].value
    assert with_redis.exists(f"portal:1:django.contrib.sessions.cached_db{session_key}")
    assert Session.objects.filter(session_key=session_key).exists()
    assert client.get("/pt-br/training/my-courses/").status_code == 200

    # Redis forgets everything (restart without persistence): the trainee stays signed in.
    with_redis.flushdb()
    assert client.get("/pt-br/training/my-courses/").status_code == 200


def test_rate_limit_counters_live_in_redis(with_redis, settings, client):
    settings.TRAINING_VERIFY_RATE = (2, 60)
    statuses = [
        client.get("/pt-br/training/verify/", {"code": "ABCD-EFGH"}).status_code for _ in range(3)
    ]
    assert statuses == [404, 404, 429]
    # The counter (under a keyed hash of the address, never the address) is in Redis.
    counters = {key: with_redis.get(key) for key in with_redis.keys("portal:*")}
    assert b"3" in counters.values()
    assert not any(b"127.0.0.1" in key for key in counters)


def test_failed_logins_are_throttled_through_redis(with_redis, client):
    user = trainee()
    for _attempt in range(5):
        client.post("/en/accounts/login/", {"login": user.email, "password": "wrong"})
    assert with_redis.keys("portal:1:allauth:rl:*")
    client.post("/en/accounts/login/", {"login": user.email, "password": "wrong"})
    client.post("/en/accounts/login/", {"login": user.email, "password": "a-Long-passw0rd"})
    assert "_auth_user_id" not in client.session


@pytest.fixture
def redis_down(settings):
    settings.CACHES = redis_cache(CLOSED_PORT_URL)
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"


def test_pages_still_answer_when_redis_is_down(redis_down, client):
    from campaigns.models import CampaignPage

    campaign = CampaignPage.objects.live().filter(locale__language_code="pt-br").first()
    for url, params in [
        ("/pt-br/", {}),
        (campaign.url, {}),
        ("/pt-br/search/", {"q": "tráfico"}),
        ("/es/search/", {"q": "Disque"}),
        ("/pt-br/accounts/login/", {}),
    ]:
        response = client.get(url, params)
        assert response.status_code == 200, url
    search = client.get("/pt-br/search/", {"q": "tráfico"})
    assert search.context["paginator"].count > 0
    verify = client.get("/pt-br/training/verify/", {"code": "ABCD-EFGH"})
    assert verify.status_code == 404  # not found, and not an error page


def test_trainees_can_sign_in_when_redis_is_down(redis_down, client):
    user = trainee()
    response = client.post(
        "/pt-br/accounts/login/", {"login": user.email, "password": "a-Long-passw0rd"}
    )
    assert response.status_code == 302
    assert client.get("/pt-br/training/my-courses/").status_code == 200


def test_health_check_reports_the_outage(redis_down, client):
    assert client.get("/health/").status_code == 503
