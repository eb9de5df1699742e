"use client";
/**
 * A consensus seat in play. A process sees only itself: its state and phase, its inbox and
 * its moves. The adversary sees the network and every process, with its controls. After the
 * run, both see the revealed run and the checker's verdict.
 */
import type { ConsensusMove } from "@/server/engine/consensus/bots";
import type { AdversaryView, ConsensusView, ProcessView } from "@/server/engine/consensus/view";
import type { GameProps } from "../../playUi";
import { ConsensusScoring } from "../ConsensusScoring";
import { ConsensusClock } from "./ConsensusClock";
import { Coordination } from "./Coordination";
import { InFlight } from "./InFlight";
import { Inbox } from "./Inbox";
import { NetworkRing } from "./NetworkRing";
import { ProcessGrid } from "./ProcessGrid";
import { ProcessMoves } from "./ProcessMoves";
import { ProcessState } from "./ProcessState";
import { RunReport } from "../RunReport";
import { useInClass } from "@/app/components/inClass";
import { LensBar, LensProvider, useLensChoice } from "../lens";

type Props = GameProps<ConsensusView, ConsensusMove>;

export function ConsensusGame({ snapshot, view, move, notice }: Props) {
  const inClass = useInClass();
  const [lens, setLens] = useLensChoice();
  const report = view.reveal && (
    <RunReport gameId={snapshot.gameId} reveal={view.reveal} seats={snapshot.seats} you={view.seat} detector={view.params.detector} endTick={view.tick} links={!inClass} scores={!snapshot.challenge} />
  );
  return (
    <LensProvider lens={lens}>
      <LensBar lens={lens} onChange={setLens} />
      {report}
      {view.role === "process" ? (
        <ProcessScreen snapshot={snapshot} view={view} move={move} notice={notice} />
      ) : (
        // The report says all the adversary's controls could: they go once the run is over.
        !view.reveal && <AdversaryScreen snapshot={snapshot} view={view} move={move} notice={notice} />
      )}
    </LensProvider>
  );
}

function ProcessScreen({ snapshot, view, move, notice }: Props & { view: ProcessView }) {
  return (
    // Phone: clock, moves, state, inbox. Wide: clock, state and inbox left, moves right; the
    // last row absorbs the right column's height, so the left one stays packed.
    <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:grid-rows-[auto_auto_1fr] items-start">
      <div className="grid gap-3 lg:col-start-1 lg:row-start-1">
        <ConsensusClock tick={view.tick} maxTicks={view.params.maxTicks} tickMs={snapshot.tickMs} finished={view.phase === "finished"} />
        {notice}
      </div>
      <div className="grid gap-3 content-start lg:col-start-2 lg:row-start-1 lg:row-span-3">
        {view.phase === "running" && <ProcessMoves view={view} move={move} />}
        <Coordination view={view} />
        <ConsensusScoring adversary={false} />
      </div>
      <div className="lg:col-start-1 lg:row-start-2">
        <ProcessState view={view} />
      </div>
      <div className="lg:col-start-1 lg:row-start-3">
        <Inbox view={view} />
      </div>
    </div>
  );
}

function AdversaryScreen({ snapshot, view, move, notice }: Props & { view: AdversaryView }) {
  // The picture and the scoring rules come last on a phone, beside the wire on a wide screen.
  const aside = (
    <>
      <NetworkRing view={view} />
      <ConsensusScoring />
    </>
  );
  return (
    // Phone: clock, network, processes. Wide: processes left, the network right.
    <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:grid-rows-[auto_1fr] items-start">
      <div className="grid gap-3 lg:col-start-1 lg:row-start-1">
        <ConsensusClock tick={view.tick} maxTicks={view.params.maxTicks} tickMs={snapshot.tickMs} finished={view.phase === "finished"} gst={view.params.gst} />
      </div>
      {/* Refusals float over the page: the adversary clicks fast, and nothing should shift under the pointer. */}
      {notice && <div className="fixed inset-x-3 bottom-3 z-20 mx-auto max-w-xl shadow-lg rounded-lg bg-white">{notice}</div>}
      <div className="grid gap-3 content-start lg:col-start-2 lg:row-start-1 lg:row-span-2">
        <InFlight view={view} move={move} />
        <div className="hidden lg:grid gap-3">{aside}</div>
      </div>
      <div className="lg:col-start-1 lg:row-start-2">
        <ProcessGrid view={view} move={move} />
      </div>
      <div className="grid gap-3 lg:hidden">{aside}</div>
    </div>
  );
}
