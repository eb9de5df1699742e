/**
 * The public player id the browser learned from POST /api/me (server/http/me.ts) and keeps in a
 * cookie, so server-rendered pages can show "your" progress. It is not a credential: starting a
 * night is checked against the device token on the socket.
 */
import { cookies } from "next/headers";

export async function cookiePlayerId(): Promise<string | null> {
  const value = (await cookies()).get("bivalent_player")?.value ?? null;
  return value && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}
