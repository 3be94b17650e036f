// Campaign pages: play an outside video only when asked, and copy the page's link.
// Both are enhancements: without JavaScript the play button is a link to the video and
// the share links still work.
(function () {
  "use strict";

  document.querySelectorAll("[data-embed-play]").forEach(function (button) {
    button.addEventListener("click", function (event) {
      var holder = button.closest("[data-embed-src]");
      if (!holder) { return; }
      event.preventDefault();
      var frame = document.createElement("iframe");
      var source = holder.getAttribute("data-embed-src");
      frame.src = source + (source.indexOf("?") === -1 ? "?" : "&") + "autoplay=1";
      frame.title = holder.getAttribute("data-embed-title") || "";
      frame.allow = "autoplay; fullscreen; picture-in-picture";
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      frame.setAttribute("allowfullscreen", "");
      holder.replaceChildren(frame);
      frame.focus();
    });
  });

  var copy = document.querySelector("[data-copy-link]");
  if (copy && navigator.clipboard) {
    var status = document.querySelector("[data-copy-status]");
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(copy.getAttribute("data-copy-link")).then(function () {
        if (status) { status.textContent = copy.getAttribute("data-copied-text"); }
      });
    });
  }
})();
