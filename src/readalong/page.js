/* page.js - the read-along page: the sentence being spoken lights up.
 * SPDX-License-Identifier: MIT
 *
 * Highlighting follows the media element's own clock through a metadata
 * TextTrack built from the timings embedded in the page (cuechange), not
 * timeupdate polling. Without this script the page is the article and a
 * native audio player. */
(function () {
  "use strict";
  var audio = document.getElementById("ks-audio");
  var data = JSON.parse(document.getElementById("ks-data").textContent);
  var sents = [];
  var paras = [];
  var current = -1;
  var following = true;
  var seeking = false;
  var store = "kispeak:" + data.key;
  var reduced = window.matchMedia("(prefers-reduced-motion: reduce)");
  var log = [];

  function $(id) { return document.getElementById(id); }

  function load(key, fallback) {
    try {
      var v = JSON.parse(window.localStorage.getItem(key));
      return v === null ? fallback : v;
    } catch (e) {
      return fallback;
    }
  }

  function save(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch (e) { /* private mode: nothing remembered */ }
  }

  function clock(s) {
    s = Math.max(0, Math.round(s));
    var m = Math.floor(s / 60), r = s % 60;
    return m + ":" + (r < 10 ? "0" : "") + r;
  }

  data.cues.forEach(function (c, i) {
    var el = $("s" + i);
    sents.push(el);
    var p = +el.getAttribute("data-p");
    (paras[p] = paras[p] || []).push(i);
  });

  function visible(el) {
    var r = el.getBoundingClientRect();
    var top = $("ks-player").getBoundingClientRect();
    var from = getComputedStyle($("ks-player")).position === "sticky" ? top.bottom : 0;
    return r.top >= from && r.bottom <= window.innerHeight;
  }

  function show(el) {
    el.scrollIntoView({block: "center", behavior: reduced.matches ? "auto" : "smooth"});
  }

  /* The sentence spoken now: marked for assistive technology (no live
   * region: a screen reader would read every sentence twice) and shown. */
  function setCurrent(i) {
    if (i === current || i < 0 || i >= sents.length)
      return;
    if (current >= 0)
      sents[current].removeAttribute("aria-current");
    current = i;
    sents[i].setAttribute("aria-current", "true");
    if (following && !visible(sents[i]))
      show(sents[i]);
  }

  function seekTo(i, play) {
    i = Math.max(0, Math.min(sents.length - 1, i));
    seeking = true;
    audio.currentTime = data.cues[i][0];
    setCurrent(i);
    if (play)
      audio.play();
  }

  /* The tracks: one cue a sentence, and one a word for word highlighting. */
  var track = audio.addTextTrack("metadata", "sentences");
  track.mode = "hidden";
  data.cues.forEach(function (c, i) {
    var cue = new VTTCue(c[0], c[1], String(i));
    cue.id = String(i);
    cue.onexit = function () {
      if ($("ks-pause-each").checked && !seeking && !audio.paused)
        audio.pause();
    };
    track.addCue(cue);
  });
  track.addEventListener("cuechange", function () {
    var active = track.activeCues;
    if (!active.length)
      return;
    var i = +active[active.length - 1].id;
    if (i !== current && !audio.paused)
      log.push({sentence: i, delay: audio.currentTime - data.cues[i][0], rate: audio.playbackRate});
    setCurrent(i);
  });

  var words = audio.addTextTrack("metadata", "words");
  words.mode = "hidden";
  data.words.forEach(function (w, k) {
    var next = k + 1 < data.words.length ? data.words[k + 1][1] : w[1] + 1;
    if (next <= w[1])
      next = w[1] + 0.05;
    var cue = new VTTCue(w[1], next, String(k));
    words.addCue(cue);
  });
  words.addEventListener("cuechange", function () {
    if (!window.CSS || !CSS.highlights)
      return;
    CSS.highlights.delete("ks-word");
    var active = words.activeCues;
    if (!$("ks-words").checked || !active.length)
      return;
    var w = data.words[+active[active.length - 1].id];
    var node = sents[w[0]] && sents[w[0]].firstChild;
    if (!node || node.nodeType !== 3 || w[3] > node.length)
      return;
    var range = new Range();
    range.setStart(node, w[2]);
    range.setEnd(node, w[3]);
    CSS.highlights.set("ks-word", new Highlight(range));
  });

  audio.addEventListener("seeked", function () { seeking = false; });

  /* Clicking a sentence, or Enter on it, plays from there. */
  sents.forEach(function (el, i) {
    el.addEventListener("click", function () { seekTo(i, true); });
    el.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.altKey && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        seekTo(i, true);
      }
    });
  });

  function paraOf(i) { return +sents[i].getAttribute("data-p"); }

  function step(what, dir) {
    var i = current < 0 ? 0 : current;
    if (what === "sentence") {
      seekTo(i + dir, !audio.paused);
      return;
    }
    var p = paraOf(i) + dir;
    while (p >= 0 && p < paras.length && !paras[p])
      p += dir;
    if (p >= 0 && p < paras.length)
      seekTo(paras[p][0], !audio.paused);
  }

  $("ks-prev-p").addEventListener("click", function () { step("para", -1); });
  $("ks-prev-s").addEventListener("click", function () { step("sentence", -1); });
  $("ks-next-s").addEventListener("click", function () { step("sentence", 1); });
  $("ks-next-p").addEventListener("click", function () { step("para", 1); });
  $("ks-speed").addEventListener("change", function () {
    audio.playbackRate = +this.value;
  });

  /* Keys that no screen reader takes: Alt+Shift with the arrows, and
   * Alt+Shift+P to play or pause. */
  document.addEventListener("keydown", function (e) {
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey)
      return;
    var k = {ArrowRight: ["sentence", 1], ArrowLeft: ["sentence", -1],
             ArrowDown: ["para", 1], ArrowUp: ["para", -1]}[e.key];
    if (k) {
      e.preventDefault();
      step(k[0], k[1]);
    } else if (e.code === "KeyP") {
      e.preventDefault();
      if (audio.paused)
        audio.play();
      else
        audio.pause();
    }
  });

  /* Follow mode: the page scrolls only when the sentence leaves the
   * screen, and stops when the reader scrolls. */
  function readerScrolled() {
    if (!following)
      return;
    following = false;
    $("ks-back").hidden = false;
  }
  window.addEventListener("wheel", readerScrolled, {passive: true});
  window.addEventListener("touchmove", readerScrolled, {passive: true});
  document.addEventListener("keydown", function (e) {
    var keys = ["PageDown", "PageUp", "Home", "End", "ArrowDown", "ArrowUp", " "];
    var t = e.target.tagName;
    if (keys.indexOf(e.key) >= 0 && !e.altKey && t !== "INPUT" && t !== "SELECT" && t !== "AUDIO")
      readerScrolled();
  });
  $("ks-back").addEventListener("click", function () {
    following = true;
    this.hidden = true;
    if (current >= 0) {
      show(sents[current]);
      sents[current].focus({preventScroll: true});
    }
  });

  /* Where the listener was: offered back, never played by itself. */
  var saved = load(store, null);
  var lastSave = 0;
  audio.addEventListener("timeupdate", function () {
    var now = Date.now();
    if (now - lastSave > 2000 && audio.currentTime > 0) {
      lastSave = now;
      save(store, {t: audio.currentTime});
    }
  });
  audio.addEventListener("pause", function () { save(store, {t: audio.currentTime}); });

  function fragment() {
    var m = /^#s(\d+)$/.exec(window.location.hash);
    if (!m || +m[1] >= sents.length)
      return false;
    seekTo(+m[1], false);
    show(sents[+m[1]]);
    return true;
  }
  window.addEventListener("hashchange", fragment);
  if (!fragment() && saved && saved.t > 3) {
    $("ks-resume-at").textContent = clock(saved.t);
    $("ks-resume").hidden = false;
    $("ks-resume-go").addEventListener("click", function () {
      audio.currentTime = saved.t;
      $("ks-resume").hidden = true;
      audio.play();
    });
    $("ks-resume-no").addEventListener("click", function () {
      $("ks-resume").hidden = true;
    });
  }

  /* Reader settings, remembered for every page. */
  var root = document.documentElement;
  var settings = load("kispeak:settings", {});
  var fields = {
    "ks-size": function (v) { root.style.setProperty("--size", v + "rem"); },
    "ks-leading": function (v) { root.style.setProperty("--leading", v); },
    "ks-width": function (v) { root.style.setProperty("--measure", v + "em"); },
    "ks-theme": function (v) {
      if (v === "system") root.removeAttribute("data-theme");
      else root.setAttribute("data-theme", v);
    },
    "ks-font": function (v) { root.setAttribute("data-font", v); },
    "ks-words": function () { if (window.CSS && CSS.highlights) CSS.highlights.delete("ks-word"); }
  };
  Object.keys(fields).forEach(function (id) {
    var el = $(id);
    if (settings[id] !== undefined) {
      if (el.type === "checkbox") el.checked = settings[id];
      else el.value = settings[id];
    }
    fields[id](el.type === "checkbox" ? el.checked : el.value);
    el.addEventListener("change", function () {
      var v = el.type === "checkbox" ? el.checked : el.value;
      settings[id] = v;
      save("kispeak:settings", settings);
      fields[id](v);
    });
  });

  $("ks-controls").hidden = false;
  sents.forEach(function (el) { el.tabIndex = 0; });
  window.ksReadalong = {
    current: function () { return current; },
    log: log,
    cues: data.cues
  };
})();
