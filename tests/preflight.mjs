// First step of `npm test` (and of the Playwright and Firefox suites' global setups): the end-to-end tests need
// Debian's Chromium, Debian's Firefox ESR, their Chinese UI (the tests read the extension's zh_CN text) and CJK fonts. Without them the browsers fail deep inside with an error a
// newcomer cannot read, so say it in one line. `--chromium` or `--firefox` checks for one suite only.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
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

/** A file next to the browser's real binary (Debian's /usr/bin/chromium is a shell script, so also /usr/lib/chromium). */
function besideBinary(binary, fallbackDir, relative) {
  const dirs = [fallbackDir];
  try {
    dirs.unshift(path.dirname(realpathSync(binary)));
  } catch {}
  return dirs.some((dir) => {
    const file = path.join(dir, relative);
    if (!relative.includes('*')) return existsSync(file);
    const [folder, pattern] = [path.dirname(file), path.basename(file).split('*')];
    try {
      return readdirSync(folder).some((f) => f.startsWith(pattern[0]) && f.endsWith(pattern[1]));
    } catch {
      return false;
    }
  });
}

/** One line saying what to install, or null when everything is there. */
export function preflightProblem(env = process.env, browsers = ['chromium', 'firefox']) {
  const chromium = env.CHROMIUM_PATH || '/usr/bin/chromium';
  const firefox = env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  const missing = [];
  if (browsers.includes('chromium') && !executable(chromium))
    missing.push(`chromium (nothing runnable at ${chromium})`);
  // Without its pak Chromium's UI, and so the extension's text, is English whatever the tests ask for.
  else if (browsers.includes('chromium') && !besideBinary(chromium, '/usr/lib/chromium', 'locales/zh-CN.pak'))
    missing.push('chromium-l10n (no locales/zh-CN.pak)');
  if (browsers.includes('firefox') && !executable(firefox))
    missing.push(`firefox-esr (nothing runnable at ${firefox})`);
  else if (
    browsers.includes('firefox') &&
    !besideBinary(firefox, '/usr/lib/firefox-esr', 'browser/extensions/langpack-zh-CN@*.xpi')
  )
    missing.push('firefox-esr-l10n-zh-cn (no zh-CN language pack)');
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  if (missing.length === 0) return null;
  return (
    `The end-to-end tests need ${missing.join(' and ')}: install with ` +
    '`apt-get install -y chromium chromium-l10n firefox-esr firefox-esr-l10n-zh-cn fonts-noto-cjk`, or set CHROMIUM_PATH= / FIREFOX_PATH= to the binaries.'
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
