import type { Metadata } from "next";
import { scenarioUi } from "@/app/_scenarios/registry";
import { JoinForm } from "./JoinForm";

export const metadata: Metadata = { title: "Join a game" };

/**
 * `/join/<code>?game=<scenario>`: the invite link names its game so the page can say what it is
 * before the seat is taken (a hint only: the seat's own screen says what the game really is).
 */
export default async function JoinPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<{ game?: string | string[] }> }) {
  const [{ code }, { game }] = await Promise.all([params, searchParams]);
  const ui = typeof game === "string" ? scenarioUi(game) : undefined;
  return <JoinForm code={decodeURIComponent(code).toUpperCase().slice(0, 6)} game={ui ? { title: ui.title, blurb: ui.blurb } : null} />;
}
