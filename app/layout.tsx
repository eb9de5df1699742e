import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { OutdatedPageBanner } from "@/app/components/OutdatedPageBanner";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Bivalent", template: "%s · Bivalent" },
  description: "Be the parties of distributed computing's classic problems: the Two Generals first.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b1324" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: Next puts that request's CSP nonce (server/http/securityHeaders.ts)
  // on its inline scripts, and a page prerendered at build time would carry none and be blocked.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen flex flex-col">
        <header className="bg-night text-white">
          {/* One row on a 390 px phone: there the logo alone leads home (no "Play", and the arena is linked from the leaderboard), the name and the gaps are smaller. */}
          <nav className="mx-auto max-w-5xl flex items-center gap-4 sm:gap-6 px-4 py-3" aria-label="Main">
            <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-base sm:text-lg">
              <Logo />
              Bivalent
            </Link>
            <div className="ml-auto flex flex-wrap justify-end gap-x-3 sm:gap-x-4 gap-y-1 text-sm">
              <Link href="/" className="hidden sm:inline hover:text-amber-300">Play</Link>
              <Link href="/challenges" className="hover:text-amber-300">Challenges</Link>
              <Link href="/leaderboard" className="hover:text-amber-300">Leaderboard</Link>
              <Link href="/arena" className="hidden sm:inline hover:text-amber-300">Arena</Link>
              <Link href="/class" className="hover:text-amber-300">Class</Link>
            </div>
          </nav>
        </header>
        <OutdatedPageBanner />
        <main className="flex-1 w-full">{children}</main>
        <footer className="text-xs text-slate-500 text-center py-6">
          Bivalent teaches why agreement over an unreliable network is hard, by letting you try.
        </footer>
      </body>
    </html>
  );
}

/** Two camps and a messenger between them. */
function Logo() {
  return (
    <svg width="28" height="20" viewBox="0 0 28 20" aria-hidden="true">
      <circle cx="4" cy="14" r="3.5" fill="var(--color-general-a)" />
      <circle cx="24" cy="14" r="3.5" fill="var(--color-general-b)" />
      <path d="M7 12 Q14 2 21 12" stroke="#fcd34d" strokeWidth="1.6" fill="none" strokeDasharray="2 2" />
    </svg>
  );
}
