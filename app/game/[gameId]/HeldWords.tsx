"use client";
/**
 * What a player reads while a game brought back after a server restart waits for its players
 * (snapshot `held`): it goes on when everyone is back, or with bots in the empty seats.
 */
import { useEffect, useState } from "react";
import { msUntil } from "@/app/lib/serverClock";

export function HeldWords({ standInsAt }: { standInsAt: number }) {
  const [left, setLeft] = useState(() => msUntil(standInsAt));
  useEffect(() => {
    const id = setInterval(() => setLeft(msUntil(standInsAt)), 1000);
    return () => clearInterval(id);
  }, [standInsAt]);
  const seconds = Math.max(0, Math.ceil(left / 1000));
  return (
    <>
      The server restarted and your game is back where it was. It goes on when every player has returned
      {seconds > 0 ? `, or in ${seconds} s with a bot in any seat still empty.` : "."}
    </>
  );
}
