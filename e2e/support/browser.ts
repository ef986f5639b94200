import fs from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium when present (Playwright cannot download browsers here), else Playwright's own. */
export function chromiumPath(): string | undefined {
  const wanted = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
  return fs.existsSync(wanted) ? wanted : undefined;
}

export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: chromiumPath(),
    // Without these, Chromium keeps trying to reach Google's services, which a closed network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
