// Midway's small behaviours. No inline scripts (strict CSP): everything hooks on data- attributes.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    const button = event.target.closest("[data-copy]");
    if (!button) return;
    const field = document.querySelector(button.dataset.copy);
    if (!field) return;
    field.select();
    const done = function () { button.textContent = "Copied"; };
    if (navigator.clipboard) {
      navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand("copy"); done(); });
    } else {
      document.execCommand("copy");
      done();
    }
  });
  document.addEventListener("submit", function (event) {
    const form = event.target.closest("[data-confirm]");
    if (form && !window.confirm(form.dataset.confirm)) event.preventDefault();
  });
})();

// The coach: after a pause in typing, ask this server (never anything else) for hints.
(function () {
  "use strict";
  const forms = document.querySelectorAll("[data-coach-url]");
  forms.forEach(function (form) {
    const panel = form.querySelector("[data-coach-panel]");
    // data-coach-fields names the fields to read for findings (default: every textarea);
    // data-coach-context names fields that only count as evidence for feelings and needs.
    const named = (names) => (names || "").split(",").filter(Boolean)
      .map((name) => form.querySelector("[name=" + name + "]")).filter(Boolean);
    const fields = form.dataset.coachFields ? named(form.dataset.coachFields) : Array.from(form.querySelectorAll("textarea"));
    const contextFields = named(form.dataset.coachContext);
    const csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
    let timer = null;
    let asked = 0;
    async function ask() {
      const text = Array.from(fields).map((field) => field.value).join("\n\n");
      const mine = ++asked;
      const data = new FormData();
      data.append("csrfmiddlewaretoken", csrf);
      data.append("text", text);
      if (contextFields.length) data.append("context", contextFields.map((field) => field.value).join("\n"));
      if (form.dataset.coachSuggest) data.append("suggest", "1");
      try {
        const response = await fetch(form.dataset.coachUrl, { method: "POST", body: data, credentials: "same-origin" });
        if (mine !== asked || !response.ok) return;
        const html = response.status === 204 ? "" : await response.text();
        panel.innerHTML = html;
        panel.classList.toggle("hidden", html.trim() === "");
        const counter = panel.querySelector("[data-coach-count]");
        form.dispatchEvent(new CustomEvent("midway:coach", {
          detail: { count: counter ? Number(counter.dataset.coachCount) : 0 },
        }));
      } catch (error) { /* the coach is optional: stay quiet */ }
    }
    fields.concat(contextFields).forEach(function (field) {
      field.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(ask, 900); });
    });
  });
})();

// "Use this wording": the flagged sentence in the text box becomes the suggestion, as
// if typed (so the browser's own undo takes it back too), and a note outside the coach's
// panel (which changes as soon as the coach reads again) offers to put it back.
(function () {
  "use strict";
  function replaceNear(form, before, after, near) {
    const field = Array.from(form.querySelectorAll("textarea")).find((box) => box.value.includes(before));
    if (!field) return false;
    // The occurrence nearest to where the coach found it (the text may have moved since).
    let at = field.value.indexOf(before), best = at;
    while (at !== -1) {
      if (Math.abs(at - near) < Math.abs(best - near)) best = at;
      at = field.value.indexOf(before, at + 1);
    }
    field.focus();
    field.setSelectionRange(best, best + before.length);
    if (!document.execCommand || !document.execCommand("insertText", false, after)) {
      field.setRangeText(after, best, best + before.length, "end");
      field.dispatchEvent(new Event("input", { bubbles: true }));
    }
    return true;
  }
  document.addEventListener("click", function (event) {
    const use = event.target.closest("[data-use-wording]");
    const undo = event.target.closest("[data-undo-wording]");
    const form = (use || undo) && (use || undo).closest("form");
    if (!form) return;
    if (undo) {
      const note = undo.closest("[data-wording-note]");
      replaceNear(form, note.dataset.after, note.dataset.before, Number(note.dataset.near));
      note.remove();
      return;
    }
    const finding = use.closest(".coach-finding");
    const quote = finding.querySelector("[data-quote]");
    const near = Number(finding.dataset.start) || 0;
    if (!quote || !replaceNear(form, quote.dataset.quote, use.dataset.useWording, near)) {
      use.textContent = "That sentence has changed since";
      use.disabled = true;
      return;
    }
    let note = form.querySelector("[data-wording-note]");
    if (!note) {
      note = document.createElement("p");
      note.className = "wording-note";
      note.setAttribute("role", "status");
      note.dataset.wordingNote = "";
      note.append("Wording replaced. ");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "link";
      button.dataset.undoWording = "";
      button.textContent = "Undo";
      note.append(button);
      const panel = form.querySelector("[data-coach-panel]");
      panel.parentNode.insertBefore(note, panel);
    }
    Object.assign(note.dataset, { before: quote.dataset.quote, after: use.dataset.useWording, near: near });
  });
})();

// A suggested word ticks its checkbox (and opens its section); the person can untick it.
document.addEventListener("click", function (event) {
  const chip = event.target.closest("[data-pick-name]");
  if (!chip) return;
  const form = chip.closest("form");
  const box = form && Array.from(form.querySelectorAll("input[type=checkbox][name=" + chip.dataset.pickName + "]"))
    .find((input) => input.value === chip.dataset.pickValue);
  if (!box) return;
  box.checked = true;
  const section = box.closest("details");
  if (section) section.open = true;
  chip.setAttribute("aria-pressed", "true");
});

// An area's tabs scroll sideways on a phone: bring the current one into view, without
// moving the page up or down.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".subnav").forEach(function (row) {
    const current = row.querySelector("[aria-current=page]");
    if (!current || row.scrollWidth <= row.clientWidth) return;
    const item = current.closest("li") || current;
    row.scrollLeft = item.offsetLeft - row.offsetLeft - (row.clientWidth - item.offsetWidth) / 2;
  });
});

// An in-place save (htmx) replaces the part of the page that was saved, and with it the
// button that had the keyboard's focus. Put the focus back on the same control in the
// new part, or (when it is gone or disabled) on the part's status line, which a screen
// reader then reads out; never leave it fallen to the top of the page.
(function () {
  "use strict";
  let lost = null;
  const usable = (el) => el && !el.disabled && el.getClientRects().length > 0;
  function remember(event) {
    const active = document.activeElement;
    const target = event.detail.target;
    if (!active || active === document.body || !target || !target.contains(active)) return;
    lost = {
      id: active.id, tag: active.tagName, name: active.getAttribute("name"),
      value: active.getAttribute("value"), text: active.textContent.trim(),
    };
  }
  // Before the request too: a button that htmx disables while it waits loses the focus.
  document.addEventListener("htmx:beforeRequest", remember);
  document.addEventListener("htmx:beforeSwap", remember);
  document.addEventListener("htmx:afterSettle", function (event) {
    if (!lost) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) { lost = null; return; }
    const root = event.target;
    const controls = Array.from(root.querySelectorAll("a[href], button, input, select, textarea, summary"));
    const same = (el) => el.tagName === lost.tag && usable(el);
    let next = lost.id ? document.getElementById(lost.id) : null;
    if (!usable(next)) next = controls.find((el) => same(el) && lost.name && el.getAttribute("name") === lost.name && el.getAttribute("value") === lost.value);
    if (!usable(next)) next = controls.find((el) => same(el) && lost.text && el.textContent.trim() === lost.text);
    if (!usable(next)) {
      next = root.querySelector("[role=status], [role=alert]") || root;
      if (!next.hasAttribute("tabindex")) next.setAttribute("tabindex", "-1");
    }
    lost = null;
    next.focus();
  });
})();

// A table or chart wider than the screen scrolls sideways: make it reachable by the
// keyboard (arrow keys scroll it) and named by its section's heading, only while it
// really overflows, so it is no extra stop otherwise.
(function () {
  "use strict";
  function mark() {
    document.querySelectorAll(".table-scroll").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        const heading = box.closest("section, .card") && box.closest("section, .card").querySelector("h2, h3");
        if (heading) box.setAttribute("aria-label", heading.textContent.trim() + ", scrolls sideways");
      } else if (box.getAttribute("tabindex") === "0") {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    });
  }
  document.addEventListener("DOMContentLoaded", mark);
  window.addEventListener("resize", mark);
  document.addEventListener("toggle", mark, true);  // a <details> opened shows its table
})();
