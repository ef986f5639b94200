/** The editors' token the e2e's report service is started with (playwright.config.ts), for reading reports back. */
export const E2E_REPORTS_TOKEN = 'e2e-editors-token-0123456789-abcdefghij';
export const E2E_REPORTS_PORT = Number(process.env.E2E_REPORTS_PORT ?? 4322);
