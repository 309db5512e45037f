// Repair's small behaviour: the time left on a break, counted on the phone itself
// (no request: the server is asked only every few seconds, and only for changes).
(function () {
  "use strict";
  function tick() {
    document.querySelectorAll("[data-until]").forEach(function (element) {
      const left = Math.round((Date.parse(element.dataset.until) - Date.now()) / 60000);
      if (Number.isNaN(left)) return;
      element.textContent = left > 1 ? left + " minutes left" : left === 1 ? "1 minute left" : "time’s up";
    });
  }
  document.addEventListener("DOMContentLoaded", tick);
  document.addEventListener("htmx:afterSwap", tick);
  setInterval(tick, 15000);
})();
