// ?app=ORIGIN&w=[{"data-view":"map"}, …] → one loader script tag per entry, in order;
// ?app=ORIGIN&bare=1 → a bare iframe without the loader;
// ?html=CODE → exactly the code a partner pasted (e.g. from the app's generator): scripts in it
// are recreated so that they run, as they would in a page's HTML.
document.addEventListener("DOMContentLoaded", () => {
  const q = new URLSearchParams(location.search);
  const app = q.get("app");
  const main = document.getElementById("widgets");
  const html = q.get("html");
  if (html !== null) {
    const t = document.createElement("template");
    t.innerHTML = html;
    for (const old of t.content.querySelectorAll("script")) {
      const s = document.createElement("script");
      for (const a of old.attributes) s.setAttribute(a.name, a.value);
      old.replaceWith(s);
    }
    main.append(t.content);
    return;
  }
  if (q.get("bare")) {
    const f = document.createElement("iframe");
    f.src = `${app}/`;
    f.title = "Wegweiser";
    f.style.cssText = "width:100%;height:500px;border:0";
    main.append(f);
    return;
  }
  for (const attrs of JSON.parse(q.get("w") ?? "[{}]")) {
    const s = document.createElement("script");
    s.src = `${app}/embed.js`;
    s.async = true;
    for (const [k, v] of Object.entries(attrs)) s.setAttribute(k, v);
    main.append(s);
    const p = document.createElement("p");
    p.textContent = "Text der Partnerseite zwischen den Widgets.";
    main.append(p);
  }
});
