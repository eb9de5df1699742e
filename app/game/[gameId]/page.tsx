import type { Metadata } from "next";
import { GameScreen } from "./GameScreen";

// The scenario is known only once the seat connects; its screen names it in the heading.
export const metadata: Metadata = { title: "Your game" };

export default async function GamePage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  return <GameScreen gameId={gameId} />;
}
