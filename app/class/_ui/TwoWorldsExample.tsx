"use client";
/**
 * The indistinguishability argument on one of the class's own games: fetches a few finished
 * games' traces (unsafe ones first), replays them in the browser (the engine is pure), and
 * shows the two worlds of one where a message's arrival changed what its receiver knew (an
 * unsafe one first), else the first unsafe one.
 */
import Link from "next/link";
import { useEffect, useState } from "react";
import { verifyTrace, type StoredGame } from "@/server/engine/verify";
import type { Timeline } from "@/server/engine/timeline";
import { twoWorlds } from "@/server/engine/twoWorlds";
import { LastMessageDebrief } from "@/app/components/LastMessageDebrief";
import { outcomeTitle } from "@/app/components/outcome";
import type { DebriefGame } from "./RoundDebrief";

const MAX_TRACES = 8;

interface Example {
  game: DebriefGame;
  timeline: Timeline;
  why: "raised" | "unsafe" | "any";
}

/** A game's timeline from its public trace; a game that has just finished may not be saved yet, so a 404 is retried. */
async function loadTimeline(gameId: string, attempts = 4): Promise<Timeline | null> {
  for (let i = 0; i < attempts; i++) {
    try {
      const res = await fetch(`/api/games/${encodeURIComponent(gameId)}/trace`);
      if (res.ok) {
        const check = verifyTrace((await res.json()) as StoredGame);
        return check.ok ? check.timeline : null;
      }
      if (res.status !== 404) return null;
    } catch {
      // the network: try again
    }
    await new Promise((resolve) => setTimeout(resolve, 600 * (i + 1)));
  }
  return null;
}

/**
 * A game where an arrival changed someone's knowledge (two worlds that differ), unsafe ones
 * first; then an unsafe game, then any, each preferring one with a message that settled.
 */
async function pickExample(games: DebriefGame[]): Promise<Example | null> {
  const candidates = [...games].sort((a, b) => Number(b.metrics?.unsafe ?? false) - Number(a.metrics?.unsafe ?? false)).slice(0, MAX_TRACES);
  let best: { example: Example; rank: number } | null = null;
  for (const game of candidates) {
    const timeline = await loadTimeline(game.gameId);
    if (!timeline) continue;
    const worlds = twoWorlds(timeline);
    const unsafe = Boolean(game.metrics?.unsafe);
    const rank = (worlds?.why === "raised" ? 4 : worlds ? 2 : 0) + (unsafe ? 1 : 0);
    if (!best || rank > best.rank) best = { example: { game, timeline, why: worlds?.why === "raised" && !unsafe ? "raised" : unsafe ? "unsafe" : "any" }, rank };
    // Candidates come unsafe first: the first game with a knowledge-changing arrival is the best there is.
    if (worlds?.why === "raised") break;
  }
  return best?.example ?? null;
}

export function TwoWorldsExample({ games }: { games: DebriefGame[] }) {
  const [example, setExample] = useState<Example | null | "loading">("loading");
  const key = games.map((g) => g.gameId).join(",");
  useEffect(() => {
    let live = true;
    setExample("loading");
    void pickExample(games).then((e) => live && setExample(e));
    return () => {
      live = false;
    };
    // The games' ids are all the choice depends on (the array itself is new on every push).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (example === "loading") return <p className="card text-sm text-slate-500">Looking for a good example among the class&apos;s games…</p>;
  if (!example) return <p className="card text-sm text-slate-500">No finished game to take an example from yet.</p>;
  const players = example.game.seats.map((s) => s.name).join(" and ");
  return (
    <section className="grid gap-3" aria-label="An example from the class" data-testid="class-two-worlds">
      <div className="rounded-xl bg-indigo-50 ring-1 ring-indigo-200 px-4 py-3 text-sm text-indigo-950">
        <strong>From group {example.game.group}&apos;s game</strong> ({players}). {outcomeTitle(example.timeline.outcome)}.{" "}
        {example.why === "raised"
          ? "A message in it taught its receiver something, and its sender could not know it had."
          : example.why === "unsafe"
            ? "It ended badly: one side acted alone."
            : example.timeline.messages.length === 0
              ? "Nobody sent a single message in it."
              : "Its last message arrived, and still its sender could not be sure of it."}{" "}
        <Link href={`/games/${example.game.gameId}`} target="_blank" className="underline font-semibold">Replay it</Link>
      </div>
      <LastMessageDebrief timeline={example.timeline} />
    </section>
  );
}

/** The debrief's close for the scenarios with a knowledge ladder: two worlds from the class's own games. */
export function TwoWorldsSection({ finished }: { finished: DebriefGame[] }) {
  if (finished.length === 0) return null;
  return (
    <div className="grid gap-2">
      <h3 className="text-xl font-semibold">Two worlds, from your class</h3>
      <TwoWorldsExample games={finished} />
    </div>
  );
}
