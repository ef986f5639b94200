/** @type {import('next').NextConfig} */
const nextConfig = {
  // Static export: `out/` is the whole site; nothing runs on a server in production.
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // `npm run scale` builds synthetic content into another folder, leaving out/ alone.
  ...(process.env.TAPGUIDE_OUT_DIR ? { distDir: process.env.TAPGUIDE_OUT_DIR } : {}),
};

export default nextConfig;
