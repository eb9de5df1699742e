/**
 * A seat's packets made comparable across games, and the first difference between two lists.
 * Only credentials and names of the game itself are blanked (game id, join code, tokens, class
 * session ids): they are drawn at random for every game and say nothing about its world.
 */
import type { Packet } from "../harness";

/** Keys whose values are per-game credentials or ids. */
const CREDENTIAL_KEYS = new Set(["gameId", "code", "seatToken", "sessionId", "studentId", "studentToken", "hostKey"]);

/**
 * The packets as text, credentials blanked wherever they appear, cut after the end: the first
 * snapshot whose status is finished or the class screen saying its round has ended (what comes
 * with the end is the reveal, which may differ). The end packet itself is kept as its kind only.
 */
export function comparablePackets(packets: readonly Packet[]): string[] {
  const secrets = new Map<string, string>();
  const collect = (value: unknown, key = ""): void => {
    if (typeof value === "string" && (CREDENTIAL_KEYS.has(key) || key === "you.id") && value.length >= 6) secrets.set(value, `<${key}>`);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) collect(v, key === "you" && k === "id" ? "you.id" : k);
  };
  for (const p of packets) collect(p.data);
  const ordered = [...secrets.entries()].sort((a, b) => b[0].length - a[0].length);
  const out: string[] = [];
  for (const p of packets) {
    if (isEnd(p)) {
      out.push(`${p.event} <end>`);
      break;
    }
    let text = `${p.event} ${JSON.stringify(p.data)}`;
    for (const [secret, name] of ordered) text = text.split(secret).join(name);
    out.push(text);
  }
  return out;
}

function isEnd(p: Packet): boolean {
  const data = p.data as { status?: string; round?: { status?: string } | null } | null;
  if (p.event === "game:snapshot") return data?.status === "finished";
  if (p.event === "class:student") return data?.round?.status === "ended";
  return false;
}

/** Index and both texts of the first packet that differs, or null when the lists are equal. */
export function firstDifference(a: readonly string[], b: readonly string[]): { index: number; a: string | undefined; b: string | undefined } | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return { index: i, a: a[i], b: b[i] };
  return null;
}

/** The paths where two packets' JSON differ, with both values (at most `limit`). */
export function jsonDiff(a: string | undefined, b: string | undefined, limit = 12): string[] {
  const parse = (s: string | undefined) => {
    if (s === undefined) return undefined;
    const space = s.indexOf(" ");
    return { event: s.slice(0, space), data: safeParse(s.slice(space + 1)) };
  };
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, path: string) => {
    if (out.length >= limit) return;
    if (x && y && typeof x === "object" && typeof y === "object" && Array.isArray(x) === Array.isArray(y)) {
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${path}.${k}`);
    } else if (JSON.stringify(x) !== JSON.stringify(y)) out.push(`${path}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
  };
  walk(parse(a), parse(b), "$");
  return out;
}

function safeParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}
