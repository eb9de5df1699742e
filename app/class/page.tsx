/** Classes: host one (then the console), find the sessions this browser hosted, or join one as a student. */
import type { Metadata } from "next";
import { SCENARIO_UI_LIST } from "@/app/_scenarios/registry";
import { HostClassForm } from "./HostClassForm";
import { JoinClassByCode } from "./JoinClassByCode";
import { YourSessions } from "./YourSessions";

export const metadata: Metadata = { title: "Class" };

export default function ClassPage() {
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:py-10 grid gap-6">
      <header className="grid gap-2 max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-widest text-amber-700">For teachers</p>
        <h1 className="text-3xl sm:text-4xl font-bold tracking-tight">Play it with your whole class</h1>
        <p className="text-slate-700 leading-relaxed">
          Students join from their phones with a code. The server pairs them up (bots fill the empty seats), you run timed rounds of{" "}
          {titleList(SCENARIO_UI_LIST.map((ui) => ui.title))}, and watch every group&apos;s game arrive live on one dashboard. Then debrief with the class&apos;s
          own numbers: how often pairs attacked together, how deep their knowledge went, and two worlds taken from one of their games that
          nobody could tell apart.
        </p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[1.2fr_1fr] items-start">
        <HostClassForm />
        <div className="grid gap-6">
          <section className="card grid gap-3" id="join" aria-label="Join a class">
            <h2 className="text-xl font-semibold">Join a class</h2>
            <p className="text-sm text-slate-600">A student? Type the code on your teacher&apos;s screen, or scan its QR code.</p>
            <JoinClassByCode />
          </section>
          <YourSessions />
        </div>
      </div>
    </div>
  );
}

/** "A, B or C". */
function titleList(titles: string[]): string {
  return titles.length <= 1 ? (titles[0] ?? "") : `${titles.slice(0, -1).join(", ")} or ${titles.at(-1)}`;
}
