import Link from "next/link";

export default function GameNotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 grid gap-3 text-center">
      <h1 className="text-2xl font-bold">No finished game here</h1>
      <p className="text-slate-600">
        Either no game has this id, or it is still being played: a game&apos;s record is published only when it ends,
        since before that it would give away what the generals cannot know.
      </p>
      <p><Link href="/leaderboard" className="underline">Back to the leaderboard</Link></p>
    </div>
  );
}
