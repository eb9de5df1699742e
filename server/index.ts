/**
 * Entry point: `npm start` (production) and `npm run dev` run this file.
 * Configuration comes from the environment (see README.md).
 */
import { startServer } from "./app";
import { parseAllowedOrigins } from "./realtime/origins";

const port = Number(process.env.PORT ?? 3000);
const server = await startServer({
  port,
  host: process.env.HOST || undefined,
  ui: process.env.BIVALENT_UI !== "off",
  dev: process.env.NODE_ENV !== "production",
  databaseUrl: process.env.DATABASE_URL,
  allowedOrigins: parseAllowedOrigins(process.env.ALLOWED_ORIGINS),
});

console.log(`Bivalent is ready on http://localhost:${server.port}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing writes and closing`);
    server
      .close()
      .then(() => process.exit(0))
      .catch((err) => {
        console.error(err);
        process.exit(1);
      });
  });
}
