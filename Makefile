# kispeak - a news article on the web becomes a spoken audio episode.
# SPDX-License-Identifier: MIT

PKGS   := libcurl libxml-2.0 espeak-ng sndfile flac libcjson soxr libebur128 \
          vorbisenc vorbis ogg opus zlib gumbo sqlite3 cairo nettle libzip lame
# Debian packages that provide PKGS, plus what the tests and demo use.
DEBS   := gcc make pkg-config libcurl4-openssl-dev libxml2-dev \
          libespeak-ng-dev espeak-ng-data espeak-ng libsndfile1-dev libflac-dev \
          libcjson-dev libsoxr-dev libebur128-dev libvorbis-dev libogg-dev \
          libopus-dev zlib1g-dev libgumbo-dev libzip-dev libmp3lame-dev fonts-opendyslexic \
          libsqlite3-dev libcairo2-dev nettle-dev python3 ffmpeg python3-feedparser \
          python3-podcastparser parallel wamerican-large wbritish-large
# What the tests use besides: a browser for the read-along page, an EPUB
# checker, and npm for axe-core (tests/browser/package.json).
TEST_DEBS := chromium chromium-driver python3-selenium epubcheck
PREFIX ?= /usr/local
DESTDIR ?=
DATADIR = $(PREFIX)/share/kispeak

CSTD  := -std=c11 -D_POSIX_C_SOURCE=200809L
WARN  := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
         -Wmissing-prototypes -Wundef -Wformat=2 -Wcast-align -Wvla
# -O3: the normaliser tries many small rules at every word, and at -O2 its
# code outgrew the first-level instruction cache (cachegrind on bench_text:
# 8.9M I1 misses at 3bcf340, 18.1M at d33639d); -O3 reads the fixture 11%
# faster than -O2 (docs/figures.md, "Thirty-first round").
OPT   ?= -O3 -g -D_FORTIFY_SOURCE=2
SAN   := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
         -fno-sanitize-recover=all
B     ?= build

# libcurl, cairo, libzip and SQLite are not linked: they are opened with
# dlopen() by the paths that need them (curl.c on the first URL, a
# podcast's cover and state, an EPUB; see src/dl.h), so an article read from
# a file does not load their trees of libraries. Their headers are still
# used, and their -dev packages bring libcurl.so.4, libcairo.so.2,
# libzip.so.4 and libsqlite3.so.0 (glibc 2.34+ has dlopen in libc; older
# ones need -ldl).
LINK_PKGS  := $(filter-out libcurl cairo libzip sqlite3,$(PKGS))
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(LINK_PKGS) 2>/dev/null)
ALL_CFLAGS = $(CSTD) $(WARN) $(OPT) -pthread -Iinclude -Isrc $(PKG_CFLAGS) \
             -DKS_DATADIR='"$(DATADIR)"' $(CFLAGS)
LDLIBS     = $(PKG_LIBS) -lm -pthread

# The library is every source but the command line's (main.c, cli/).
CLI_SRC  := src/main.c $(wildcard src/cli/*.c)
CLI_OBJ  := $(CLI_SRC:src/%.c=$(B)/%.o)
LIB_SRC  := $(filter-out $(CLI_SRC),$(wildcard src/*.c src/*/*.c))
LIB_OBJ  := $(LIB_SRC:src/%.c=$(B)/%.o) $(B)/readalong/assets.o
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(B)/%)
KISPEAK  ?= ./kispeak

.PHONY: all deps demo check asan install uninstall clean format bench \
        bench-extract bench-speech bench-audio bench-loudness bench-podcast \
        bench-captions \
        golden lint \
        check-asan test-deps

all: kispeak

$(B):
	mkdir -p $@

$(B)/%.o: src/%.c | $(B)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

# The read-along page's style and script, built into the program as bytes.
$(B)/readalong/assets.c: src/readalong/page.css src/readalong/page.js | $(B)
	@mkdir -p $(@D)
	sh tests/embed.sh ks_readalong_css src/readalong/page.css >$@.tmp
	sh tests/embed.sh ks_readalong_js src/readalong/page.js >>$@.tmp
	mv $@.tmp $@

$(B)/readalong/assets.o: $(B)/readalong/assets.c
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(B)/libkispeak.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

kispeak: $(CLI_OBJ) $(B)/libkispeak.a
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS) $(LDFLAGS)

$(B)/harness.o: tests/harness.c tests/harness.h | $(B)
	$(CC) $(ALL_CFLAGS) -Itests -c $< -o $@

$(B)/test_%: tests/unit/test_%.c $(B)/harness.o $(B)/libkispeak.a
	$(CC) $(ALL_CFLAGS) -Itests -o $@ $^ $(LDLIBS) $(LDFLAGS)

$(B)/audiocheck: tests/audiocheck.c | $(B)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LDLIBS) $(LDFLAGS)

# npm's podcast-partytime, the third parser tests/feed.sh reads feeds with,
# installed from tests/partytime's lock file (npm ci: the npm registry only).
PARTYTIME := $(B)/partytime/installed
$(PARTYTIME): tests/partytime/package.json tests/partytime/package-lock.json
	@mkdir -p $(B)/partytime
	cp tests/partytime/package.json tests/partytime/package-lock.json $(B)/partytime/
	cd $(B)/partytime && npm ci --no-audit --no-fund --silent
	touch $@

$(B)/spec: tests/spec.c $(B)/harness.o $(B)/libkispeak.a
	$(CC) $(ALL_CFLAGS) -Itests -o $@ $^ $(LDLIBS) $(LDFLAGS)

$(B)/bench_extract: tests/bench/bench_extract.c $(B)/harness.o $(B)/libkispeak.a
	$(CC) $(ALL_CFLAGS) -Itests -o $@ $^ $(LDLIBS) $(LDFLAGS)

$(B)/bench_text: tests/bench/bench_text.c $(B)/libkispeak.a
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS) $(LDFLAGS)

-include $(wildcard $(B)/*.d $(B)/*/*.d)

# Install the Debian packages only when something is missing.
deps:
	@if pkg-config --exists $(PKGS) && command -v python3 >/dev/null \
	    && command -v espeak-ng >/dev/null && command -v cc >/dev/null \
	    && command -v ffprobe >/dev/null && command -v parallel >/dev/null \
	    && [ -f /usr/share/dict/american-english-large ] \
	    && /usr/bin/python3 -c 'import feedparser, podcastparser' 2>/dev/null; then \
	  echo "deps: all present"; \
	else \
	  echo "deps: installing $(DEBS)"; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $(DEBS); \
	fi

# The tests' own tools, installed when one is missing.
test-deps: deps
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null \
	    && /usr/bin/python3 -c 'import selenium' 2>/dev/null \
	    && command -v epubcheck >/dev/null && command -v npm >/dev/null; then :; \
	else \
	  echo "test-deps: installing $(TEST_DEBS)"; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $(TEST_DEBS); \
	fi
	@# NodeSource's nodejs brings its own npm and conflicts with Debian's npm.
	@command -v npm >/dev/null || { SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q nodejs; \
	  command -v npm >/dev/null || \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q npm; }
	@[ -d tests/browser/node_modules/axe-core ] || \
	  (cd tests/browser && npm ci --no-audit --no-fund --silent)

DEMO := samples/morning-ferry
demo: deps
	$(MAKE) kispeak
	$(KISPEAK) --captions $(DEMO).vtt --chapters $(DEMO).chapters.json \
	  --transcript $(DEMO).transcript.txt \
	  --readalong $(DEMO).readalong.html $(DEMO).html $(DEMO).mp3
	@echo "demo: wrote $(DEMO).mp3 (the episode, -16 LUFS), with its" \
	  "captions $(DEMO).vtt, chapters $(DEMO).chapters.json," \
	  "transcript $(DEMO).transcript.txt and read-along page" \
	  "$(DEMO).readalong.html (open it in a browser)"

check: test-deps
	$(MAKE) kispeak $(UNIT_BIN) $(B)/spec $(B)/audiocheck $(PARTYTIME)
	@B=$(B) sh tests/run.sh

asan:
	$(MAKE) B=build-asan OPT="$(SAN)" LDFLAGS="-fsanitize=address,undefined" \
	  KISPEAK=./build-asan/kispeak check-asan

check-asan: $(B)/libkispeak.a $(CLI_OBJ) $(UNIT_BIN) $(B)/spec $(B)/audiocheck \
            $(PARTYTIME)
	$(CC) $(ALL_CFLAGS) -o $(B)/kispeak $(CLI_OBJ) $(B)/libkispeak.a $(LDLIBS) $(LDFLAGS)
	@B=$(B) KISPEAK=$(B)/kispeak sh tests/run.sh

bench: bench-extract bench-speech bench-audio bench-loudness bench-captions

bench-extract: deps $(B)/bench_extract
	$(B)/bench_extract ../shared/bench/extraction
	@echo "bench-extract-dev: ../shared/bench/extraction-dev"
	$(B)/bench_extract --scorer ../shared/bench/extraction/score.py \
	  ../shared/bench/extraction-dev

bench-speech: deps kispeak $(B)/bench_text
	B=$(B) sh tests/bench/bench_speech.sh

bench-audio: deps kispeak
	python3 tests/bench/bench_audio.py --kispeak ./kispeak

bench-loudness: deps kispeak $(B)/audiocheck
	B=$(B) sh tests/bench/bench_loudness.sh

bench-captions: deps kispeak
	python3 tests/bench/bench_captions.py

bench-podcast: deps kispeak
	sh tests/bench/bench_podcast.sh

install: kispeak
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(DATADIR)/voices \
	  $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 kispeak $(DESTDIR)$(PREFIX)/bin/kispeak
	install -m 644 voices/* $(DESTDIR)$(DATADIR)/voices/
	install -m 644 kispeak.1 $(DESTDIR)$(PREFIX)/share/man/man1/kispeak.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/kispeak \
	  $(DESTDIR)$(PREFIX)/share/man/man1/kispeak.1
	rm -rf $(DESTDIR)$(DATADIR)

format:
	clang-format -i --style=file src/*.c src/*.h src/*/*.c src/*/*.h include/*.h tests/*.c tests/*.h tests/unit/*.c tests/bench/*.c tests/fuzz/*.c

clean:
	rm -rf build build-asan kispeak

# libFuzzer targets: make fuzz, make fuzz-run FUZZ_SECONDS=60
include tests/fuzz/fuzz.mk

BANNED := gets|strcpy|strcat|sprintf|vsprintf|strtok|atoi|atol|strncpy|strncat|system|popen
# Off: the Annex K check (memcpy_s is not in glibc), and clang 14's va_list
# check, which misreads a second va_start after va_end as uninitialised.
TIDY_OFF := -clang-analyzer-security.insecureAPI.DeprecatedOrUnsafeBufferHandling,-clang-analyzer-valist.Uninitialized
lint:
	@if grep -nE '\b($(BANNED))\(' src/*.c src/*.h src/*/*.c src/*/*.h include/*.h; then \
	  echo "lint: banned functions above"; exit 1; else echo "lint: no banned functions"; fi
	@if command -v clang-tidy >/dev/null; then \
	  clang-tidy -quiet --checks='-*,clang-analyzer-*,$(TIDY_OFF)' --warnings-as-errors='clang-analyzer-*' \
	    src/*.c src/*/*.c -- $(CSTD) -Iinclude -Isrc $(PKG_CFLAGS); fi
