/** @type {import('next').NextConfig} */
const nextConfig = {
  // Static export: `out/` is the whole site; nothing runs on a server in production.
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default nextConfig;
