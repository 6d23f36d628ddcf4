/** @module Test helper: launches Debian's Chromium through playwright-core; absent Chromium skips locally but fails under CI=true. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** True when browser tests can run here; under CI=true a missing Chromium is an error, never a skip. */
export function chromiumAvailable(): boolean {
  const present = existsSync(CHROMIUM_PATH);
  if (!present && process.env['CI'] === 'true') {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}; CI must install it (apt-get install -y chromium).`,
    );
  }
  return present;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
