/** A room as the journal keeps its header: what rebuilding it needs besides its inputs. */
import type { LiveGameHeader } from "./journal";
import type { GameRoom } from "./room";

export function headerOf(room: GameRoom): LiveGameHeader {
  return {
    id: room.id,
    code: room.code,
    scenario: room.scenario.id,
    params: room.params,
    seed: room.seed,
    tickMs: room.tickMs,
    // Never the token: only its hash, which is all a player's token is checked against.
    seats: room.seats.map(({ seat, kind, strategy, name, playerId, botId, tokenHash, timeouts, refused }) => ({
      seat,
      kind,
      strategy,
      name,
      playerId,
      ...(botId ? { botId } : {}),
      tokenHash,
      // A Bot API bot's counters (the deadline's stand-ins, refused moves) survive a restart.
      ...(timeouts ? { timeouts } : {}),
      ...(refused ? { refused } : {}),
    })),
    context: room.context ?? null,
    friends: room.friends,
    startedAt: room.startedAt,
  };
}
