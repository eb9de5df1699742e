"use client";
/** The page a shared link opens: pick a nickname and take the open seat. */
import { useId } from "react";
import { ErrorLine, NicknameField } from "@/app/components/NicknameField";
import { useStartGame } from "@/app/lib/useStartGame";

export function JoinForm({ code, game }: { code: string; game: { title: string; blurb: string } | null }) {
  const start = useStartGame();
  const errorId = useId();
  return (
    <div className="mx-auto max-w-md px-4 py-10 grid gap-4">
      <h1 className="text-2xl font-bold">A friend invited you to {game ? game.title : "a game"}</h1>
      <p className="text-slate-600">
        {game ? `${game.blurb} ` : "You see who you are and what to do once you join. "}
        Game code <span className="font-mono font-bold tracking-widest">{code}</span>.
      </p>
      <form
        className="card grid gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void start.join(code);
        }}
      >
        <NicknameField inputRef={start.nicknameRef} error={start.error?.nickname ? start.error.message : null} />
        <button type="submit" className="btn-primary" disabled={start.busy} aria-describedby={start.error ? errorId : undefined}>Join the game</button>
        <ErrorLine error={start.error?.message} id={errorId} />
      </form>
    </div>
  );
}
