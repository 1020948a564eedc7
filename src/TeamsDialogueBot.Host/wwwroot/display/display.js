// Room display: renders the snapshots the bot pushes over SignalR and runs the speaker's countdown locally.
// Everything user-typed is inserted as text (textContent), never as HTML.
(function () {
  "use strict";

  const WARNING_SECONDS = 30;
  const token = decodeURIComponent(location.pathname.split("/")[2] || "");
  const $ = (id) => document.getElementById(id);
  let offsetMs = 0;          // server clock minus browser clock, from each snapshot's takenAt
  let lastTakenAt = 0;       // snapshots may arrive out of order across instances; older ones are dropped
  let floor = null;
  let sessionEndsAt = null;  // the meeting's scheduled end (ms), for the session clock
  let floorKey = null;
  let firstSnapshot = true;

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
    text.textContent = channel === "room" ? "in the room" : "remote";
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
      ? "Session ends in " + (minutes >= 60 ? Math.floor(minutes / 60) + " h " + (minutes % 60) + " min" : clock(left))
      : "Session over time +" + clock(-left);
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
    if (countdown.dataset.state !== state) {
      countdown.dataset.state = state;
      countdown.setAttribute("aria-label", state === "over" ? "Over time" : "Speaking time left");
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
    meta.replaceChildren(channelBadge(floor.channel), el("span", null, [floor.organisation, floor.group].filter(Boolean).join(" · ")));
    $("speaker-topic").textContent = floor.topic ? "“" + floor.topic + "”" : "";
    const key = floor.name + "|" + floor.startedAt;
    if (key !== floorKey && !firstSnapshot) {
      $("announcer").textContent = "Now speaking: " + floor.name + (floor.organisation ? ", " + floor.organisation : "");
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
      const who = el("span", "who", q.name);
      if (q.organisation) {
        who.appendChild(document.createTextNode(" "));
        who.appendChild(el("span", "org", q.organisation));
      }
      if (q.onHold) {
        who.appendChild(document.createTextNode(" "));
        who.appendChild(el("span", "hold", "(on hold)"));
      }
      li.appendChild(who);
      return li;
    }));
    $("next-empty").hidden = s.next.length > 0;
    $("next-empty").textContent = s.queueOpen ? "Nobody is waiting." : "The speakers' list is closed.";
    const more = s.waiting - s.next.length;
    $("next-more").textContent = more > 0 ? "+" + more + " more waiting" : "";
    // Counts only: the roster's names are never shown.
    $("online").hidden = !s.online;
    $("online").textContent = s.online ? "Online now " + s.online.onlineNow + " · spoke so far " + s.online.spokeSoFar : "";
  }

  function renderPoll(s) {
    const poll = s.poll;
    $("poll").hidden = !poll;
    if (!poll) return;
    $("poll-heading").textContent = poll.open ? "Poll — open" : "Poll — closed";
    $("poll-question").textContent = poll.question;
    const rows = $("poll-rows");
    if (poll.hidden) {
      rows.replaceChildren(el("li", "poll-hidden", "Results are hidden until the chairs reveal them."));
    } else {
      rows.replaceChildren(...poll.rows.map((r) => {
        const li = el("li");
        li.appendChild(el("span", "label", r.label));
        const pct = Math.round(r.percent);
        li.appendChild(el("span", "value", poll.kind === "ranking" ? r.value : r.value + " (" + pct + "%)"));
        const track = el("span", "track");
        track.setAttribute("aria-hidden", "true");
        const bar = el("span", "bar");
        bar.style.width = Math.max(0, Math.min(100, r.percent)) + "%";
        track.appendChild(bar);
        li.appendChild(track);
        return li;
      }));
    }
    const responses = poll.respondents === 1 ? "1 response" : poll.respondents + " responses";
    $("poll-meta").textContent = [responses, poll.summary].filter(Boolean).join(" · ");
  }

  function render(s) {
    const takenAt = Date.parse(s.takenAt);
    if (takenAt < lastTakenAt) return;
    lastTakenAt = takenAt;
    offsetMs = takenAt - Date.now();
    document.documentElement.lang = s.language;
    document.documentElement.dir = s.direction;
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

  function status(state, text) {
    const node = $("connection");
    node.dataset.state = state;
    node.textContent = text;
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
      status("revoked", "This display link was replaced — ask a co-chair for the new one.");
      document.body.dataset.revoked = "true";
      connection.stop();
    });
    connection.onreconnecting(() => status("down", "Reconnecting…"));
    connection.onreconnected(() => status("live", "Live"));
    connection.onclose(() => { if (revoked) return; status("down", "Offline — retrying"); setTimeout(start, 3000); });
    function start() {
      if (revoked) return;
      connection.start().then(() => status("live", "Live"), () => { status("down", "Offline — retrying"); setTimeout(start, 3000); });
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
