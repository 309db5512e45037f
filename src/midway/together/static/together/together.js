// Together's one behaviour: after a card is changed in place (answered, agreed, tried,
// reviewed), the button that was pressed is gone, and the keyboard and screen reader
// would fall back to the top of the page. Keep them on the card that changed.
(function () {
  "use strict";
  document.addEventListener("htmx:afterSettle", function () {
    const card = document.querySelector("[data-swapped]");
    if (!card) return;
    card.removeAttribute("data-swapped");
    const lost = !document.activeElement || document.activeElement === document.body;
    if (!lost) return;  // focus went somewhere on purpose (an opened form's field)
    card.setAttribute("tabindex", "-1");
    card.focus({ preventScroll: true });
  });
})();
