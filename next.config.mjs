/** @type {import('next').NextConfig} */
const nextConfig = {
  // Static export: `out/` is the whole site; nothing runs on a server in production.
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Next renders the pages in cpus − 1 workers: one on a 2-core machine, while the main process waits.
  experimental: { cpus: Math.max(2, (await import('node:os')).availableParallelism() - 1) },
  // `npm run scale` builds synthetic content into another folder, leaving out/ alone.
  ...(process.env.TAPGUIDE_OUT_DIR ? { distDir: process.env.TAPGUIDE_OUT_DIR } : {}),
};

export default nextConfig;
