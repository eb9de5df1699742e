"use client";
/**
 * Creating and joining games from a page: the nickname (checked with the protocol's own
 * schema), the request, storing the seat grant, and going to the game.
 */
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { Ack, SeatGrant } from "@/server/protocol/events";
import { nicknameSchema, type CreateGamePayload } from "@/server/protocol/schemas";
import { deviceToken, savedNickname, saveGrant, saveNickname } from "./identity";
import { request } from "./socket";

export type CreateRequest = Omit<CreateGamePayload, "player">;

export function useStartGame() {
  const router = useRouter();
  // The field is uncontrolled and read on submit: text typed before the page hydrated must
  // survive, so the saved nickname only fills a field that is still empty.
  const nicknameRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const input = nicknameRef.current;
    if (input && !input.value) input.value = savedNickname();
  }, []);

  async function enter(send: (player: { nickname: string; deviceToken: string }) => Promise<Ack<SeatGrant>>) {
    const parsed = nicknameSchema.safeParse(nicknameRef.current?.value ?? "");
    if (!parsed.success) {
      setError(`Nickname: ${parsed.error.issues[0]?.message ?? "not valid"}`);
      return;
    }
    saveNickname(parsed.data);
    setBusy(true);
    setError(null);
    const res = await send({ nickname: parsed.data, deviceToken: deviceToken() });
    if (!res.ok) {
      setBusy(false);
      setError(res.error.message);
      return;
    }
    saveGrant(res);
    router.push(`/game/${res.gameId}`);
  }

  return {
    nicknameRef,
    busy,
    error,
    create: (payload: CreateRequest) => enter((player) => request("game:create", { ...payload, player })),
    join: (code: string) => enter((player) => request("game:join", { code, player })),
  };
}
