// Builds the replica with Vite's JS API unless dist/.hash already matches the sources' content hash.
// Usage: `node tests/replica/build.mjs [--force]`; tests/e2e/global-setup.ts runs it before the e2e tests.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.join(ROOT, 'dist');
const HASH_FILE = path.join(DIST, '.hash');

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** Hash of everything that shapes the bundle: src/**, index.html, the vite config and this script. */
export function sourceHash() {
  const files = [
    ...listFiles(path.join(ROOT, 'src')),
    ...['index.html', 'vite.config.ts', 'build.mjs'].map((f) => path.join(ROOT, f)),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(path.relative(ROOT, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export async function buildReplica({ force = false } = {}) {
  const hash = sourceHash();
  if (!force && existsSync(HASH_FILE) && readFileSync(HASH_FILE, 'utf8').trim() === hash) {
    return { built: false, hash };
  }
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), root: ROOT });
  writeFileSync(HASH_FILE, `${hash}\n`);
  return { built: true, hash };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { built, hash } = await buildReplica({ force: process.argv.includes('--force') });
  console.log(built ? `replica built (${hash.slice(0, 12)})` : `replica up to date (${hash.slice(0, 12)})`);
}
