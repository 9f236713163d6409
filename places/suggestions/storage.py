"""Where suggested photos wait for a decision: a folder no web server serves.

PRIVATE_MEDIA_ROOT lies outside MEDIA_ROOT (the front proxy serves MEDIA_ROOT under
MEDIA_URL). Editors see a photo only through a staff view in the admin (review.py);
on approval it is copied into a normal Wagtail image (drafts.adopt_photo).
"""

from pathlib import Path

from django.conf import settings
from django.core import checks
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property


@deconstructible
class PrivateStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT (read when used, so tests can move it); no URL."""

    @cached_property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise ValueError("Private files have no URL; staff see them through the admin.")


private_storage = PrivateStorage()


def _inside(path, folder) -> bool:
    path, folder = Path(path).resolve(), Path(folder).resolve()
    return path == folder or folder in path.parents


@checks.register(checks.Tags.security)
def check_private_media_root(app_configs=None, **kwargs):
    """Private files must not be where the proxy or WhiteNoise serves files from."""
    private = settings.PRIVATE_MEDIA_ROOT
    public = {"MEDIA_ROOT": settings.MEDIA_ROOT, "STATIC_ROOT": settings.STATIC_ROOT}
    return [
        checks.Error(
            f"PRIVATE_MEDIA_ROOT ({private}) must not lie inside {name} ({folder}): "
            "files there are served publicly.",
            id="places.E001",
        )
        for name, folder in public.items()
        if folder and _inside(private, folder)
    ]
