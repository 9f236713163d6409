"""Photos as phones write them (camera, GPS position, XMP, orientation), and the checks that
stored copies carry none of it."""

import io
from pathlib import Path

from PIL import ExifTags
from PIL import Image as PILImage

GPS_LATITUDE = (50.0, 49.0, 0.0)
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    b'xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="50,49.0N"/>'
    b"</rdf:RDF></x:xmpmeta>"
)


def photo_with_gps(size=(40, 30)) -> bytes:
    """A JPEG as phones write it: camera, GPS position, XMP, and turned by the orientation tag."""
    exif = PILImage.Exif()
    exif[ExifTags.Base.Make] = "Beispielkamera"
    exif[ExifTags.Base.Orientation] = 6  # shown turned by 90°: 30 wide, 40 high
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = GPS_LATITUDE
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (12.0, 23.0, 15.0)
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (200, 80, 40)).save(buffer, "JPEG", exif=exif, xmp=XMP)
    data = buffer.getvalue()
    with PILImage.open(io.BytesIO(data)) as image:  # the test photo really carries it all
        assert image.getexif().get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude]
        assert image.getexif()[ExifTags.Base.Make] == "Beispielkamera"
        assert "xmp" in image.info
    return data


def assert_no_metadata(file, size) -> bytes:
    file.seek(0)
    data = file.read()
    with PILImage.open(io.BytesIO(data)) as image:
        assert not image.getexif()
        assert not image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
        assert "xmp" not in image.info and "exif" not in image.info
        assert image.size == size  # the orientation is applied to the pixels
    assert b"Beispielkamera" not in data and b"GPSLatitude" not in data
    return data


def files_under(folder) -> list[Path]:
    return [path for path in Path(folder).rglob("*") if path.is_file()]
