/**
 * The home page's introduction to the Two Generals: the two hills, the problem, the scoring. With
 * `skin="gangsters"`, the same problem told as it was first told (1975): two gangs and couriers.
 * The switch between the two tellings (`?skin=`) is Tellings.tsx; the rules are the same.
 */
import Link from "next/link";
import type { Skin } from "@/server/protocol/skins";
import { Landscape } from "./Landscape";
import { GeneralsScoring } from "./GeneralsScoring";

export function GeneralsIntro({ skin }: { skin?: Skin }) {
  return (
    <section className="grid gap-4">
      {skin === "gangsters" ? <Gangsters /> : <Generals />}
      <GeneralsScoring enemy skin={skin} />
    </section>
  );
}

function Generals() {
  return (
    <>
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
        <p className="text-sm text-slate-500">
          The generals came later: the problem was first told in 1975 as two gangs that must pull a job together.{" "}
          <Link href="/?play=generals&skin=gangsters" className="underline">Play the gangsters&apos; version</Link>, with the same rules.
        </p>
      </div>
    </>
  );
}

/** The lesson of the first telling, in our own words. */
function Gangsters() {
  return (
    <>
      <h1 className="text-3xl sm:text-4xl font-bold tracking-tight">Two Gangs</h1>
      <Landscape skin="gangsters" fog={0.3} enemy={false} dawn={0.35} label="Boss A and Boss B in two hideouts, misty city streets between them" />
      <div className="grid gap-3 text-slate-700 leading-relaxed" data-testid="gangsters-lesson">
        <p>
          Two gangs hide out on opposite sides of town. A job pulled by both comes off; a gang that goes alone is caught.
          Boss A has settled it: <strong>pull the job at dawn</strong>. The only way to tell Boss B is a courier through the
          streets, and the police may pick any courier up.
        </p>
        <p>
          B can send a courier back to say the word arrived, A can confirm that one, and so on. Each courier that gets through
          adds one level to what each boss knows the other knows, and never the last one: whoever sent the latest courier cannot
          tell whether it was picked up. Choose anyway before dawn: <strong>pull the job or lie low</strong>.
        </p>
        <p className="text-sm text-slate-600">
          This is the problem&apos;s first telling. In 1975 E. A. Akkoyunlu, K. Ekanadham and R. V. Huber (&ldquo;Some constraints and
          tradeoffs in the design of network communications&rdquo;, SOSP &apos;75) described two groups of gangsters coordinating
          by messages that may be lost, and showed that no protocol, however many confirmations it sends, can leave both
          sides sure. Three years later Jim Gray retold it with two generals, the name it goes by today. The rules here are the
          Two Generals&apos; rules exactly: only the names and the pictures change.
        </p>
      </div>
    </>
  );
}
