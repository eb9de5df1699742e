/**
 * Next.js configuration. The app is served by our own Node server (server/app.ts), which
 * carries socket.io on the same port; Next only renders pages.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and Node-only packages used by server components stay outside the bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@prisma/client", "pino"],
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
