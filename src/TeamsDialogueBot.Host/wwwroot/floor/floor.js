// The floor page (issue 18), when script runs: posts the page's own forms with fetch (the same forms post without
// script), keeps the page live over SignalR and runs the countdowns. Every text comes from the page's #texts block,
// the one place the server keeps them; everything typed by people is inserted as text, never as HTML.
(function () {
  "use strict";

  const $ = (id) => document.getElementById(id);
  const body = document.body;
  const token = body.dataset.token;
  const key = body.dataset.key;
  const t = JSON.parse($("texts").textContent);
  const WARNING_SECONDS = 30;
  let offsetMs = body.dataset.takenAt ? Date.parse(body.dataset.takenAt) - Date.now() : 0;
  let lastTakenAt = 0;
  let floor = body.dataset.startedAt ? { startedAt: body.dataset.startedAt, allowedSeconds: Number(body.dataset.allowed) } : null;
  let state = $("me") ? $("me").dataset.state : null;
  let busy = false;
  if (!key) return; // the first-visit form: plain HTML is all it needs

  const fill = (template, value) => template.replace("{0}", String(value));
  const clock = (seconds) => {
    const s = Math.abs(seconds);
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  };

  function requestId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes); // randomUUID needs a secure context; a phone on the venue's LAN may not be one
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function say(text) {
    $("flash").textContent = text || "";
  }

  function show(id, visible) {
    const node = $(id);
    if (node) node.hidden = !visible;
  }

  function render(s) {
    const takenAt = Date.parse(s.takenAt);
    if (takenAt < lastTakenAt) return; // an older snapshot overtaken by a newer one
    lastTakenAt = takenAt;
    offsetMs = takenAt - Date.now();
    // The page's lang and dir stay as the server wrote them: the page's language is its texts' (the #texts block),
    // which a snapshot does not change. The snapshot's language is the item's (the programme's, which may lack a
    // translation): the item keeps it, so an English item on an Arabic page is laid out left to right.
    $("item").lang = s.language;
    $("item").dir = s.direction;
    $("item").textContent = s.item || "";
    const mine = s.phones.find((p) => p.key === key) || null;
    const hasFloor = s.floorKey === key;
    const next = hasFloor ? "floor" : !mine ? "none" : mine.onHold ? "hold" : "waiting";
    $("me").dataset.state = next;
    $("me-status").textContent = hasFloor ? t.YouHaveTheFloor : mine ? fill(t.InLine, mine.position) : t.NotInLine;
    $("me-detail").textContent = !mine ? "" : mine.onHold ? t.OnHold
      : mine.waitSeconds === 0 ? t.YouAreNext : fill(t.Wait, clock(mine.waitSeconds || 0));
    show("me-countdown", hasFloor);
    const closed = s.requestsOpen ? "" : s.linkOn ? t.ListClosed : t.RequestsClosed;
    $("closed").textContent = closed;
    show("closed", closed !== "" && !mine && !hasFloor);
    show("form-request", !mine && !hasFloor && s.requestsOpen);
    show("form-hold", !!mine && !mine.onHold);
    show("form-resume", !!mine && mine.onHold);
    show("form-withdraw", !!mine);
    floor = s.floor;
    show("floor-name", !!floor);
    show("floor-countdown", !!floor && !hasFloor); // one countdown is enough when it is one's own
    show("floor-empty", !floor);
    $("floor-name").textContent = floor ? floor.name + (floor.organisation ? " (" + floor.organisation + ")" : "") : "";
    $("waiting").textContent = fill(t.Waiting, s.waiting);
    if (next !== state) {
      if (next === "floor") say(t.YouHaveTheFloor);
      // The button that had focus may have gone with the old state: the new status takes it, and is read out.
      if (document.activeElement === document.body || document.activeElement?.closest("form[hidden]")) $("me-status").focus();
    }
    state = next;
    tick();
  }

  function countdown(node) {
    if (!floor) { node.textContent = ""; return; }
    const elapsed = Math.floor((Date.now() + offsetMs - Date.parse(floor.startedAt)) / 1000);
    const left = floor.allowedSeconds - Math.max(0, elapsed);
    const text = left < 0 ? "+" + clock(-left) : clock(left);
    if (node.textContent !== text) node.textContent = text;
    node.dataset.state = left <= 0 ? "over" : left <= WARNING_SECONDS ? "warning" : "normal";
  }

  function tick() {
    countdown($("floor-countdown"));
    if (state === "floor") countdown($("me-countdown"));
  }

  async function post(form) {
    if (busy) return; // a second tap while the first is on its way
    busy = true;
    const buttons = document.querySelectorAll("form.action button");
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: new URLSearchParams({ requestId: requestId() }),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      const reply = await response.json().catch(() => null);
      if (response.ok && reply) {
        say(reply.message);
        render(reply.snapshot);
        $("me-status").focus();
      } else if (response.status === 409) {
        location.reload(); // the cookie is gone: the page asks who they are
      } else {
        say(reply && reply.message ? reply.message : t.NotFound);
      }
    } catch {
      say(t.Offline);
    } finally {
      busy = false;
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  document.querySelectorAll("form.action").forEach((form) => {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      post(form);
    });
  });

  function status(text) {
    const node = $("connection");
    node.hidden = false;
    node.textContent = text;
  }

  function connect() {
    if (typeof signalR === "undefined") return; // the page still works: forms and the Refresh link
    const connection = new signalR.HubConnectionBuilder()
      .withUrl("/floor-hub?token=" + encodeURIComponent(token))
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => Math.min(10000, 500 * (ctx.previousRetryCount + 1)) })
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    connection.on("snapshot", render);
    connection.on("revoked", () => {
      say(t.LinkReplaced);
      document.querySelectorAll("form.action").forEach((f) => { f.hidden = true; });
      connection.stop();
    });
    connection.onreconnecting(() => status(t.Offline));
    connection.onreconnected(() => status(t.Live));
    const start = () => connection.start().then(() => status(t.Live), () => { status(t.Offline); setTimeout(start, 3000); });
    start();
  }

  setInterval(tick, 250);
  tick();
  connect();
})();
