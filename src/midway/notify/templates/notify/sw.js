{% load static %}// Midway's service worker: shows a push message as a notification, and opens the
// thing it is about when tapped (after sign-in, if the session has ended).
"use strict";
self.addEventListener("push", function (event) {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (error) {
    data = { body: event.data ? event.data.text() : "" };
  }
  event.waitUntil(self.registration.showNotification(data.title || "Midway", {
    body: data.body || "",
    tag: data.tag || "midway",
    icon: "{% static 'midway/icon-192.png' %}",
    badge: "{% static 'midway/icon-192.png' %}",
    data: { url: data.url || "/" },
  }));
});
self.addEventListener("notificationclick", function (event) {
  event.notification.close();
  let target = new URL("/", self.location.origin);
  try {
    const asked = new URL((event.notification.data && event.notification.data.url) || "/", self.location.origin);
    // Only Midway's own pages: a notification never opens another site.
    if (asked.origin === self.location.origin) target = asked;
  } catch (error) { /* keep the home page */ }
  event.waitUntil(self.clients.matchAll({ type: "window", includeUncontrolled: true }).then(function (windows) {
    for (const client of windows) {
      if (client.url.startsWith(self.location.origin) && "navigate" in client) {
        return client.navigate(target.href).then(function (opened) { return opened && opened.focus(); });
      }
    }
    return self.clients.openWindow(target.href);
  }));
});
