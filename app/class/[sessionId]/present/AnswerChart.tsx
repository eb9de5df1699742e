/**
 * The class's answers as a bar chart for the projector, with the same figures as a table (the
 * bars are drawn for the eye; the table is what a screen reader reads). Each bar carries its
 * option's words and its count, so nothing rests on colour; the option the game proved right is
 * marked with a tick and the words "proved right" once revealed.
 */
import type { PresenterOption } from "@/server/protocol/classroom";

export function AnswerChart({ options, counts, answered, students, correct }: { options: PresenterOption[]; counts: Record<string, number>; answered: number; students: number; correct: string | null }) {
  const most = Math.max(1, ...options.map((o) => counts[o.id] ?? 0));
  const share = (n: number) => (answered > 0 ? Math.round((100 * n) / answered) : 0);
  return (
    <div className="grid gap-3" data-testid="answer-chart">
      <p className="text-xl lg:text-2xl font-semibold" aria-live="polite" data-testid="answer-count">
        {answered} of {students} {students === 1 ? "student" : "students"} answered
      </p>
      <div className="grid gap-2" aria-hidden="true">
        {options.map((o, i) => {
          const n = counts[o.id] ?? 0;
          return (
            <div key={o.id} className="grid grid-cols-[minmax(9rem,20rem)_1fr] items-center gap-3 text-lg lg:text-2xl">
              <span className="font-semibold">
                {correct === o.id && "✓ "}
                {o.label}
              </span>
              <span className="flex items-center gap-3">
                <span
                  className={`h-10 lg:h-12 rounded-md ${correct === o.id ? "bg-emerald-600" : BAR[i % BAR.length]}`}
                  style={{ width: `${(90 * n) / most}%`, minWidth: n > 0 ? "0.75rem" : 0 }}
                />
                <span className="tabular-nums font-bold">{n}</span>
              </span>
            </div>
          );
        })}
      </div>
      <table className="text-base lg:text-lg w-full max-w-xl" aria-label="Answers of the class">
        <thead className="text-left text-slate-600">
          <tr>
            <th className="py-1 pr-4 font-medium">Answer</th>
            <th className="py-1 pr-4 font-medium">Students</th>
            <th className="py-1 font-medium">Share</th>
          </tr>
        </thead>
        <tbody>
          {options.map((o) => (
            <tr key={o.id} className="border-t border-slate-200" data-testid={`answer-row-${o.id}`}>
              <td className="py-1 pr-4">
                {o.label}
                {correct === o.id && <strong> (proved right)</strong>}
              </td>
              <td className="py-1 pr-4 tabular-nums">{counts[o.id] ?? 0}</td>
              <td className="py-1 tabular-nums">{share(counts[o.id] ?? 0)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Bar colours, told apart by their words and counts as well (never by colour alone). */
const BAR = ["bg-indigo-600", "bg-amber-500", "bg-slate-500", "bg-sky-600"];
