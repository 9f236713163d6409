"""The shared page cache and the HTTP caches in front (site/page_cache.py)."""

import os

from .env import env_list

# How long an anonymous response is kept at most (Redis and Varnish); 0 turns the page
# cache off. Changes invalidate at once whatever this says; it bounds memory.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# A request with one of these cookies is rendered for itself: a signed-in editor, a
# visitor who unlocked a password-protected page, a message waiting to be shown.
PAGE_CACHE_BYPASS_COOKIES = ("sessionid", "messages")
# Varnish instances told (a BAN by Cache-Tag) after every change, e.g. http://127.0.0.1:8000/
VARNISH_BAN_URLS = env_list("VARNISH_BAN_URLS", "")
