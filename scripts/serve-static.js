/**
 * `npm run serve -- DIR [--port N] [--host H] [--cert cert.pem --key key.pem]`: a small static
 * file server for the built add-in (dist/addin/), with the content types Office's webviews expect
 * and no directory listing. With --cert and --key it serves https (what Office requires); without,
 * plain http, only for trying the build in a browser on the same PC. IIS or any other web server
 * does the same job in production (docs/deployment.md). Prints the URL it serves once listening.
 */
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const https = require('node:https');
const path = require('node:path');

/** Content types by extension: what the add-in's files need (IIS has the same defaults). */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

function parseArgs(argv) {
  const options = { dir: null, port: 8443, host: '127.0.0.1', cert: null, key: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg === '--host') options.host = argv[++i];
    else if (arg === '--cert') options.cert = argv[++i];
    else if (arg === '--key') options.key = argv[++i];
    else if (!arg.startsWith('--') && !options.dir) options.dir = arg;
    else throw new Error(`unknown argument: ${arg}`);
  }
  if (!options.dir) throw new Error('usage: node scripts/serve-static.js DIR [--port N] [--host H] [--cert cert.pem --key key.pem]');
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error(`--port must be 0–65535`);
  if (!!options.cert !== !!options.key) throw new Error('--cert and --key go together');
  return options;
}

/** The request handler: files under root only, GET and HEAD only. */
function handler(root) {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || '/', 'http://localhost').pathname);
    } catch {
      return void res.writeHead(400).end();
    }
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}taskpane.html` : pathname);
    if (file !== root && !file.startsWith(root + path.sep)) return void res.writeHead(403).end();
    fs.stat(file, (error, stat) => {
      if (error || !stat.isFile()) return void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      // Hashed script names never change content; the pages and the manifest must be re-read after an update.
      const cache = /\.[0-9a-f]{8}\.js$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
      res.writeHead(200, {
        'Content-Type': contentType(file),
        'Content-Length': stat.size,
        'Cache-Control': cache,
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') return void res.end();
      fs.createReadStream(file).pipe(res);
    });
  };
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const root = path.resolve(options.dir);
  if (!fs.existsSync(path.join(root, 'taskpane.html')))
    throw new Error(`${root} has no taskpane.html: build first (npm run build) or name dist/addin`);
  const secure = !!options.cert;
  const server = secure
    ? https.createServer({ cert: fs.readFileSync(options.cert), key: fs.readFileSync(options.key) }, handler(root))
    : http.createServer(handler(root));
  server.listen(options.port, options.host, () => {
    const { port } = server.address();
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    console.log(`serving ${root} at ${secure ? 'https' : 'http'}://${host}:${port}/`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
}

module.exports = { contentType, CONTENT_TYPES, handler };
