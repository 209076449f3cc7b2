// read.js - a feed as npm's podcast-partytime (Podcast Index's parser)
// reads it, printed as JSON for tests/feed_check.py.
// Usage: NODE_PATH=build/partytime/node_modules node tests/partytime/read.js FEED
// SPDX-License-Identifier: MIT
"use strict";
process.env.PARTYTIME_LOG = process.env.PARTYTIME_LOG || "silent";
const fs = require("fs");
const pt = require("podcast-partytime");
const feed = pt.parseFeed(fs.readFileSync(process.argv[2], "utf8"));
if (!feed) {
  console.error("partytime: not a feed it can read");
  process.exit(1);
}
process.stdout.write(JSON.stringify(feed, null, 1) + "\n");
