import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'service/test/**/*.test.ts'],
    environment: 'node',
  },
});
