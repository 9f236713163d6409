"""Image files without metadata.

Photos carry EXIF (GPS position, camera, time), XMP, IPTC and comments. Re-encoding
with Pillow keeps only the pixels (with the EXIF orientation applied to them), the
colour profile and transparency, in the same format.
"""

import io

from PIL import Image, ImageOps, JpegImagePlugin

# Formats written back as they came (GIF has no EXIF and may be animated: left alone).
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "AVIF": "avif"}
# Pillow's info keys that describe the photo rather than its pixels.
METADATA_KEYS = ("exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop", "iptc")
# What is kept: colours and transparency.
KEPT_KEYS = ("icc_profile", "transparency")
# JPEG segments that are not metadata: JFIF header, ICC profile, Adobe colour transform.
JPEG_PIXEL_SEGMENTS = ("APP0", "APP2", "APP14")


def has_metadata(image: Image.Image) -> bool:
    if image.getexif() or any(key in image.info for key in METADATA_KEYS):
        return True
    if getattr(image, "text", None):  # PNG text chunks
        return True
    applist = getattr(image, "applist", [])
    return any(marker not in JPEG_PIXEL_SEGMENTS for marker, _ in applist)


def without_metadata(image: Image.Image) -> bytes:
    """The image re-encoded in its own format (one of FORMATS) with nothing but pixels."""
    image_format = image.format
    clean = ImageOps.exif_transpose(image)
    clean.info = {key: image.info[key] for key in KEPT_KEYS if key in image.info}
    options = {}
    if icc_profile := image.info.get("icc_profile"):
        options["icc_profile"] = icc_profile
    if image_format == "JPEG":
        # The original's quantisation tables and subsampling: the same quality as before.
        options.update(
            qtables=getattr(image, "quantization", None) or None,
            subsampling=JpegImagePlugin.get_sampling(image),
            optimize=True,
        )
    elif image_format in ("WEBP", "AVIF"):
        options["quality"] = 90
    buffer = io.BytesIO()
    clean.save(buffer, format=image_format, **options)
    return buffer.getvalue()


def stripped_bytes(file) -> bytes | None:
    """The file's image without metadata, or None if it has none or is not one of FORMATS.

    Files Pillow cannot open, animations and other formats are left to the caller.
    """
    file.seek(0)
    try:
        with Image.open(file) as image:
            if image.format not in FORMATS or getattr(image, "n_frames", 1) > 1:
                return None
            if not has_metadata(image):
                return None
            image.load()
            return without_metadata(image)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    finally:
        file.seek(0)
