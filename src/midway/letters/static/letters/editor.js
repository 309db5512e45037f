// The letter editor: autosave while typing, a copy on this device when the server
// cannot be reached, and a visible conflict instead of a silent overwrite.
(function () {
  "use strict";
  const form = document.querySelector("[data-editor]");
  if (!form) return;

  const $ = (selector) => form.querySelector(selector);
  const title = $("#id_title");
  const body = $("#id_body");
  const revision = $("input[name=revision]");
  const clientKey = $("input[name=client_key]");
  const statusLine = $("[data-status]");
  const shared = form.dataset.shared === "1";
  const csrf = $("input[name=csrfmiddlewaretoken]").value;
  let letterId = form.dataset.letterId;
  let autosaveUrl = form.dataset.autosaveUrl;
  let timer = null;
  let inFlight = false;
  let again = false;
  let stopped = false; // after a conflict, until the person chooses
  let dirty = false;

  if (!clientKey.value) clientKey.value = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();

  const storageKey = () => "midway:letter:" + (letterId || "new");
  const say = (text) => { statusLine.textContent = text; };
  const clock = () => new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

  function keepLocal() {
    try {
      localStorage.setItem(storageKey(), JSON.stringify({
        title: title.value, body: body.value, revision: revision.value, at: Date.now(),
        clientKey: clientKey.value,
      }));
    } catch (error) { /* storage full or disabled: the server save still runs */ }
  }
  function readLocal(key) {
    try { return JSON.parse(localStorage.getItem(key) || "null"); } catch (error) { return null; }
  }
  function dropLocal(key) { try { localStorage.removeItem(key || storageKey()); } catch (error) { /* ignore */ } }

  function payload() {
    const data = new FormData();
    data.append("csrfmiddlewaretoken", csrf);
    data.append("title", title.value);
    data.append("body", body.value);
    data.append("revision", revision.value || "0");
    data.append("client_key", clientKey.value);
    return data;
  }

  async function save() {
    if (shared || stopped) return;
    if (inFlight) { again = true; return; }
    inFlight = true;
    const sent = { title: title.value, body: body.value };
    say("Saving…");
    try {
      const response = await fetch(autosaveUrl || form.dataset.createUrl, {
        method: "POST", body: payload(), credentials: "same-origin",
        headers: { "X-Midway-Autosave": "1" },
      });
      const answer = await response.json().catch(() => ({}));
      if (response.ok) {
        const wasNew = !letterId;
        letterId = String(answer.id);
        autosaveUrl = answer.autosave_url;
        revision.value = answer.revision;
        form.action = answer.edit_url;
        if (wasNew) { dropLocal("midway:letter:new"); history.replaceState(null, "", answer.edit_url); }
        if (title.value === sent.title && body.value === sent.body) { dropLocal(); dirty = false; }
        say("Saved at " + clock() + ". Only you can see this draft.");
      } else if (response.status === 409) {
        showConflict(answer);
      } else if (response.status === 403 || response.status === 404) {
        say("Midway could not save (you may be signed out). Your words are kept on this device.");
      } else {
        say(answer.error || "Midway could not save this. Your words are kept on this device.");
      }
    } catch (error) {
      say("Midway can't be reached right now. Your words are kept on this device and will be saved when it's back.");
    } finally {
      inFlight = false;
      if (again) { again = false; schedule(); }
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(save, 1200);
  }

  function showConflict(theirs) {
    stopped = true;
    const panel = $("[data-conflict]");
    panel.classList.remove("hidden");
    $("[data-conflict-body]").textContent = theirs.body;
    say("Not saved: this letter changed elsewhere.");
    $("[data-keep-mine]").onclick = function () {
      revision.value = theirs.revision; stopped = false; panel.classList.add("hidden"); save();
    };
    $("[data-take-theirs]").onclick = function () {
      title.value = theirs.title; body.value = theirs.body; revision.value = theirs.revision;
      stopped = false; dirty = false; dropLocal(); panel.classList.add("hidden"); say("Using the other version.");
    };
  }

  function offerRestore() {
    const copy = readLocal(storageKey());
    if (!copy) return;
    if (copy.title === title.value && copy.body === body.value) { dropLocal(); return; }
    const panel = $("[data-restore]");
    panel.classList.remove("hidden");
    $("[data-restore-yes]").onclick = function () {
      title.value = copy.title; body.value = copy.body; panel.classList.add("hidden");
      // The same editor session: the server finds the draft it may already have made.
      if (!letterId && copy.clientKey) clientKey.value = copy.clientKey;
      dirty = true; if (shared) { say("Brought back. Save changes when you're ready."); } else { save(); }
    };
    $("[data-restore-no]").onclick = function () { dropLocal(); panel.classList.add("hidden"); };
  }

  function changed() {
    dirty = true;
    keepLocal();
    if (shared) say("Not saved yet: press Save changes. A copy is kept on this device.");
    else schedule();
  }
  title.addEventListener("input", changed);
  body.addEventListener("input", changed);

  // Leaving the page: one last save that the browser finishes even as the tab closes.
  function flush() {
    if (!dirty || shared || stopped || !navigator.sendBeacon) return;
    navigator.sendBeacon(autosaveUrl || form.dataset.createUrl, payload());
  }
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", function () { if (document.visibilityState === "hidden") flush(); });
  window.addEventListener("online", function () { if (dirty) save(); });
  form.addEventListener("submit", function () { clearTimeout(timer); stopped = true; });

  offerRestore();
  window.MidwayEditor = { form: form, body: body };
})();

