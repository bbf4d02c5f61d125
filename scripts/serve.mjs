// A tiny static file server for dist/ on 127.0.0.1: used by scripts/run, the end-to-end
// tests and the benchmark, so that all of them serve the app the same way.
// Usage: node scripts/serve.mjs DIR PORT [--brotli]   (PORT 0: any free port, printed)
// --brotli: answer with brotli (quality 11, as a host would precompress) when the browser
// accepts it. scripts/bench serves our app and the Leaflet peer this way, so both are
// measured with the same compression.
import { createServer } from "node:http";
import { brotliCompressSync, constants as zlib } from "node:zlib";
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const args = process.argv.slice(2);
const brotli = args.includes("--brotli");
const [dirArg = "dist", portArg = "8080"] = args.filter((a) => a !== "--brotli");
const root = resolve(dirArg);
const port = Number(portArg);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};

// Response headers from DIR/_headers (the format of Netlify's and Cloudflare Pages' file:
// a path pattern with `*`, then indented `Name: value` lines; later matches override earlier
// ones). Without that file only the basic headers below are sent.
function readHeaderRules(dir) {
  let text = "";
  try {
    text = readFileSync(join(dir, "_headers"), "utf8");
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp("^" + line.trim().split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$");
      rules.push({ pattern, headers: {} });
    } else if (rules.length) {
      const at = line.indexOf(":");
      rules[rules.length - 1].headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}
const rules = readHeaderRules(root);
const headersFor = (path) =>
  Object.assign({ "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" },
    ...rules.filter((r) => r.pattern.test(path)).map((r) => r.headers));

const compressed = new Map(); // path → { mtime, body }
function brotliOf(file, info, body) {
  const hit = compressed.get(file);
  if (hit && hit.mtime === info.mtimeMs) return hit.body;
  const out = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } });
  compressed.set(file, { mtime: info.mtimeMs, body: out });
  return out;
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith("/")) path += "index.html";
    if (path.endsWith("/_headers")) throw new Error("not served");
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    const info = await stat(file);
    if (!info.isFile()) throw new Error("not a file");
    let body = await readFile(file);
    const encoding = {};
    if (brotli && /\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
      body = brotliOf(file, info, body);
      encoding["Content-Encoding"] = "br";
      encoding["Vary"] = "Accept-Encoding";
    }
    res.writeHead(200, {
      ...headersFor(path),
      ...encoding,
      "Content-Type": types[extname(file)] ?? "application/octet-stream",
      "Content-Length": body.length,
    });
    res.end(req.method === "HEAD" ? undefined : body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
  }
});
server.listen(port, "127.0.0.1", () => {
  // Port 0 picks a free port; the line says which (tests read it).
  console.log(`serving ${root} on http://127.0.0.1:${server.address().port}${brotli ? " (brotli)" : ""}`);
});
