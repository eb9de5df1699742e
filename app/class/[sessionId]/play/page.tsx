import type { Metadata } from "next";
import { StudentScreen } from "./StudentScreen";

export const metadata: Metadata = { title: "Class" };

export default async function StudentPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  return <StudentScreen sessionId={sessionId} />;
}
