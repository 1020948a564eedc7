// The page's words (issue 14), from the bot's resources: the server writes them, in the dialogue's language (the
// configure page: the browser's), as a JSON block; when the dialogue changes language the new set is fetched and
// every element marked data-t is written again. Sentences with counts come ready-made in the snapshots (the server
// knows each language's plural rules); here "{0}" is only ever a name, a clock or a number.
(function () {
  "use strict";

  const block = document.getElementById("texts");
  let words = block ? JSON.parse(block.textContent) : {};
  const loading = new Map();

  function t(name) {
    return words[name] || "";
  }

  function format(name) {
    const args = Array.prototype.slice.call(arguments, 1);
    return t(name).replace(/\{(\d+)\}/g, (_, i) => (args[i] === undefined || args[i] === null ? "" : String(args[i])));
  }

  // `commands` in a text are shown as code, as in the chat.
  function withCode(text) {
    return text.split("`").map((part, i) => {
      if (i % 2 === 0) return document.createTextNode(part);
      const code = document.createElement("code");
      code.textContent = part;
      return code;
    });
  }

  function relabel() {
    document.documentElement.lang = words.language;
    document.documentElement.dir = words.direction;
    document.querySelectorAll("[data-t]").forEach((node) => {
      const text = t(node.dataset.t);
      if (node.hasAttribute("data-t-code")) node.replaceChildren(...withCode(text));
      else node.textContent = text;
    });
    document.querySelectorAll("[data-t-aria-label]").forEach((node) => node.setAttribute("aria-label", t(node.dataset.tAriaLabel)));
    document.querySelectorAll("[data-t-alt]").forEach((node) => node.setAttribute("alt", t(node.dataset.tAlt)));
  }

  // Resolves true once the page speaks `language` (a BCP 47 tag or Teams locale) anew; false when it already did or
  // the server has no such language (the page then keeps its words).
  function use(language) {
    if (!language || language === words.language) return Promise.resolve(false);
    if (!loading.has(language)) {
      loading.set(language, fetch("/display/texts/" + encodeURIComponent(language), { headers: { Accept: "application/json" } })
        .then((r) => (r.ok ? r.json() : null), () => null));
    }
    return loading.get(language).then((next) => {
      loading.delete(language);
      if (!next || next.language === words.language) return false;
      words = next;
      relabel();
      return true;
    });
  }

  window.DisplayTexts = { t: t, format: format, use: use, language: () => words.language };
})();
