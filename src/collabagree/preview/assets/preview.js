// collabagree preview: keeps the page current from the server's event stream.
//
// The document's HTML is pandoc's rendering of escaped agreement text. It is parsed into an
// inert document (nothing in it runs or loads), cleaned of anything active, and moved in.
// Findings and every other text from the agreement are set with textContent, never as HTML.
"use strict";

(function () {
  const documentBox = document.getElementById("ca-document");
  const general = document.getElementById("ca-general");
  const banner = document.getElementById("ca-banner");
  const status = document.getElementById("ca-status");
  const DROP = new Set(["SCRIPT", "IFRAME", "OBJECT", "EMBED", "LINK", "META", "BASE", "FORM", "STYLE", "FRAME"]);
  const SAFE_LINK = /^(https?:|mailto:|#)/i;

  function clean(root) {
    for (const element of Array.from(root.querySelectorAll("*"))) {
      if (DROP.has(element.tagName)) { element.remove(); continue; }
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value.trim();
        if (name.startsWith("on") || name === "style" || name === "srcdoc"
            || ((name === "href" || name === "src" || name === "action" || name === "xlink:href")
                && !SAFE_LINK.test(value))) {
          element.removeAttribute(attribute.name);
        }
      }
    }
  }

  function showDocument(html) {
    const parsed = new DOMParser().parseFromString(html, "text/html");
    clean(parsed.body);
    documentBox.replaceChildren(...Array.from(parsed.body.childNodes));
  }

  function copy(text, button) {
    const done = function () {
      const note = document.createElement("span");
      note.className = "ca-copied";
      note.textContent = "copied " + text;
      button.after(note);
      setTimeout(function () { note.remove(); }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else {
      fallbackCopy(text);
      done();
    }
  }

  function fallbackCopy(text) {
    const area = document.createElement("textarea");
    area.value = text;
    document.body.append(area);
    area.select();
    try { document.execCommand("copy"); } catch (error) { /* nothing more to try */ }
    area.remove();
  }

  function findingItem(finding) {
    const item = document.createElement("li");
    item.className = "ca-finding";
    item.dataset.code = finding.code;
    const severity = document.createElement("span");
    severity.className = "ca-severity ca-severity-" + finding.severity;
    severity.textContent = finding.severity;
    const code = document.createElement("a");
    code.className = "ca-code";
    code.href = "/rules/" + encodeURIComponent(finding.code);
    code.target = "_blank";
    code.rel = "noopener noreferrer";
    code.textContent = finding.code;
    code.title = finding.name + ": the rule's documentation";
    const message = document.createElement("span");
    message.className = "ca-message";
    message.textContent = finding.message;
    const where = document.createElement("button");
    where.type = "button";
    where.className = "ca-where";
    where.textContent = finding.line + ":" + finding.column;
    where.title = "Copy " + finding.location;
    where.dataset.location = finding.location;
    where.addEventListener("click", function () { copy(finding.location, where); });
    item.append(severity, code, message, where);
    return item;
  }

  function findingList(findings, label) {
    const list = document.createElement("ul");
    list.className = "ca-findings";
    list.setAttribute("aria-label", label);
    for (const finding of findings) { list.append(findingItem(finding)); }
    return list;
  }

  function placeFindings(findings) {
    for (const old of Array.from(documentBox.querySelectorAll(".ca-findings"))) { old.remove(); }
    const bySection = new Map();
    const unplaced = [];
    for (const finding of findings) {
      const section = finding.section ? document.getElementById(finding.section) : null;
      if (section && documentBox.contains(section)) {
        if (!bySection.has(section)) { bySection.set(section, []); }
        bySection.get(section).push(finding);
      } else {
        unplaced.push(finding);
      }
    }
    for (const [section, items] of bySection) {
      const heading = section.querySelector("h1, h2, h3");
      const list = findingList(items, "Findings about this section");
      if (heading && heading.parentNode === section) { heading.after(list); } else { section.prepend(list); }
    }
    general.replaceChildren();
    if (unplaced.length) {
      general.append(findingList(unplaced, "Findings about the whole agreement"));
    }
    general.hidden = unplaced.length === 0;
  }

  function plural(count, word) {
    return count + " " + word + (count === 1 || word === "info" ? "" : "s");
  }

  function apply(state) {
    if (typeof state.html === "string") { showDocument(state.html); }
    if (state.title) { document.title = state.title + ": collabagree preview"; }
    placeFindings(state.findings || []);
    banner.textContent = state.banner || "";
    banner.hidden = !state.banner;
    const counts = state.counts || {};
    status.textContent = plural(counts.error || 0, "error") + ", " + plural(counts.warning || 0, "warning")
      + ", " + plural(counts.info || 0, "info") + " · updated " + state.updated;
    status.classList.toggle("ca-has-errors", (counts.error || 0) > 0);
    document.body.dataset.version = String(state.version);
  }

  const events = new EventSource("/events");
  events.onmessage = function (event) { apply(JSON.parse(event.data)); };
  events.onerror = function () {
    status.textContent = "Not connected to the preview server (is `collabagree preview` still running?)";
  };
}());
