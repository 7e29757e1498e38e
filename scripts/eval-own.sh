#!/usr/bin/env bash
# Scores the extractor on the project-owned held-out articles (tests/fixtures/heldout), which are
# never used to tune src/extract. Same pipeline as the shared corpus evaluation: each article goes
# through `kg build`, then ../shared/eval/score.mjs compares the graphs with the gold files.
#   scripts/eval-own.sh [OUT_DIR]        (SCORE_FLAGS="--json" or "--quiet" are passed to the scorer)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
runner="$root/../shared/eval/run-corpus.sh"
[ -f "$runner" ] || { echo "missing $runner (../shared must sit beside the checkout)"; exit 2; }
node "$root/../shared/eval/score.mjs" --check "$root/tests/fixtures/heldout" >/dev/null \
  || { echo "gold files in tests/fixtures/heldout do not validate; run: node ../shared/eval/score.mjs --check tests/fixtures/heldout"; exit 2; }
exec bash "$runner" "$root" "$root/tests/fixtures/heldout" ${1:+"$1"}
