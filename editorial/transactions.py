"""One admin action, one transaction: what an editor's save writes lands whole or not at all.

Wagtail's views write in several steps without a transaction of their own: creating a page
inserts it and then its first revision, so an error in between (a locked SQLite, a lost
connection) left a page without a revision whose slug then blocked every further save.
Only writes in the admin are wrapped: ATOMIC_REQUESTS would put every visitor's read in a
transaction too, which on SQLite (IMMEDIATE transactions) would queue them behind writers.
`transaction.on_commit` callbacks (Varnish bans, webhooks) then run once the action has
committed, and never for one rolled back.
"""

from django.db import transaction

from kreativorte.health import DATABASE_DOWN, database_down

ADMIN_PREFIX = "/admin/"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


class AdminTransactionMiddleware:
    """Admin writes in one transaction, rolled back when the answer is a server error (a view's
    exception reaches this middleware as a 500 or, for the database, a 503 response)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in SAFE_METHODS or not request.path_info.startswith(ADMIN_PREFIX):
            return self.get_response(request)
        try:
            with transaction.atomic():
                response = self.get_response(request)
                if response.status_code >= 500:
                    transaction.set_rollback(True)
        except DATABASE_DOWN as error:  # the transaction could not begin or commit
            return database_down(request, error)
        return response
