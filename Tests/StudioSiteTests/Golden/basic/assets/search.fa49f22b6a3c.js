// Site search: reads ?q= from the address, ranks the pages of window.PRODUCTSTUDIO_SEARCH
// (title matches first, then headings, description and text) and lists them. No network, so it
// works from file:// as well as over HTTP.
(function () {
  "use strict";
  var index = window.PRODUCTSTUDIO_SEARCH || [];
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var input = document.getElementById("site-search");
  if (!list || !status) return;
  var root = list.getAttribute("data-root") || "";
  var query = new URLSearchParams(window.location.search).get("q") || "";
  if (input) input.value = query;

  function normalize(text) {
    return (text || "").toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }

  function score(entry, terms) {
    var title = normalize(entry.t), headings = normalize(entry.h);
    var description = normalize(entry.d), text = normalize(entry.x);
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i], found = 0;
      if (title.indexOf(term) !== -1) found += 1000;
      if (headings.indexOf(term) !== -1) found += 50;
      if (description.indexOf(term) !== -1) found += 20;
      if (text.indexOf(term) !== -1) found += 5;
      if (!found) return 0;
      total += found;
    }
    return total;
  }

  var terms = normalize(query).split(/\s+/).filter(Boolean);
  if (!terms.length) return;
  var hits = [];
  for (var i = 0; i < index.length; i++) {
    var s = score(index[i], terms);
    if (s) hits.push({ entry: index[i], score: s, order: i });
  }
  hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
  var shown = hits.slice(0, 50);
  shown.forEach(function (hit) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = root + hit.entry.u;
    link.textContent = hit.entry.t;
    item.appendChild(link);
    var summary = hit.entry.d || hit.entry.x;
    if (summary) {
      var p = document.createElement("p");
      p.textContent = (hit.entry.s ? hit.entry.s + " · " : "") + summary;
      item.appendChild(p);
    }
    list.appendChild(item);
  });
  status.textContent = hits.length === 0
    ? "No pages match \u201c" + query + "\u201d."
    : hits.length + (hits.length === 1 ? " page matches" : " pages match") + " \u201c" + query + "\u201d" +
      (hits.length > shown.length ? "; the first " + shown.length + " are shown." : ".");
})();
