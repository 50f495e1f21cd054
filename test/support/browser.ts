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

/**
 * Starts Chromium; `hostResolverRules` (Chromium's own `MAP name address` rules, no DNS query) lets a page be
 * served from a name that is not `localhost`, an origin Chromium treats as not secure over plain http.
 */
export async function launchChromium(options: { hostResolverRules?: string } = {}): Promise<Browser> {
  if (!hasChromium()) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: run "apt-get install -y chromium" (.ci/run does)`);
  }
  const rules = options.hostResolverRules === undefined ? [] : [`--host-resolver-rules=${options.hostResolverRules}`];
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS, ...rules] });
}
