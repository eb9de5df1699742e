/** Home: pick a problem, read it in a few lines, start or join a game. */
import Link from "next/link";
import { Landscape } from "./components/Landscape";
import { ScoringTable } from "./components/ScoringTable";
import { LoversPicture } from "./components/LoversPicture";
import { StartPanel } from "./StartPanel";

const SCENARIOS = [
  { id: "generals", title: "Two Generals" },
  { id: "lovers", title: "Two Insecure Lovers" },
] as const;

export default async function Home({ searchParams }: { searchParams: Promise<{ play?: string }> }) {
  const scenario = (await searchParams).play === "lovers" ? "lovers" : "generals";
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:py-10 grid gap-6">
      <nav className="flex flex-wrap gap-2" aria-label="Problems">
        {SCENARIOS.map((s) => (
          <Link
            key={s.id}
            href={s.id === "generals" ? "/" : `/?play=${s.id}`}
            aria-current={s.id === scenario ? "page" : undefined}
            className={`rounded-full px-4 py-1.5 text-sm font-medium ring-1 ${s.id === scenario ? "bg-slate-900 text-white ring-slate-900" : "bg-white ring-slate-300 hover:bg-slate-100"}`}
          >
            {s.title}
          </Link>
        ))}
      </nav>
      <div className="grid gap-8 lg:grid-cols-[1.1fr_1fr] items-start">
        {scenario === "lovers" ? <LoversIntro /> : <GeneralsIntro />}
        <StartPanel scenario={scenario} />
      </div>
    </div>
  );
}

function GeneralsIntro() {
  return (
    <section className="grid gap-4">
      <h1 className="text-3xl sm:text-4xl font-bold tracking-tight">The Two Generals</h1>
      <Landscape fog={0.3} enemy={false} dawn={0.35} label="General A and General B on two hills, a foggy valley between them" />
      <div className="grid gap-3 text-slate-700 leading-relaxed">
        <p>
          Two armies camp on two hills. Together they win; alone, either is destroyed. General A has the plan:
          <strong> attack at dawn</strong>. The only way to tell General B is to send a messenger through the valley,
          where messengers can be captured.
        </p>
        <p>
          B can send one back to say it arrived, and A can acknowledge that, and so on. Each messenger that gets through
          adds one level to what you know about what the other knows. However many you send, the last one may have been
          captured, and its sender cannot tell. Decide anyway: <strong>attack or hold</strong> before dawn.
        </p>
        <p className="text-sm text-slate-500">
          At dawn you see what really happened to every messenger. Nobody learns it sooner: the server keeps it hidden.
        </p>
      </div>
      <ScoringTable enemy />
    </section>
  );
}

function LoversIntro() {
  return (
    <section className="grid gap-4">
      <h1 className="text-3xl sm:text-4xl font-bold tracking-tight">The Two Insecure Lovers</h1>
      <LoversPicture />
      <div className="grid gap-3 text-slate-700 leading-relaxed">
        <p>
          Alice wants to meet Bob at midnight, but neither will go unless sure the other will come: showing up alone is
          humiliating. All they have is SMS. Each takes an hour, and the network loses some of them. Both know how many.
        </p>
        <p>
          Alice texts; if Bob gets it, he knows. He replies, and if that arrives, Alice knows that he knows. Each SMS that gets
          through climbs one rung of the ladder, and the last one sent is always in doubt. By midnight, each decides:
          <strong> show up or stay home</strong>.
        </p>
        <p className="text-sm text-slate-500">
          On a lucky night nothing is lost, but you are only told that loss is possible. Would you have acted differently?
        </p>
      </div>
      <ScoringTable scenario="lovers" />
    </section>
  );
}
