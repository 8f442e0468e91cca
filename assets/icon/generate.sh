#!/bin/sh
# Regenerates the PNGs, the Windows .ico and the macOS .icns from turnaround.svg.
# Needs ImageMagick (convert, with an SVG delegate such as librsvg) and icnsutils (png2icns).
set -e
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
    convert -background none -density 384 turnaround.svg -resize "${size}x${size}" "turnaround-$size.png"
done
convert turnaround-16.png turnaround-32.png turnaround-48.png turnaround-64.png turnaround-128.png turnaround-256.png turnaround.ico
png2icns turnaround.icns turnaround-16.png turnaround-32.png turnaround-48.png turnaround-128.png turnaround-256.png turnaround-512.png
