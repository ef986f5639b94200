/** The WebKit run's sizes and ports (env overrides, so runs side by side do not collide). */
export const PHONE = { width: 390, height: 740 };
export const SITE_PORT = Number(process.env.WEBKIT_PORT ?? 4331);
export const REPORTS_PORT = Number(process.env.WEBKIT_REPORTS_PORT ?? SITE_PORT + 1);
export const DRIVER_PORT = Number(process.env.WEBKIT_DRIVER_PORT ?? SITE_PORT + 2);
// 32+ characters: the service refuses a shorter editors' token at start (service/src/config.ts).
export const REPORTS_TOKEN = 'webkit-editors-token-0123456789-abcdefghij';
/** Where the screens test leaves its screenshots (gitignored). */
export const SHOTS_DIR = process.env.WEBKIT_SHOTS ?? '.shots';
/** One test's limit: a route of a dozen taps takes a few seconds. */
export const TEST_TIMEOUT_MS = 60_000;
