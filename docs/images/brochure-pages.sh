#!/usr/bin/env bash
# Renders every page of the brochure's 2026-2027 and 2027-2028 editions, in French and English, as
# the PNG images of docs/images (brochure-YEAR-LANG-NN.png, 60 dpi), from the shaded jar.
# Usage: bash docs/images/brochure-pages.sh   (after mvn -B -ntp -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=inet-cli/target/inet.jar
[ -f "$jar" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f docs/images/brochure-*.png
for cohort in 2026 2027; do
  for language in fr en; do
    java -jar "$jar" brochure --cohort "$cohort" --lang "$language" -o "$work/brochure.pdf" > /dev/null
    pdftoppm -png -r 60 "$work/brochure.pdf" "docs/images/brochure-$cohort-$language"
  done
done
ls docs/images/brochure-*.png | wc -l
