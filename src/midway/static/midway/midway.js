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
    const fields = form.querySelectorAll("textarea");
    const csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
    let timer = null;
    let asked = 0;
    async function ask() {
      const text = Array.from(fields).map((field) => field.value).join("\n\n");
      const mine = ++asked;
      const data = new FormData();
      data.append("csrfmiddlewaretoken", csrf);
      data.append("text", text);
      try {
        const response = await fetch(form.dataset.coachUrl, { method: "POST", body: data, credentials: "same-origin" });
        if (mine !== asked || !response.ok) return;
        const html = response.status === 204 ? "" : await response.text();
        panel.innerHTML = html;
        panel.classList.toggle("hidden", html.trim() === "");
      } catch (error) { /* the coach is optional: stay quiet */ }
    }
    fields.forEach(function (field) {
      field.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(ask, 900); });
    });
  });
})();
