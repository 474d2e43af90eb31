#!/usr/bin/env bash
# Records the classes Guichet loads up to the kiosk's first screen (in a tmux window, the way a
# kiosk starts) and in a few commands, for the AppCDS archive that postinst dumps.
#   bash packaging/record-classes.sh JAVA JAR OUT.classlist
set -euo pipefail
java="$1" jar="$2" list="$3"
work="$(mktemp -d)"
trap 'tmux kill-session -t guichet-cds 2>/dev/null || true; rm -rf "$work"' EXIT
run() { "$java" -Xshare:auto -XX:DumpLoadedClassList="$work/$1.lst" -cp "$jar" fr.guichet.app.Main "${@:2}" >/dev/null 2>&1 || true; }
run version --version
run doctor doctor --data "$work/data"
tmux kill-session -t guichet-cds 2>/dev/null || true
tmux new-session -d -s guichet-cds -x 100 -y 30 \
  "sh -c 'echo \$\$ > $work/kiosk.pid; exec env GUICHET_OPERATOR_PIN=0000 $java -Xshare:auto -XX:DumpLoadedClassList=$work/kiosk.lst -XX:TieredStopAtLevel=1 -cp $jar fr.guichet.app.Main kiosk --data $work/data'"
for _ in $(seq 1 300); do
  tmux capture-pane -p -t guichet-cds | grep -q "Bienvenue" && break
  sleep 0.1
done
tmux capture-pane -p -t guichet-cds | grep -q "Bienvenue" || { echo "record-classes.sh: the kiosk showed no first screen" >&2; tmux capture-pane -p -t guichet-cds >&2; exit 1; }
sleep 1  # let the background loads (store, script, communes) finish
pid="$(cat "$work/kiosk.pid")"
kill -TERM "$pid" 2>/dev/null || true
for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
cat "$work"/*.lst | awk '!seen[$0]++' > "$list"
echo "record-classes.sh: $(wc -l < "$list") classes" >&2
