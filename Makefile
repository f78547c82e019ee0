# nkreader — the two commands a fresh machine needs are `make run` and `make test`.
PREFIX ?= /usr/local
SWIFT ?= swift
BIN := .build/release/nkreader
NCURSES := libncurses-dev:/usr/include/ncursesw/curses.h
# Saved web pages and .docx are parsed by libxml2; ZIPFoundation needs zlib's headers on Linux.
LIBXML2 := libxml2-dev:/usr/include/libxml2/libxml/HTMLparser.h
ZLIB := zlib1g-dev:/usr/include/zlib.h
BUILD_DEPS := $(NCURSES) $(LIBXML2) $(ZLIB)
TMUX := tmux:tmux

.PHONY: all build run test bench install uninstall clean deps check-swift

all: build

check-swift:
	@command -v $(SWIFT) >/dev/null || { echo "nkreader: Swift 6 is needed (https://swift.org/install); 'swift' is not on PATH" >&2; exit 1; }

deps: check-swift
	@scripts/require-packages.sh $(BUILD_DEPS)

build: deps
	$(SWIFT) build -c release --product nkreader

# Opens the reader on the bundled articles.
run: build
	$(BIN)

# Unit tests, then the end-to-end test that drives the release binary in a private tmux server.
test: check-swift
	@scripts/require-packages.sh $(BUILD_DEPS) $(TMUX)
	$(SWIFT) build -c release --product nkreader
	NKREADER_E2E=required NKREADER_BINARY=$(CURDIR)/$(BIN) $(SWIFT) test

bench: deps
	$(SWIFT) build -c release --product nkbench
	$(SWIFT) build -c release --product nkreader
	.build/release/nkbench

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/nkreader/seeds $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/nkreader
	install -m 644 seeds/* $(DESTDIR)$(PREFIX)/share/nkreader/seeds/
	install -m 644 docs/nkreader.1 $(DESTDIR)$(PREFIX)/share/man/man1/nkreader.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/nkreader $(DESTDIR)$(PREFIX)/share/man/man1/nkreader.1
	rm -rf $(DESTDIR)$(PREFIX)/share/nkreader

clean:
	rm -rf .build
