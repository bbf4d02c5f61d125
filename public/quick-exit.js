// Quick exit, kept outside the wasm app so that it works while the app loads, after it has
// crashed, and inside an embedding iframe. Pattern: GOV.UK "Exit this page" (Shift pressed
// three times, each within 5 s, Shift used as a modifier does not count), but with
// location.replace so that Back does not return here.
(function () {
  "use strict";
  var link = document.getElementById("quick-exit");
  if (!link) return;
  var presses = 0;
  var timer = 0;
  var shiftModified = false;

  function leave() {
    document.documentElement.classList.add("leaving");
    try {
      window.top.location.replace(link.href);
    } catch (e) {
      // A cross-origin parent may refuse; leave at least this frame.
      window.location.replace(link.href);
    }
  }

  link.addEventListener("click", function (event) {
    event.preventDefault();
    leave();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      presses = 0;
      if (event.shiftKey) shiftModified = true;
    }
  }, true);
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") return;
    if (shiftModified) {
      shiftModified = false;
      return;
    }
    presses += 1;
    clearTimeout(timer);
    if (presses >= 3) {
      presses = 0;
      leave();
      return;
    }
    timer = setTimeout(function () { presses = 0; }, 5000);
  }, true);
  // Coming back through the back/forward cache must not leave the page blanked.
  window.addEventListener("pageshow", function () {
    document.documentElement.classList.remove("leaving");
    presses = 0;
  });
})();
