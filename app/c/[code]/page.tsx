/** Where a class's join link and QR code land: a nickname, then the student is in. */
import type { Metadata } from "next";
import { ClassJoinForm } from "./ClassJoinForm";

export const metadata: Metadata = { title: "Join a class" };

export default async function ClassJoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <ClassJoinForm code={decodeURIComponent(code).toUpperCase().replace(/[^A-Z0-9]/g, "").slice(0, 12)} />;
}
