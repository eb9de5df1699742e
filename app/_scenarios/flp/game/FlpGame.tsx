"use client";
/** One FLP seat's screen: the scheduler's configuration and steps, a process's own state, or the puzzle. */
import type { GameProps } from "@/app/_scenarios/playUi";
import type { FlpMove, FlpView } from "@/server/engine/flp";

export function FlpGame({ view, notice }: GameProps<FlpView, FlpMove>) {
  return (
    <section className="grid gap-3">
      {notice}
      <p>Valency: {view.role === "scheduler" ? view.valency : "hidden"}</p>
    </section>
  );
}
