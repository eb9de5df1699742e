"""A Two Generals general that plays through the Bivalent Bot API (docs/bot-api.md).

It creates a game as general A (SEAT=B for B) against a house bot, keeps a chain of messengers
going (a new one whenever news arrived, or when the last one has had time to come back), attacks
once its knowledge depth reaches ATTACK_AT, and prints the outcome. It is complete in this one
file (process.py repeats its seat loop: each example stands alone); class.py and arena.py reuse `Seat`.
Run it:  BOT_TOKEN=bvb_... SERVER_URL=http://localhost:3000 python3 general.py
"""
import os
import sys
import threading

import socketio

ATTACK_AT = 2  # attack once this many links of the chain are known to have got through


def general_strategy():
    """The strategy of one game: this tick's moves for a view. At most one messenger per tick,
    and one commitment per game (`committed` is this game's memory)."""
    committed = False

    def moves_for(view):
        nonlocal committed
        moves = []
        if view["can"]["commit"] and not committed and view["knowledge"]["depth"] >= ATTACK_AT:
            committed = True
            moves.append({"type": "commit", "decision": "attack"})
        last = view["sent"][-1] if view["sent"] else None
        news = len(view["received"]) > (last["acked"] if last else 0)
        quiet = last is None or view["tick"] - last["sentAt"] > 2 * view["params"]["crossingTicks"]
        if (news or quiet) and (view["can"]["sendAck"] or view["can"]["sendPlan"]):
            moves.append({"type": "send", "kind": "ack" if view["can"]["sendAck"] else "plan"})
        return moves

    return moves_for


def refused(res):  # True when a request was refused (it changed nothing); says why on stderr
    if not res["ok"] and res["error"]["code"] != "GAME_OVER":  # GAME_OVER: a move met the game's end
        print(f"refused: {res['error']['code']}: {res['error']['message']}", file=sys.stderr)
    return not res["ok"]


class Seat:
    """The seat loop: plays one seat over the socket `sio`, tick by tick. The socket's owner hands it the
    grant and a strategy (`take`), the seat's snapshots and reconnections; at the end `finished` holds the
    last snapshot, `done` is set and `on_end(seat)` runs. python-socketio runs every event and answer on a
    thread of its own, so they may come out of order: one lock around our state, seq numbers to order them."""

    def __init__(self, sio, on_end=None):
        self.sio, self.on_end, self.lock, self.done = sio, on_end, threading.RLock(), threading.Event()
        # latest: the newest snapshot (each is the seat's whole view); in_flight: moves sent, not answered
        self.grant = self.strategy = self.latest = self.finished = None
        self.last_tick, self.in_flight, self.shown_after = -1, 0, 0

    def take(self, grant, strategy):  # the seat's first snapshot may have been handled before its grant
        with self.lock:
            self.grant, self.strategy = grant, strategy
            self.look()

    def snapshot(self, snap):
        with self.lock:
            if not self.latest or self.latest["seq"] < snap["seq"]:  # else an older one, handled late
                self.latest = snap
                self.look()

    def reconnected(self):  # takes the seat back by its token, if we hold one (False if not)
        with self.lock:
            grant, self.latest, self.shown_after = self.grant, None, 0  # a restarted server counts from 1
        if grant and not self.done.is_set():
            self.sio.emit("game:resume", {"gameId": grant["gameId"], "seatToken": grant["seatToken"]}, callback=refused)
        return grant is not None

    def look(self):  # plays the newest snapshot's tick, once, if it shows every move we sent
        with self.lock:
            snap, view = self.latest, self.latest and self.latest["view"]
            if not view or not self.grant or self.done.is_set():
                return
            if snap["status"] == "finished" and view.get("reveal"):
                self.finished = snap
                self.done.set()
                return self.on_end and self.on_end(self)
            # Once a tick, and only on a view that shows every move we sent: a snapshot showing a move
            # is numbered above its answer's seq (if this one does not, the next will).
            if snap["status"] == "running" and view["tick"] != self.last_tick and not self.in_flight and snap["seq"] > self.shown_after:
                self.last_tick = view["tick"]
                for move in self.strategy(view) or [{"type": "pass"}]:  # nothing to do: say so
                    self.send(move)

    def send(self, move):  # a move applies at the tick it reaches the server; a refused one changes nothing
        counted = move["type"] != "pass"  # a pass changes no view: nothing waits for it
        self.in_flight += counted

        def answered(res):
            with self.lock:
                self.in_flight -= counted
                if not refused(res) and counted:
                    self.shown_after = max(self.shown_after, res["seq"])
            self.look()  # a tick skipped while we waited is played now, if the view shows everything
        self.sio.emit("game:move", {"gameId": self.grant["gameId"], "seatToken": self.grant["seatToken"], "move": move}, callback=answered)


def run(sio, url, token, done):  # connects with the bot's token, waits until `done` is set, disconnects
    @sio.event
    def connect_error(data):  # a refused token (BAD_BOT_TOKEN) is final; otherwise the client retries
        if isinstance(data, dict) and isinstance(data.get("data"), dict):  # socket.io's {message, data}
            print(f"{data['data']['code']}: {data['data']['message']}", file=sys.stderr)
            done.set()
    try:
        sio.connect(url, auth={"botToken": token}, transports=["websocket"])
    except socketio.exceptions.ConnectionError as err:
        sys.exit(f"cannot connect to {url}: {err}")
    done.wait()
    sio.disconnect()


def play(url, token, game, strategy):
    """Creates `game` on a socket of its own, plays its seat with `strategy` to the end, returns the last snapshot."""
    sio = socketio.Client()
    seat = Seat(sio)

    def granted(res):  # our seat, or a refusal: then there is nothing to play
        seat.done.set() if refused(res) else seat.take(res, strategy)

    @sio.event
    def connect():
        if not seat.reconnected():  # the first connection: create the game
            sio.emit("game:create", game, callback=granted)

    sio.on("game:snapshot", seat.snapshot)
    run(sio, url, token, seat.done)
    return seat.finished or sys.exit(1)  # no result: why was said on stderr


def main():
    token = os.environ.get("BOT_TOKEN") or sys.exit("Set BOT_TOKEN to the token your player page showed for the bot.")
    seat = "B" if os.environ.get("SEAT") == "B" else "A"
    # A house bot in the other seat; TICK_MS: 1000 is human pace, a bot can go down to 100.
    others = {("B" if seat == "A" else "A"): {"kind": "bot", "strategy": "acknowledged"}}
    params = {"captureProbability": 0.2, "crossingTicks": 2, "dawnTick": 20}
    game = {"scenario": "generals", "params": params, "seat": seat, "others": others, "tickMs": int(os.environ.get("TICK_MS", "200"))}
    snap = play(os.environ.get("SERVER_URL", "http://localhost:3000"), token, game, general_strategy())
    reveal = snap["view"]["reveal"]
    print(f"game {snap['gameId']}: {reveal['outcome']}, general {seat} scored {reveal['scores'][seat]}")


if __name__ == "__main__":
    main()
