/** The editors' token the dev server is started with in test:dev (playwright.dev.config.ts). */
export const DEV_REPORTS_TOKEN = 'e2e-dev-editors-token-7Qk2Zp9xWm4Rv8Ln';
