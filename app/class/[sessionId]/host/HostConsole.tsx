"use client";
/**
 * The host's console: the join code and QR code, the lobby, the next round's setup or the
 * running round's controls, the live dashboard of every group with the class's charts, and
 * the debrief once a round has ended.
 */
import Link from "next/link";
import { useState } from "react";
import type { HostView } from "@/server/protocol/classroom";
import { LazyClassCharts } from "@/app/class/_ui/LazyClassCharts";
import { CsvButton } from "@/app/class/_ui/CsvButton";
import { RoundDebrief } from "@/app/class/_ui/RoundDebrief";
import { Notice } from "@/app/class/_ui/Notice";
import { scenarioTitle } from "@/app/class/_ui/words";
import { GroupBoard } from "./GroupBoard";
import { JoinCodePanel } from "./JoinCodePanel";
import { Lobby } from "./Lobby";
import { PresenterLauncher } from "./PresenterLauncher";
import { RoundControls } from "./RoundControls";
import { initialSetup, RoundSetup } from "./RoundSetup";
import type { PresetCard } from "@/server/classroom/presets";
import { useHostSession, type HostHandle } from "./useHostSession";
import { RestartNotice } from "@/app/components/RestartNotice";

/** `presets`: the class presets with their group sizes, from the page (server/classroom/presets.ts). */
export function HostConsole({ sessionId, presets }: { sessionId: string; presets: PresetCard[] }) {
  const host = useHostSession(sessionId);
  const { state } = host;
  if (state.kind === "loading") return <Notice title="Opening your class…" />;
  if (state.kind === "no-key") {
    return (
      <Notice title="This browser doesn't control this class">
        Only the holder of the host link controls a session. Open the host link you copied, on this device, or{" "}
        <Link href="/class" className="underline">host a new class</Link>.
      </Notice>
    );
  }
  if (state.kind === "refused") {
    return (
      <Notice title="Can't open this class">
        {state.message} Its results stay on its <Link href={`/class/${sessionId}/history`} className="underline">history page</Link>; see also{" "}
        <Link href="/class" className="underline">your sessions</Link>.
      </Notice>
    );
  }
  if (!state.view) return <Notice title="Connecting to your class…" />;
  return <Console host={host} presets={presets} view={state.view} receivedAt={state.receivedAt} reconnecting={state.kind === "connecting"} />;
}

function Console({ host, presets, view, receivedAt, reconnecting }: { host: HostHandle; presets: PresetCard[]; view: HostView; receivedAt: number; reconnecting: boolean }) {
  const round = view.round;
  const active = round && round.status !== "ended";
  const ended = view.status === "ended";
  const finished = round?.groups.filter((g) => g.metrics) ?? [];
  const [setup, setSetup] = useState(() => initialSetup(presets));
  const first = view.rounds.length === 0;
  const setupPanel = (
    <RoundSetup presets={presets} students={view.students.length} busy={host.busy} nextRound={(view.rounds.at(-1)?.number ?? 0) + 1} setup={setup} onSetup={setSetup} onStart={host.startRound} />
  );
  return (
    <div className="mx-auto max-w-7xl px-3 sm:px-4 py-4 sm:py-6 grid gap-4" data-testid="host-console">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="grid">
          <p className="text-xs uppercase tracking-widest text-slate-500">Host console{ended && " · session ended"}</p>
          <h1 className="text-2xl sm:text-3xl font-bold tracking-tight">{view.title}</h1>
        </div>
        {reconnecting && <span className="text-sm text-amber-700" role="status">Reconnecting…</span>}
        <div className="ml-auto flex flex-wrap items-center gap-2 text-sm">
          {host.hostKey && <CsvButton sessionId={view.sessionId} hostKey={host.hostKey} code={view.code} />}
          <Link href={`/class/${view.sessionId}/history`} className="btn-secondary !bg-white !text-slate-900 ring-1 ring-slate-300 hover:!bg-slate-100">History</Link>
          {!ended && <EndSession busy={host.busy} onEnd={host.endSession} />}
        </div>
      </header>
      <RestartNotice />
      {host.error && (
        <p role="alert" className="flex items-center gap-3 rounded-lg bg-rose-50 text-rose-800 ring-1 ring-rose-200 px-3 py-2 text-sm">
          {host.error}
          <button type="button" className="ml-auto underline" onClick={host.clearError}>dismiss</button>
        </p>
      )}
      {ended && (
        <p className="card text-slate-700" role="status">
          This session is over: students see &ldquo;Class is over&rdquo; and the code no longer lets anyone in. Every round&apos;s debrief is on the{" "}
          <Link href={`/class/${view.sessionId}/history`} className="underline font-semibold">history page</Link>, and every result is in the CSV.
        </p>
      )}
      {/* Before the first round the code is the star (the projector); afterwards the rounds are. */}
      {!ended && host.hostKey && first && <JoinCodePanel code={view.code} sessionId={view.sessionId} hostKey={host.hostKey} big />}
      {!ended && (
        <div className={`grid gap-4 items-start ${first ? "lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]" : "lg:grid-cols-[1fr_1fr]"}`}>
          {host.hostKey && !first && <JoinCodePanel code={view.code} sessionId={view.sessionId} hostKey={host.hostKey} big={false} />}
          <Lobby view={view} busy={host.busy} onKick={(id) => void host.kick(id)} onLateJoin={(allow) => void host.setLateJoin(allow)} />
          {first && setupPanel}
        </div>
      )}
      {!ended && !first && !active && setupPanel}
      {round && active && <RoundControls round={round} receivedAt={receivedAt} busy={host.busy} onPause={host.pause} onResume={host.resume} onEnd={host.endRound} />}
      {round && active && (
        <section className="grid gap-3" aria-label="Live dashboard">
          <h2 className="text-xl font-semibold">Live: {round.groups.length} {round.groups.length === 1 ? "group" : "groups"}</h2>
          <GroupBoard scenario={round.scenario} skin={round.skin} groups={round.groups} watch={host.hostKey ? { sessionId: view.sessionId, hostKey: host.hostKey } : null} />
          <LazyClassCharts scenario={round.scenario} metrics={finished.map((g) => g.metrics!)} groups={finished.map((g) => g.group)} total={round.groups.length} skin={round.skin} />
        </section>
      )}
      {round && !active && (
        <>
          <section className="grid gap-3" aria-label="Groups of the last round">
            <GroupBoard scenario={round.scenario} skin={round.skin} groups={round.groups} />
          </section>
          {!ended && <PresenterLauncher view={view} host={host} />}
          <RoundDebrief number={round.number} scenario={round.scenario} skin={round.skin} games={round.groups.map((g) => ({ gameId: g.gameId, group: g.group, seats: g.seats, metrics: g.metrics }))} />
        </>
      )}
      {view.rounds.length > 1 && (
        <p className="text-sm text-slate-600">
          Earlier rounds: {view.rounds.slice(0, -1).map((r) => `#${r.number} ${scenarioTitle(r.scenario)} (${r.finished}/${r.games})`).join(" · ")}. Their debriefs are on the{" "}
          <Link href={`/class/${view.sessionId}/history`} className="underline">history page</Link>.
        </p>
      )}
    </div>
  );
}

function EndSession({ busy, onEnd }: { busy: boolean; onEnd: () => Promise<boolean> }) {
  const [confirm, setConfirm] = useState(false);
  if (!confirm) {
    return (
      <button type="button" className="rounded-lg px-3 py-2.5 font-semibold text-rose-700 hover:bg-rose-50" onClick={() => setConfirm(true)}>
        End session
      </button>
    );
  }
  return (
    <span className="flex items-center gap-2 rounded-lg bg-rose-50 ring-1 ring-rose-200 px-2 py-1">
      <span className="text-rose-900">End the class for everyone?</span>
      <button type="button" className="btn-danger !py-1" disabled={busy} onClick={() => void onEnd().then(() => setConfirm(false))}>Yes, end it</button>
      <button type="button" className="px-2 py-1 text-slate-600" onClick={() => setConfirm(false)}>No</button>
    </span>
  );
}
