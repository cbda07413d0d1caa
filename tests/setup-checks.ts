// What the Playwright and the Firefox suites check before they start: their browser and the fonts (the one line of
// tests/preflight.mjs), the extension build, and the replica build (rebuilt only when its sources changed).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export function checkBeforeSuite(browser: 'chromium' | 'firefox', extensionDir: string): void {
  try {
    execFileSync(process.execPath, ['tests/preflight.mjs', `--${browser}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
  } catch (error) {
    const line = String((error as { stderr?: string }).stderr ?? '').trim();
    // Thrown without a stack: the line is the whole message.
    throw Object.assign(new Error(line || 'preflight failed'), { stack: line });
  }
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    const dir = path.relative(process.cwd(), extensionDir);
    throw new Error(`No extension build in ${dir}: run \`npm run build\` first (npm test does).`);
  }
  // Content hash in dist/.hash: unchanged sources are not built again.
  execFileSync(process.execPath, ['tests/replica/build.mjs'], { stdio: 'inherit' });
}
