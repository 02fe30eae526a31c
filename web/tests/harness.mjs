// End-to-end harness: a store made by `dyad ingest` (the sample corpus plus
// test articles), `dyad serve` on a free loopback port, and Debian's Chromium
// driven by playwright-core. Inputs from the environment (CTest sets them):
//   DYAD_BIN         the dyad binary (required)
//   DYAD_WEB_DIR     the built page (default: web/dist)
//   DYAD_E2E_DEFAULT_WEB=1  start `dyad serve` without --web: its compiled-in
//                    default must be DYAD_WEB_DIR (CTest sets this)
//   DYAD_SOURCE_DIR  the source tree (default: this file's ../..)
//   CHROMIUM         the browser (default /usr/bin/chromium)
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const sourceDir = process.env.DYAD_SOURCE_DIR || resolve(here, '../..');
export const webDir = process.env.DYAD_WEB_DIR || resolve(here, '../dist');
export const dyadBin = process.env.DYAD_BIN || '';
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

export function checkInputs() {
  if (!dyadBin || !existsSync(dyadBin)) throw new Error(`DYAD_BIN must name the dyad binary (got "${dyadBin}")`);
  if (!existsSync(join(webDir, 'index.html'))) throw new Error(`no built page in ${webDir} (npm run build, or set DYAD_WEB_DIR)`);
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath} (scripts/setup.sh installs it)`);
  const help = execFileSync(dyadBin, ['--help'], { encoding: 'utf8' });
  if (!/^\s+serve\s/m.test(help)) throw new Error(`${dyadBin} has no \`serve\` subcommand (the HTTP server, issue 7)`);
}

// Runs `dyad --db DB args...` and returns its standard output.
export function dyad(db, ...args) {
  // Run from the source tree, where dyad finds data/dictionaries.
  return execFileSync(dyadBin, ['--db', db, ...args], { cwd: sourceDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// A temporary store: the sample corpus plus `extra` articles (JSON Lines).
export function makeStore(extra) {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-web-e2e-'));
  const db = join(dir, 'dyad.db');
  const jsonl = join(dir, 'extra.jsonl');
  writeFileSync(jsonl, extra.map((a) => JSON.stringify(a)).join('\n') + '\n');
  dyad(db, 'ingest', join(sourceDir, 'examples/corpus'));
  dyad(db, 'ingest', jsonl);
  return { dir, db, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

// Starts `dyad serve` and waits until /api/health answers.
export async function startServer(db) {
  const port = await freePort();
  // Under CTest the binary's built-in default page directory (DYAD_WEB_DIR at
  // compile time) is the one tested; by hand, --web names it.
  const web = process.env.DYAD_E2E_DEFAULT_WEB === '1' ? [] : ['--web', webDir];
  const child = spawn(dyadBin, ['--db', db, 'serve', '--host', '127.0.0.1', '--port', String(port), ...web], {
    cwd: sourceDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk) => {
    log += chunk;
    if (log.length > 200000) log = log.slice(-100000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`dyad serve exited (${child.exitCode}): ${log}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`dyad serve did not answer on ${base} within 20 s: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () =>
    new Promise((resolveStop) => {
      if (child.exitCode !== null) return resolveStop(child.exitCode);
      child.once('exit', (code) => resolveStop(code));
      child.kill('SIGTERM');
    });
  return { base, stop, log: () => log };
}

// GET base/api/path as JSON: {status, body}.
export async function getJson(base, path) {
  const r = await fetch(`${base}/api/${path}`);
  let body = null;
  try {
    body = await r.json();
  } catch {
    body = null;
  }
  return { status: r.status, body };
}

// The UTF-8 bytes [begin, end) of text, decoded: what the server's offsets name.
export function byteSlice(text, begin, end) {
  return Buffer.from(text, 'utf8').subarray(begin, end).toString('utf8');
}
