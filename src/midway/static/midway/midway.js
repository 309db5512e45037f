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
      } catch (error) { /* the coach is optional: stay quiet */ }
    }
    fields.concat(contextFields).forEach(function (field) {
      field.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(ask, 900); });
    });
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
