"""Video and audio documents served in byte ranges, so players can seek.

Wagtail's document view (WAGTAILDOCS_SERVE_METHOD = "serve_view", /dokumente/) answers
every request with the whole file. Browsers ask for media in byte ranges (`Range:
bytes=0-` first, then wherever the visitor jumps to); without 206 answers a video cannot
be sought before it has loaded completely. `serve_document` (routed in urls.py in front
of Wagtail's URLs) lets Wagtail's view do everything it does (collection privacy,
ETag, headers) and then answers a range request from the file it opened.
"""

import re

from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from wagtail.documents.views.serve import serve

MEDIA_TYPES = ("video/", "audio/")
CHUNK_SIZE = 64 * 1024
RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
# Headers of the whole file's response that the range response does not take over.
NOT_COPIED = {"content-length", "content-encoding"}


def serve_document(request, document_id, document_filename):
    """Wagtail's document view, with byte ranges for video and audio documents."""
    return with_byte_ranges(request, serve(request, document_id, document_filename))


def requested_range(header: str, size: int) -> tuple[int, int] | None | bool:
    """(first, last) byte of a single range; None for no usable range (answer with the whole
    file, as for several ranges or bad syntax); False when it lies outside the file."""
    match = RANGE.match(header.replace(" ", ""))
    if not match or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if first == "":  # the last N bytes
        length = int(last)
        if length == 0:
            return False
        return max(size - length, 0), size - 1
    first = int(first)
    if first >= size:
        return False
    last = min(int(last), size - 1) if last else size - 1
    if last < first:
        return None
    return first, last


class FileRange:
    """Iterates over `length` bytes of an open file from `first`; closing closes the file."""

    def __init__(self, file, first: int, length: int):
        self.file, self.first, self.length = file, first, length

    def __iter__(self):
        self.file.seek(self.first)
        remaining = self.length
        while remaining > 0:
            chunk = self.file.read(min(CHUNK_SIZE, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk

    def close(self):
        self.file.close()


def with_byte_ranges(request, response):
    is_media = response.get("Content-Type", "").startswith(MEDIA_TYPES)
    if response.status_code != 200 or not isinstance(response, FileResponse) or not is_media:
        return response
    if response.get("Content-Encoding") == "None":
        del response["Content-Encoding"]  # Wagtail's sendfile writes "no encoding" so
    response["Accept-Ranges"] = "bytes"
    header = request.headers.get("Range", "")
    if_range = request.headers.get("If-Range")
    if not header or (if_range is not None and if_range != response.get("ETag")):
        return response  # no range, or one of a version of the file that is gone
    size = int(response["Content-Length"])
    byte_range = requested_range(header, size)
    if byte_range is None:
        return response
    file = response.file_to_stream
    if byte_range is False:
        file.close()
        refused = HttpResponse(status=416)
        refused["Content-Range"] = f"bytes */{size}"
        refused["Accept-Ranges"] = "bytes"
        return refused
    first, last = byte_range
    partial = StreamingHttpResponse(FileRange(file, first, last - first + 1), status=206)
    for name, value in response.items():
        if name.lower() not in NOT_COPIED:
            partial[name] = value
    partial["Content-Range"] = f"bytes {first}-{last}/{size}"
    partial["Content-Length"] = str(last - first + 1)
    return partial
