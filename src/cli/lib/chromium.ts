/**
 * Where Chromium is and how it is started: Debian's Chromium (or CHROME_PATH),
 * for `npm run audit` (Lighthouse) and the browser tests (playwright-core).
 */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Throws an error saying how to install Chromium when it is not at CHROMIUM. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. The browser tests and \`npm run audit\` need it: install it with ` +
        '`sudo apt-get install -y chromium` (Debian/Ubuntu; .ci/run does this), or point CHROME_PATH at a Chromium binary.',
    );
  }
}
