/** The home page's introduction to the Two Generals: the two hills, the problem, the scoring. */
import { Landscape } from "./Landscape";
import { GeneralsScoring } from "./GeneralsScoring";

export function GeneralsIntro() {
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
      <GeneralsScoring enemy />
    </section>
  );
}
