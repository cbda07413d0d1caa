// First step of `npm test` (and of Playwright's global setup): the end-to-end tests need Debian's Chromium and
// CJK fonts. Without them Playwright fails deep inside with an error a newcomer cannot read, so say it in one line.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
];

function hasCjkFont() {
  if (FONT_FILES.some((f) => existsSync(f))) return true;
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** One line saying what to install, or null when everything is there. */
export function preflightProblem(env = process.env) {
  const chromium = env.CHROMIUM_PATH || '/usr/bin/chromium';
  const missing = [];
  if (!executable(chromium)) missing.push(`chromium (nothing runnable at ${chromium})`);
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  if (missing.length === 0) return null;
  return (
    `The end-to-end tests need ${missing.join(' and ')}: install with \`apt-get install -y chromium fonts-noto-cjk\`, ` +
    'or set CHROMIUM_PATH= to a Chromium binary.'
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problem = preflightProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
