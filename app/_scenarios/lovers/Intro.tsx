/** The home page's introduction to the Two Insecure Lovers: the picture, the problem, the scoring. */
import { LoversPicture } from "./LoversPicture";
import { LoversScoring } from "./LoversScoring";

export function LoversIntro() {
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
      <LoversScoring />
    </section>
  );
}
