import { checkBeforeSuite } from '../setup-checks';
import { EXTENSION_DIR } from './firefox';

// The same one-line check `npm test` runs first, for `npm run test:firefox` run on its own.
export default function setup() {
  checkBeforeSuite('firefox', EXTENSION_DIR);
}
