# fuzz.mk - libFuzzer targets for kispeak; included by the top Makefile.
# SPDX-License-Identifier: MIT
#
#   make fuzz                      build build-fuzz/fuzz_* (clang, libFuzzer,
#                                  ASan, UBSan)
#   make fuzz-run FUZZ_SECONDS=600 run each target in turn on its corpus
#   make fuzz-regress              replay tests/fuzz/regressions/* once
#   make fuzz-clean
#
# The library is rebuilt here with clang and the sanitizers: build/ holds gcc
# objects that carry no coverage instrumentation.

FUZZ_CC      ?= clang
FUZZ_B       := build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := extract text voice charset lexicon
# A slow input is a finding too (a page must not hang the extractor), hence
# a per-input timeout far below libFuzzer's default of 20 minutes.
FUZZ_FLAGS   ?= -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS   = -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic \
                -Wshadow -Wstrict-prototypes -Wmissing-prototypes -O1 -g \
                -fno-omit-frame-pointer $(FUZZ_SAN) -Iinclude -Isrc \
                $(shell pkg-config --cflags $(PKGS) 2>/dev/null) \
                -DKS_DATADIR='"$(DATADIR)"'
FUZZ_LIBS     = $(shell pkg-config --libs $(LINK_PKGS) 2>/dev/null) -lm
FUZZ_LIB_SRC := $(filter-out src/main.c src/cli/%,$(wildcard src/*.c src/*/*.c))
FUZZ_LIB_OBJ := $(FUZZ_LIB_SRC:src/%.c=$(FUZZ_B)/%.o) $(FUZZ_B)/readalong/assets.o
FUZZ_BINS    := $(FUZZ_TARGETS:%=$(FUZZ_B)/fuzz_%)

.PHONY: fuzz fuzz-run fuzz-regress fuzz-clean

fuzz: $(FUZZ_BINS)

$(FUZZ_B):
	mkdir -p $@

# fuzzer-no-link: coverage instrumentation without libFuzzer's main().
$(FUZZ_B)/%.o: src/%.c | $(FUZZ_B)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c $< -o $@

$(FUZZ_B)/readalong/assets.o: $(B)/readalong/assets.c | $(FUZZ_B)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c $< -o $@

$(FUZZ_B)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_LIB_OBJ)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $^ $(FUZZ_LIBS)

# Keep the objects: make would delete them as intermediates of fuzz_%.
.SECONDARY: $(FUZZ_LIB_OBJ)

-include $(wildcard $(FUZZ_B)/*.d $(FUZZ_B)/*/*.d)

# Each target fuzzes a copy of its seeds (libFuzzer adds to the directory it
# is given), so the checked-in corpus stays small. The HTML targets also
# start from the golden pages. A crash is left as build-fuzz/<target>-crash-*
# and the other targets still run.
fuzz-run: fuzz
	@rc=0; for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_B)/corpus/$$t; \
	  cp -f tests/fuzz/corpus/$$t/* $(FUZZ_B)/corpus/$$t/ 2>/dev/null || :; \
	  case $$t in extract|charset) \
	    cp -f tests/golden/*.html samples/*.html $(FUZZ_B)/corpus/$$t/ \
	      2>/dev/null || :;; esac; \
	  echo "fuzz-run: $$t for $(FUZZ_SECONDS) s"; \
	  $(FUZZ_B)/fuzz_$$t $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SECONDS) \
	    -artifact_prefix=$(FUZZ_B)/$$t- $(FUZZ_B)/corpus/$$t || rc=1; \
	done; exit $$rc

# Every input that once crashed a target, run once (no fuzzing).
fuzz-regress: fuzz
	@set -e; for t in $(FUZZ_TARGETS); do \
	  set -- tests/fuzz/regressions/$$t-*; \
	  [ -e "$$1" ] || continue; \
	  $(FUZZ_B)/fuzz_$$t $(FUZZ_FLAGS) "$$@"; \
	done

fuzz-clean:
	rm -rf $(FUZZ_B)
