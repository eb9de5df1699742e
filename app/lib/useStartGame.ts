"use client";
/**
 * Creating and joining games from a page: the nickname field, then `game:create` or `game:join`
 * through useEnterGame.
 */
import { useEffect, useRef } from "react";
import type { CreateGamePayload } from "@/server/protocol/schemas";
import { savedNickname } from "./identity";
import { request } from "./socket";
import { useEnterGame } from "./useEnterGame";

export type CreateRequest = Omit<CreateGamePayload, "player">;

export function useStartGame() {
  // The field is uncontrolled and read on submit: text typed before the page hydrated must
  // survive, so the saved nickname only fills a field that is still empty.
  const nicknameRef = useRef<HTMLInputElement>(null);
  const { busy, error, enter } = useEnterGame(nicknameRef);

  useEffect(() => {
    const input = nicknameRef.current;
    if (input && !input.value) input.value = savedNickname();
  }, []);

  const nickname = () => nicknameRef.current?.value ?? "";
  return {
    nicknameRef,
    busy,
    error,
    /** `origin`: the button pressed, for where the error shows (see useEnterGame). */
    create: (payload: CreateRequest, origin = "create") => enter(nickname(), (player) => request("game:create", { ...payload, player }), origin),
    join: (code: string, origin = "join") => enter(nickname(), (player) => request("game:join", { code, player }), origin),
  };
}
