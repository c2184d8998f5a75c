#!/usr/bin/env python3
"""Assembles incident-atlas.icns (the macOS icon) from the PNG icons beside this script.

An .icns file is the magic 'icns', the file's length, then one entry per size: a
four-letter type, the entry's length, and the image, here the PNG as it is.
Run from this folder: python3 make_icns.py
"""
import struct
from pathlib import Path

HERE = Path(__file__).resolve().parent
# icns type codes for PNG images of these sizes (macOS 10.7 and later read PNG in all of them).
TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512)]


def main():
    entries = b""
    for code, size in TYPES:
        png = (HERE / f"incident-atlas-{size}.png").read_bytes()
        entries += code + struct.pack(">I", 8 + len(png)) + png
    (HERE / "incident-atlas.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(entries)) + entries)


if __name__ == "__main__":
    main()
