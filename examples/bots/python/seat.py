"""What both example bots share (docs/bot-api.md): connect with a bot token, create a game, and
play its seat tick by tick until the game is over. A strategy is a function from the seat's view
to this tick's moves: general.py and process.py are two.

Every tick where the strategy has nothing to do, the bot sends {"type": "pass"}: the server then
knows it played that tick and does not play it in its place (docs/bot-api.md, the deadline).
"""
import sys
import threading

import socketio


def warn_if_refused(res):
    """A refused request changes nothing; say why on stderr."""
    if not res["ok"]:
        print(f"refused: {res['error']['code']}: {res['error']['message']}", file=sys.stderr)


def play(url, token, game, strategy):
    """Creates `game` (a game:create payload) and plays its seat; returns the finished snapshot."""
    sio = socketio.Client()
    # python-socketio handles every event and every answer on a thread of its own, so they may
    # run out of order: one lock around our state, and snapshot numbers (`seq`) to put them back.
    lock = threading.RLock()
    done = threading.Event()
    st = {
        "grant": None,  # the seat and its credential (seatToken)
        "latest": None,  # the newest snapshot: each one is the seat's whole view
        "last_tick": -1,  # the tick we last played
        "in_flight": 0,  # moves sent and not yet answered
        # The answer to a move comes first, then the snapshot that shows it, numbered higher than
        # the answer's seq: a snapshot numbered shown_after or lower does not show our last move.
        "shown_after": 0,
        "finished": None,
    }

    def look():
        """Plays the newest snapshot's tick, once, if it shows every move we sent."""
        with lock:
            snap, grant = st["latest"], st["grant"]
            if not snap or not grant or snap["gameId"] != grant["gameId"] or not snap["view"]:
                return
            view = snap["view"]
            if snap["status"] == "finished" and view.get("reveal"):
                st["finished"] = snap
                return done.set()
            if snap["status"] != "running" or view["tick"] == st["last_tick"]:
                return
            if st["in_flight"] > 0 or snap["seq"] <= st["shown_after"]:
                return  # the snapshot that shows our moves is on its way
            st["last_tick"] = view["tick"]
            for move in strategy(view) or [{"type": "pass"}]:  # nothing to do: say so
                send(move)

    def send(move):
        # Moves apply at the tick they reach the server; a refused one changes nothing.
        counted = move["type"] != "pass"  # a pass changes no view: nothing waits for it
        if counted:
            st["in_flight"] += 1

        def answered(res):
            warn_if_refused(res)
            if counted:
                with lock:
                    st["in_flight"] -= 1
                    if res["ok"]:
                        st["shown_after"] = max(st["shown_after"], res["seq"])
                look()  # a tick skipped while we waited is played now, if the view shows everything

        grant = st["grant"]
        sio.emit("game:move", {"gameId": grant["gameId"], "seatToken": grant["seatToken"], "move": move}, callback=answered)

    def granted(res):
        warn_if_refused(res)
        if not res["ok"]:
            return done.set()
        with lock:
            st["grant"] = res
        look()  # the seat's first snapshot may have been handled before this answer

    @sio.event
    def connect():
        # First connection: create the game. After a reconnection: take our seat back by its token.
        with lock:
            grant, st["latest"], st["shown_after"] = st["grant"], None, 0  # a restarted server counts from 1
        if grant:
            sio.emit("game:resume", {"gameId": grant["gameId"], "seatToken": grant["seatToken"]}, callback=warn_if_refused)
        else:
            sio.emit("game:create", game, callback=granted)

    @sio.on("game:snapshot")
    def on_snapshot(snap):
        with lock:
            latest = st["latest"]
            if latest and latest["gameId"] == snap["gameId"] and latest["seq"] > snap["seq"]:
                return  # an older one, handled late
            st["latest"] = snap
        look()

    @sio.event
    def connect_error(data):
        # A refused token (BAD_BOT_TOKEN) is final; otherwise the client retries by itself.
        if isinstance(data, dict) and data.get("code"):
            print(f"{data['code']}: {data['message']}", file=sys.stderr)
            done.set()

    try:
        sio.connect(url, auth={"botToken": token}, transports=["websocket"])
    except socketio.exceptions.ConnectionError as err:
        sys.exit(f"cannot connect to {url}: {err}")
    done.wait()
    sio.disconnect()
    if not st["finished"]:
        sys.exit(1)
    return st["finished"]
