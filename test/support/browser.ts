/**
 * Starts the system's Chromium (Debian's `chromium`) through playwright-core, never a downloaded browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian installs Chromium; `.ci/run` installs it when missing. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// no network here: without these, Chromium keeps trying to reach its own services
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Starts Chromium; `extraArgs` adds flags (such as `--host-resolver-rules` to give a test origin a name). */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!hasChromium()) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: run "apt-get install -y chromium" (.ci/run does)`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}
