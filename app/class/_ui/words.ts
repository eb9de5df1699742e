/** Words for class sessions: error codes in plain language, scenarios, seats. */
import type { ProtocolError } from "@/server/protocol/errors";
import { scenarioUi } from "@/app/_scenarios/registry";

const ERROR_WORDS: Partial<Record<string, string>> = {
  UNKNOWN_SESSION: "There is no class with that code. Check the code on your teacher's screen.",
  BAD_HOST_KEY: "This browser doesn't hold the host key of this class. Open the host link on the device that created it.",
  SESSION_ENDED: "This class session has ended.",
  KICKED: "Your teacher removed you from this class.",
  LATE_JOIN_CLOSED: "This class is closed to new students right now. Ask your teacher to allow late joiners.",
  NICKNAME_REFUSED: "That nickname isn't allowed. Please pick another one.",
  NO_STUDENTS: "No student has joined yet: share the code first.",
  ROUND_RUNNING: "A round is already running: end it first.",
  NO_ROUND: "There is no round running.",
  RATE_LIMITED: "Too many tries in a short time. Wait a few seconds and try again.",
};

/** A refusal in words a student or a teacher understands; the server's message when we have none. */
export function classErrorText(error: ProtocolError): string {
  // The server says why a nickname was refused (too long, a word it filters): keep its reason.
  if (error.code === "NICKNAME_REFUSED" && error.message) return `That nickname isn't allowed: ${error.message.replace(/^[A-Z]/, (c) => c.toLowerCase())}`;
  return ERROR_WORDS[error.code] ?? error.message;
}

/** A scenario's title from the UI registry; the id itself for one it does not know. */
export const scenarioTitle = (id: string): string => scenarioUi(id)?.title ?? id;

/** m:ss */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export function formatDate(iso: string | number): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}
