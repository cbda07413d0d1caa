import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { EXTENSION_DIR } from './firefox';

export default function setup() {
  // The one-line check of `npm test` (Firefox included), for `npm run test:firefox` run on its own.
  try {
    execFileSync(process.execPath, ['tests/preflight.mjs', '--firefox'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
  } catch (error) {
    const line = String((error as { stderr?: string }).stderr ?? '').trim();
    throw Object.assign(new Error(line || 'preflight failed'), { stack: line });
  }
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error('No Firefox build in .output/firefox-mv2: run `npm run build` first (npm test does).');
  }
  // Builds tests/replica/dist unless its sources are unchanged.
  execFileSync(process.execPath, ['tests/replica/build.mjs'], { stdio: 'inherit' });
}
