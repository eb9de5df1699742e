"use client";
/**
 * The presenter's question on a student's phone: the prompt and big answer buttons (the chosen
 * one marked with a tick and in words, not by colour alone); a changed mind replaces the answer.
 * After the reveal: what happened, and what this student's answer would have led to.
 */
import { useState } from "react";
import type { StudentQuestion } from "@/server/protocol/classroom";
import { loadJoinedSession } from "@/app/lib/classIdentity";
import { request } from "@/app/lib/socket";
import { classErrorText } from "@/app/class/_ui/words";

export function QuestionCard({ sessionId, question }: { sessionId: string; question: StudentQuestion }) {
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState<string | null>(null);

  const answer = async (option: string) => {
    const held = loadJoinedSession(sessionId);
    if (!held || !question.open || option === question.yourAnswer) return;
    setSending(option);
    setError(null);
    const res = await request("class:answer", { sessionId, studentToken: held.studentToken, questionId: question.id, option });
    setSending(null);
    if (!res.ok && res.error.code !== "ALREADY_ANSWERED") setError(classErrorText(res.error));
  };

  const reveal = question.reveal;
  return (
    <section className="mx-auto max-w-md w-full px-3 pt-3" aria-label="Your teacher's question" data-testid="student-question">
      <div className="card grid gap-3 ring-2 ring-indigo-300">
        <p className="text-xs uppercase tracking-widest text-slate-600">{question.open ? "Your teacher asks" : "The answer"}</p>
        <h2 className="text-xl font-bold">{question.prompt}</h2>
        <div className="grid gap-2" role="group" aria-label="Answers">
          {question.options.map((o) => {
            const chosen = question.yourAnswer === o.id;
            const right = reveal?.correct === o.id;
            return (
              <button
                key={o.id}
                type="button"
                aria-pressed={chosen}
                disabled={!question.open || sending !== null}
                onClick={() => void answer(o.id)}
                className={`min-h-14 rounded-xl px-4 py-3 text-left text-lg font-semibold ring-2 transition ${
                  chosen ? "bg-indigo-700 text-white ring-indigo-700" : "bg-white text-slate-900 ring-slate-300 hover:ring-indigo-500"
                } disabled:cursor-default`}
                data-testid={`answer-${o.id}`}
              >
                {chosen && "✓ "}
                {o.label}
                {chosen && <span className="block text-sm font-normal">your answer</span>}
                {right && <span className="block text-sm font-normal">{chosen ? "and the game proved it right" : "the game proved this right"}</span>}
              </button>
            );
          })}
        </div>
        {question.open && (
          <p className="text-sm text-slate-600" role="status">
            {question.yourAnswer ? "Answer sent. You can change your mind until your teacher reveals the answer." : "Tap an answer."}
          </p>
        )}
        {error && <p role="alert" className="text-sm text-rose-800">{error}</p>}
        {reveal && (
          <div className="grid gap-1 rounded-lg bg-indigo-50 ring-1 ring-indigo-200 text-indigo-950 px-3 py-2" data-testid="student-reveal" role="status">
            <p>{reveal.text}</p>
            <p className="font-semibold">{reveal.yourOutcome ?? "You did not answer this one."}</p>
          </div>
        )}
      </div>
    </section>
  );
}
