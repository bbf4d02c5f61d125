// Inside an embedding iframe (see embed.js): tell the parent page how tall the content is, so
// that the loader can size the iframe without a scrollbar. Only the height is sent, rounded up
// to 50 px so that it says as little as possible about what is on screen; the partner page can
// read nothing else (the iframe is another origin). Kept outside the wasm, like quick exit.
(function () {
  "use strict";
  if (window.parent === window) return;
  var last = 0;
  function report() {
    var height = Math.ceil(document.body.getBoundingClientRect().height / 50) * 50;
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "wegweiser:height", height: height }, "*");
  }
  new ResizeObserver(report).observe(document.body);
  report();
})();
