"""Keep a local copy of every place on Kreativorte Sachsen, with the standard library only.

    python sync_client.py sync --api https://kreativorte-sachsen.de/api/v1 --db places.sqlite3
    python sync_client.py receive --port 8080 --secret whsec_... --db places.sqlite3

`sync` mirrors the places into an SQLite file through the change feed (/api/v1/changes/):
the first run fetches every place, later runs only what changed since. Run it from cron,
e.g. every 15 minutes. `receive` answers the site's webhooks (Standard Webhooks) and applies
each place event at once, so the copy is current between two syncs.
"""

import argparse
import base64
import datetime
import hashlib
import hmac
import json
import os
import sqlite3
import sys
import time
from contextlib import closing
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import urlopen

PAGE_SIZE = 500  # the feed's maximum: fewest requests
TOLERANCE = 5 * 60  # seconds a webhook's timestamp may differ from our clock

SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY,
    locale TEXT,
    title TEXT,
    url TEXT,
    item TEXT NOT NULL,       -- the place as /api/v1/places/{id}/ shows it (JSON)
    updated_at TEXT NOT NULL  -- UTC, ISO 8601
);
-- Places the feed reported gone, so that a late webhook cannot bring one back.
CREATE TABLE IF NOT EXISTS deleted (id INTEGER PRIMARY KEY, deleted_at TEXT NOT NULL);
-- One row: where the feed continues, and the filter that cursor belongs to.
CREATE TABLE IF NOT EXISTS state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    cursor TEXT,
    locale TEXT
);
"""


class SyncError(Exception):
    """The API could not be reached or answered with an error."""


def connect(path: str) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=30)  # sync and receive may write at the same time
    db.executescript(SCHEMA)
    return db


def utc(stamp: str) -> str:
    """The API's times carry Berlin's offset; UTC strings compare correctly as text."""
    return datetime.datetime.fromisoformat(stamp).astimezone(datetime.UTC).isoformat()


def apply(db: sqlite3.Connection, change: dict, *, only_if_newer: bool = False) -> bool:
    """Write one change of the feed (an upsert or a delete of a place) into the mirror.

    With `only_if_newer` a change older than what the mirror knows of the place is skipped:
    webhooks may arrive late and out of order. The feed itself is always current.
    """
    place_id = change["id"]
    stamp = utc(change["updated_at"] if change["op"] == "upsert" else change["deleted_at"])
    if only_if_newer:
        known = db.execute(
            "SELECT updated_at FROM places WHERE id = ?"
            " UNION ALL SELECT deleted_at FROM deleted WHERE id = ?",
            (place_id, place_id),
        ).fetchone()
        if known and known[0] > stamp:
            return False
    if change["op"] == "upsert":
        item = change["item"]
        db.execute(
            "INSERT OR REPLACE INTO places VALUES (?, ?, ?, ?, ?, ?)",
            (place_id, change["locale"], item["title"], item["url"], json.dumps(item), stamp),
        )
        db.execute("DELETE FROM deleted WHERE id = ?", (place_id,))
    else:  # a delete may name a place we never had: harmless
        db.execute("DELETE FROM places WHERE id = ?", (place_id,))
        db.execute("INSERT OR REPLACE INTO deleted VALUES (?, ?)", (place_id, stamp))
    return True


def read_state(db: sqlite3.Connection) -> tuple[str | None, str | None]:
    return db.execute("SELECT cursor, locale FROM state").fetchone() or (None, None)


def fetch_page(api: str, params: list[tuple[str, str]]) -> dict:
    url = f"{api.rstrip('/')}/changes/?{urlencode(params)}"
    with urlopen(url, timeout=30) as response:
        return json.load(response)


def error_message(error: HTTPError) -> str:
    """The API's own message ({"status", "errors": [{"parameter", "message"}]}) if it sent one."""
    try:
        return "; ".join(e["message"] for e in json.load(error)["errors"])
    except (ValueError, KeyError, TypeError):
        return error.reason


def sync(api: str, path: str, locale: str | None = None) -> int:
    """Bring the mirror in `path` up to date; returns how many changes were applied.

    Each page of changes is committed together with the cursor after it, so an interrupted
    sync resumes where it stopped. Nothing changed: one request.
    """
    applied = 0
    with closing(connect(path)) as db:
        cursor, synced_locale = read_state(db)
        if synced_locale != locale:  # a cursor belongs to its filters
            cursor = None
        while True:
            params = [("type", "place"), ("limit", str(PAGE_SIZE))]
            params += [("locale", locale)] if locale else []
            params += [("cursor", cursor)] if cursor else []
            from_start = not cursor
            try:
                page = fetch_page(api, params)
            except HTTPError as error:
                # 410: the cursor is too old, 400: damaged. Start again without it.
                if cursor and error.code in (400, 410):
                    cursor = None
                    continue
                raise SyncError(
                    f"{error.url}: HTTP {error.code}: {error_message(error)}"
                ) from error
            except (URLError, OSError, ValueError) as error:
                raise SyncError(f"{api}: {error}") from error
            if from_start:  # replaces the copy, in the same transaction as the first page
                db.execute("DELETE FROM places")
            for change in page["results"]:
                applied += apply(db, change)
            cursor = page["next_cursor"]
            db.execute("INSERT OR REPLACE INTO state VALUES (1, ?, ?)", (cursor, locale))
            db.commit()
            if not page["has_more"]:
                return applied


# Webhooks


def verify_signature(secret: str, headers, body: bytes) -> bool:
    """Whether a webhook really comes from the site (https://www.standardwebhooks.com/).

    `headers`: http.server's headers, or a dict with lower-case names. The signature is an
    HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}" with the secret's key; the header
    may list several (while the site rotates its secret), any one will do. The timestamp
    must be within 5 minutes of our clock, so a recorded request cannot be replayed later.
    """
    msg_id = headers.get("webhook-id")
    timestamp = headers.get("webhook-timestamp", "")
    signatures = headers.get("webhook-signature", "")
    if not msg_id or not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE:
        return False
    key = base64.b64decode(secret.removeprefix("whsec_") + "==")  # padding may be missing
    digest = hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    expected = b"v1," + base64.b64encode(digest)
    # compare_digest takes as long for a near miss as for a far one: no timing leak.
    return any(hmac.compare_digest(expected, sig.encode()) for sig in signatures.split())


class WebhookHandler(BaseHTTPRequestHandler):
    """POST /: 401 for a bad signature, 204 once a place event is in the mirror."""

    secret: str
    path_to_db: str

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if not verify_signature(self.secret, self.headers, body):
            return self.answer(401)
        try:
            change = json.loads(body).get("data") or {}
        except (ValueError, AttributeError):
            return self.answer(400)
        if change.get("type") == "place":
            # Apply the place as the event shows it, but keep the stored cursor: the event's
            # cursor would also pass changes whose webhooks we never received (we were down,
            # they failed). The next `sync` picks those up from our cursor; it fetches this
            # change once more, harmlessly.
            with closing(connect(self.path_to_db)) as db:
                _, locale = read_state(db)
                if not locale or change.get("locale") == locale:
                    try:
                        apply(db, change, only_if_newer=True)
                    except (KeyError, TypeError, ValueError):
                        return self.answer(400)
                    db.commit()
        # Other events (guides, funding, webhook.test) need nothing here; the same event may
        # come twice (retries), and applying it again changes nothing.
        self.answer(204)

    def answer(self, status: int):
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()


def webhook_server(host: str, port: int, secret: str, path: str) -> HTTPServer:
    base64.b64decode(secret.removeprefix("whsec_") + "==")  # a broken secret fails here
    connect(path).close()
    handler = type("Handler", (WebhookHandler,), {"secret": secret, "path_to_db": path})
    return HTTPServer((host, port), handler)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sync_command = commands.add_parser("sync", help="fetch what changed since the last sync")
    sync_command.add_argument("--api", required=True, help="e.g. https://example.org/api/v1")
    sync_command.add_argument("--db", required=True, help="the SQLite file of the mirror")
    sync_command.add_argument("--locale", choices=["de", "en"], help="one language only")
    receive = commands.add_parser("receive", help="apply webhooks as they come")
    receive.add_argument("--host", default="127.0.0.1", help="behind your HTTPS proxy")
    receive.add_argument("--port", type=int, default=8080)
    receive.add_argument(
        "--secret",
        default=os.environ.get("WEBHOOK_SECRET"),
        help="whsec_…, or set WEBHOOK_SECRET (then it stays out of the process list)",
    )
    receive.add_argument("--db", required=True)
    args = parser.parse_args(argv)

    if args.command == "sync":
        try:
            count = sync(args.api, args.db, args.locale)
        except SyncError as error:
            print(f"sync failed: {error}", file=sys.stderr)
            return 1
        print(f"{count} changes applied")
        return 0
    if not args.secret:
        parser.error("--secret or WEBHOOK_SECRET is required")
    try:
        server = webhook_server(args.host, args.port, args.secret, args.db)
    except ValueError as error:
        parser.error(f"--secret: {error}")
    print(f"listening on http://{args.host}:{args.port}/", flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
