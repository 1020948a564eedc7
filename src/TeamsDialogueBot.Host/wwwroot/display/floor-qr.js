// The phones' QR code on the room display (issue 18): shown while the chairs have `floor qr on`. Listens to the
// snapshots display.js renders; the code itself is an SVG the host draws for this display's token.
(function () {
  "use strict";

  const token = decodeURIComponent(location.pathname.split("/")[2] || "");
  let shown = null;

  document.addEventListener("tdb:snapshot", (event) => {
    const link = event.detail && event.detail.floorLink;
    const section = document.getElementById("floor-qr");
    if (!section) return;
    section.hidden = !link;
    if (!link || link.url === shown) return;
    shown = link.url;
    // The link's own last characters make the image address new when the link is rotated.
    document.getElementById("floor-qr-code").src =
      "/display/" + encodeURIComponent(token) + "/floor-qr.svg?v=" + encodeURIComponent(link.url.slice(-8));
    document.getElementById("floor-qr-url").textContent = link.text;
  });
})();
