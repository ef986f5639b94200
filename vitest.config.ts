import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `server-only` marks build-time modules for Next; in tests everything is build time (scripts/support/server-only.ts).
  resolve: { alias: { '@': path.resolve(__dirname), 'server-only': path.resolve(__dirname, 'scripts/support/server-only.ts') } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'service/test/**/*.test.ts'],
    environment: 'node',
  },
});
