#!/usr/bin/env bash
# Guichet's torture suite, run from the project root after `mvn package`:
#   bash bench/torture.sh fuzz N    every fuzz target (kiosk/src/test/java/fr/guichet/fuzz) with N inputs
#                                   each; last line: fuzz: N inputs per target, T targets, unexpected exceptions E
#                                   (GUICHET_FUZZ_SEED=S replays a run)
# Exit status 0 only when nothing unexpected happened. The CI runs a short version (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: bash bench/torture.sh fuzz N" >&2; exit 2; }
[ $# -eq 2 ] || usage
mode="$1" n="$2"
[[ "$n" =~ ^[1-9][0-9]*$ ]] || usage

# The kiosk module's runtime and test classpath (the fuzz targets and the drivers are test code).
test_classpath() {
  local file; file="$(mktemp)"
  mvn -B -q -pl kiosk dependency:build-classpath -Dmdep.outputFile="$file" -Dmdep.includeScope=test >/dev/null
  echo "$(cat "$file"):$PWD/kiosk/target/test-classes:$PWD/kiosk/target/classes"
  rm -f "$file"
}

fuzz() {
  [ -d kiosk/target/test-classes/fr/guichet/fuzz ] || { echo "run mvn package first" >&2; exit 2; }
  java -Xss4m -cp "$(test_classpath | tr -d '\n')" fr.guichet.fuzz.FuzzMain "$n" ${GUICHET_FUZZ_SEED:-}
}

case "$mode" in
  fuzz) fuzz ;;
  *) usage ;;
esac
