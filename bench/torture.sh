#!/usr/bin/env bash
# Guichet's torture suite, run from the project root after `mvn package`:
#   bash bench/torture.sh fuzz N    every fuzz target (kiosk/src/test/java/fr/guichet/fuzz) with N inputs
#                                   each; last line: fuzz: N inputs per target, T targets, unexpected exceptions E
#                                   (GUICHET_FUZZ_SEED=S replays a run)
#   bash bench/torture.sh kill9 N   N SIGKILLs of the real jar at random moments (replay --save, the kiosk
#                                   in tmux, print, rotate-key, purge), each followed by a check of every
#                                   confirmed answer, PRAGMA integrity_check and the audit chain; last line:
#                                   kills N, confirmed answers lost L, corrupt stores C
#                                   (GUICHET_TORTURE_STORE picks the store, default sqlite; GUICHET_KILL9_SEED=S)
# Exit status 0 only when nothing unexpected happened. The CI runs a short version (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: bash bench/torture.sh fuzz|kill9 N" >&2; exit 2; }
[ $# -eq 2 ] || usage
mode="$1" n="$2"
[[ "$n" =~ ^[1-9][0-9]*$ ]] || usage

# The kiosk module's runtime and test classpath (the fuzz targets and the drivers are test code).
test_classpath() {
  local file; file="$(mktemp)"
  mvn -B -q -pl kiosk dependency:build-classpath -Dmdep.outputFile="$file" -Dmdep.includeScope=test >/dev/null
  # Guichet's own modules from this tree, never from ~/.m2 (shared, and rewritten by any other build).
  echo "$(tr ':' '\n' <"$file" | grep -v '/fr/guichet/' | paste -sd: -):$PWD/kiosk/target/test-classes:$PWD/kiosk/target/classes:$PWD/interview-scripts/target/classes:$PWD/printouts/target/classes"
  rm -f "$file"
}

fuzz() {
  [ -d kiosk/target/test-classes/fr/guichet/fuzz ] || { echo "run mvn package first" >&2; exit 2; }
  java -Xss4m -cp "$(test_classpath | tr -d '\n')" fr.guichet.fuzz.FuzzMain "$n" ${GUICHET_FUZZ_SEED:-}
}

kill9() {
  [ -f kiosk/target/guichet.jar ] && [ -d kiosk/target/test-classes/fr/guichet/torture ] || { echo "run mvn package first" >&2; exit 2; }
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$(test_classpath | tr -d '\n')" fr.guichet.torture.KillNine "$n" "$PWD/kiosk/target/guichet.jar" "$work" ${GUICHET_KILL9_SEED:-}
}

case "$mode" in
  fuzz) fuzz ;;
  kill9) kill9 ;;
  *) usage ;;
esac
