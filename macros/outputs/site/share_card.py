"""The share card: the picture WhatsApp, Facebook, Telegram or X show with a shared link.

Drawn at build time with Pillow, offline (Material's social plugin needs cairo and fetches
fonts from Google Fonts): a band in the city's colour with the city's name, an accent
stripe, the document title as large as fits in three lines, and the period and status.
The fonts are Liberation Sans from Debian's fonts-liberation2, which the PDF needs anyway
(DejaVu as fallback). A PNG without timestamp: the same data gives the same bytes, so
builds stay reproducible. One card for the whole site: the services print each page's
own title and description next to it. Drawing takes about 20 ms; the result is kept in
.cache/ by the card's content.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Pillow is imported only when a card is drawn, not on a cache hit
    from PIL.ImageDraw import ImageDraw
    from PIL.ImageFont import FreeTypeFont

WIDTH, HEIGHT = 1200, 630
MARGIN = 72
FONTS = {
    "bold": (
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    "regular": (
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ),
}
DRAWING = "1"  # part of the cache key: change it when the drawing changes


class CardError(Exception):
    """The card cannot be drawn (no font)."""


@dataclass(frozen=True)
class Card:
    title: str  # the document title
    band: str  # the city's name, in the band
    line: str  # period and status, e.g. "Periode 2024–2028 · Draf versi 0.2"
    colour: str  # "#1f4e79"
    accent: str

    def key(self) -> str:
        fonts = "|".join(font_path(weight) for weight in FONTS)
        return hashlib.sha256(repr((DRAWING, fonts, self)).encode()).hexdigest()[:20]


def font_path(weight: str) -> str:
    for path in FONTS[weight]:
        if Path(path).is_file():
            return path
    raise CardError(
        "fon untuk gambar pratinjau tautan (kartu bagikan) tidak ditemukan: pasang paket Debian "
        "fonts-liberation2 (make build memasangnya lewat scripts/system-deps.sh build)"
    )


def draw(card: Card) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    bold, regular = font_path("bold"), font_path("regular")
    image = Image.new("RGB", (WIDTH, HEIGHT), "#ffffff")
    pen = ImageDraw.Draw(image)
    pen.rectangle((0, 0, WIDTH, 150), fill=card.colour)
    pen.rectangle((0, 150, WIDTH, 162), fill=card.accent)
    head, band = _fit(pen, card.band, bold, 44, 1)
    pen.text((MARGIN, 75), band[0], font=head, fill="#ffffff", anchor="lm")
    font, lines = _fit(pen, card.title, bold, 72, 3)
    y = 215
    for line in lines:
        pen.text((MARGIN, y), line, font=font, fill="#1a1a1a")
        y += int(font.size * 1.2)
    small = ImageFont.truetype(regular, 32)
    pen.line((MARGIN, HEIGHT - 110, WIDTH - MARGIN, HEIGHT - 110), fill="#c8c8c8", width=2)
    pen.text((MARGIN, HEIGHT - 62), _shorten(pen, card.line, small), font=small, fill="#333333", anchor="lm")
    out = io.BytesIO()
    # flat colours and anti-aliased text fit in 64 colours: a palette PNG of about 14 KB
    image.quantize(colors=64, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        out, "PNG", compress_level=6
    )
    return out.getvalue()


def _fit(pen: ImageDraw, text: str, path: str, size: int, max_lines: int) -> tuple[FreeTypeFont, list[str]]:
    """The largest size (from ``size`` down to 60% of it) at which ``text`` fits in
    ``max_lines`` lines; at the smallest size, the rest is cut with an ellipsis."""
    from PIL import ImageFont

    box = WIDTH - 2 * MARGIN
    smallest = int(size * 0.6)
    font = ImageFont.truetype(path, size)
    while True:
        lines = _wrap(pen, text, font, box)
        if len(lines) <= max_lines or size <= smallest:
            break
        size -= 4
        font = ImageFont.truetype(path, size)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _shorten(pen, lines[-1] + " …", font)
    return font, [_shorten(pen, line, font) for line in lines]


def _wrap(pen: ImageDraw, text: str, font: FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and pen.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [""]


def _shorten(pen: ImageDraw, text: str, font: FreeTypeFont) -> str:
    """``text`` cut with an ellipsis to the card's width (a single word longer than a line)."""
    box = WIDTH - 2 * MARGIN
    if pen.textlength(text, font=font) <= box:
        return text
    while text and pen.textlength(text + "…", font=font) > box:
        text = text[:-1]
    return text.rstrip() + "…"


def card_png(card: Card, cache_dir: Path | None) -> bytes:
    """The card's PNG, from ``cache_dir`` when this card was drawn before."""
    cached = cache_dir / f"kartu-bagikan-{card.key()}.png" if cache_dir is not None else None
    if cached is not None and cached.is_file():
        return cached.read_bytes()
    png = draw(card)
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_bytes(png)
        except OSError:  # read-only checkout: draw again next time
            pass
    return png
