"use client";
/** The students in the session, live: who is connected, a kick button (with a confirmation), and the late-join switch. */
import { useState } from "react";
import type { HostView, StudentSummary } from "@/server/protocol/classroom";

export function Lobby({ view, busy, onKick, onLateJoin }: { view: HostView; busy: boolean; onKick: (id: string) => void; onLateJoin: (allow: boolean) => void }) {
  const online = view.students.filter((s) => s.connected).length;
  return (
    <section className="card grid gap-3 content-start" aria-label="Students">
      <div className="flex items-baseline gap-2">
        <h2 className="text-lg font-semibold">Students</h2>
        <span className="text-sm text-slate-500" data-testid="student-count">
          {view.students.length} joined{view.students.length > 0 && `, ${online} online`}
        </span>
      </div>
      {view.students.length === 0 ? (
        <p className="text-sm text-slate-500 py-3">Nobody yet. Students appear here the moment they join.</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label="Lobby">
          {view.students.map((s) => (
            <StudentChip key={s.id} student={s} busy={busy} onKick={() => onKick(s.id)} />
          ))}
        </ul>
      )}
      <label className="flex items-center gap-3 text-sm pt-1 border-t border-slate-100">
        <input
          type="checkbox"
          role="switch"
          checked={view.allowLateJoin}
          disabled={busy || view.status === "ended"}
          onChange={(e) => onLateJoin(e.target.checked)}
          className="w-9 h-5 appearance-none rounded-full bg-slate-300 relative cursor-pointer transition-colors checked:bg-emerald-500 before:absolute before:top-0.5 before:left-0.5 before:w-4 before:h-4 before:rounded-full before:bg-white before:transition-transform checked:before:translate-x-4"
        />
        <span>
          <strong>Allow late joiners</strong>
          <span className="block text-xs text-slate-500">
            {view.allowLateJoin
              ? "New students can join with the code; they're seated from the next round."
              : "Once a round has started, new students are refused (those already in can always come back)."}
          </span>
        </span>
      </label>
    </section>
  );
}

function StudentChip({ student, busy, onKick }: { student: StudentSummary; busy: boolean; onKick: () => void }) {
  const [confirm, setConfirm] = useState(false);
  return (
    <li className="flex items-center gap-1.5 rounded-full bg-slate-50 ring-1 ring-slate-200 pl-2.5 pr-1 py-1 text-sm" data-testid="lobby-student">
      <span
        className={`w-2 h-2 rounded-full ${student.connected ? "bg-emerald-500" : "bg-slate-300"}`}
        title={student.connected ? "connected" : "not connected"}
        aria-label={student.connected ? "connected" : "not connected"}
        role="img"
      />
      <span className="font-medium">{student.nickname}</span>
      {student.bot && (
        <span className="text-xs text-slate-600" data-testid="lobby-bot">
          (bot{student.bot.owner ? ` of ${student.bot.owner}` : ""})
        </span>
      )}
      {confirm ? (
        <span className="flex items-center gap-1 ml-1">
          <button type="button" className="rounded-full bg-rose-700 text-white px-2 py-0.5 text-xs font-semibold" disabled={busy} onClick={onKick}>
            Kick {student.nickname}
          </button>
          <button type="button" className="rounded-full px-2 py-0.5 text-xs text-slate-600 hover:bg-slate-200" onClick={() => setConfirm(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="rounded-full w-6 h-6 grid place-items-center text-slate-500 hover:text-rose-700 hover:bg-rose-50"
          aria-label={`Remove ${student.nickname}`}
          title={`Remove ${student.nickname}`}
          onClick={() => setConfirm(true)}
        >
          ×
        </button>
      )}
    </li>
  );
}
