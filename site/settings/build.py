"""Build steps of the image (collectstatic, compilemessages): production's static files
configuration, but no secret, database or base URL, which exist only at run time."""

from .base import *  # noqa: F403

SECRET_KEY = "image-build-only"  # never serves a request
