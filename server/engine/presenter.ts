/**
 * The presenter debrief's question, as a scenario asks it: at a moment of a finished game's
 * timeline, one question to the whole class with two to four fixed options, and what happened
 * (told only after the host reveals it). Pure functions over the timeline.
 */
import type { Timeline } from "./timeline";

export interface PresenterOption {
  /** Stable within the question, e.g. "act". */
  id: string;
  /** What the button says, e.g. "Attack now". */
  label: string;
}

/** A question about a finished game at one tick. */
export interface PresenterQuestion {
  /** What every phone shows; built only from what the projector already shows at that tick. */
  prompt: string;
  /** Two to four options, fixed for the scenario (never chosen from the game's hidden facts). */
  options: PresenterOption[];
  /** What happened: the reveal, told once the host reveals. */
  reveal: string;
  /** Per option: what choosing it would have led to in this game. */
  outcomes: Record<string, string>;
  /** The option the game proved right, if one did. */
  correct: string | null;
}

/** What a scenario gives the presenter (the optional `presenter` of Scenario). */
export interface ScenarioPresenter {
  /** The tick to pause at and ask: the moment of decision. */
  askAt(timeline: Timeline): number;
  /** The question at `tick` (0..endTick). */
  question(timeline: Timeline, tick: number): PresenterQuestion;
  /**
   * The timeline as the projector draws it before the end, when the timeline itself would tell
   * how the game ends (consensus names its end "all decided" or "limit"). The same timeline if absent.
   */
  blind?(timeline: Timeline): Timeline;
  /**
   * Questions asked after the first, in order, each time the host asks again (then the first
   * again): consensus debriefs the same run a second time in Paxos words, one term to match each.
   */
  followUps?(timeline: Timeline): PresenterQuestion[];
}

/** The words of a two-party scenario's question (Two Generals, the Lovers). */
export interface TwoPartyQuestionWords {
  /** e.g. "Would you attack now?" */
  ask: string;
  act: string;
  wait: string;
  never: string;
  /** How a time reads, e.g. (t) => `tick ${t}`. */
  at(tick: number): string;
  /** "attacked together", "met at the date". */
  together: string;
  /** "attacked alone", "waited alone". */
  alone: string;
  /** "nobody attacked", "nobody went". */
  nobody: string;
}

/** Before the initiator's own decision, when it took one; otherwise the tick before the end. */
function twoPartyAskAt(timeline: Timeline): number {
  const first = timeline.parties[0].id;
  const mine = timeline.decisions.find((d) => d.party === first && !d.byDefault);
  const at = mine ? mine.tick - 1 : timeline.endTick - 1;
  return Math.max(0, Math.min(timeline.endTick, at));
}

/**
 * The question to the class in the initiator's shoes: act now, wait, or never. The prompt names
 * only the party and the tick (both on the projector); the reveal says what the other party did.
 */
export function twoPartyPresenter(words: TwoPartyQuestionWords): ScenarioPresenter {
  return {
    askAt: twoPartyAskAt,
    question(timeline, tick) {
      const [me, other] = timeline.parties;
      const theirs = timeline.decisions.find((d) => d.party === other.id);
      const mine = timeline.decisions.find((d) => d.party === me.id);
      const otherActs = Boolean(theirs?.acts);
      const actual = mine ? `${me.name}: ${mine.label} at ${words.at(mine.tick)}` : `${me.name} never decided`;
      const otherDid = theirs ? `${other.name}: ${theirs.label} at ${words.at(theirs.tick)}` : `${other.name} never decided`;
      return {
        prompt: `You are ${me.name} at ${words.at(tick)}. ${words.ask}`,
        options: [
          { id: "act", label: words.act },
          { id: "wait", label: words.wait },
          { id: "never", label: words.never },
        ],
        reveal: `What happened: ${actual}; ${otherDid}. ${fates(timeline, me)} ${fates(timeline, other)}`,
        outcomes: {
          act: otherActs ? `You and ${other.name} ${words.together}.` : `You ${words.alone}: ${other.name} did not act.`,
          wait: `Waiting, the game went on as it did: ${actual}.`,
          never: otherActs ? `${other.name} ${words.alone}.` : `Safe: ${words.nobody}.`,
        },
        correct: otherActs ? "act" : "never",
      };
    },
  };
}

/** "Alice sent 3 messages: 2 arrived, 1 lost." */
function fates(timeline: Timeline, party: { id: string; name: string }): string {
  const sent = timeline.messages.filter((m) => m.from === party.id);
  if (sent.length === 0) return `${party.name} sent no message.`;
  const arrived = sent.filter((m) => m.fate === "delivered").length;
  const lost = sent.filter((m) => m.fate === "lost").length;
  const late = sent.length - arrived - lost;
  const parts = [`${arrived} arrived`, `${lost} lost`, ...(late > 0 ? [`${late} still on the way at the end`] : [])];
  return `${party.name} sent ${sent.length} message${sent.length === 1 ? "" : "s"}: ${parts.join(", ")}.`;
}
