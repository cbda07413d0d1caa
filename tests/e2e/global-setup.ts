import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { EXTENSION_DIR } from './fixtures';

export default async function globalSetup() {
  // The same one-line check `npm test` runs first, for `npx playwright test` run on its own.
  try {
    execFileSync(process.execPath, ['tests/preflight.mjs', '--chromium'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
  } catch (error) {
    const line = String((error as { stderr?: string }).stderr ?? '').trim();
    // Thrown without a stack: the line is the whole message.
    throw Object.assign(new Error(line || 'preflight failed'), { stack: line });
  }
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error('No extension build in .output/chrome-mv3: run `npm run build` first (npm test does).');
  }
  // Builds tests/replica/dist unless its sources are unchanged (content hash in dist/.hash).
  execFileSync(process.execPath, ['tests/replica/build.mjs'], { stdio: 'inherit' });
}
