// Room display: renders the snapshots the bot pushes over SignalR and runs the speaker's countdown locally.
// Everything user-typed is inserted as text (textContent), never as HTML, and in its own direction (dir="auto" or a
// bdi): on an Arabic screen a Latin name keeps its punctuation at its own end, and the reverse.
(function () {
  "use strict";

  const WARNING_SECONDS = 30;
  const token = decodeURIComponent(location.pathname.split("/")[2] || "");
  const $ = (id) => document.getElementById(id);
  const texts = window.DisplayTexts;
  let offsetMs = 0;          // server clock minus browser clock, from each snapshot's takenAt
  let lastTakenAt = 0;       // snapshots may arrive out of order across instances; older ones are dropped
  let floor = null;
  let sessionEndsAt = null;  // the meeting's scheduled end (ms), for the session clock
  let floorKey = null;
  let firstSnapshot = true;
  let shown = null;          // the last snapshot rendered, to write again when the language changes
  let line = null;           // the connection line's state and the name of its text

  const icons = {
    room: ["M3 21h18", "M5 21V8l7-5 7 5v13", "M9 21v-6h6v6"],
    remote: ["M4 5h16v10H4z", "M2 19h20"],
  };

  function icon(channel) {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("class", "icon");
    svg.setAttribute("aria-hidden", "true");
    for (const d of icons[channel] || icons.remote) {
      const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
      path.setAttribute("d", d);
      svg.appendChild(path);
    }
    return svg;
  }

  function channelBadge(channel) {
    const span = document.createElement("span");
    span.className = "channel";
    span.dataset.channel = channel;
    span.appendChild(icon(channel));
    const text = document.createElement("span");
    text.className = "visually-hidden";
    text.textContent = texts.t(channel === "room" ? "InTheRoom" : "Remote");
    span.appendChild(text);
    return span;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function clock(totalSeconds) {
    const s = Math.abs(totalSeconds);
    const m = Math.floor(s / 60);
    const r = s % 60;
    return m + ":" + (r < 10 ? "0" : "") + r;
  }

  function sessionTick() {
    const node = $("session-clock");
    node.hidden = sessionEndsAt === null;
    if (sessionEndsAt === null) return;
    const left = Math.floor((sessionEndsAt - (Date.now() + offsetMs)) / 1000);
    const minutes = Math.floor(Math.abs(left) / 60);
    const text = left >= 0
      ? texts.format("SessionEndsIn", minutes >= 60 ? texts.format("HoursMinutes", Math.floor(minutes / 60), minutes % 60) : clock(left))
      : texts.format("SessionOverTime", clock(-left));
    if (node.textContent !== text) node.textContent = text;
    node.dataset.state = left < 0 ? "over" : left <= 600 ? "warning" : "normal";
  }

  function tick() {
    sessionTick();
    const countdown = $("countdown");
    if (!floor) {
      countdown.textContent = "";
      return;
    }
    const now = Date.now() + offsetMs;
    const elapsed = Math.floor((now - Date.parse(floor.startedAt)) / 1000);
    const left = floor.allowedSeconds - Math.max(0, elapsed);
    const state = left <= 0 ? "over" : left <= WARNING_SECONDS ? "warning" : "normal";
    const text = left < 0 ? "+" + clock(-left) : clock(left);
    if (countdown.textContent !== text) countdown.textContent = text;
    const label = texts.t(state === "over" ? "OverTime" : "SpeakingTime");
    if (countdown.dataset.state !== state || countdown.getAttribute("aria-label") !== label) {
      countdown.dataset.state = state;
      countdown.setAttribute("aria-label", label);
    }
  }

  function renderFloor(s) {
    floor = s.floor;
    $("floor-speaker").hidden = !floor;
    $("floor-empty").hidden = !!floor;
    if (!floor) {
      floorKey = null;
      tick();
      return;
    }
    $("speaker-name").textContent = floor.name;
    const meta = $("speaker-meta");
    const about = el("span", null, [floor.organisation, floor.group].filter(Boolean).join(" · "));
    about.dir = "auto";
    meta.replaceChildren(channelBadge(floor.channel), about);
    $("speaker-topic").textContent = floor.topic ? "“" + floor.topic + "”" : "";
    const key = floor.name + "|" + floor.startedAt;
    if (key !== floorKey && !firstSnapshot) {
      $("announcer").textContent = floor.organisation
        ? texts.format("AnnounceWithOrganisation", floor.name, floor.organisation)
        : texts.format("Announce", floor.name);
    }
    floorKey = key;
    tick();
  }

  function renderNext(s) {
    const list = $("next-list");
    list.replaceChildren(...s.next.map((q) => {
      const li = el("li");
      li.appendChild(el("span", "position", q.position + "."));
      li.appendChild(channelBadge(q.channel));
      const who = el("span", "who");
      who.appendChild(el("bdi", null, q.name));
      if (q.organisation) {
        who.appendChild(document.createTextNode(" "));
        who.appendChild(el("bdi", "org", q.organisation));
      }
      if (q.onHold) {
        who.appendChild(document.createTextNode(" "));
        who.appendChild(el("span", "hold", texts.t("OnHold")));
      }
      li.appendChild(who);
      return li;
    }));
    $("next-empty").hidden = s.next.length > 0;
    $("next-empty").textContent = texts.t(s.queueOpen ? "NobodyWaiting" : "ListClosed");
    $("next-more").textContent = s.moreWaiting || "";
    // Counts only: the roster's names are never shown.
    $("online").hidden = !s.online;
    $("online").textContent = s.online ? s.online.text : "";
  }

  function renderPoll(s) {
    const poll = s.poll;
    $("poll").hidden = !poll;
    if (!poll) return;
    $("poll-heading").textContent = texts.t(poll.open ? "PollOpen" : "PollClosed");
    $("poll-question").textContent = poll.question;
    const rows = $("poll-rows");
    if (poll.hidden) {
      rows.replaceChildren(el("li", "poll-hidden", texts.t("ResultsHidden")));
    } else {
      rows.replaceChildren(...poll.rows.map((r) => {
        const li = el("li");
        const label = el("span", "label", r.label);
        label.dir = "auto";
        li.appendChild(label);
        li.appendChild(el("span", "value", r.value));
        const track = el("span", "track");
        track.setAttribute("aria-hidden", "true");
        const bar = el("span", "bar");
        bar.style.width = Math.max(0, Math.min(100, r.percent)) + "%";
        track.appendChild(bar);
        li.appendChild(track);
        return li;
      }));
    }
    $("poll-meta").textContent = [poll.respondentsText, poll.summary].filter(Boolean).join(" · ");
  }

  function render(s) {
    const takenAt = Date.parse(s.takenAt);
    if (takenAt < lastTakenAt) return;
    lastTakenAt = takenAt;
    offsetMs = takenAt - Date.now();
    shown = s;
    // The dialogue's language may have changed (`language fr`): the page's own words follow, then this is drawn again.
    texts.use(s.language).then((changed) => {
      if (!changed) return;
      if (line) status(line.state, line.name);
      if (shown) render(shown);
    });
    document.documentElement.lang = s.language;
    document.documentElement.dir = s.direction;
    document.title = texts.format("PageTitle", s.title);
    for (const id of ["title", "item"]) {
      $(id).lang = s.textLanguage;
      $(id).dir = s.textDirection;
    }
    $("title").textContent = s.title;
    $("item").textContent = s.item ? s.item.number + ". " + s.item.title : "";
    sessionEndsAt = s.sessionEndsAt ? Date.parse(s.sessionEndsAt) : null;
    renderFloor(s);
    renderNext(s);
    renderPoll(s);
    // Other parts of the page (qa.js) render their own sections from the same snapshot.
    document.dispatchEvent(new CustomEvent("display:snapshot", { detail: s }));
    firstSnapshot = false;
    document.dispatchEvent(new CustomEvent("tdb:snapshot", { detail: s }));
    document.body.dataset.ready = "true";
  }

  function status(state, name) {
    line = { state: state, name: name };
    const node = $("connection");
    node.dataset.state = state;
    node.textContent = texts.t(name);
  }

  function connect() {
    const connection = new signalR.HubConnectionBuilder()
      .withUrl("/display-hub?token=" + encodeURIComponent(token))
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => Math.min(10000, 500 * (ctx.previousRetryCount + 1)) })
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    let revoked = false;
    connection.on("snapshot", render);
    // A co-chair replaced the link (`display rotate`): this page may show nothing more; the new link was sent to them.
    connection.on("revoked", () => {
      revoked = true;
      status("revoked", "Revoked");
      document.body.dataset.revoked = "true";
      connection.stop();
    });
    connection.onreconnecting(() => status("down", "Reconnecting"));
    connection.onreconnected(() => status("live", "Live"));
    connection.onclose(() => { if (revoked) return; status("down", "Offline"); setTimeout(start, 3000); });
    function start() {
      if (revoked) return;
      connection.start().then(() => status("live", "Live"), () => { status("down", "Offline"); setTimeout(start, 3000); });
    }
    start();
  }

  $("fullscreen").addEventListener("click", () => {
    if (document.fullscreenElement) document.exitFullscreen();
    else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen();
  });
  setInterval(tick, 250);
  connect();
})();
