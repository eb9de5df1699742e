/**
 * Home: pick a problem, read it in a few lines, start or join a game. On a phone the start forms
 * come first, under the problem's one-line blurb with a link down to the whole introduction; on a wide screen
 * the introduction and the forms stand side by side.
 */
import Link from "next/link";
import { scenarioById } from "@/server/engine/scenarios";
import { SCENARIO_UI_LIST, scenarioUi } from "./_scenarios/registry";
import { StartPanel } from "./StartPanel";
import { ProblemTabs } from "./_start/ProblemTabs";
import { JoinClassByCode } from "./class/JoinClassByCode";
import { knownSkin, skinRefusal } from "@/server/protocol/skins";

/** The first registered scenario lives at "/", every other one at "/?play=<id>". */
function tabHref(id: string): string {
  return id === SCENARIO_UI_LIST[0].id ? "/" : `/?play=${encodeURIComponent(id)}`;
}

export default async function Home({ searchParams }: { searchParams: Promise<{ play?: string; skin?: string }> }) {
  const { play, skin: asked } = await searchParams;
  // An unknown or missing ?play= shows the first scenario.
  const scenario = (play !== undefined && scenarioUi(play)) || SCENARIO_UI_LIST[0];
  const { Intro, Tellings } = scenario.play;
  // Another telling of this scenario (`?skin=gangsters`): its introduction and its games' words.
  const skin = skinRefusal(scenario.id, knownSkin(asked)) === null ? knownSkin(asked) : undefined;
  return (
    <div className="mx-auto max-w-5xl px-4 py-4 sm:py-10 grid gap-4 sm:gap-6">
      <ProblemTabs tabs={SCENARIO_UI_LIST.map((s) => ({ id: s.id, title: s.title, href: tabHref(s.id) }))} current={scenario.id} />
      {Tellings && (
        <div className="hidden lg:block">
          <Tellings skin={skin} />
        </div>
      )}
      <div className="grid gap-4 sm:gap-6 lg:gap-8 lg:grid-cols-[1.1fr_1fr] items-start">
        {/* Phones: the lead, the start forms, then the introduction (order-last). */}
        <p className="text-sm text-slate-700 lg:hidden" data-testid="phone-lead">
          {(skin && scenario.play.tellingBlurb?.(skin)) || scenarioById(scenario.id)?.words.blurb}{" "}
          <a href="#about" className="underline font-medium whitespace-nowrap">How it works ↓</a>
          {Tellings && (
            <>
              {" · "}
              <Tellings skin={skin} inline />
            </>
          )}
        </p>
        <div id="about" className="order-last lg:order-none scroll-mt-4">
          <Intro skin={skin} />
        </div>
        <StartPanel scenario={scenario.id} skin={skin} />
      </div>
      <ClassEntry />
    </div>
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
