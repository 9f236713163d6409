"""Redis cache that degrades instead of failing: with Redis down, the site still answers.

Django's RedisCache raises on connection errors, which turns every cached page
into a 500. Here each operation answers like an empty cache (a miss, a no-op)
and logs one warning per outage. After a failure Redis is left alone for
RETRY_SECONDS, so a dead server costs each process at most one (short,
configured) timeout per interval; the first success afterwards ends the outage.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError, TimeoutError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 1.0
UNREACHABLE = (ConnectionError, TimeoutError)
_FAILED = object()


class ResilientRedisCache(RedisCache):
    # Per process and server: Django makes one cache object per thread.
    _outages: dict[str, float] = {}  # server -> monotonic time of the next attempt
    _lock = threading.Lock()

    def __init__(self, server, params):
        super().__init__(server, params)
        # Each thread's pooled connection breaks when Redis restarts: one retry, on a
        # fresh connection, instead of an outage per thread after every restart.
        self._options = {"retry_on_error": [ConnectionError], **self._options}

    def _attempt(self, operation, *args):
        """The operation's result, or _FAILED while Redis cannot be reached."""
        server = self._servers[0]
        retry_at = self._outages.get(server)
        if retry_at is not None and time.monotonic() < retry_at:
            return _FAILED
        try:
            result = operation(*args)
        except UNREACHABLE as error:
            with self._lock:
                if server not in self._outages:
                    logger.warning("Redis unreachable, caching is off: %s", error)
                self._outages[server] = time.monotonic() + RETRY_SECONDS
            return _FAILED
        if retry_at is not None:
            with self._lock:
                if self._outages.pop(server, None) is not None:
                    logger.warning("Redis reachable again, caching is on.")
        return result

    def _or(self, fallback, operation, *args):
        result = self._attempt(operation, *args)
        return fallback if result is _FAILED else result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._or(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._attempt(super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._or(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._or({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._or(False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        result = self._attempt(super().incr, key, delta, version)
        if result is _FAILED:
            # Callers (django-ratelimit, the suggestion form's counter) treat a missing
            # key as "no count": the documented contract of incr().
            raise ValueError(f"Key '{key}' not found (Redis unreachable).")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        self._attempt(super().delete_many, keys, version)

    def clear(self):
        return self._or(False, super().clear)
