/**
 * Who plays the next match of one scenario, from its queue (pure: the scheduler's decisions are
 * deterministic given the queue and the time). Bots are taken first come, first served.
 */

/** A bot waiting in a scenario's queue since `since` (ms); `order` breaks ties in join order. */
export interface Waiting {
  botId: string;
  /** The bot's owner: two bots of one owner never share a match (they could collude). */
  ownerId: string;
  since: number;
  order: number;
}

/**
 * The queue in the order it is served: oldest first, each bot once (a bot may have several
 * sockets), and each owner once: the owner's other bots wait for a later match.
 */
export function servingOrder<W extends Waiting>(waiting: readonly W[]): W[] {
  const bots = new Set<string>();
  const owners = new Set<string>();
  return [...waiting]
    .sort((a, b) => a.since - b.since || a.order - b.order)
    .filter((w) => !bots.has(w.botId) && !owners.has(w.ownerId) && (bots.add(w.botId), owners.add(w.ownerId), true));
}

/**
 * The bots of the next match, or null to wait: as many as there are arena seats; two or more are
 * matched at once (house bots fill the seats left); a lone bot waits `pairWaitMs` for a partner
 * (not at all when the scenario has one arena seat), then plays the house.
 */
export function nextMatch<W extends Waiting>(queue: readonly W[], arenaSeats: number, now: number, pairWaitMs: number): W[] | null {
  const ordered = servingOrder(queue);
  if (ordered.length === 0) return null;
  if (ordered.length >= 2 || arenaSeats === 1) return ordered.slice(0, arenaSeats);
  return now - ordered[0].since >= pairWaitMs ? ordered : null;
}
