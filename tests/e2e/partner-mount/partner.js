// ?options=JSON → mount the app into #wegweiser as a partner would, and note the outcome on
// <body data-mounted="yes|error" data-error="…"> for the test. Without ?options the test
// calls mount() itself.
import { mount } from "/mount.js";

const q = new URLSearchParams(location.search);
if (q.has("options")) {
  mount(document.getElementById("wegweiser"), JSON.parse(q.get("options"))).then(
    () => { document.body.dataset.mounted = "yes"; },
    (e) => { document.body.dataset.mounted = "error"; document.body.dataset.error = e.message; },
  );
}
