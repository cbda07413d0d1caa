// First step of `npm test` (and of the Playwright and Firefox suites' global setups): the end-to-end tests need
// Debian's Chromium, Debian's Firefox ESR and CJK fonts. Without them the browsers fail deep inside with an error a
// newcomer cannot read, so say it in one line. `--chromium` or `--firefox` checks for one suite only.
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
export function preflightProblem(env = process.env, browsers = ['chromium', 'firefox']) {
  const chromium = env.CHROMIUM_PATH || '/usr/bin/chromium';
  const firefox = env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  const missing = [];
  if (browsers.includes('chromium') && !executable(chromium))
    missing.push(`chromium (nothing runnable at ${chromium})`);
  if (browsers.includes('firefox') && !executable(firefox))
    missing.push(`firefox-esr (nothing runnable at ${firefox})`);
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  if (missing.length === 0) return null;
  return (
    `The end-to-end tests need ${missing.join(' and ')}: install with ` +
    '`apt-get install -y chromium firefox-esr fonts-noto-cjk`, or set CHROMIUM_PATH= / FIREFOX_PATH= to the binaries.'
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv.slice(2).map((a) => a.replace(/^--/, ''));
  const problem = preflightProblem(process.env, only.length > 0 ? only : undefined);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
