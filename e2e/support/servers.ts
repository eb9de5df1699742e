/**
 * Where the e2e servers listen (playwright.config.ts starts them; specs read the addresses here).
 * scripts/test.mjs picks free ports and passes them in E2E_PORT and E2E_CLASS_PORT.
 */
export const e2ePort = Number(process.env.E2E_PORT || 3100);
export const classPort = Number(process.env.E2E_CLASS_PORT || e2ePort + 1);

/**
 * The class-day server's PUBLIC_URL: not a loopback address (192.0.2.10 is TEST-NET-1, reserved
 * for documentation), as a teacher on a school network would start it. Phones in the test still
 * reach the server on 127.0.0.1; the QR code must say this address.
 */
export const CLASS_PUBLIC_URL = `http://192.0.2.10:${classPort}`;
