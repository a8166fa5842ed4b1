"""Phone-photo-like pictures of fixture documents: a tilted sheet, mild perspective, a shadow.

Used by tests/test_phone_photos.py and benchmarks/bench_photos.py.  A page of a text-layer
PDF is rendered with pypdfium2, laid on a desk, turned by ``tilt`` degrees
(counter-clockwise positive, as ``extractor.ocr.preprocess.estimate_skew`` measures),
keystoned as by a phone held slightly off the perpendicular, shaded from one side, blurred a
little, given sensor noise and saved as a JPEG.  Deterministic for a given ``seed``.
"""

from __future__ import annotations

import random
from pathlib import Path

DESKS = ((112, 98, 84), (150, 146, 140), (88, 92, 104))
TINTS = ((250, 246, 236), (244, 244, 240), (248, 242, 228))


def render_pdf(path: Path, page: int = 0, dpi: int = 200):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        return pdf[page].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        pdf.close()


def phone_photo(page, tilt: float = 7.0, perspective: float = 0.03, shadow: float = 0.4, desk: float = 0.04,
                seed: int = 0, blur: float = 0.7, noise: float = 3.0):
    """``page`` (an RGB image) as a phone photographs it.

    - ``tilt``: degrees the sheet is turned, counter-clockwise positive;
    - ``perspective``: how far (share of the page's size) each corner is pulled in: the top
      edge shorter than the bottom one (the phone tipped back), a little random on top;
    - ``shadow``: darkening at the shaded side (0–1): a soft-edged shadow of the phone or a
      hand across part of the sheet, over a gradient of the room's light;
    - ``desk``: the margin of desk seen around the sheet, as a share of the page's size.
    """
    import cv2
    import numpy as np
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    gen = np.random.default_rng(seed)
    w, h = page.size
    sheet = np.asarray(page, dtype=np.float32) * (np.array(rng.choice(TINTS), dtype=np.float32) / 255)
    # Corners of the sheet (clockwise from top left), keystoned, then turned about the centre.
    p = perspective
    jitter = lambda: rng.uniform(-0.3, 0.3) * p  # noqa: E731
    corners = np.array([[w * (p + jitter()), h * (p / 2 + jitter())], [w * (1 - p + jitter()), h * (p / 2 + jitter())],
                        [w * (1 + jitter() / 2), h * (1 + jitter() / 2)], [w * (jitter() / 2), h * (1 + jitter() / 2)]],
                       dtype=np.float32)
    cx, cy = w / 2, h / 2
    a = np.radians(tilt)
    turn = np.array([[np.cos(a), np.sin(a)], [-np.sin(a), np.cos(a)]], dtype=np.float32)  # y points down
    corners = (corners - (cx, cy)) @ turn.T + (cx, cy)
    margin = desk * max(w, h)
    corners -= corners.min(axis=0) - margin
    out_w, out_h = (corners.max(axis=0) + margin).astype(int)
    source = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(source, corners.astype(np.float32))
    colour = np.array(rng.choice(DESKS), dtype=np.float32)
    photo = cv2.warpPerspective(sheet, matrix, (int(out_w), int(out_h)), flags=cv2.INTER_LINEAR,
                                borderMode=cv2.BORDER_CONSTANT, borderValue=tuple(float(c) for c in colour))
    # Light: a gradient across the picture, and a soft shadow over one side of the sheet.
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    angle = rng.uniform(0, 2 * np.pi)
    along = (np.cos(angle) * xx / out_w + np.sin(angle) * yy / out_h)
    along = (along - along.min()) / max(float(along.max() - along.min()), 1e-6)
    light = 1.0 - 0.5 * shadow * along
    edge = rng.uniform(0.3, 0.6)
    soft = 1 / (1 + np.exp(-(along - edge) / 0.04))  # a shadow with a blurred edge
    light *= 1.0 - 0.5 * shadow * soft
    photo *= light[..., None]
    photo += gen.normal(0, noise, photo.shape[:2]).astype(np.float32)[..., None]
    image = Image.fromarray(photo.clip(0, 255).astype(np.uint8))
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    return image


def photograph(pdf: Path, out: Path, tilt: float, seed: int = 0, **kwargs) -> Path:
    """The first page of a text-layer PDF as a phone photo, written as a JPEG to ``out``."""
    phone_photo(render_pdf(pdf), tilt=tilt, seed=seed, **kwargs).save(out, "JPEG", quality=85)
    return out
