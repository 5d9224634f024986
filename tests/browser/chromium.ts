// Launching the system Chromium (Debian's /usr/bin/chromium, driven by playwright-core) for
// browser tests. Under CI=true a missing browser is an error; elsewhere it is `undefined`, and
// the caller skips.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const CI = process.env.CI === "true" || process.env.CI === "1";
export const FLAGS = [
  "--no-sandbox", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--enable-unsafe-webgpu",
];

export async function launchChromium(): Promise<Browser | undefined> {
  if (!existsSync(CHROMIUM)) {
    if (CI) throw new Error(`${CHROMIUM} is missing: run scripts/setup-browser.sh`);
    return undefined;
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}
