// `server-only` for Node outside Next (scripts, vitest, Playwright's loader): build-time modules mark
// themselves with `import 'server-only'`, which Next uses to refuse them in a client bundle. Out here
// everything is build time, so the marker resolves to this empty module (tsconfig.node.json, vitest.config.ts).
export {};
