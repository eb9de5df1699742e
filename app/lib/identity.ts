/**
 * Who this browser is, without an account: a device token invented once and kept in
 * localStorage, the last nickname used, and the seat grants this browser holds.
 */
import type { SeatGrant } from "@/server/protocol/events";

const DEVICE_KEY = "bivalent.device";
const NICKNAME_KEY = "bivalent.nickname";
const grantKey = (gameId: string) => `bivalent.seat.${gameId}`;

/** 24 URL-safe characters from the browser's CSPRNG, matching the protocol's device token. */
function freshDeviceToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function deviceToken(): string {
  let token = localStorage.getItem(DEVICE_KEY);
  if (!token || !/^[A-Za-z0-9_-]{16,64}$/.test(token)) {
    token = freshDeviceToken();
    localStorage.setItem(DEVICE_KEY, token);
  }
  return token;
}

export function savedNickname(): string {
  return localStorage.getItem(NICKNAME_KEY) ?? "";
}

export function saveNickname(nickname: string): void {
  localStorage.setItem(NICKNAME_KEY, nickname);
}

export function saveGrant(grant: SeatGrant): void {
  localStorage.setItem(grantKey(grant.gameId), JSON.stringify(grant));
}

export function loadGrant(gameId: string): SeatGrant | null {
  try {
    const grant = JSON.parse(localStorage.getItem(grantKey(gameId)) ?? "null") as SeatGrant | null;
    return grant && grant.gameId === gameId && typeof grant.seatToken === "string" ? grant : null;
  } catch {
    return null;
  }
}
