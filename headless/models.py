"""The change log the change feed reads: one row per item a change may have touched."""

import datetime

from django.db import models
from django.utils import timezone

# How long records are kept: a day longer than a cursor stays valid (headless/feed.py),
# for transactions that commit a while after they recorded.
RETENTION = datetime.timedelta(days=31)


class ChangeRecord(models.Model):
    """ "This item may look different now": written in the transaction of the change.

    `seq` orders the records as their transactions committed (headless/recording.py
    explains why) and is the position a cursor of the change feed points at.
    """

    seq = models.BigAutoField(primary_key=True)
    type = models.CharField(max_length=20)  # a kind of headless/items.py: "place", "topic", …
    object_id = models.BigIntegerField()
    locale = models.CharField(max_length=8, blank=True)  # "": terms and programmes
    recorded_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["type", "object_id"])]

    def __str__(self):
        return f"{self.seq}: {self.type} {self.object_id}"
