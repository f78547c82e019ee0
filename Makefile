# nkreader — the two commands a fresh machine needs are `make run` and `make test`.
PREFIX ?= /usr/local
SWIFT ?= swift
BIN := .build/release/nkreader
NCURSES := libncurses-dev:/usr/include/ncursesw/curses.h
# Saved web pages and .docx are parsed by libxml2; ZIPFoundation needs zlib's headers on Linux.
LIBXML2 := libxml2-dev:/usr/include/libxml2/libxml/HTMLparser.h
ZLIB := zlib1g-dev:/usr/include/zlib.h
# Web addresses are fetched through FoundationNetworking, which loads libcurl.
LIBCURL := libcurl4:/usr/lib/$(shell uname -m)-linux-gnu/libcurl.so.4
BUILD_DEPS := $(NCURSES) $(LIBXML2) $(ZLIB) $(LIBCURL)
TMUX := tmux:tmux
# Colour is on only when a terminal is attached; it changes the compiler's arguments, so without
# this `make run` in a terminal would rebuild everything `make test` built for CI, and back.
BUILD_FLAGS := -c release --no-color-diagnostics

.PHONY: all build run test bench fuzz sanitize install uninstall clean deps check-swift

all: build

check-swift:
	@command -v $(SWIFT) >/dev/null || { echo "nkreader: Swift 6 is needed (https://swift.org/install); 'swift' is not on PATH" >&2; exit 1; }

deps: check-swift
	@scripts/require-packages.sh $(BUILD_DEPS)

build: deps
	$(SWIFT) build $(BUILD_FLAGS) --product nkreader

# Opens the reader on the bundled articles.
run: build
	$(BIN)

# Unit tests, then the end-to-end test that drives the release binary in a private tmux server.
test: check-swift
	@scripts/require-packages.sh $(BUILD_DEPS) $(TMUX)
	$(SWIFT) build $(BUILD_FLAGS) --product nkreader
	NKREADER_E2E=required NKREADER_BINARY=$(CURDIR)/$(BIN) $(SWIFT) test

bench: deps
	$(SWIFT) build $(BUILD_FLAGS) --product nkbench
	$(SWIFT) build $(BUILD_FLAGS) --product nkreader
	.build/release/nkbench

# libFuzzer on the figure extractor and on the whole pipeline, FUZZ_SECONDS each (see Fuzz/).
# Both are built with -sanitize=fuzzer,address in their own scratch folder. SwiftPM's own
# --sanitize=fuzzer links libFuzzer's main but adds no coverage: -Xswiftc instruments every module.
FUZZ_SECONDS ?= 60
FUZZ_BUILD := $(SWIFT) build -c release --scratch-path .build-fuzz --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address -Xswiftc -DLIBFUZZER
fuzz: check-swift
	$(FUZZ_BUILD) --product FuzzFigures
	$(FUZZ_BUILD) --product FuzzPipeline
	@# Both run even when the first finds something; the target fails if either did.
	@s=0; FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/run-fuzzer.sh figures .build-fuzz/release/FuzzFigures || s=1; \
	  FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/run-fuzzer.sh pipeline .build-fuzz/release/FuzzPipeline || s=1; exit $$s

# The unit tests under AddressSanitizer + LeakSanitizer, then ThreadSanitizer (scripts/sanitize.sh).
sanitize: check-swift
	@scripts/require-packages.sh $(NCURSES)
	SWIFT=$(SWIFT) scripts/sanitize.sh

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/nkreader/seeds $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/nkreader
	install -m 644 seeds/* $(DESTDIR)$(PREFIX)/share/nkreader/seeds/
	install -m 644 docs/nkreader.1 $(DESTDIR)$(PREFIX)/share/man/man1/nkreader.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/nkreader $(DESTDIR)$(PREFIX)/share/man/man1/nkreader.1
	rm -rf $(DESTDIR)$(PREFIX)/share/nkreader

clean:
	rm -rf .build .build-fuzz .build-asan .build-tsan Fuzz/out
