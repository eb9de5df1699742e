/**
 * Class sessions this browser holds, without an account: the host's key per session it hosts,
 * and the student token per session it joined. Both are secrets: they live in localStorage and
 * never in a shareable address (the host link carries its key in the fragment, which browsers
 * never send to a server, and the host page moves it into storage at once).
 */

export interface HostedSession {
  sessionId: string;
  hostKey: string;
  code: string;
  title: string;
  /** Epoch ms when this browser first held the key (sorts "Your sessions"). */
  savedAt: number;
}

export interface JoinedSession {
  sessionId: string;
  studentId: string;
  studentToken: string;
  code: string;
}

const HOST_PREFIX = "bivalent.class.host.";
const STUDENT_PREFIX = "bivalent.class.student.";
const SECRET = /^[A-Za-z0-9_-]{20,64}$/;

function read<T>(key: string): T | null {
  try {
    return JSON.parse(localStorage.getItem(key) ?? "null") as T | null;
  } catch {
    return null;
  }
}

export function saveHostedSession(session: Omit<HostedSession, "savedAt"> & { savedAt?: number }): void {
  const old = loadHostedSession(session.sessionId);
  const merged: HostedSession = {
    ...session,
    code: session.code || old?.code || "",
    title: session.title || old?.title || "",
    savedAt: session.savedAt ?? old?.savedAt ?? Date.now(),
  };
  localStorage.setItem(HOST_PREFIX + session.sessionId, JSON.stringify(merged));
}

export function loadHostedSession(sessionId: string): HostedSession | null {
  const s = read<HostedSession>(HOST_PREFIX + sessionId);
  return s && s.sessionId === sessionId && SECRET.test(s.hostKey ?? "") ? s : null;
}

/** Every session this browser hosts, newest first. */
export function hostedSessions(): HostedSession[] {
  const out: HostedSession[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(HOST_PREFIX)) continue;
    const s = loadHostedSession(key.slice(HOST_PREFIX.length));
    if (s) out.push(s);
  }
  return out.sort((a, b) => b.savedAt - a.savedAt);
}

export function forgetHostedSession(sessionId: string): void {
  localStorage.removeItem(HOST_PREFIX + sessionId);
}

export function saveJoinedSession(session: JoinedSession): void {
  localStorage.setItem(STUDENT_PREFIX + session.sessionId, JSON.stringify(session));
}

export function loadJoinedSession(sessionId: string): JoinedSession | null {
  const s = read<JoinedSession>(STUDENT_PREFIX + sessionId);
  return s && s.sessionId === sessionId && SECRET.test(s.studentToken ?? "") ? s : null;
}

export function forgetJoinedSession(sessionId: string): void {
  localStorage.removeItem(STUDENT_PREFIX + sessionId);
}

/** The address a host opens on another device: the key rides in the fragment, never sent to a server. */
export function hostLink(origin: string, sessionId: string, hostKey: string): string {
  return `${origin}/class/${sessionId}/host#key=${encodeURIComponent(hostKey)}`;
}

/** Reads `#key=...` from the address, if any, and removes the fragment from the address bar. */
export function takeKeyFromFragment(): string | null {
  const match = /(?:^#|&)key=([^&]+)/.exec(window.location.hash);
  if (!match) return null;
  const key = decodeURIComponent(match[1]);
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
  return SECRET.test(key) ? key : null;
}
