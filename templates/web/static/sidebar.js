// Physician sidebar: re-analyses the note as the physician types (debounced), lists findings with
// an Insert button for each fix sentence, and the proposed codes. All text from the server is put
// into the page with textContent, never as HTML.
(function () {
  "use strict";
  var DEBOUNCE_MS = 400;
  var textarea = document.getElementById("note-text");
  var payer = document.getElementById("payer");
  var status = document.getElementById("status");
  var findingsList = document.getElementById("findings");
  var codesList = document.getElementById("codes");
  var findingCount = document.getElementById("finding-count");
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
  var originsMeta = document.querySelector('meta[name="pp-origins"]');
  var origins = originsMeta && originsMeta.content ? originsMeta.content.split(" ") : [];
  var timer = null;
  var controller = null;
  var sequence = 0;
  var retries = 0;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function tellParent() {
    if (window.parent === window) { return; }
    for (var i = 0; i < origins.length; i++) {
      window.parent.postMessage({ type: "painpoint.note.updated", text: textarea.value }, origins[i]);
    }
  }

  function insertSentence(sentence) {
    var value = textarea.value.replace(/\s+$/, "");
    var start = value ? value.length + 1 : 0;
    textarea.value = (value ? value + "\n" : "") + sentence + "\n";
    textarea.focus();
    // A sentence with blanks ("___") gets its first blank selected, ready to be typed over.
    var blank = sentence.indexOf("___");
    if (blank >= 0) {
      textarea.setSelectionRange(start + blank, start + blank + 3);
      status.textContent = "Inserted; fill in the selected blank: " + sentence;
    } else {
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
      status.textContent = "Inserted: " + sentence;
    }
    tellParent();
    analyze();
  }

  function renderFindings(findings) {
    findingsList.replaceChildren();
    findingCount.textContent = "(" + findings.length + ")";
    findings.forEach(function (f) {
      var item = el("li", "finding sev-" + f.severity);
      item.setAttribute("data-finding", f.id);
      var head = el("p");
      head.appendChild(el("span", "sev sev-" + f.severity, f.severity));
      head.appendChild(document.createTextNode(" " + f.message));
      item.appendChild(head);
      var fix = el("q", "fix", f.fix);
      item.appendChild(fix);
      // Knowledge-base flags whose fix says no note change is needed get no Insert button.
      if (!/^No note change needed/.test(f.fix)) {
        var button = el("button", "insert", "Insert sentence");
        button.type = "button";
        button.setAttribute("aria-label", "Insert sentence: " + f.fix);
        button.addEventListener("click", function () { insertSentence(f.fix); });
        item.appendChild(button);
      }
      findingsList.appendChild(item);
    });
    if (!findings.length) { findingsList.appendChild(el("li", "none", "Nothing missing.")); }
  }

  function renderCodes(codes) {
    codesList.replaceChildren();
    codes.forEach(function (c) {
      var label = c.code + (c.modifiers.length ? " " + c.modifiers.join(" ") : "") + " ×" + c.units;
      var item = el("li");
      item.appendChild(el("strong", null, label));
      item.appendChild(document.createTextNode(" " + c.description));
      codesList.appendChild(item);
    });
    if (!codes.length) { codesList.appendChild(el("li", "none", "No codes yet.")); }
  }

  function analyze() {
    clearTimeout(timer);
    if (controller) { controller.abort(); }
    var mine = ++sequence;
    if (!textarea.value.trim()) {
      renderFindings([]); renderCodes([]);
      status.textContent = "Paste or type the note.";
      return;
    }
    controller = new AbortController();
    status.textContent = "Checking…";
    fetch("/sidebar/analyze", {
      method: "POST",
      credentials: "same-origin",
      signal: controller.signal,
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify({ text: textarea.value, payer: payer.value || "medicare" })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, status: response.status, body: body }; });
    }).then(function (reply) {
      if (mine !== sequence) { return; }
      // The first check after a server start may time out while the analyzer loads: try again.
      if (reply.status === 504 && retries < 3) {
        retries += 1;
        status.textContent = "Still loading the analyzer…";
        timer = setTimeout(analyze, 1000);
        return;
      }
      retries = 0;
      if (!reply.ok) { status.textContent = "Could not check the note: " + (reply.body.message || "error"); return; }
      renderFindings(reply.body.findings);
      renderCodes(reply.body.codes);
      var n = reply.body.findings.length;
      status.textContent = n ? n + " item" + (n === 1 ? "" : "s") + " to document." : "Documentation complete.";
    }).catch(function (error) {
      if (error.name !== "AbortError" && mine === sequence) { status.textContent = "Could not reach the server."; }
    });
  }

  function later() {
    retries = 0;
    clearTimeout(timer);
    timer = setTimeout(analyze, DEBOUNCE_MS);
  }

  textarea.addEventListener("input", later);
  payer.addEventListener("change", analyze);
  document.getElementById("copy-note").addEventListener("click", function () {
    textarea.select();
    if (navigator.clipboard) { navigator.clipboard.writeText(textarea.value); } else { document.execCommand("copy"); }
    status.textContent = "Note copied.";
  });
  // An EMR that frames the sidebar may hand it the note: {type: "painpoint.note", text: "..."}.
  window.addEventListener("message", function (event) {
    if (origins.indexOf(event.origin) < 0) { return; }
    var data = event.data || {};
    if (data.type === "painpoint.note" && typeof data.text === "string") {
      textarea.value = data.text;
      analyze();
    }
  });
  if (textarea.value.trim()) { analyze(); }
}());
