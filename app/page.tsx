/** Home: pick a problem, read it in a few lines, start or join a game. */
import Link from "next/link";
import { Landscape } from "./components/Landscape";
import { ScoringTable } from "./components/ScoringTable";
import { LoversPicture } from "./components/LoversPicture";
import { ConsensusPicture } from "./components/ConsensusPicture";
import { ConsensusScoring } from "./components/ConsensusScoring";
import { StartPanel, type ScenarioTab } from "./StartPanel";
import { JoinClassByCode } from "./class/JoinClassByCode";

const SCENARIOS = [
  { id: "generals", title: "Two Generals" },
  { id: "lovers", title: "Two Insecure Lovers" },
  { id: "consensus", title: "Consensus" },
] as const;

export default async function Home({ searchParams }: { searchParams: Promise<{ play?: string }> }) {
  const play = (await searchParams).play;
  const scenario: ScenarioTab = play === "lovers" || play === "consensus" ? play : "generals";
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
        {scenario === "consensus" ? <ConsensusIntro /> : scenario === "lovers" ? <LoversIntro /> : <GeneralsIntro />}
        <StartPanel scenario={scenario} />
      </div>
      <ClassEntry />
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
          captured, and its sender cannot tell. Decide anyway: <strong>attack or hold</strong> before dawn. Dawn breaks before
          that tick&apos;s messengers arrive: one due at dawn is too late.
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
          <strong> show up or stay home</strong>. Midnight strikes before that hour&apos;s texts arrive: one sent at 11 pm is too late.
        </p>
        <p className="text-sm text-slate-500">
          On a lucky night nothing is lost, but you are only told that loss is possible. Would you have acted differently?
        </p>
      </div>
      <ScoringTable scenario="lovers" />
    </section>
  );
}

function ConsensusIntro() {
  return (
    <section className="grid gap-4">
      <h1 className="text-3xl sm:text-4xl font-bold tracking-tight">Consensus, with a failure detector</h1>
      <ConsensusPicture />
      <div className="grid gap-3 text-slate-700 leading-relaxed">
        <p>
          Several processes each start with a bit, 0 or 1, and must all <strong>decide the same bit</strong>, one that some process
          started with. Messages are never lost here, only delayed, but some processes may crash, at most <em>f</em> of them, fewer than half.
        </p>
        <p>
          They work in rounds, and each round has its coordinator, in turn. Everyone sends it an opinion; with a majority in hand it
          suggests a value; each process acknowledges (ACK) or, if it believes the coordinator is dead, refuses (NACK). A majority of
          ACKs, and the coordinator can announce the decision.
        </p>
        <p>
          How do you tell a crashed coordinator from a slow one? You cannot: each process asks its <strong>failure detector</strong>,
          which may wrongly suspect a live process before a moment called <abbr title="global stabilization time">GST</abbr>. After
          that, the detector of class ◇S never suspects some correct process, and that is enough to decide.
        </p>
        <p className="text-sm text-slate-500">
          Play one process by hand among bots, or be the adversary: delay messages, plant suspicions, crash processes, and see
          how long you can hold them off.
        </p>
      </div>
      <ConsensusScoring />
    </section>
  );
}

/** For classrooms: a teacher hosts, a student joins with the code on the projector. */
function ClassEntry() {
  return (
    <section className="rounded-2xl bg-night text-white px-4 py-4 sm:px-6 grid gap-3 sm:grid-cols-[1fr_auto] sm:items-center" aria-label="Classroom">
      <p className="text-slate-200">
        <strong className="text-white">Teaching?</strong> <Link href="/class" className="text-amber-300 underline font-semibold">Host a class</Link>: your
        students play on their phones in pairs while you watch every game live.
      </p>
      <div className="grid gap-1 sm:w-72 text-slate-900">
        <span className="text-sm text-slate-300">Join a class with a code</span>
        <JoinClassByCode compact />
      </div>
    </section>
  );
}
