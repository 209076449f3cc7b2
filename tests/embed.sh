#!/bin/sh
# embed.sh NAME FILE - a C array NAME holding FILE's bytes and a final NUL,
# so that a page's style and script can live in their own files and still
# be built into the program (no string literal grows past C's limits).
# SPDX-License-Identifier: MIT
echo "const unsigned char $1[] = {"
od -An -v -tx1 "$2" | sed -e 's/ \([0-9a-f][0-9a-f]\)/0x\1,/g' -e 's/^/ /'
echo " 0};"
