"use client";
/**
 * The projector's presenter debrief: the chosen game's replay, held at the server's tick (the
 * scenario's replay story and the space-time diagram follow it: nothing after it is drawn), the
 * host's controls (buttons, ←/→ and space to step), the question to the class with its answers
 * live as a bar chart and a table, and the reveal. Large type for the back of the room.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect } from "react";
import type { PresenterReason, PresenterView } from "@/server/protocol/classroom";
import type { Timeline } from "@/server/engine/timeline";
import { scenarioUi } from "@/app/_scenarios/registry";
import type { ReplaySeat } from "@/app/_scenarios/replayUi";
import { clockLabel } from "@/app/components/clock";
import { ControlledReplayMoment } from "@/app/components/ReplayMoment";
import { ReplayViewer } from "@/app/games/[id]/ReplayViewer";
import { Notice } from "@/app/class/_ui/Notice";
import { useHostSession, type HostHandle } from "../host/useHostSession";
import { AnswerChart } from "./AnswerChart";

/** The chosen game as the page read it from its stored trace. */
export interface PresentedGame {
  gameId: string;
  scenario: string;
  params: Record<string, unknown>;
  seats: ReplaySeat[];
  timeline: Timeline;
  /** The timeline drawn before the end: nothing in it tells how the game ends (the scenario's `presenter.blind`). */
  blindTimeline: Timeline;
  reveal: unknown;
}

const REASON: Record<PresenterReason, string> = {
  unsafe: "An unsafe end",
  "two-worlds": "Two worlds nobody could tell apart",
  undecided: "The longest undecided run",
};

export function PresenterScreen({ sessionId, requested, game }: { sessionId: string; requested: string | null; game: PresentedGame | null }) {
  const host = useHostSession(sessionId);
  const router = useRouter();
  const state = host.state;
  const presenter = state.kind === "live" || state.kind === "connecting" ? (state.view?.presenter ?? null) : null;
  const chosen = presenter?.gameId ?? null;

  // The page shows the game the server chose: follow it when it changes (a new debrief).
  useEffect(() => {
    if (chosen && chosen !== requested) router.replace(`/class/${sessionId}/present?game=${chosen}`);
  }, [chosen, requested, router, sessionId]);
  // Just after a round, the game may not be in the database yet: look again shortly.
  useEffect(() => {
    if (!chosen || chosen !== requested || game) return;
    const timer = setTimeout(() => router.refresh(), 1000);
    return () => clearTimeout(timer);
  }, [chosen, requested, game, router]);

  if (state.kind === "loading") return <Notice title="Opening the presenter…" />;
  if (state.kind === "no-key") return <Notice title="This browser doesn't control this class">Only the host's browser runs the presenter debrief.</Notice>;
  if (state.kind === "refused") return <Notice title="The presenter can't open">{state.message}</Notice>;
  const view = state.view;
  if (!view) return <Notice title="Connecting…" />;
  const back = (
    <Link href={`/class/${sessionId}/host`} className="btn-secondary !bg-white !text-slate-900 ring-1 ring-slate-300 hover:!bg-slate-100">
      Back to the console
    </Link>
  );
  if (!presenter) {
    const ended = view.round?.status === "ended";
    return (
      <Notice title="No presenter debrief is running">
        <span className="grid gap-3 justify-items-center">
          {ended ? "Start one on the last round." : "Once a round has ended, start one from the console."}
          {host.error && <span role="alert" className="text-rose-800">{host.error}</span>}
          <span className="flex gap-2">
            {ended && (
              <button type="button" className="btn-primary" disabled={host.busy} onClick={() => void host.startPresenter()}>
                Presenter debrief
              </button>
            )}
            {back}
          </span>
        </span>
      </Notice>
    );
  }
  if (!game || game.gameId !== presenter.gameId) return <Notice title="Loading the game…" />;
  return <Presenting host={host} presenter={presenter} game={game} back={back} sessionId={sessionId} />;
}

function Presenting({ host, presenter, game, back, sessionId }: { host: HostHandle; presenter: PresenterView; game: PresentedGame; back: React.ReactNode; sessionId: string }) {
  const router = useRouter();
  const ui = scenarioUi(game.scenario);
  const asking = presenter.phase === "asking";
  const question = presenter.question;
  const { stepPresenter } = host;
  const step = useCallback((to: number | "next" | "previous") => void stepPresenter(to), [stepPresenter]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      // Fields, and the replay's own diagram and slider, keep their keys.
      if (target.closest("input, select, textarea, [aria-label='Replay']")) return;
      if (e.key === "ArrowRight" || (e.key === " " && !target.closest("button, a"))) {
        e.preventDefault();
        step("next");
      } else if (e.key === "ArrowLeft") {
        e.preventDefault();
        step("previous");
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [step]);

  if (!ui) return null;
  const at = (t: number) => clockLabel(game.timeline.clock, t);
  const atEnd = presenter.tick >= presenter.endTick;
  const timeline = atEnd ? game.timeline : game.blindTimeline;
  return (
    <div className="mx-auto max-w-[110rem] px-3 sm:px-6 py-4 grid gap-5" data-testid="presenter">
      <header className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <div className="grid">
          <p className="text-sm lg:text-base uppercase tracking-widest text-slate-600">
            Presenter debrief · round {presenter.round} · group {presenter.group}
          </p>
          {/* Why the server chose this game gives away how it ends: the room hears it with the reveal. */}
          <h1 className="text-3xl lg:text-5xl font-bold tracking-tight">{question?.reveal ? `Why this game: ${REASON[presenter.reason].toLowerCase()}` : "What would you do?"}</h1>
        </div>
        <div className="ml-auto flex flex-wrap gap-2">
          <button type="button" className="btn-secondary !bg-white !text-slate-900 ring-1 ring-slate-300 hover:!bg-slate-100" onClick={() => void document.documentElement.requestFullscreen?.()}>
            Full screen
          </button>
          {back}
          <button
            type="button"
            className="rounded-lg px-3 py-2.5 font-semibold text-rose-700 hover:bg-rose-50"
            onClick={() => void host.closePresenter().then((ok) => ok && router.push(`/class/${sessionId}/host`))}
          >
            End the debrief
          </button>
        </div>
      </header>
      {host.error && (
        <p role="alert" className="flex items-center gap-3 rounded-lg bg-rose-50 text-rose-800 ring-1 ring-rose-200 px-3 py-2 text-lg">
          {host.error}
          <button type="button" className="ml-auto underline" onClick={host.clearError}>dismiss</button>
        </p>
      )}
      <section className="card grid gap-4" aria-label="Presenter controls">
        <div className="flex flex-wrap items-center gap-3 text-xl lg:text-2xl">
          <button type="button" className="btn-secondary !text-xl !px-5 !py-3" onClick={() => step("previous")} disabled={asking || presenter.tick <= 0} aria-label="One step back">
            ◀ Back
          </button>
          <output className="font-mono font-bold min-w-40 text-center" data-testid="presenter-tick" aria-live="polite">
            {at(presenter.tick)}
          </output>
          <button type="button" className="btn-secondary !text-xl !px-5 !py-3" onClick={() => step("next")} disabled={asking || presenter.tick >= presenter.endTick} aria-label="One step forward">
            Next ▶
          </button>
          {presenter.tick !== presenter.askAt && (
            <button type="button" className="btn-secondary !text-lg !px-4 !py-3" onClick={() => step(presenter.askAt)} disabled={asking}>
              To the moment of decision ({at(presenter.askAt)})
            </button>
          )}
          <span className="ml-auto flex gap-3">
            {!asking ? (
              <button type="button" className="btn-primary !text-xl !px-6 !py-3" onClick={() => void host.askPresenter()} disabled={host.busy}>
                Ask the class
              </button>
            ) : (
              <button type="button" className="btn-primary !text-xl !px-6 !py-3" onClick={() => void host.revealPresenter()} disabled={host.busy}>
                Reveal
              </button>
            )}
          </span>
        </div>
        <p className="text-sm lg:text-base text-slate-600">← → or space step through the game; the class is asked at the tick on screen. While a question is open the game stays put.</p>
      </section>
      {question && (
        <section className="card grid gap-4" aria-label="The question to the class" data-testid="presenter-question">
          <h2 className="text-2xl lg:text-4xl font-bold">{question.prompt}</h2>
          <AnswerChart options={question.options} counts={question.counts} answered={question.answered} students={question.students} correct={question.reveal?.correct ?? null} />
          {question.reveal ? (
            <p className="text-xl lg:text-2xl rounded-lg bg-indigo-50 ring-1 ring-indigo-200 text-indigo-950 px-4 py-3" data-testid="presenter-reveal">
              {question.reveal.text}
            </p>
          ) : (
            <p className="text-lg text-slate-600">Asked at {at(question.tick)}. Press <strong>Reveal</strong> when the room has answered.</p>
          )}
        </section>
      )}
      <div className="xl:[zoom:1.15] 2xl:[zoom:1.3]">
        <ControlledReplayMoment tick={presenter.tick} end={presenter.endTick} onGo={step}>
          {/* The scenario's end-of-game reveal (a consensus run's report and verdict) tells how it ends: only at the end. */}
          <ui.replay.Story
            gameId={game.gameId}
            params={game.params}
            seats={game.seats}
            timeline={timeline}
            reveal={atEnd ? game.reveal : null}
            viewer={<ReplayViewer timeline={timeline} />}
          />
        </ControlledReplayMoment>
      </div>
    </div>
  );
}
