"""The Redis cache, degrading to "no cache" when Redis does not answer.

django-redis with IGNORE_EXCEPTIONS already turns a dead Redis into misses (get returns
the default, set does nothing). Its ``add`` then returns None, which callers read as
"someone else holds this key": allauth's rate limiter waits for a lock it can never get
and refuses every sign-in with a 429. Here ``add`` answers as a cache that stores nothing
does (Django's DummyCache): True. Sign-ins, searches and forms go on, unthrottled, until
Redis is back.
"""

from django_redis.cache import RedisCache, omit_exception


class PortalRedisCache(RedisCache):
    @omit_exception(return_value=True)
    def add(self, *args, **kwargs):
        return self.client.add(*args, **kwargs)
