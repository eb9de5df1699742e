import Link from "next/link";

/**
 * Every unknown page and every `notFound()` without a nearer not-found.tsx (unknown bot, challenge,
 * player). Ours rather than Next's default, whose inline <style> element carries no CSP nonce.
 */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 grid gap-3 text-center">
      <h1 className="text-2xl font-bold">Nothing here</h1>
      <p className="text-slate-600">No page has this address: the link may be mistyped, or what it pointed to is gone.</p>
      <p><Link href="/" className="underline">Back to the game</Link></p>
    </div>
  );
}
