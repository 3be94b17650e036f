/* The portal's only script. Every page works without it; it adds:
 * - quick exit that leaves no way "back" (also on Esc pressed twice),
 * - the high-contrast switch, remembered in localStorage (not a cookie),
 * - focus for the Alt+1..4 shortcuts where the browser does not move it.
 */
(function () {
  "use strict";
  var root = document.documentElement;

  function quickExit(url) {
    try { document.body.innerHTML = ""; document.title = ""; } catch (e) { /* keep going */ }
    window.location.replace(url);
  }

  var exitLink = document.querySelector("[data-quick-exit]");
  if (exitLink) {
    exitLink.addEventListener("click", function (event) {
      event.preventDefault();
      quickExit(exitLink.href);
    });
    var lastEscape = 0;
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") { return; }
      var now = Date.now();
      if (now - lastEscape < 1000) { quickExit(exitLink.href); }
      lastEscape = now;
    });
  }

  var contrast = document.querySelector("[data-contrast-toggle]");
  if (contrast) {
    var sync = function () {
      contrast.setAttribute("aria-pressed", root.classList.contains("high-contrast") ? "true" : "false");
    };
    contrast.hidden = false;
    sync();
    contrast.addEventListener("click", function () {
      var on = root.classList.toggle("high-contrast");
      try { localStorage.setItem("portal-contrast", on ? "high" : "normal"); } catch (e) { /* private mode */ }
      sync();
    });
  }

  document.addEventListener("keydown", function (event) {
    if (!event.altKey || event.ctrlKey || event.metaKey) { return; }
    var targets = { "1": "main-content", "2": "main-nav", "3": "search-field", "4": "footer" };
    var id = targets[event.key];
    if (!id) { return; }
    var target = document.getElementById(id);
    if (target) {
      event.preventDefault();
      target.focus();
      target.scrollIntoView();
    }
  });
})();
