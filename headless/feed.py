"""The change feed: every public item once, then only what changed, behind signed cursors.

Without a cursor the feed lists every item the public sees, kind by kind (KINDS' order)
and by id within a kind. That is the initial sync; its cursors carry the position reached
and the last change record at its start (the snapshot). Items are found by id, not by
offset, so nothing shifts when items go meanwhile; whatever changes meanwhile has a record
after the snapshot, and the initial sync ends in a delta cursor at the snapshot.

A delta cursor carries the last record the client has seen. A page of the delta takes the
items with records after it, each once, ordered by its newest record, and shows each as it
is now: an upsert with its detail when the public sees it, a delete otherwise.

A cursor's timestamp is when the oldest record it still needs was written (or when it was
issued, if it needs none yet): it is valid CURSOR_LIFETIME from then, and records are kept
a day longer (headless.models.RETENTION).
"""

import datetime
import time
from collections import defaultdict
from dataclasses import dataclass

from django.core import signing
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from kreativorte.api_errors import ApiError
from kreativorte.local_time import local

from .items import KINDS
from .models import ChangeRecord
from .recording import record_passed_deadlines

CURSOR_LIFETIME = datetime.timedelta(days=30)
SALT = "headless.changes.cursor"
ORDER = list(KINDS.values())


@dataclass(frozen=True)
class Position:
    seq: int  # the last record seen; during the initial sync: the snapshot
    kind: int | None = None  # during the initial sync: the index in ORDER reached …
    after: int = 0  # … and the last id listed of that kind


class CursorSigner(signing.TimestampSigner):
    """Signs with the given moment (the oldest record a cursor needs) as its timestamp."""

    def __init__(self, moment: datetime.datetime | None = None):
        super().__init__(salt=SALT)
        self.moment = moment

    def timestamp(self):
        return signing.b62_encode(int(self.moment.timestamp() if self.moment else time.time()))


def start_again(status: int, message: str) -> ApiError:
    return ApiError(
        status, f"{message} {_('Bitte ohne cursor von vorn synchronisieren.')}", "cursor"
    )


def read_cursor(token: str, latest: int) -> Position:
    try:
        data = CursorSigner().unsign_object(token, max_age=CURSOR_LIFETIME)
    except signing.SignatureExpired:
        raise start_again(410, _("Dieser Cursor ist abgelaufen.")) from None
    except signing.BadSignature:
        raise start_again(400, _("Dieser Cursor ist ungültig.")) from None
    position = Position(seq=data["s"], kind=data.get("k"), after=data.get("a", 0))
    if position.seq > latest:  # a database restored from a backup: the feed forgot changes
        raise start_again(410, _("Die Änderungen seit diesem Cursor sind nicht mehr bekannt."))
    return position


def write_cursor(position: Position) -> str:
    needed = (
        ChangeRecord.objects.filter(seq__gt=position.seq)
        .order_by("seq")
        .values_list("recorded_at", flat=True)
        .first()
    )
    data = {"s": position.seq}
    if position.kind is not None:
        data |= {"k": position.kind, "a": position.after}
    return CursorSigner(needed).sign_object(data, compress=True)


def latest_seq() -> int:
    return ChangeRecord.objects.aggregate(latest=Max("seq"))["latest"] or 0


def records_after(seq: int, kinds, locale: str | None):
    records = ChangeRecord.objects.filter(seq__gt=seq)
    if len(kinds) < len(KINDS):
        records = records.filter(type__in=[kind.name for kind in kinds])
    if locale:
        records = records.filter(locale__in=(locale, ""))
    return records


def upsert(kind, obj, at, request) -> dict:
    return {
        "op": "upsert",
        "type": kind.name,
        "id": obj.pk,
        "locale": kind.locale_of(obj, request),
        "updated_at": local(at),
        "item": kind.represent(obj, request),
    }


def initial_page(position: Position, kinds, locale, limit: int, request):
    found = []  # (index in ORDER, kind, object), one more than a page to know if more follow
    for index in range(position.kind, len(ORDER)):
        kind = ORDER[index]
        if kind not in kinds:
            continue
        after = position.after if index == position.kind else 0
        rows = kind.items(request, locale).filter(pk__gt=after).order_by("pk")
        found += [(index, kind, obj) for obj in rows[: limit + 1 - len(found)]]
        if len(found) > limit:
            break
    now = timezone.now()
    results = [upsert(kind, obj, now, request) for _, kind, obj in found[:limit]]
    if len(found) > limit:
        index, _, obj = found[limit - 1]
        return results, Position(position.seq, index, obj.pk), True
    # Listed: the delta from the snapshot follows.
    return results, Position(position.seq), records_after(position.seq, kinds, locale).exists()


def delta_groups(position: Position, kinds, locale, limit: int, latest: int):
    """The items with records after the position (up to `latest`), each once, ordered by its
    newest record ("last"); and whether more follow."""
    groups = list(
        records_after(position.seq, kinds, locale)
        .filter(seq__lte=latest)
        .values("type", "object_id")
        .annotate(last=Max("seq"), at=Max("recorded_at"), language=Max("locale"))
        .order_by("last")[: limit + 1]
    )
    return groups[:limit], len(groups) > limit


def delta_changes(groups, request) -> list[dict]:
    """Each group's item as it is now: an upsert, or a delete if the public no longer sees it."""
    ids = defaultdict(list)
    for group in groups:
        ids[group["type"]].append(group["object_id"])
    current = {
        (name, obj.pk): obj
        for name, pks in ids.items()
        for obj in KINDS[name].items(request).filter(pk__in=pks)
    }
    results = []
    for group in groups:
        kind, obj = KINDS[group["type"]], current.get((group["type"], group["object_id"]))
        if obj is not None:
            results.append(upsert(kind, obj, group["at"], request))
        else:
            results.append(
                {
                    "op": "delete",
                    "type": kind.name,
                    "id": group["object_id"],
                    "locale": group["language"] or None,
                    "deleted_at": local(group["at"]),
                }
            )
    return results


def delta_page(position: Position, kinds, locale, limit: int, latest: int, request):
    groups, has_more = delta_groups(position, kinds, locale, limit, latest)
    results = delta_changes(groups, request)
    # Without more to come the client has seen everything up to `latest`, of any kind.
    return results, Position(groups[-1]["last"] if has_more else latest), has_more


def read(params, request) -> dict:
    """One page of the feed for the API's parameters (cursor, type, locale, limit)."""
    record_passed_deadlines()
    latest = latest_seq()
    kinds = [kind for kind in ORDER if not params.type or kind.name in params.type]
    if params.cursor is None:
        position = Position(latest, kind=0)
    else:
        position = read_cursor(params.cursor, latest)
    if position.kind is not None:
        results, position, has_more = initial_page(
            position, kinds, params.locale, params.limit, request
        )
    else:
        results, position, has_more = delta_page(
            position, kinds, params.locale, params.limit, latest, request
        )
    return {"results": results, "has_more": has_more, "next_cursor": write_cursor(position)}
