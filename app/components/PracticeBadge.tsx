/**
 * The mark of an unranked practice game (its creator chose the seed), the same words wherever the
 * game appears: the game screen, its replay, the player's list of games.
 */

/** "Practice game (seed 42): unranked". */
export function practiceLabel(seed: number): string {
  return `Practice game (seed ${seed}): unranked`;
}

/** The label as a small pill; `banner` makes it a full-width line (the game screen). */
export function PracticeBadge({ seed, banner = false }: { seed: number; banner?: boolean }) {
  return banner ? (
    <p data-testid="practice-game" className="rounded-lg bg-sky-50 text-sky-900 ring-1 ring-sky-200 px-3 py-2 text-sm">
      <strong>{practiceLabel(seed)}</strong>: played and stored like any game, never counted in leaderboards or challenge scores.
    </p>
  ) : (
    <span data-testid="practice-game" className="inline-block rounded-full bg-sky-100 px-2 py-0.5 text-xs text-sky-900">
      {practiceLabel(seed)}
    </span>
  );
}
