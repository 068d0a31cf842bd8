#!/usr/bin/env bash
# Renders resources/icons/synclens.svg to the PNG sizes a desktop's hicolor theme
# expects (checked in, so that the build needs no SVG renderer). Run it after
# changing the SVG; needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
command -v rsvg-convert >/dev/null || { echo "render-icons: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 2; }
for size in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --output "synclens-$size.png" synclens.svg
done
