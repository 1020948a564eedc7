// Room display, panel Q&A: the current panel's most upvoted questions, from each snapshot display.js receives.
// Names only as the Q&A card shows them ("Anonymous" when the asker chose so); text inserted as text, never as HTML,
// and in its own direction: on an Arabic screen an English question keeps its "?" at its end, and the reverse.
(function () {
  "use strict";

  const $ = (id) => document.getElementById(id);
  const texts = window.DisplayTexts;
  let known = null; // question numbers already shown; null until the first snapshot

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // A name inside a sentence in the screen's language, isolated (FSI … PDI) so its direction holds within the line.
  const isolate = (text) => "\u2068" + text + "\u2069";

  function row(q) {
    const li = el("li");
    li.dataset.number = String(q.number);
    if (q.answered) li.dataset.answered = "true";
    const count = el("span", "qa-votes", "▲ " + q.votes);
    count.setAttribute("aria-label", q.votesText);
    li.appendChild(count);
    const body = el("div", "qa-body");
    const text = el("p", "qa-text", q.text);
    text.dir = "auto";
    body.appendChild(text);
    const meta = [q.askedBy ? isolate(q.askedBy) : texts.t("Anonymous")];
    if (q.addressedTo) meta.push(texts.format("AddressedTo", isolate(q.addressedTo)));
    if (q.answered) meta.push(texts.t("Answered"));
    body.appendChild(el("p", "qa-meta", meta.join(" · ")));
    li.appendChild(body);
    return li;
  }

  function render(s) {
    const qa = s.questions;
    $("qa").hidden = !qa;
    if (!qa) {
      known = null;
      return;
    }
    $("qa-heading").textContent = texts.t(qa.open ? "Questions" : "QuestionsClosed");
    $("qa-list").replaceChildren(...qa.top.map(row));
    $("qa-empty").hidden = qa.top.length > 0;
    $("qa-more").textContent = qa.more || "";

    // Screen readers hear of new questions, not of every upvote.
    const numbers = new Set(qa.top.map((q) => q.number));
    if (known) {
      const fresh = qa.top.filter((q) => !known.has(q.number));
      if (fresh.length > 0) $("qa-announcer").textContent = texts.format("NewQuestion", fresh[0].text);
    }
    known = numbers;
  }

  document.addEventListener("display:snapshot", (e) => render(e.detail));
})();
