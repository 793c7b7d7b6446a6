/* plansite: narrows the list of actions on actions.html as one types or chooses a filter.
 * The page is complete without this script; it only hides (the `hidden` attribute) the
 * actions that do not match. The state lives in the address (actions.html?q=研修&status=partial)
 * so a view can be bookmarked, shared and restored with the back button, also from file://.
 * Each action's searched text is written into data-search at build time, already normalised
 * (NFKC, lower case, katakana as hiragana); only the query is normalised here, the same way. */
(function () {
  "use strict";
  var box = document.getElementById("action-search");
  var count = document.getElementById("action-count");
  var input = document.getElementById("search-q");
  if (!box || !count || !input) { return; }
  var noMatch = document.getElementById("no-match");
  var clear = document.getElementById("search-clear");
  var names = ["status", "actor", "policy", "department"];
  var selects = {};
  names.forEach(function (name) { selects[name] = document.getElementById("filter-" + name); });
  var showing = count.getAttribute("data-showing") || "{shown}/{total}";

  // The index: one entry per action, read once.
  var nodes = Array.prototype.slice.call(document.querySelectorAll("li.action-entry"));
  var n = nodes.length;
  var text = new Array(n), status = new Array(n), actor = new Array(n), department = new Array(n), policy = new Array(n);
  var shown = new Uint8Array(n);
  var groupOf = new Int32Array(n), sectionOf = new Int32Array(n);
  var groups = [], sections = [];
  var lastGroup = null, lastSection = null;
  for (var i = 0; i < n; i++) {
    var li = nodes[i];
    text[i] = li.getAttribute("data-search") || "";
    status[i] = li.getAttribute("data-status") || "";
    actor[i] = li.getAttribute("data-actor") || "";
    department[i] = li.getAttribute("data-department") || "";
    var group = li.parentNode.parentNode;
    if (group !== lastGroup) { groups.push(group); lastGroup = group; }
    var section = group.parentNode;
    if (section !== lastSection) { sections.push(section); lastSection = section; }
    groupOf[i] = groups.length - 1;
    sectionOf[i] = sections.length - 1;
    policy[i] = section.getAttribute("data-policy") || "";
    shown[i] = li.hidden ? 0 : 1;
  }
  var groupCount = new Int32Array(groups.length), sectionCount = new Int32Array(sections.length);

  function normalize(s) {
    return s.normalize("NFKC").toLowerCase().replace(/[\u30a1-\u30f6\u30fd\u30fe]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0x60);
    });
  }

  function words(query) {
    return normalize(query).split(/\s+/).filter(function (w) { return w.length > 0; });
  }

  function stateFromAddress() {
    var params = new URLSearchParams(window.location.search);
    var state = { q: params.get("q") || "" };
    names.forEach(function (name) { state[name] = params.get(name) || ""; });
    return state;
  }

  function stateFromControls() {
    var state = { q: input.value };
    names.forEach(function (name) { state[name] = selects[name] ? selects[name].value : ""; });
    return state;
  }

  function showControls(state) {
    if (input.value !== state.q) { input.value = state.q; }
    names.forEach(function (name) {
      var select = selects[name];
      if (!select) { return; }
      select.value = state[name];
      if (select.value !== state[name]) { select.value = ""; }  // a value the report does not have
    });
  }

  function address(state) {
    var params = new URLSearchParams();
    if (state.q.trim() !== "") { params.set("q", state.q); }
    names.forEach(function (name) { if (state[name]) { params.set(name, state[name]); } });
    var query = params.toString();
    return (query ? "?" + query : window.location.pathname.split("/").pop() || "?");
  }

  function isEmpty(state) {
    return state.q.trim() === "" && names.every(function (name) { return !state[name]; });
  }

  /** Hides what does not match; touches only the elements whose visibility changes. */
  function filter(state) {
    var ws = words(state.q), wn = ws.length;
    var st = state.status, ac = state.actor, po = state.policy, de = state.department;
    groupCount.fill(0);
    sectionCount.fill(0);
    var total = 0;
    for (var i = 0; i < n; i++) {
      var ok = (!st || status[i] === st) && (!ac || actor[i] === ac) && (!po || policy[i] === po) && (!de || department[i] === de);
      if (ok && wn) {
        var t = text[i];
        for (var w = 0; w < wn; w++) { if (t.indexOf(ws[w]) < 0) { ok = false; break; } }
      }
      if (ok) { total++; groupCount[groupOf[i]]++; sectionCount[sectionOf[i]]++; }
      if ((ok ? 1 : 0) !== shown[i]) { shown[i] = ok ? 1 : 0; nodes[i].hidden = !ok; }
    }
    for (var g = 0; g < groups.length; g++) {
      var hideGroup = groupCount[g] === 0;
      if (groups[g].hidden !== hideGroup) { groups[g].hidden = hideGroup; }
    }
    for (var s = 0; s < sections.length; s++) {
      var hideSection = sectionCount[s] === 0;
      if (sections[s].hidden !== hideSection) { sections[s].hidden = hideSection; }
    }
    if (noMatch) { noMatch.hidden = total !== 0; }
    count.textContent = showing.replace("{total}", String(n)).replace("{shown}", String(total));
    // Focus is never lost: if it was inside an action that is now hidden, it goes to the search field.
    var active = document.activeElement;
    if (active && active !== document.body && active.closest && active.closest("[hidden]")) { input.focus(); }
  }

  // History. Changing the address costs tens of milliseconds on a long page, so it waits until
  // the list has been drawn: a burst of typing becomes one entry (pushed once, then replaced as
  // it grows), each filter change another.
  var pending = 0, burstRecorded = false;
  function record(replace) {
    var state = stateFromControls();
    try {
      if (replace) { window.history.replaceState(state, "", address(state)); } else { window.history.pushState(state, "", address(state)); }
    } catch (e) {
      // A browser that refuses to change a file:// page's address still filters the list.
    }
  }
  function flushTyping() {
    if (!pending) { return; }
    window.clearTimeout(pending);
    pending = 0;
    record(burstRecorded);
    burstRecorded = true;
  }
  function afterFrame(work) {
    window.requestAnimationFrame(function () { window.setTimeout(work, 0); });
  }

  input.addEventListener("input", function () {
    filter(stateFromControls());
    if (pending) { window.clearTimeout(pending); }
    pending = window.setTimeout(flushTyping, 300);
  });
  function changed() {
    flushTyping();
    burstRecorded = false;
    filter(stateFromControls());
    afterFrame(function () { record(false); });
  }
  names.forEach(function (name) {
    if (selects[name]) { selects[name].addEventListener("change", changed); }
  });
  if (clear) {
    clear.addEventListener("click", function () {
      showControls({ q: "", status: "", actor: "", policy: "", department: "" });
      changed();
    });
  }
  window.addEventListener("popstate", function () {
    if (pending) { window.clearTimeout(pending); pending = 0; }
    burstRecorded = false;
    showControls(stateFromAddress());
    filter(stateFromControls());
  });

  box.hidden = false;
  var initial = stateFromAddress();
  if (!isEmpty(initial)) {
    showControls(initial);
    filter(stateFromControls());
  }
})();
