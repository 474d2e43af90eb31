#!/usr/bin/env bash
# Starts a local CUPS scheduler with a cups-pdf queue for the printing tests.
# Idempotent, runs as root, needs no systemd. Prints the cups-pdf output directory
# on its last line; CI then sets GUICHET_CUPS_QUEUE (and optionally
# GUICHET_CUPS_OUTPUT_DIR) before running `mvn -pl printouts test`.
#
# The queue's default page size is set to Letter on purpose: the printing test
# checks that the output is A4, which proves the application asks for A4 itself.
set -euo pipefail

QUEUE="${GUICHET_CUPS_QUEUE:-GuichetPDF}"
LOG_DIR=/var/log/cups
PID_FILE=/run/guichet-cupsd.pid

if [ "$(id -u)" -ne 0 ]; then
  echo "start-cups.sh: run as root" >&2
  exit 1
fi

missing=()
for pkg in cups cups-bsd printer-driver-cups-pdf poppler-utils; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "start-cups.sh: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

scheduler_running() { lpstat -r 2>/dev/null | grep -q "scheduler is running"; }

if ! scheduler_running; then
  mkdir -p "$LOG_DIR" /run/cups
  # Plain background process (no systemd); its pid is kept so CI can stop exactly it.
  nohup cupsd -f >"$LOG_DIR/guichet-cupsd.out" 2>&1 &
  echo $! >"$PID_FILE"
  for _ in $(seq 1 100); do
    scheduler_running && break
    sleep 0.1
  done
  if ! scheduler_running; then
    echo "start-cups.sh: cupsd did not answer within 10 s, see $LOG_DIR/error_log" >&2
    exit 1
  fi
fi

if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
  PPD="$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF/ {print $1; exit}')"
  if [ -z "$PPD" ]; then
    echo "start-cups.sh: no cups-pdf driver found (lpinfo -m)" >&2
    exit 1
  fi
  lpadmin -p "$QUEUE" -v cups-pdf:/ -E -m "$PPD" -o PageSize=Letter 2>/dev/null
fi
cupsenable "$QUEUE"
cupsaccept "$QUEUE"

# cups-pdf writes to the "Out" directory of its configuration, ${HOME}/PDF by default,
# HOME being the submitting user's home (root's here).
OUT="$(awk '$1 == "Out" {print $2}' /etc/cups/cups-pdf.conf 2>/dev/null | tail -n 1)"
OUT="${OUT:-\${HOME\}/PDF}"
OUT="${OUT//\$\{HOME\}/$HOME}"
mkdir -p "$OUT"
echo "$OUT"
