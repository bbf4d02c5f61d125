/*! Wegweiser Arbeit NRW, embed loader. On a partner page:
<script src="https://HOST/embed.js" data-view="map|questionnaire|both" data-lang="ro" data-district="05978" async></script>
Inserts the app in an iframe and sizes it to the height the app reports. README: Embedding. */
(function (s) {
  if (!s) return;
  var d = s.dataset, a = new URL(".", s.src), q = "?embed=1", h = "", f = document.createElement("iframe");
  function p(k, re, ok) {
    var v = d[k];
    if (v == null) return;
    if (re.test(v)) ok(v);
    else console.warn("Wegweiser embed: data-" + k + '="' + v + '" is invalid, using the default');
  }
  p("view", /^(map|questionnaire|both)$/, function (v) { q += "&view=" + v; });
  p("lang", /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, function (v) { q += "&lang=" + v; });
  p("district", /^05\d{3}$/, function (v) { h = "#/bezirk/" + v; });
  f.src = a.href + q + h;
  f.title = d.title || "Wegweiser Arbeit NRW";
  f.allow = "geolocation";
  f.referrerPolicy = "no-referrer";
  f.style.cssText = "display:block;width:100%;height:40rem;border:0";
  s.after(f);
  // Only the height, only from our own origin and our own iframe.
  addEventListener("message", function (e) {
    var m = e.data;
    if (e.origin == a.origin && e.source == f.contentWindow && m && m.type == "wegweiser:height" && m.height > 0)
      f.style.height = Math.min(m.height, 3e4) + "px";
  });
})(document.currentScript);
