import type { Metadata } from "next";
import { presetCards } from "@/server/classroom/presets";
import { HostConsole } from "./HostConsole";

export const metadata: Metadata = { title: "Host console" };

export default async function HostPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  return <HostConsole sessionId={sessionId} presets={presetCards()} />;
}
