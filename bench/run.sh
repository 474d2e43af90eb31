#!/usr/bin/env bash
# Runs Guichet's benchmarks (plain mains in test sources, not unit tests) and prints their figures.
#   bash bench/run.sh [engine|eligibility|communes|store|followup|summary|print|peers [quick]|all|pgstore]
# Run it on a quiet machine: the figures are wall-clock times. `peers` times Guichet next to its
# anchors in the same run (JavaRosa, bare Lanterna, bare SQLite commit, bare OpenPDF page) and
# prints ratios: see bench/README.md. `peers quick` runs fewer rounds (while developing).
# `pgstore` needs the test server: eval "$(bash .ci/start-postgres.sh)" first.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
# One reactor build: Guichet's modules come from this tree's target/, never from the shared ~/.m2.
mvn -B -q package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
classpath() {  # module -> runtime+test classpath
  echo "$(cat "$1/target/bench-classpath.txt"):$PWD/$1/target/test-classes:$PWD/$1/target/classes"
}
run() {  # module main-class [args]
  local module="$1" main="$2"; shift 2
  echo "== $main"
  java -cp "$(classpath "$module" | tr -d '\n')" "$main" "$@"
}
case "$what" in engine|all) run interview-scripts fr.guichet.bench.EngineBench ;; esac
case "$what" in eligibility|all) run interview-scripts fr.guichet.eligibility.EligibilityBench ;; esac
case "$what" in communes|all) run interview-scripts fr.guichet.commune.CommuneTiming ;; esac
case "$what" in store|all) run kiosk fr.guichet.store.StoreBench "$(mktemp -d)" ;; esac
case "$what" in pgstore) run kiosk fr.guichet.store.PostgresStoreBench ;; esac  # needs eval "$(bash .ci/start-postgres.sh)"
case "$what" in followup|all) run kiosk fr.guichet.app.FollowUpBench "$(mktemp -d)" ;; esac
case "$what" in summary|all) run kiosk fr.guichet.summary.SummaryBench ;; esac
case "$what" in print|all) cp="$(classpath printouts | tr -d '\n')"; (cd printouts && java -cp "$cp" fr.guichet.print.PrintBench) ;; esac

peers() {
  local quick="${1:-}" work java out
  work="$(mktemp -d)"; java="$(command -v java)"
  trap 'rm -rf "$work"' RETURN
  local walks=400 screens=7 interviews=30 rounds=20000 prints=60
  [ "$quick" = quick ] && { walks=100; screens=3; interviews=5; rounds=3000; prints=15; }
  echo "== peers: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$java" -version 2>&1 | head -1)"
  # The AppCDS archive, made as the Debian package makes it (packaging/record-classes.sh + postinst).
  bash packaging/record-classes.sh "$java" "$PWD/kiosk/target/guichet.jar" "$work/guichet.classlist" 2>/dev/null
  "$java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedClassListFile="$work/guichet.classlist" \
    -XX:SharedArchiveFile="$work/guichet.jsa" -cp "$PWD/kiosk/target/guichet.jar" >/dev/null 2>&1 || rm -f "$work/guichet.jsa"
  local jsa=(); [ -f "$work/guichet.jsa" ] && jsa=("$work/guichet.jsa")
  out="$work/peers.txt"
  { java -cp "$(classpath interview-scripts | tr -d '\n')" fr.guichet.bench.EnginePeers "$walks" 2>/dev/null
    java -cp "$(classpath kiosk | tr -d '\n')" fr.guichet.tui.bench.FirstScreenPeers "$PWD/kiosk/target/guichet.jar" \
      "$work/screens" "$screens" "${jsa[@]}"
    java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$(classpath kiosk | tr -d '\n')" fr.guichet.app.KioskPeers "$work" "$interviews"
    java -cp "$(classpath interview-scripts | tr -d '\n')" fr.guichet.eligibility.EligibilityPeers "$rounds"
    local printcp; printcp="$(classpath printouts | tr -d '\n')"
    (cd printouts && java -cp "$printcp" fr.guichet.print.PrintPeers "$prints")
  } | tee "$out"
  ratio() { grep "^$1:" "$out" | sed -E 's/.*ratio ([0-9.]+).*/\1/'; }
  echo "peers: engine $(ratio engine)× faster than JavaRosa; first screen $(ratio 'first screen')× bare Lanterna;" \
    "save $(ratio save)× bare commit; eligibility $(grep '^eligibility:' "$out" | sed -E 's/.*µs ([0-9.]+)$/\1/') µs"
}
case "$what" in peers) peers "${2:-}" ;; esac
