#!/usr/bin/env bash
# Runs Guichet's benchmarks (plain mains in test sources, not unit tests) and prints their figures.
#   bash bench/run.sh [engine|eligibility|communes|store|followup|summary|print|all|pgstore]
# Run it on a quiet machine: the figures are wall-clock times.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
mvn -B -q install -DskipTests >/dev/null
classpath() {  # module -> runtime+test classpath
  local file; file="$(mktemp)"
  mvn -B -q -pl "$1" dependency:build-classpath -Dmdep.outputFile="$file" -Dmdep.includeScope=test >/dev/null
  echo "$(cat "$file"):$PWD/$1/target/test-classes:$PWD/$1/target/classes"
  rm -f "$file"
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
