"""Signals for apps built on the change feed (webhooks)."""

from django.dispatch import Signal

# Sent in the changing transaction after change records were written (no arguments but
# the sender, ChangeRecord): wait for the commit (transaction.on_commit) before reading them.
changes_recorded = Signal()
