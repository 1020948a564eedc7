// The configuration page Teams shows when a chair adds the room display as a meeting tab. The link carries
// the dialogue's secret token, so the chair pastes it from the bot's `display` answer; it must point at
// this same app, and the tab's content then is that page (side panel or wide layout).
(function () {
  "use strict";
  var form = document.getElementById("setup");
  var link = document.getElementById("link");
  var error = document.getElementById("link-error");
  var pattern = /^\/display\/([A-Za-z0-9_-]{20,})\/?$/;
  var texts = window.DisplayTexts;

  function chosenUrl() {
    var url;
    try {
      url = new URL(link.value.trim());
    } catch (e) {
      return null;
    }
    var match = pattern.exec(url.pathname);
    if (url.origin !== window.location.origin || !match) {
      return null;
    }
    var layout = form.querySelector("input[name=layout]:checked").value;
    return window.location.origin + "/display/" + match[1] + (layout === "panel" ? "/panel" : "");
  }

  function refresh() {
    var url = chosenUrl();
    error.hidden = url !== null || link.value.trim() === "";
    if (window.microsoftTeams && window.microsoftTeams.app.isInitialized()) {
      window.microsoftTeams.pages.config.setValidityState(url !== null);
    }
  }

  form.addEventListener("input", refresh);
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  if (!window.microsoftTeams) {
    return;
  }
  window.microsoftTeams.app.initialize().then(function () {
    // The page was written in the browser's language, else the dialogue's default; inside Teams the client's own
    // locale decides when it is one of the six UN languages.
    window.microsoftTeams.app.getContext().then(function (context) {
      return texts.use(context && context.app && context.app.locale);
    }).catch(function () { /* no context: keep the page's language */ });
    window.microsoftTeams.pages.config.registerOnSaveHandler(function (saveEvent) {
      var url = chosenUrl();
      if (url === null) {
        saveEvent.notifyFailure(texts.t("SetupSaveFailure"));
        return;
      }
      window.microsoftTeams.pages.config.setConfig({
        entityId: "room-display",
        suggestedDisplayName: texts.t("SetupHeading"),
        contentUrl: url,
        websiteUrl: url
      }).then(function () { saveEvent.notifySuccess(); }, function (reason) { saveEvent.notifyFailure(String(reason)); });
    });
    refresh();
  }, function () { /* Opened outside Teams: the form still checks links. */ });
})();
