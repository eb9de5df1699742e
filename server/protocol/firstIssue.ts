/**
 * How a refused payload is explained: the first thing wrong with it, where it is, in at most
 * 200 characters. Every layer that checks a payload (the socket edge, game creation, class
 * rounds) words its BAD_PAYLOAD message this way.
 */
import type { z } from "zod";

/** The first issue of a zod error as "path: message", cut to 200 characters. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  const path = issue.path.length ? issue.path.join(".") + ": " : "";
  return (path + issue.message).slice(0, 200);
}
