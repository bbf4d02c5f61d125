// A tiny static file server for dist/ on 127.0.0.1: used by scripts/run, the end-to-end
// tests and the benchmark, so that all of them serve the app the same way.
// Usage: node scripts/serve.mjs DIR PORT [--brotli]
// --brotli: answer with brotli (quality 11, as a host would precompress) when the browser
// accepts it. scripts/bench serves our app and the Leaflet peer this way, so both are
// measured with the same compression.
import { createServer } from "node:http";
import { brotliCompressSync, constants as zlib } from "node:zlib";
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
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    const info = await stat(file);
    if (!info.isFile()) throw new Error("not a file");
    let body = await readFile(file);
    const headers = {};
    if (brotli && /\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
      body = brotliOf(file, info, body);
      headers["Content-Encoding"] = "br";
      headers["Vary"] = "Accept-Encoding";
    }
    res.writeHead(200, {
      ...headers,
      "Content-Type": types[extname(file)] ?? "application/octet-stream",
      "Content-Length": body.length,
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
  }
});
server.listen(port, "127.0.0.1", () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}${brotli ? " (brotli)" : ""}`);
});
