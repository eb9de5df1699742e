/**
 * What a seat may know, in the terms every scenario shares. Each scenario says in its own
 * `disclosure.ts` which parameters it announces to a seat, what a seat sees of the other seats,
 * and how it numbers the things a seat sees; `Scenario.disclosure` makes that module part of
 * every scenario, so the room, the class screens and the bots cannot leave it out.
 */

/**
 * Parameters as announced to one seat: a plain object a client may receive as is. Scenario
 * modules return their own exact type (a type alias, so it is assignable here).
 */
export type AnnouncedParams = Readonly<Record<string, unknown>>;

/**
 * What a seat sees of another seat while the game runs (after the end, every seat is shown in
 * full). "hidden": not listed at all. "occupant": listed with its kind and a human's nickname,
 * but not a bot's strategy. "strategy": listed with everything, a bot's strategy included.
 */
export type SeatVisibility = "hidden" | "occupant" | "strategy";

export interface Disclosure<Params, Seat extends string> {
  /**
   * The parameters `seat` is told before play: the `params` of its view, and of a class round
   * on its screen. `null` is a student not seated in this round (the class lobby): they get what
   * every player seat is told.
   */
  announcedParams(params: Params, seat: Seat | null): AnnouncedParams;
  /** What `viewer` may see of `other` (never called with viewer === other: a seat sees itself). */
  seatVisibility(params: Params, viewer: Seat, other: Seat): SeatVisibility;
}

/** One seat of a game, as the room holds it (only the fields the seat list reads). */
export interface SeatOccupant {
  seat: string;
  kind: "human" | "bot";
  /** A human's nickname, or the bot's strategy; null while a human seat is open. */
  name: string | null;
  /** A Bot API bot holds this token seat: listed as a bot, its name and id shown like a strategy. */
  botId?: string | null;
}

/** One row of the seat list a seat receives. */
export interface ListedSeat {
  seat: string;
  kind: "human" | "bot";
  /** A human's nickname; a bot's strategy (or Bot API name) where the viewer may know it; otherwise null. */
  name: string | null;
  /** The Bot API bot playing the seat, where the viewer may know who plays it (docs/bot-api.md). */
  botId?: string;
}

/**
 * The seat list `viewer` receives: every seat while `revealed` (the game is over), else only
 * what the scenario's disclosure allows. Seats keep the game's order.
 */
export function visibleSeatList<Params, Seat extends string>(
  disclosure: Disclosure<Params, Seat>,
  params: Params,
  viewer: Seat,
  seats: readonly (SeatOccupant & { seat: Seat })[],
  revealed: boolean,
): ListedSeat[] {
  const list: ListedSeat[] = [];
  for (const s of seats) {
    const shown: SeatVisibility = revealed || s.seat === viewer ? "strategy" : disclosure.seatVisibility(params, viewer, s.seat);
    if (shown === "hidden") continue;
    // A Bot API bot is a bot to everyone else: who wrote it is disclosed like a house bot's strategy.
    const kind = s.botId ? "bot" : s.kind;
    const named = shown === "strategy" || kind === "human";
    list.push(s.botId && named ? { seat: s.seat, kind, name: s.name, botId: s.botId } : { seat: s.seat, kind, name: named ? s.name : null });
  }
  return list;
}

/** An item of a seat's history with its id in that seat's own frame. */
export interface Framed<T> {
  /** 1, 2, 3… in the order the seat met the items. */
  id: number;
  item: T;
}

/**
 * Number a seat's items 1..n in the order given: the only ids a seat may see for its own sends
 * or its arrivals. A game-wide counter would leak, since its gaps count what happened elsewhere.
 */
export function inSeatFrame<T>(items: readonly T[]): Framed<T>[] {
  return items.map((item, i) => ({ id: i + 1, item }));
}
