import fs from 'node:fs';
import path from 'node:path';
import { Builder, type WebDriver } from 'selenium-webdriver';
import { start, waitForHttp, type Started } from './processes';

/**
 * WebKit as WeChat and QQ on iPhone run it (WKWebView), here as WebKitGTK: Debian's
 * webkit2gtk-driver (WebKitWebDriver) driving its MiniBrowser, in a virtual X display (the
 * MiniBrowser has no headless mode). Playwright's own WebKit is a download this network refuses.
 */
export const DRIVER = '/usr/bin/WebKitWebDriver';
const BROWSERS = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'];
export const miniBrowser = () => process.env.WEBKIT_MINIBROWSER ?? BROWSERS.find((b) => fs.existsSync(b));

export function missing(): string | undefined {
  if (!fs.existsSync(DRIVER) || !miniBrowser()) return 'WebKitGTK is not installed: apt-get install webkit2gtk-driver xvfb';
  if (!fs.existsSync('/usr/bin/xvfb-run')) return 'xvfb-run is not installed: apt-get install xvfb xauth';
  return undefined;
}

/**
 * MiniBrowser's toolbar (address field, buttons) keeps its window at least ~450 px wide; a phone is
 * 360–390. GTK's own style sheet, for this browser only, shrinks the toolbar to a sliver so the
 * window, and the page in it, can be phone-sized. Page content does not use GTK styles.
 */
const GTK_CSS =
  '* { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; -gtk-icon-transform: scale(0.01); }\n';

/** Starts the driver; `started` hears of it at once, so that it is stopped even when waiting for it fails. */
export async function startDriver(dir: string, port: number, started: (p: Started) => void): Promise<Started> {
  fs.mkdirSync(path.join(dir, 'gtk-3.0'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'gtk-3.0', 'gtk.css'), GTK_CSS);
  const driver = start('webkit-driver', '/usr/bin/xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', DRIVER, `--port=${port}`], dir, {
    ...process.env,
    XDG_CONFIG_HOME: dir,
    // No accessibility bus in a bare X display; without this GTK waits for one at every start.
    NO_AT_BRIDGE: '1',
  });
  started(driver);
  await waitForHttp(driver, `http://127.0.0.1:${port}/status`, 20_000);
  return driver;
}

/** A browser session with this user agent; MiniBrowser takes it as a setting at start. */
export function session(port: number, userAgent: string): Promise<WebDriver> {
  return new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation', `--user-agent=${userAgent}`] },
    })
    .build();
}
