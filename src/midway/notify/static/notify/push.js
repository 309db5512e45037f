// Settings → Notifications → "On this phone": subscribe this browser to Web Push.
// Loaded only where the page came over HTTPS (or from this very machine).
(function () {
  "use strict";
  const box = document.querySelector("[data-push]");
  if (!box) return;
  const unavailable = document.querySelector("[data-push-unavailable]");
  // Browsers allow push only in a secure context (HTTPS, or this very machine).
  if (!window.isSecureContext) {
    box.hidden = true;
    if (unavailable) unavailable.hidden = false;
    return;
  }
  box.hidden = false;
  if (unavailable) unavailable.hidden = true;
  const status = box.querySelector("[data-push-status]");
  const button = box.querySelector("[data-push-subscribe]");
  const say = (text) => { status.textContent = text; };
  function keyBytes(base64url) {
    const padded = (base64url + "===".slice((base64url.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  }
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) {
    button.hidden = true;
    say("This browser offers notifications only to Midway installed on the home screen. On an iPhone: Share, then Add to Home Screen, then open Midway from there and come back to this page.");
    return;
  }
  if (Notification.permission === "denied") {
    say("Notifications from Midway are blocked in this browser's settings for this site; allow them there, then come back.");
  }
  navigator.serviceWorker.register(box.dataset.pushWorker, { scope: "/" }).then(function (registration) {
    return registration.pushManager.getSubscription();
  }).then(function (existing) {
    if (existing) say("Notifications are on for this phone. Tap again to renew them if they stopped.");
  }).catch(function () { /* shown when the button is used */ });

  button.addEventListener("click", async function () {
    button.disabled = true;
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") {
        say("Notifications were not allowed, so none will come to this phone.");
        return;
      }
      const registration = await navigator.serviceWorker.register(box.dataset.pushWorker, { scope: "/" });
      await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(box.dataset.pushKey),
      });
      const csrf = box.querySelector("input[name=csrfmiddlewaretoken]").value;
      const response = await fetch(box.dataset.pushUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
        body: JSON.stringify(Object.assign(subscription.toJSON(), { label: navigator.userAgent.includes("iPhone") ? "iPhone" : "This phone" })),
      });
      if (!response.ok) {
        const answer = await response.json().catch(() => ({}));
        say("Midway could not keep this subscription: " + (answer.error || response.status));
        return;
      }
      window.location.reload();
    } catch (error) {
      say("This browser did not subscribe: " + error.message);
    } finally {
      button.disabled = false;
    }
  });
})();
