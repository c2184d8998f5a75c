#!/usr/bin/env bash
# Checks a built app image the way a user's machine would run it: its own launcher, with no Java on the PATH and no
# JAVA_HOME, on a new database. The launcher must import the bundled data and print the same totals as the fat jar
# run by the build's own Java on another new database. The whole image must stay under 120 MB (120,000,000 bytes).
# Usage: check-app-image.sh APP_IMAGE_DIR FAT_JAR [MAX_BYTES]
set -euo pipefail
image="$1"
jar="$2"
max_bytes="${3:-120000000}"
launcher="$image/bin/$(basename "$image")"
[ -x "$launcher" ] || { echo "check-app-image: no launcher at $launcher" >&2; exit 1; }
size="$(du -sb "$image" | cut -f1)"
if [ "$size" -ge "$max_bytes" ]; then
    echo "check-app-image: $image is $size bytes, over the limit of $max_bytes" >&2
    exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

from_image="$(env -i HOME="$work" PATH=/nonexistent "$launcher" --db "$work/image-db" stats --json 2>/dev/null)"
from_jar="$(java -jar "$jar" --db "$work/jar-db" stats --json 2>/dev/null)"
if [ -z "$from_image" ] || [ "$from_image" != "$from_jar" ]; then
    echo "check-app-image: the launcher printed '$from_image', the jar '$from_jar'" >&2
    exit 1
fi
echo "check-app-image: $image is $size bytes (limit $max_bytes); $launcher with no Java on the PATH imported the bundled data: $from_image"
