"""Values computed once per request."""


def request_cached(request, name, build):
    """A value computed once per request (the request is the only cache that is never stale)."""
    key = f"_kreativorte_{name}"
    if not hasattr(request, key):
        setattr(request, key, build())
    return getattr(request, key)
