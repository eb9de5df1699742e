/**
 * The class events on the socket edge, bound once through the game sockets' pipeline (rate
 * limit, zod, typed ack). A socket that joined or rejoined as a student counts as that
 * student's presence until it disconnects; a host socket follows its session's dashboard.
 */
import {
  answerSchema,
  botJoinSessionSchema,
  hostSessionSchema,
  joinSessionSchema,
  kickSchema,
  presenterStepSchema,
  rejoinSessionSchema,
  roundControlSchema,
  sessionSettingsSchema,
  spectateSchema,
  startRoundSchema,
  type SpectatorView,
  watchSessionSchema,
} from "../protocol/classroom";
import { seatChannel, type GameIo, type PeerSocket, type SocketExtension } from "../realtime/sockets";
import type { ClassPush, ClassService } from "./classService";
import type { ClassSession, Student } from "./session";
import type { GameRoom, SpectatorSeats } from "../rooms/room";
import type { BotIdentity } from "../rooms/gameService";
import type { z } from "zod";

export const hostChannel = (sessionId: string) => `class:${sessionId}:host`;
export const studentChannel = (sessionId: string, studentId: string) => `class:${sessionId}:student:${studentId}`;
/** The host sockets that spectate one class game. */
export const spectatorChannel = (gameId: string) => `spectate:${gameId}`;

/** Every channel of one game: its seats' and its spectators'. */
export const gameChannels = (gameId: string, seats: Iterable<string>) => [...[...seats].map((seat) => seatChannel(gameId, seat)), spectatorChannel(gameId)];

/** Every channel of a class session: its host's, each student's, and its games'. */
export function sessionChannels(sessionId: string, studentIds: Iterable<string>, games: { id: string; seats: Iterable<string> }[]): string[] {
  return [hostChannel(sessionId), ...[...studentIds].map((id) => studentChannel(sessionId, id)), ...games.flatMap((g) => gameChannels(g.id, g.seats))];
}

/** A class room's spectator view, as the host gets it (`class:spectator`). */
export function spectatorViewOf(room: GameRoom, seats: SpectatorSeats): SpectatorView {
  return { sessionId: room.context?.sessionId ?? "", gameId: room.id, group: room.context?.classGroup ?? 0, ...seats };
}

/** How the service reaches sockets: by channel, so every tab of a person gets the view. */
export function classPush(io: GameIo): ClassPush {
  return {
    host: (sessionId, view) => io.to(hostChannel(sessionId)).emit("class:dashboard", view),
    student: (sessionId, studentId, view) => io.to(studentChannel(sessionId, studentId)).emit("class:student", view),
    kicked: (sessionId, studentId) => {
      const channel = studentChannel(sessionId, studentId);
      io.to(channel).emit("class:kicked", { sessionId, message: "The host removed you from this session." });
      // After the event has gone out: a kicked student's sockets are closed.
      setTimeout(() => io.in(channel).disconnectSockets(true), 50).unref();
    },
  };
}

export function classSockets(service: ClassService): SocketExtension {
  /** The student each socket stands for, if any. */
  const presence = new WeakMap<PeerSocket, { session: ClassSession; student: Student }>();

  const watchAsHost = (socket: PeerSocket, session: ClassSession) => {
    void socket.join(hostChannel(session.id));
    setImmediate(() => socket.emit("class:dashboard", service.hostViewOf(session)));
  };

  const enterAsStudent = (socket: PeerSocket, session: ClassSession, student: Student) => {
    const held = presence.get(socket);
    if (held?.student === student) {
      setImmediate(() => socket.emit("class:student", service.studentViewOf(session, student)));
      return;
    }
    if (held) service.disconnected(held.session, held.student);
    presence.set(socket, { session, student });
    void socket.join(studentChannel(session.id, student.id));
    setImmediate(() => service.connected(session, student));
  };

  return {
    disconnected(socket) {
      const held = presence.get(socket);
      if (held) service.disconnected(held.session, held.student);
      presence.delete(socket);
    },
    bind(handle) {
      handle("class:host", hostSessionSchema, async (payload, socket) => {
        const { session, ...res } = await service.host(payload);
        if (res.ok && session) watchAsHost(socket, session);
        return res;
      }, { limit: "create" });

      handle("class:watch", watchSessionSchema, (payload, socket) => {
        const { session, ...res } = service.watch(payload);
        if (res.ok && session) watchAsHost(socket, session);
        return res;
      });

      // A Bot API socket joins with the code alone, as its bot (docs/bot-api.md, "In class").
      const botJoin = {
        schema: botJoinSessionSchema,
        run: async (payload: z.output<typeof botJoinSessionSchema>, socket: PeerSocket, bot: BotIdentity) => {
          const { session, student, ...res } = await service.joinBot(payload, bot);
          if (res.ok && session && student) enterAsStudent(socket, session, student);
          return res;
        },
      };
      handle("class:join", joinSessionSchema, async (payload, socket) => {
        const { session, student, ...res } = await service.join(payload);
        if (res.ok && session && student) enterAsStudent(socket, session, student);
        return res;
      }, { limit: "join", bots: botJoin });

      handle("class:rejoin", rejoinSessionSchema, (payload, socket) => {
        const { session, student, ...res } = service.rejoin(payload);
        if (res.ok && session && student) enterAsStudent(socket, session, student);
        return res;
      });

      handle("class:spectate", spectateSchema, (payload, socket) => {
        const { room, ...res } = service.spectate(payload);
        if (res.ok && room) {
          void socket.join(spectatorChannel(room.id));
          // After the ack: the current view at once, then every change.
          setImmediate(() => socket.emit("class:spectator", spectatorViewOf(room, room.spectatorView())));
        }
        return res;
      });

      handle("class:spectate:stop", spectateSchema, (payload, socket) => {
        const auth = service.authorizeHost(payload.sessionId, payload.hostKey);
        if (!auth.ok) return auth;
        void socket.leave(spectatorChannel(payload.gameId));
        return { ok: true };
      });

      handle("class:settings", sessionSettingsSchema, (payload) => service.settings(payload));
      handle("class:kick", kickSchema, (payload) => service.kick(payload));
      handle("class:round:start", startRoundSchema, (payload) => service.startRound(payload));
      handle("class:round:pause", roundControlSchema, (payload) => service.pauseRound(payload));
      handle("class:round:resume", roundControlSchema, (payload) => service.resumeRound(payload));
      handle("class:round:end", roundControlSchema, (payload) => service.endRound(payload));
      handle("class:end", roundControlSchema, (payload) => service.endSession(payload));
      handle("class:presenter:start", roundControlSchema, (payload) => service.presenter.start(payload));
      handle("class:presenter:step", presenterStepSchema, (payload) => service.presenter.step(payload));
      handle("class:presenter:ask", roundControlSchema, (payload) => service.presenter.ask(payload));
      handle("class:presenter:reveal", roundControlSchema, (payload) => service.presenter.reveal(payload));
      handle("class:presenter:close", roundControlSchema, (payload) => service.presenter.close(payload));
      handle("class:answer", answerSchema, (payload) => service.presenter.answer(payload));
    },
  };
}
