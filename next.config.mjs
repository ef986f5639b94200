/** @type {import('next').NextConfig} */
const nextConfig = {
  // Static export: `out/` is the whole site; nothing runs on a server in production.
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Next renders the pages in cpus − 1 workers: one on a 2-core machine, while the main process waits.
  // globalNotFound: each edition has its own root layout (app/(zh), app/(en)); app/global-not-found.tsx is the 404.
  experimental: { cpus: Math.max(2, (await import('node:os')).availableParallelism() - 1), globalNotFound: true },
  // `npm run scale` builds synthetic content into another folder, leaving out/ alone.
  ...(process.env.TAPGUIDE_OUT_DIR ? { distDir: process.env.TAPGUIDE_OUT_DIR } : {}),
};

export default nextConfig;
