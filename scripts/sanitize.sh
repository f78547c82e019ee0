#!/usr/bin/env bash
# The unit tests under AddressSanitizer (with LeakSanitizer, which ASan runs at exit on Linux)
# and then under ThreadSanitizer, each in its own scratch folder so neither rebuilds the other
# or the normal .build. Any report fails the run. Suppressions (scripts/sanitizers/*.supp) name
# only reports that come from Swift's runtime or Foundation, never project code.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
supp=$PWD/scripts/sanitizers
# The sanitizer runtimes (LeakSanitizer is part of ASan's) ship with the Swift toolchain on Linux,
# so no Debian package is needed; say so plainly if this toolchain lacks them.
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v "$SWIFT")")")")
runtimes=$toolchain/lib/swift/clang/lib/linux
for rt in asan tsan; do
  if ! ls "$runtimes"/libclang_rt.$rt-*.a >/dev/null 2>&1; then
    echo "nkreader: this Swift toolchain has no $rt runtime ($runtimes); install the full toolchain from swift.org" >&2
    exit 1
  fi
done
# The end-to-end test drives a release binary in tmux: it is `make test`'s, not instrumented here.
unset NKREADER_E2E NKREADER_BINARY

echo "== AddressSanitizer + LeakSanitizer" >&2
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1 \
LSAN_OPTIONS=suppressions=$supp/lsan.supp:print_suppressions=0 \
  "$SWIFT" test --scratch-path .build-asan --sanitize=address

echo "== ThreadSanitizer" >&2
TSAN_OPTIONS=suppressions=$supp/tsan.supp:halt_on_error=1:print_suppressions=0 \
  "$SWIFT" test --scratch-path .build-tsan --sanitize=thread ${TSAN_FILTER:+--filter "$TSAN_FILTER"}
echo "sanitize: clean" >&2
