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
  const pad = (n) => String(n).padStart(2, "0");
  const clock = () => { const now = new Date(); return pad(now.getHours()) + ":" + pad(now.getMinutes()); };

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
        say("Saved at " + (answer.saved_at_time || clock()) + ". Only you can see this draft.");
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

// Around the words: a box that grows with them, the coach's sentences marked behind the
// text, the coach's count in the bar (a sheet on a phone, a panel beside on a desktop),
// Write / Preview, and one question before sharing.
(function () {
  "use strict";
  const form = document.querySelector("[data-editor]");
  if (!form) return;
  const $ = (selector) => form.querySelector(selector);
  const body = $("#id_body");
  const marks = $("[data-marks]");
  const panel = $("[data-coach-panel]");
  const toggle = $("[data-coach-toggle]");
  let quotes = [];

  // Grow: no scrolling box inside the scrolling page (CSS field-sizing does it where known).
  function grow() {
    if (CSS.supports && CSS.supports("field-sizing", "content")) return;
    body.style.height = "auto";
    body.style.height = body.scrollHeight + 2 + "px";
  }

  // Marks: the same text behind the (transparent) box, with each flagged sentence in a
  // <mark>; found again by its words after every keystroke, so the caret never moves.
  function drawMarks() {
    const text = body.value;
    const spans = [];
    quotes.forEach(function (item) {
      let at = text.indexOf(item.quote), best = at;
      while (at !== -1) {
        if (Math.abs(at - item.near) < Math.abs(best - item.near)) best = at;
        at = text.indexOf(item.quote, at + 1);
      }
      if (best !== -1) spans.push([best, best + item.quote.length]);
    });
    spans.sort((a, b) => a[0] - b[0]);
    marks.textContent = "";
    let done = 0;
    spans.forEach(function (span) {
      if (span[0] < done) return;
      marks.append(document.createTextNode(text.slice(done, span[0])));
      const mark = document.createElement("mark");
      mark.textContent = text.slice(span[0], span[1]);
      marks.append(mark);
      done = span[1];
    });
    // A last character keeps a trailing line break's height.
    marks.append(document.createTextNode(text.slice(done) + "\u200b"));
  }

  function openSheet(open) {
    if (!toggle) return;
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    panel.classList.toggle("open", open);
    if (open) panel.focus({ preventScroll: true });
  }

  form.addEventListener("midway:coach", function (event) {
    const count = event.detail.count;
    quotes = Array.from(panel.querySelectorAll(".coach-finding")).map(function (finding) {
      const quote = finding.querySelector("[data-quote]");
      return quote && { quote: quote.dataset.quote, near: Number(finding.dataset.start) || 0 };
    }).filter(Boolean);
    drawMarks();
    if (!toggle) return;
    toggle.textContent = count === 1 ? "1 gentler way" : count + " gentler ways";
    toggle.classList.toggle("hidden", count === 0);
    if (count === 0) openSheet(false);
  });
  if (toggle) {
    toggle.addEventListener("click", function () { openSheet(toggle.getAttribute("aria-expanded") !== "true"); });
    panel.setAttribute("tabindex", "-1");
    panel.addEventListener("click", function (event) {
      if (event.target.closest("[data-sheet-close]")) { openSheet(false); toggle.focus(); }
    });
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { openSheet(false); toggle.focus(); }
    });
  }

  body.addEventListener("input", function () { grow(); drawMarks(); });
  window.addEventListener("resize", grow);
  grow();

  // Write / Preview: the preview comes from the server, rendered as the partner will see it.
  const tabs = $("[data-tabs]");
  const preview = $("[data-preview]");
  const write = $("[data-write]");
  tabs.classList.remove("hidden");
  tabs.addEventListener("click", async function (event) {
    const tab = event.target.closest("[data-tab]");
    if (!tab) return;
    const showPreview = tab.dataset.tab === "preview";
    tabs.querySelectorAll("[data-tab]").forEach((t) => t.setAttribute("aria-selected", t === tab ? "true" : "false"));
    write.classList.toggle("hidden", showPreview);
    preview.classList.toggle("hidden", !showPreview);
    if (!showPreview) { body.focus(); return; }
    preview.textContent = "…";
    const data = new FormData();
    data.append("csrfmiddlewaretoken", $("input[name=csrfmiddlewaretoken]").value);
    data.append("body", body.value);
    try {
      const response = await fetch(tab.dataset.previewUrl, { method: "POST", body: data, credentials: "same-origin" });
      preview.innerHTML = response.ok ? await response.text() : "<p>The preview could not be made just now.</p>";
    } catch (error) {
      preview.textContent = "Midway can't be reached right now, so there is no preview.";
    }
  });

  // Sharing asks once, in the bar, before the partner can read it.
  const share = $("[data-share]");
  const confirmBox = $("[data-share-confirm]");
  if (share && confirmBox) {
    share.addEventListener("click", function (event) {
      if (share.dataset.confirmed) return;
      event.preventDefault();
      confirmBox.classList.remove("hidden");
      $("[data-share-yes]").focus();
    });
    $("[data-share-yes]").addEventListener("click", function () {
      share.dataset.confirmed = "1";
      form.requestSubmit ? form.requestSubmit(share) : share.click();
    });
    $("[data-share-no]").addEventListener("click", function () {
      confirmBox.classList.add("hidden");
      share.focus();
    });
  }
})();

