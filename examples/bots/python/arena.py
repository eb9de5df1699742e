"""An arena bot (docs/bot-api.md, "The arena"): it waits in the arena's queues, and whenever the
server seats it in a match (`arena:match`) it plays that seat with the example strategy of the
match's scenario: the general (general.py) or the consensus process (process.py). Each match is
played on one of the scenario's arena nights, and judged against the house's score on that same
night (par); the arena's ratings say how the bot does against par.

Run it:  BOT_TOKEN=bvb_... SERVER_URL=http://localhost:3000 python3 arena.py
ARENA_MATCHES=N stops it after N matches.
"""
import os
import sys
import threading

import socketio

from general import Seat, general_strategy, refused, run
from process import process_moves

# How this bot plays a seat of each scenario it knows: a new strategy for each game (a general
# remembers whether it committed). These are the queues it waits in.
STRATEGIES = {"generals": general_strategy, "consensus": lambda: process_moves}


def run_arena(url, token, matches=None):
    """Plays arena matches until `matches` are over (forever if None); returns how many it played.
    A refused token or request ends the program."""
    sio, lock, done = socketio.Client(), threading.Lock(), threading.Event()
    seats = {}  # game id -> Seat
    counts = {"started": 0, "ended": 0}

    def seat_of(game_id):  # a match's first snapshot may be handled before its arena:match
        with lock:
            if game_id not in seats:
                seats[game_id] = Seat(sio, on_end=ended)
            return seats[game_id]

    def ended(seat):  # a match is over: say how it went
        reveal, notice = seat.finished["view"]["reveal"], seat.grant
        print(f"match {notice['matchId']} ({notice['scenario']}, night {notice['night'] + 1}, seat {notice['seat']}): "
              f"{reveal['outcome']}, scored {reveal['scores'].get(notice['seat'], 0)}", flush=True)
        with lock:
            counts["ended"] += 1
            if matches and counts["ended"] >= matches:
                done.set()

    def answered(res):  # a refused join or leave is final (UNKNOWN_SCENARIO: no queue to wait in)
        if refused(res):
            done.set()

    @sio.event
    def connect():
        # On every connection (a reconnection leaves the queues): wait in ours, unless we are done;
        # and take back the seat of a match being played.
        with lock:
            wanted = not matches or counts["started"] < matches
            playing = [seat for seat in seats.values() if not seat.done.is_set()]
        if wanted:
            sio.emit("arena:join", {"scenarios": list(STRATEGIES)}, callback=answered)
        for seat in playing:
            seat.reconnected()

    @sio.on("arena:match")
    def on_match(notice):  # seated: the socket already holds the seat, its snapshots follow
        with lock:
            counts["started"] += 1
            last = counts["started"] == matches
        if last:  # the last match we want has begun: out of the queues, so no other one is scheduled
            sio.emit("arena:leave", {}, callback=answered)
        seat_of(notice["gameId"]).take(notice, STRATEGIES[notice["scenario"]]())

    sio.on("game:snapshot", lambda snap: seat_of(snap["gameId"]).snapshot(snap))
    run(sio, url, token, done)
    return counts["ended"] if matches and counts["ended"] >= matches else sys.exit(1)  # refused: why was said on stderr


def main():
    token = os.environ.get("BOT_TOKEN") or sys.exit("Set BOT_TOKEN to the token your player page showed for the bot.")
    matches = int(os.environ["ARENA_MATCHES"]) if os.environ.get("ARENA_MATCHES") else None
    url = os.environ.get("SERVER_URL", "http://localhost:3000")
    print(f"waiting in the arena of {url}...", flush=True)
    print(f"{run_arena(url, token, matches)} matches played")


if __name__ == "__main__":
    main()
