"use client";
/** Starting a consensus run: as one process among bots, or as the adversary against bot processes. */
import { useState } from "react";
import { CONSENSUS_STRATEGY_DESCRIPTIONS } from "@/server/engine/consensus/strategies";
import { DETECTOR_CLASSES, processSeat, weaklyComplete, type DetectorClass } from "@/server/engine/consensus/terms";
import type { CreateGamePayload } from "@/server/protocol/schemas";
import type { StartFormProps } from "@/app/_scenarios/playUi";
import { Card, Checkbox, Select } from "@/app/_start/FormBits";

/** Each class's name, and a line in our words: what its detector may get wrong, and until when. */
const DETECTOR_TITLES: Record<DetectorClass, string> = {
  P: "P: perfect",
  EP: "◇P: eventually perfect",
  S: "S: strong",
  ES: "◇S: eventually strong",
  W: "W: weak",
  EW: "◇W: eventually weak",
};

const DETECTOR_BLURBS: Record<DetectorClass, string> = {
  P: "Never suspects a live process.",
  EP: "May wrongly suspect anyone before GST, never after.",
  S: "One correct process is never suspected.",
  ES: "After GST, one correct process is never suspected.",
  W: "Like S, but only one process must notice each crash.",
  EW: "Like ◇S, but only one process must notice each crash.",
};

const PACES = [
  { label: "Relaxed (2 s a tick)", ms: 2000 },
  { label: "Normal (1 s a tick)", ms: 1000 },
  { label: "Quick (0.4 s a tick)", ms: 400 },
] as const;

const GSTS = [0, 10, 20, 40] as const;
const SIZES = [3, 4, 5, 6, 7] as const;

type AdversaryChoice = "none" | "random" | "stubborn";

const PROTOCOL_BOT = { kind: "bot", strategy: "protocol" } as const;

/** The relay layer's switch, sent only for W and ◇W (the other classes refuse it). */
const relayParam = (detector: DetectorClass, on: boolean) => (weaklyComplete(detector) ? { strongCompleteness: on } : {});

/** Every process seat but `except`, played by protocol bots. */
function botProcesses(n: number, except: number | null): CreateGamePayload["others"] {
  const others: CreateGamePayload["others"] = {};
  for (let p = 1; p <= n; p++) if (p !== except) others[processSeat(p)] = PROTOCOL_BOT;
  return others;
}

/** The fields both forms share: the number of processes, the detector, GST and the pace; `children` go after the number. */
function RunFields({ n, setN, detector, setDetector, gst, setGst, tickMs, setTickMs, relay, setRelay, children }: {
  n: number;
  setN: (n: number) => void;
  detector: DetectorClass;
  setDetector: (d: DetectorClass) => void;
  gst: number;
  setGst: (g: number) => void;
  tickMs: number;
  setTickMs: (ms: number) => void;
  relay: boolean;
  setRelay: (on: boolean) => void;
  children?: React.ReactNode;
}) {
  return (
    <>
      <Select<number> label="Processes" value={n} onChange={setN} options={SIZES.map((k) => ({ value: k, label: `${k} processes (a majority is ${Math.floor(k / 2) + 1})` }))} />
      {children}
      <Select<DetectorClass>
        label="Failure detector"
        value={detector}
        onChange={setDetector}
        options={DETECTOR_CLASSES.map((c) => ({ value: c, label: DETECTOR_TITLES[c] }))}
      />
      <p className="text-xs text-slate-500 -mt-2">{DETECTOR_BLURBS[detector]}</p>
      {weaklyComplete(detector) && (
        <Checkbox
          label="Relay suspect lists (strong completeness)"
          hint={
            relay
              ? "Every process sends what it suspects to all the others every Δ ticks, and suspects what it hears: W acts as S, ◇W as ◇S."
              : "Off: only one process must notice a crash, so the others can wait forever for a crashed coordinator."
          }
          checked={relay}
          onChange={setRelay}
        />
      )}
      <Select<number>
        label="GST (when the network and detectors settle)"
        value={gst}
        onChange={setGst}
        options={GSTS.map((g) => ({ value: g, label: g === 0 ? "Tick 0: stable from the start" : `Tick ${g}` }))}
      />
      <Select<number> label="Pace" value={tickMs} onChange={setTickMs} options={PACES.map((p) => ({ value: p.ms, label: p.label }))} />
    </>
  );
}

export function ConsensusAsProcess({ busy, onStart, errorId }: StartFormProps) {
  const [n, setN] = useState(5);
  const [me, setMe] = useState(1);
  const [detector, setDetector] = useState<DetectorClass>("ES");
  const [gst, setGst] = useState(20);
  const [adversary, setAdversary] = useState<AdversaryChoice>("none");
  const [sandbox, setSandbox] = useState(false);
  const [tickMs, setTickMs] = useState(1000);
  const [relay, setRelay] = useState(true);
  const you = Math.min(me, n);

  function start() {
    const others = botProcesses(n, you);
    if (adversary !== "none") others.adversary = { kind: "bot", strategy: adversary };
    const params = { n, detector, gst, adversary: adversary === "none" ? "none" : "bot", sandbox, ...relayParam(detector, relay) };
    onStart({ scenario: "consensus", params, seat: processSeat(you), others, tickMs });
  }

  return (
    <Card title="Play a process with bots">
      <p className="text-sm text-slate-600 -mt-1">You run one process by hand; every other process is a bot that follows the protocol exactly.</p>
      <RunFields n={n} setN={setN} detector={detector} setDetector={setDetector} gst={gst} setGst={setGst} tickMs={tickMs} setTickMs={setTickMs} relay={relay} setRelay={setRelay}>
        <Select<number>
          label="You are"
          value={you}
          onChange={setMe}
          options={Array.from({ length: n }, (_, i) => ({ value: i + 1, label: `p${i + 1}${i + 1 === 2 ? ": you coordinate round 1" : ""}` }))}
        />
      </RunFields>
      <Select<AdversaryChoice>
        label="The adversary"
        value={adversary}
        onChange={setAdversary}
        options={[
          { value: "none", label: "None: chance delays and mistakes" },
          { value: "random", label: "A bot: random" },
          { value: "stubborn", label: "A bot: stubborn" },
        ]}
      />
      {adversary !== "none" && <p className="text-xs text-slate-500 -mt-2">{CONSENSUS_STRATEGY_DESCRIPTIONS[adversary]}</p>}
      <Checkbox label="Sandbox" hint="As coordinator you may suggest either value, to see agreement break." checked={sandbox} onChange={setSandbox} />
      <button aria-describedby={errorId} type="button" disabled={busy} onClick={start} className="btn-primary">
        Start as p{you}
      </button>
    </Card>
  );
}

export function ConsensusAsAdversary({ busy, onStart, errorId }: StartFormProps) {
  const [n, setN] = useState(5);
  const [detector, setDetector] = useState<DetectorClass>("ES");
  const [gst, setGst] = useState(20);
  const [f, setF] = useState(1);
  const [tickMs, setTickMs] = useState(1000);
  const [relay, setRelay] = useState(true);
  const maxF = Math.floor((n - 1) / 2);
  const crashes = Math.min(f, maxF);

  return (
    <Card title="Play the adversary">
      <p className="text-sm text-slate-600 -mt-1">
        Every process is a bot. You delay messages, plant detector mistakes and crash processes, within the rules of the class: keep them from deciding for as long as you can.
      </p>
      <RunFields n={n} setN={setN} detector={detector} setDetector={setDetector} gst={gst} setGst={setGst} tickMs={tickMs} setTickMs={setTickMs} relay={relay} setRelay={setRelay}>
        <Select<number>
          label="Crashes allowed (f)"
          value={crashes}
          onChange={setF}
          options={Array.from({ length: maxF + 1 }, (_, k) => ({ value: k, label: k === 0 ? "None" : `Up to ${k} (f < n/2)` }))}
        />
      </RunFields>
      <button aria-describedby={errorId}
        type="button"
        disabled={busy}
        className="btn-primary"
        onClick={() => onStart({ scenario: "consensus", params: { n, detector, gst, f: crashes, adversary: "human", ...relayParam(detector, relay) }, seat: "adversary", others: botProcesses(n, null), tickMs })}
      >
        Start as the adversary
      </button>
    </Card>
  );
}
