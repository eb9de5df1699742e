import type { Metadata } from "next";
import { HistoryView } from "./HistoryView";

export const metadata: Metadata = { title: "Session history" };

export default async function HistoryPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  return <HistoryView sessionId={sessionId} />;
}
