"""The app as it runs in production (gunicorn with its config, production settings) in a
subprocess, and a TCP relay to cut and restore the services it talks to."""

import http.client
import json
import os
import socket
import threading
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from .test_rate_limits import free_port

BASE_DIR = Path(__file__).resolve().parent.parent
DEADLINE_SECONDS = 30  # for the app to start, or to notice a service is back


class Relay:
    """A TCP relay to a local service, which the test can cut and restore on the same port.

    Cut: open connections break and new ones are refused, as when the service goes away.
    """

    def __init__(self, target_port: int):
        self.target = ("127.0.0.1", target_port)
        self.port = free_port()
        self.listener = None
        self.connections: set[socket.socket] = set()
        self.lock = threading.Lock()

    def restore(self):
        self.listener = socket.create_server(("127.0.0.1", self.port))  # SO_REUSEADDR
        self.acceptor = threading.Thread(target=self._accept, args=(self.listener,), daemon=True)
        self.acceptor.start()

    def cut(self):
        if self.listener is None:
            return
        self.listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        self.acceptor.join()
        self.listener.close()
        self.listener = None
        with self.lock:
            for sock in self.connections:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)  # both ends see the connection end
                sock.close()
            self.connections.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.connections.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        with suppress(OSError):  # either side closed: end both directions
            while data := source.recv(65536):
                sink.sendall(data)
        for sock in (source, sink):
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


@contextmanager
def relay_to(port: int, *, up: bool):
    relay = Relay(port)
    if up:
        relay.restore()
    try:
        yield relay
    finally:
        relay.cut()


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode()

    def json(self):
        assert self.headers["Content-Type"].startswith("application/json"), self.headers
        return json.loads(self.body)


class App:
    def __init__(self, port: int, log: Path):
        self.port, self.log = port, log

    def get(self, path: str, headers: dict[str, str] | None = None) -> Reply:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=DEADLINE_SECONDS)
        try:
            conn.request("GET", path, headers=headers or {})
            response = conn.getresponse()
            return Reply(response.status, response.headers, response.read())
        finally:
            conn.close()

    def until(self, path: str, status: int) -> Reply:
        """Asks again until the answer has `status`: a recovering service may need a moment."""
        deadline = time.monotonic() + DEADLINE_SECONDS
        while (reply := self.get(path)).status != status and time.monotonic() < deadline:
            time.sleep(0.1)
        return reply

    def workers_booted(self) -> int:
        return self.log.read_text().count("Booting worker")


@dataclass
class SessionDatabase:
    """The session's PostgreSQL test database, reached directly or through a relay."""

    settings: dict

    @property
    def port(self) -> int:
        return int(self.settings["PORT"] or 5432)

    def url(self, via_port: int | None = None) -> str:
        user = quote(self.settings["USER"] or "")
        password = f":{quote(self.settings['PASSWORD'])}" if self.settings["PASSWORD"] else ""
        host, name = self.settings["HOST"], self.settings["NAME"]
        return f"postgres://{user}{password}@{host}:{via_port or self.port}/{name}"


def inherited_env() -> dict[str, str]:
    """This process's environment without what names services, settings or rate limits."""
    return {
        name: value
        for name, value in os.environ.items()
        if name not in ("DATABASE_URL", "REDIS_URL", "ELASTICSEARCH_URL")
        and not name.startswith(("DJANGO_", "RATELIMIT_"))
    }


def production_env(**overrides) -> dict[str, str]:
    env = inherited_env()
    env.update(
        DJANGO_SETTINGS_MODULE="kreativorte.settings.production",
        SECRET_KEY="fault-tests-only-" + "k" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
        LOG_LEVEL="WARNING",
    )
    env.update({name: str(value) for name, value in overrides.items()})
    return env
