/* Channels directory: "Nearest to me" and the pocket card's print button.
   The location goes only to this portal, in the directory's own form, rounded to two
   decimals (about 1 km); nothing is stored in the browser or sent anywhere else. */
(function () {
  "use strict";
  var printButton = document.querySelector("[data-channel-print]");
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () { window.print(); });
  }
  var button = document.querySelector("[data-channel-nearest]");
  if (!button || !("geolocation" in navigator)) return;
  var form = button.form;
  var note = document.querySelector("[data-channel-nearest-note]");
  var status = document.querySelector("[data-channel-status]");
  button.hidden = false;
  if (note) note.hidden = false;
  button.addEventListener("click", function () {
    status.textContent = button.getAttribute("data-locating") || "…";
    navigator.geolocation.getCurrentPosition(
      function (position) {
        form.querySelector("[data-channel-lat]").value = position.coords.latitude.toFixed(2);
        form.querySelector("[data-channel-lon]").value = position.coords.longitude.toFixed(2);
        form.submit();
      },
      function () {
        status.textContent = button.getAttribute("data-denied") || "";
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 }
    );
  });
})();
