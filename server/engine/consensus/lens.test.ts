import { describe, expect, it } from "vitest";
import { KIND_NAME } from "@/app/_scenarios/consensus/game/words";
import { consensusParamsSchema } from "./params";
import { consensus } from "./index";
import { simulate } from "../simulate";
import type { ConsensusState } from "./types";
import { CORRESPONDENCES, LECTURE_WORDS, LEXICON, lensChip, paxosLabel, PAXOS_WORDS, type Lexicon } from "./lens";

/** Every leaf of a lexicon, by path, called with a sample argument when it is a function. */
function leaves(x: unknown, path = ""): Record<string, string> {
  if (typeof x === "string") return { [path]: x };
  if (typeof x === "function") return { [path]: String((x as (n: number) => string)(3)) };
  return Object.fromEntries(Object.entries(x as object).flatMap(([k, v]) => Object.entries(leaves(v, path ? `${path}.${k}` : k))));
}

describe("the Paxos lens's words", () => {
  it("gives every label the consensus screens show a Paxos twin", () => {
    const lecture = leaves(LECTURE_WORDS);
    const paxos = leaves(PAXOS_WORDS);
    expect(Object.keys(paxos).sort()).toEqual(Object.keys(lecture).sort());
    for (const [key, word] of Object.entries(paxos)) {
      expect(word, key).not.toBe("");
      // Only the relay layer's suspect lists are not Paxos's: they keep their name.
      if (key !== "kind.suspicions") expect(word, key).not.toBe(lecture[key]);
    }
  });

  it("the screens' message names are the lecture lexicon's", () => {
    expect(KIND_NAME).toEqual(LECTURE_WORDS.kind);
  });

  it("renames chips and timeline labels round for ballot", () => {
    const lex: Lexicon = LEXICON.paxos;
    expect(lensChip(lex, { kind: "ack", round: 4 })).toBe("b4 accepted");
    expect(lensChip(LEXICON.lecture, { kind: "ack", round: 4 })).toBe("r4 ACK");
    expect(paxosLabel("r2 v=1 t=0")).toBe("b2 promise v=1 b=0");
    expect(paxosLabel("r3 suggest 0")).toBe("b3 accept! 0");
    expect(paxosLabel("r3 ACK")).toBe("b3 accepted");
    expect(paxosLabel("r3 NACK")).toBe("b3 rejected");
    expect(paxosLabel("DECIDE 1")).toBe("chosen 1");
    expect(paxosLabel("suspects {p2}")).toBe("suspects {p2}");
  });

  it("renames every protocol label of a real run's timeline", () => {
    const params = consensusParamsSchema.parse({ n: 5, detector: "ES", adversary: "bot", f: 2 });
    const strategies = Object.fromEntries(consensus.seats(params).map((s) => [s, s === "adversary" ? "random" : "protocol"]));
    const run = simulate<ConsensusState>({ scenario: consensus, params, seed: 3, strategies });
    const timeline = consensus.timeline!(run.state, run.traceEvents());
    for (const m of timeline.messages) if (m.layer !== "relay") expect(paxosLabel(m.label), m.label).not.toBe(m.label);
  });

  it("says one sentence per correspondence and per difference", () => {
    expect(CORRESPONDENCES.filter((c) => c.how === "same").length).toBeGreaterThanOrEqual(6);
    expect(CORRESPONDENCES.filter((c) => c.how === "differs").length).toBeGreaterThanOrEqual(3);
    for (const c of CORRESPONDENCES) expect(c.sentence.endsWith(".")).toBe(true);
  });
});
