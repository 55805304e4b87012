// The app is served by the custom server in server/ (one port for pages and
// the collaboration socket); this file only configures Next itself.
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver modules stay out of the bundle and load from node_modules.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', 'markdownlint'],
  poweredByHeader: false,
  reactStrictMode: true,
}

export default nextConfig
