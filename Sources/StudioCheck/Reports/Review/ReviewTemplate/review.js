// The review page's behaviour: filters, the checklists kept in localStorage, and the sign-off text.
// Without JavaScript every card shows and the checkboxes still tick; nothing is fetched.
(function () {
  "use strict";
  var prefix = "productstudio-review:";
  var cards = Array.prototype.slice.call(document.querySelectorAll(".review-card"));
  var main = document.getElementById("main");
  var profileSelect = document.getElementById("filter-profile");
  var ruleSelect = document.getElementById("filter-rule");
  var visibleCount = document.getElementById("visible-count");
  var statusWords = { fail: "Fails", warn: "Warnings", pass: "Passes" };

  function storage() {
    try { return window.localStorage; } catch (error) { return null; }
  }

  function load(key) {
    var store = storage();
    if (!store) { return null; }
    try { return JSON.parse(store.getItem(prefix + key) || "null"); } catch (error) { return null; }
  }

  function save(key, value) {
    var store = storage();
    if (store) { store.setItem(prefix + key, JSON.stringify(value)); }
  }

  // Checklists: one entry per file (keyed by its SHA-256) and one for the batch.
  var checklists = Array.prototype.slice.call(document.querySelectorAll(".checklist"));
  checklists.forEach(function (list) {
    var boxes = Array.prototype.slice.call(list.querySelectorAll("input[type=checkbox]"));
    var checked = load(list.getAttribute("data-key")) || [];
    boxes.forEach(function (box) {
      box.checked = checked.indexOf(box.value) >= 0;
      box.addEventListener("change", function () {
        save(list.getAttribute("data-key"), boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; }));
      });
    });
  });

  var reviewer = document.getElementById("reviewer");
  reviewer.value = load("reviewer") || "";
  reviewer.addEventListener("input", function () { save("reviewer", reviewer.value); });

  // Filters: a profile narrows each card to that profile's findings (and the house rules) and to its verdict.
  function verdict(findings) {
    if (findings.some(function (f) { return f.getAttribute("data-level") === "error"; })) { return "fail"; }
    return findings.length ? "warn" : "pass";
  }

  function applyFilters() {
    var status = document.querySelector("input[name=status]:checked").value;
    var profile = profileSelect.value;
    var rule = ruleSelect.value;
    var shown = 0;
    cards.forEach(function (card) {
      var findings = Array.prototype.slice.call(card.querySelectorAll(".finding"));
      var relevant = findings.filter(function (f) {
        var own = f.getAttribute("data-profile");
        return !profile || own === "" || own === profile;
      });
      findings.forEach(function (f) { f.hidden = relevant.indexOf(f) < 0; });
      var cardStatus = verdict(relevant);
      var badge = card.querySelector(".badge");
      badge.className = "badge badge-" + cardStatus;
      badge.textContent = statusWords[cardStatus];
      card.setAttribute("data-status", cardStatus);
      var matches = (status === "all" || status === cardStatus)
        && (!rule || relevant.some(function (f) { return f.getAttribute("data-rule") === rule; }));
      card.hidden = !matches;
      if (matches) { shown += 1; }
    });
    visibleCount.textContent = "Showing " + shown + " of " + cards.length + " files";
  }

  Array.prototype.forEach.call(document.querySelectorAll("input[name=status]"), function (input) {
    input.addEventListener("change", applyFilters);
  });
  profileSelect.addEventListener("change", applyFilters);
  ruleSelect.addEventListener("change", applyFilters);

  // The sign-off: plain text saying who checked what, for a ticket or an e-mail.
  function ticked(list) {
    var boxes = Array.prototype.slice.call(list.querySelectorAll("input[type=checkbox]"));
    var name = function (b) { return b.parentNode.textContent.split(":")[0].trim(); };
    var done = boxes.filter(function (b) { return b.checked; }).map(name);
    var open = boxes.filter(function (b) { return !b.checked; }).map(name);
    return "checked: " + (done.join(", ") || "nothing") + (open.length ? "; not checked: " + open.join(", ") : "");
  }

  function signOff() {
    var lines = [
      document.querySelector("h1").textContent.trim(),
      document.querySelector(".lead").textContent.trim(),
      "Reviewed by: " + (reviewer.value.trim() || "(no name given)") + ", " + new Date().toISOString().slice(0, 10),
      "Batch: " + ticked(document.querySelector(".batch-checklist")),
      ""
    ];
    cards.forEach(function (card) {
      var key = card.getAttribute("data-key");
      lines.push(card.querySelector(".file-name").textContent.trim() + " [" + card.querySelector(".badge").textContent + "]"
        + (key.indexOf("path:") === 0 ? "" : " sha256 " + key.slice(0, 12)) + ": " + ticked(card.querySelector(".checklist")));
    });
    return lines.join("\n") + "\n";
  }

  var copyButton = document.getElementById("copy-signoff");
  var copyStatus = document.getElementById("copy-status");
  var output = document.getElementById("signoff-text");
  copyButton.addEventListener("click", function () {
    var text = signOff();
    output.value = text;
    output.parentNode.hidden = false;
    function fallback() {
      output.focus();
      output.select();
      var copied = false;
      try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
      copyStatus.textContent = copied ? "Copied." : "Select the text below and copy it.";
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { copyStatus.textContent = "Copied."; }, fallback);
    } else {
      fallback();
    }
  });

  main.setAttribute("data-ready", "true");
})();
