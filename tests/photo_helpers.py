"""Photos as a phone writes them, for the tests of signals from photos: a real JPEG written by Pillow, with the GPS
position in its EXIF tags (degrees, minutes, seconds as rationals, N/S/E/W refs) and the moment it was taken."""

from __future__ import annotations

from pathlib import Path

from PIL import ExifTags, Image
from PIL.TiffImagePlugin import IFDRational


def dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    """|value| in degrees as EXIF writes it: whole degrees, whole minutes, seconds to the thousandth."""
    value = abs(value)
    deg = int(value)
    minutes = int((value - deg) * 60)
    seconds = round(((value - deg) * 60 - minutes) * 60 * 1000)
    return IFDRational(deg, 1), IFDRational(minutes, 1), IFDRational(seconds, 1000)


def jpeg(path: Path, lat: float | None = None, lon: float | None = None, taken: str | None = None,
         raw_lat: tuple[IFDRational, ...] | None = None) -> Path:
    """A real JPEG at `path` (its folders made); with GPS tags when `lat` and `lon` are given (`raw_lat`: the
    latitude's rationals as they are, for a writer's odd values), with DateTimeOriginal when `taken` is
    ("2026:12:07 14:03:11")."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Samsung"
    if taken:
        exif[ExifTags.IFD.Exif] = {ExifTags.Base.DateTimeOriginal: taken}
    if lat is not None and lon is not None:
        exif[ExifTags.IFD.GPSInfo] = {
            ExifTags.GPS.GPSLatitudeRef: "N" if lat >= 0 else "S",
            ExifTags.GPS.GPSLatitude: raw_lat or dms(lat),
            ExifTags.GPS.GPSLongitudeRef: "E" if lon >= 0 else "W",
            ExifTags.GPS.GPSLongitude: dms(lon),
        }
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (64, 48), (170, 70, 50)).save(path, exif=exif)
    return path
