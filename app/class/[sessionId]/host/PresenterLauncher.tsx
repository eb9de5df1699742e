"use client";
/**
 * On the ended round: the way into the presenter debrief (app/class/[sessionId]/present). The
 * server chooses the game; a debrief already running is reopened rather than restarted.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { HostView } from "@/server/protocol/classroom";
import type { HostHandle } from "./useHostSession";

export function PresenterLauncher({ view, host }: { view: HostView; host: HostHandle }) {
  const router = useRouter();
  const running = view.presenter;
  const present = (gameId: string) => `/class/${view.sessionId}/present?game=${gameId}`;
  return (
    <section className="card flex flex-wrap items-center gap-3" aria-label="Presenter debrief" data-testid="presenter-launcher">
      <p className="flex-1 min-w-60 text-slate-700">
        <strong>Presenter debrief</strong>: the round&apos;s most instructive game on the projector, step by step, with a question to every phone at the
        moment of decision.
      </p>
      {running ? (
        <Link href={present(running.gameId)} className="btn-primary">
          Open the presenter debrief
        </Link>
      ) : (
        <button
          type="button"
          className="btn-primary"
          disabled={host.busy}
          onClick={() => void host.startPresenter().then((gameId) => gameId && router.push(present(gameId)))}
        >
          Presenter debrief
        </button>
      )}
    </section>
  );
}
