import type { Metadata } from "next";
import { GameScreen } from "./GameScreen";

export const metadata: Metadata = { title: "Two Generals" };

export default async function GamePage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  return <GameScreen gameId={gameId} />;
}
