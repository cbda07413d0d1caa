import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { EXTENSION_DIR } from './fixtures';

export default async function globalSetup() {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error('No extension build in .output/chrome-mv3: run `npm run build` first (npm test does).');
  }
  // Builds tests/replica/dist unless its sources are unchanged (content hash in dist/.hash).
  execFileSync(process.execPath, ['tests/replica/build.mjs'], { stdio: 'inherit' });
}
