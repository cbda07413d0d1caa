import { existsSync } from 'node:fs';
import { EXTENSION_DIR } from './fixtures';

export default async function globalSetup() {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error('No extension build in .output/chrome-mv3: run `npm run build` first (npm test does).');
  }
}
