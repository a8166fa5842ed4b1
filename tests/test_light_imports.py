"""``rules`` and ``evaluate`` must not pull in OCR, imaging or NLP (GUIDE: imports are cheap)."""

from __future__ import annotations

import subprocess
import sys

from .conftest import FIXTURES

HEAVY = ["spacy", "jieba", "rapidocr", "onnxruntime", "pytesseract", "PIL", "pypdfium2", "pdfplumber",
         "numpy", "cv2"]


def test_evaluate_path_loads_no_heavy_module():
    code = f"""
import sys
from zhicheng.cli import app
try:
    app(["evaluate", r"{FIXTURES / 'cases' / 'contract_example.yaml'}", "-f", "json"])
except SystemExit:
    pass
heavy = [m for m in {HEAVY!r} if m in sys.modules]
print("HEAVY", heavy, file=sys.stderr)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "HEAVY []" in result.stderr, result.stderr
