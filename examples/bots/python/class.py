"""A bot in class (docs/bot-api.md, "In class"): it joins a class session with the join code the
host shows, sits in the lobby like a student, and plays every seat a round gives it, with the
general (general.py) or the consensus process (process.py). Its seats arrive as a student's do:
in `class:student`, whose `game` names the seat and its token once a round seats it.

Run it:  BOT_TOKEN=bvb_... CLASS_CODE=ABC234 SERVER_URL=http://localhost:3000 python3 class.py
It stops when the host ends the session, or after CLASS_GAMES games.
"""
import os
import sys
import threading

import socketio

from general import Seat, general_strategy, refused, run
from process import process_moves

# How this bot plays a seat of each scenario it knows: a new strategy for each game (a general
# remembers whether it committed). A round of another scenario is left to the house's stand-in.
STRATEGIES = {"generals": general_strategy, "consensus": lambda: process_moves}


def run_class(url, token, code, games=None):
    """Joins the session and plays each seat it is given until the session ends, or `games` were played;
    returns how many games it played. A refused token or join ends the program."""
    sio, lock, done, finished = socketio.Client(), threading.Lock(), threading.Event(), threading.Event()
    seats = {}  # game id -> Seat: every change of the session sends the student's view again
    played = []

    def ended(seat):  # a game is over: say how it went
        reveal, grant = seat.finished["view"]["reveal"], seat.grant
        print(f"round {grant['round']}, game {grant['gameId']} ({grant['scenario']}, seat {grant['seat']}): "
              f"{reveal['outcome']}, scored {reveal['scores'].get(grant['seat'], 0)}", flush=True)
        with lock:
            played.append(grant["gameId"])
            if games and len(played) >= games:
                finished.set()
                done.set()

    def joined(res):  # a refused join (a wrong code, an ended session...) is final
        if refused(res):
            done.set()

    @sio.event
    def connect():
        # On every connection: join with the code (no nickname: the bot's own name). Joining again is
        # how a bot comes back; each seat it was playing is taken back by its own token.
        sio.emit("class:join", {"code": code}, callback=joined)
        with lock:
            playing = [seat for seat in seats.values() if not seat.done.is_set()]
        for seat in playing:
            seat.reconnected()

    @sio.on("class:student")
    def on_view(view):
        if view["status"] == "ended":
            finished.set()
            return done.set()
        grant, round_ = view["game"], view["round"]
        with lock:  # views come on threads of their own: take each seat once
            if not grant or not round_ or grant["gameId"] in seats:
                return
            seat = seats[grant["gameId"]] = Seat(sio, on_end=ended)
        strategy = STRATEGIES.get(round_["scenario"])
        if not strategy:
            return print(f"round {round_['number']}: no strategy for {round_['scenario']}; the stand-in plays", file=sys.stderr)
        # Listen first, then take the seat: its snapshots follow the answer to game:resume.
        seat.take({**grant, "round": round_["number"], "scenario": round_["scenario"]}, strategy())
        sio.emit("game:resume", {"gameId": grant["gameId"], "seatToken": grant["seatToken"]}, callback=refused)

    @sio.on("game:snapshot")
    def on_snapshot(snap):
        with lock:
            seat = seats.get(snap["gameId"])
        if seat:
            seat.snapshot(snap)

    run(sio, url, token, done)
    return len(played) if finished.is_set() else sys.exit(1)  # refused: why was said on stderr


def main():
    token = os.environ.get("BOT_TOKEN")
    code = os.environ.get("CLASS_CODE")
    if not token or not code:
        sys.exit("Set BOT_TOKEN (your bot's token) and CLASS_CODE (the code on the host's screen).")
    games = int(os.environ["CLASS_GAMES"]) if os.environ.get("CLASS_GAMES") else None
    print(f"joining class {code}...", flush=True)
    print(f"{run_class(os.environ.get('SERVER_URL', 'http://localhost:3000'), token, code, games)} games played")


if __name__ == "__main__":
    main()
