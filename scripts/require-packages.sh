#!/usr/bin/env bash
# Makes sure the Debian packages a make target needs are present: installs them when it can
# (root, or passwordless sudo), otherwise says exactly what to run.
#   scripts/require-packages.sh PACKAGE:FILE-THAT-PROVES-IT ...
set -euo pipefail
missing=()
for spec in "$@"; do
  pkg=${spec%%:*}; probe=${spec#*:}
  if [ -e "$probe" ] || command -v "$probe" >/dev/null 2>&1; then continue; fi
  missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "nkreader: installing missing packages: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"; else
  echo "nkreader: please install them first:  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "nkreader: no apt-get here; install ${missing[*]} with your package manager" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || {
  $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
} || { echo "nkreader: could not install ${missing[*]}; run: sudo apt-get install ${missing[*]}" >&2; exit 1; }
