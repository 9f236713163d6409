# Varnish 7.1 (Debian bookworm) in front of gunicorn: `make serve` (scripts/serve.sh) and a
# template for production. Django decides what may be stored (Cache-Control with s-maxage,
# Cache-Tag) and bans everything tagged after each content change (VARNISH_BAN_URLS).
vcl 4.1;

import std;

# scripts/serve.sh replaces the port with BACKEND_PORT.
backend django {
    .host = "127.0.0.1";
    .port = "8001";
    .probe = {
        .url = "/healthz";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
        # Healthy from the start: gunicorn is up before varnishd (a sick backend gets no misses).
        .initial = 3;
    }
}

# Only the app on this machine may ban.
acl banners {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "BAN") {
        if (client.ip !~ banners) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.X-Ban-Tag) {
            return (synth(400, "X-Ban-Tag missing"));
        }
        # Tests only obj.*, so the ban lurker can evict the objects in the background.
        if (std.ban("obj.http.Cache-Tag ~ " + req.http.X-Ban-Tag)) {
            return (synth(200, "Banned"));
        }
        return (synth(400, std.ban_error()));
    }
    # Markers of our own restarts (vcl_hit, vcl_synth); a client cannot set them.
    if (req.restarts == 0) {
        unset req.http.X-Varnish-Refresh;
        unset req.http.X-Varnish-Stale;
    }
    # A restart keeps req.grace: none for a refresh, all 24 hours again for the stale copy.
    if (req.http.X-Varnish-Refresh) {
        set req.grace = 0s;
    } elsif (req.http.X-Varnish-Stale) {
        set req.grace = 24h;
    }
    if (req.method != "GET" && req.method != "HEAD") {
        # POST and the rest: passed (or piped) by the builtin rules, cookies intact.
        call vcl_req_method;
    }
    # Sessions (editors, previews, unlocked password-protected pages), a message waiting to
    # be shown, the admin, Wagtail's password form, documents (their own permissions), the
    # probes, search and the preview API always reach the app: the same rules as Django's
    # page cache (site/page_cache.py).
    if (req.url ~ "^/(admin|django-admin|documents|dokumente)/"
        || req.url ~ "^/([a-z]{2}/)?_util/"
        || req.url ~ "^/(healthz|readyz)(\?|$)"
        # Search: the app's own cache answers it and counts every query for the reports.
        || req.url ~ "^/(en/)?suche/"
        || req.url ~ "^/api/v1/search/"
        # Drafts for external front-ends' previews, behind a token: never stored.
        || req.url ~ "^/api/v1/preview/"
        || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)="
        || req.http.Authorization) {
        return (pass);
    }
    # Anonymous pages do not depend on cookies (consent, analytics, an old csrftoken).
    unset req.http.Cookie;
    # Pages and the API vary on Accept-Language: two variants, not one per browser setting.
    # The first supported language wins, q-values aside; German otherwise.
    if (req.http.Accept-Language ~ "(?i)^([^,]*,)*?\s*(de|en)([-;,\s]|$)") {
        set req.http.Accept-Language = std.tolower(regsub(req.http.Accept-Language,
            "(?i)^([^,]*,)*?\s*(de|en)([-;,\s].*)?$", "\2"));
    } else {
        set req.http.Accept-Language = "de";
    }
    return (hash);
}

sub vcl_hit {
    # Stale objects live 24 hours (see vcl_backend_response) for a sick backend. While the
    # backend is healthy, only the response's own stale-while-revalidate applies: 0 when
    # its lifetime ended at an event's start, a deadline or midnight. Past that, fetch anew.
    if (obj.ttl <= 0s && !req.http.X-Varnish-Stale && std.healthy(req.backend_hint)
        && obj.ttl + std.duration(obj.http.X-Healthy-Grace, 0s) <= 0s) {
        set req.http.X-Varnish-Refresh = "1";
        return (restart);
    }
}

sub vcl_backend_response {
    if (beresp.status >= 500) {
        # A failing refresh gives way to the stale object (vcl_synth restarts for it).
        if (bereq.is_bgfetch || bereq.http.X-Varnish-Refresh) {
            return (abandon);
        }
        set beresp.ttl = 0s;
        set beresp.grace = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Only what Django marks cacheable; no heuristic lifetimes (e.g. for a 404).
    if (!beresp.http.Cache-Control) {
        set beresp.ttl = 0s;
    }
    # Private, no-store, Set-Cookie, no lifetime: hit-for-miss, never stored.
    call vcl_builtin_backend_response;
    set beresp.http.X-Healthy-Grace = beresp.grace + "s";
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_backend_error {
    if (bereq.is_bgfetch || bereq.http.X-Varnish-Refresh) {
        return (abandon);
    }
}

sub vcl_synth {
    # The refresh of a stale object failed: deliver the stale object after all.
    if (resp.status == 503 && req.http.X-Varnish-Refresh) {
        unset req.http.X-Varnish-Refresh;
        set req.http.X-Varnish-Stale = "1";
        return (restart);
    }
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # Tags are for caches (Varnish, a CDN), not for visitors.
    unset resp.http.Cache-Tag;
    unset resp.http.X-Healthy-Grace;
}
