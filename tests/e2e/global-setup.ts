import { checkBeforeSuite } from '../setup-checks';
import { EXTENSION_DIR } from './fixtures';

// The same one-line check `npm test` runs first, for `npx playwright test` run on its own.
export default async function globalSetup() {
  checkBeforeSuite('chromium', EXTENSION_DIR);
}
