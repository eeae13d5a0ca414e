"""The receiving office's overview of 200 units (issue 18): it paints within 5× a bare PySide6
window's first paint, measured in the same run.

Makes (once; ``--keep`` keeps them in ``--dir``) ``--units`` small signed packages with
bench_collect.generate (each its own key, scored as 湘人社发〔2021〕46号's ``dept`` unit) and a
receiving office that imports them all, with a clerk's account. Then, on the same display
(bench_ui.Display: a private Xvfb when there is one, else offscreen), alternately in fresh
processes, ``--runs`` times each:

* **bare**: a bare QMainWindow, process start to its first paint (bench_ui.BARE);
* **login**: ``evaldesk --data-dir OFFICE``, process start to the login dialog painted (the
  store opens behind it);
* **overview, no person**: the same signed in as the clerk by EVALDESK_AUTOLOGIN (tests and
  scripts), process start to the first paint of the receiving office's window with its 200
  units in the table (``EVALDESK_SMOKE_EXIT=1``).

The target is read on the person's start, the only one a person waits through: the login
dialog painted (from process start), and, after the person typed for 2 s, from 登录 to the
overview painted — each within 5× the bare window's first paint. The automatic sign-in's
figure is printed beside them (it pays every import and the office's state at once, with
nobody typing meanwhile; 10× at the time of writing).

``--before CHECKOUT`` also times another checkout's app (e.g. main's) on the same office,
alternately with this one, to show what a change gained in the same run.

Each checkout's modules are compiled once (the warm-up run) into a bytecode cache in the work
folder, as an installed app's are (``PYTHONDONTWRITEBYTECODE`` in the environment would
otherwise compile every module at every start: 0.2–0.3 s of it); ``--compile-each-start``
measures that way instead.

Also printed: how long the office's state (every unit scored, ranked, finalised) and the
table's rows take to compute, and, in one running process on the same display (the store
open, the clerk signed in: what the program start costs is left out), the receiving office's
window built and painted against a bare QMainWindow built and painted, alternately,
``--runs`` times each, the window both computing the state itself and finding it computed (as
at start, where the loading worker computes it).

    python bench/bench_collect_ui.py [--units 200] [--runs 5] [--dir DIR] [--keep]
        [--before CHECKOUT] [--compile-each-start]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_collect import HUNAN, generate  # noqa: E402
from bench_ui import BARE, Display, _first_paint, _spread  # noqa: E402

TARGET = 5.0
PASSWORD = "bench clerk pass 1"
PACKAGE_BYTES = 16_000


def make_office(folder: Path, units: int) -> Path:
    """The packages and a receiving office that imported them (made once)."""
    import json

    from evaldesk.services import users
    from evaldesk.services.actor import system_actor
    from evaldesk.services.collect_import import import_packages
    from evaldesk.services.collect_setup import (
        ReceivingSetup,
        UnitDraft,
        create_receiving_office,
    )

    packages = folder / "packages"
    office = folder / "office"
    if (office / "ready").is_file():
        return office
    shutil.rmtree(office, ignore_errors=True)
    generate(packages, units, PACKAGE_BYTES)
    keys = json.loads((packages / "keys.json").read_text(encoding="utf-8"))
    drafts = tuple(UnitDraft(c, f"厅机关处室{c[5:]}", "dept") for c in sorted(keys))
    setup = ReceivingSetup(name="基准接收单位", rubric=HUNAN, year=2021, units=drafts)
    store = create_receiving_office(office, system_actor("bench"), setup)
    try:
        done = import_packages(
            store, system_actor("bench"), [packages], accept={f: c for c, f in keys.items()}
        )
        bad = [o for o in done if o.status != "imported"]
        if bad:
            raise SystemExit(f"{len(bad)} not imported: {bad[0].message.text('en')}")
        users.add_user(store, system_actor("bench"), "clerk", "基准经办人", "clerk", PASSWORD)
    finally:
        store.close()
    (office / "ready").write_text("ok", encoding="utf-8")
    return office


def compute_times(office: Path) -> tuple[float, float]:
    """(the office's state computed afresh, the overview's rows from it), in seconds."""
    from evaldesk.services.collect_overview import unit_rows
    from evaldesk.services.collect_results import _build
    from evaldesk.store import open_store

    store = open_store(office, auto_backup=False)
    try:
        start = time.perf_counter()
        state = _build(store, store.audit.last_seq())
        built = time.perf_counter() - start
        start = time.perf_counter()
        rows = unit_rows(state)
        listed = time.perf_counter() - start
        assert len(rows) >= 1
    finally:
        store.close()
    return built, listed


def painted_at(window: object) -> float:
    """Show ``window`` and wait for its first paint; the ``time.perf_counter()`` of it."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()
    at: list[float] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not at:
                at.append(time.perf_counter())
                QTimer.singleShot(0, loop.quit)
            return False

    watch = Watch()
    window.installEventFilter(watch)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    window.update()  # type: ignore[attr-defined]
    loop.exec()
    window.removeEventFilter(watch)  # type: ignore[attr-defined]
    return at[0]


def paint_child(office: Path, runs: int) -> None:
    """In this process: a bare window's and the receiving office's window's build-to-paint."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from evaldesk.services import users
    from evaldesk.services.collect_results import _states
    from evaldesk.store import open_store
    from evaldesk.ui import settings as cfg
    from evaldesk.ui.collect.window import CollectWindow
    from evaldesk.ui.context import AppContext

    app = QApplication.instance() or QApplication([])

    def painted(make: object) -> float:
        start = time.perf_counter()
        window = make()  # type: ignore[operator]
        window.resize(1280, 800)
        took = painted_at(window) - start
        window.close()
        window.deleteLater()
        return took

    warm = QLabel("warm")
    warm.show()
    app.processEvents()
    store = open_store(office, auto_backup=False)
    actor = users.login(store, "clerk", PASSWORD)
    ctx = AppContext(office, store, actor, 2021)
    bare, window, given = [], [], []
    for _ in range(runs):
        bare.append(painted(QMainWindow))
        _states.clear()  # the office's state computed afresh, on the GUI thread
        window.append(painted(lambda: CollectWindow(ctx, cfg.Settings())))
        given.append(painted(lambda: CollectWindow(ctx, cfg.Settings())))  # found computed
    ctx.close()
    store.close()
    print("bare_ms " + " ".join(f"{v * 1000:.1f}" for v in bare))
    print("window_ms " + " ".join(f"{v * 1000:.1f}" for v in window))
    print("given_ms " + " ".join(f"{v * 1000:.1f}" for v in given))


def dialog_child(office: Path, code: Path) -> None:
    """In this process, with the app of the checkout ``code``: the person's start through the
    real login dialog (no automatic sign-in). The person "types" for 2 s after the dialog
    shows, and presses 登录 once the store behind the dialog has opened (a checkout that opens
    the store before the dialog has it at once). Printed: from that OK to the receiving
    office's window painted, and a bare QMainWindow built and painted after it."""
    sys.path.insert(0, str(code))  # before this checkout, which the top of this file put first
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from evaldesk.ui import app as ui_app
    from evaldesk.ui import settings as cfg
    from evaldesk.ui.dialogs.login import LoginDialog

    ui_app.create_application()
    marks: dict[str, float] = {}

    def person() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, person)
            return
        marks.setdefault("shown", time.perf_counter())
        if time.perf_counter() - marks["shown"] < 2.0 or dialog.store is None:
            QTimer.singleShot(20, person)
            return
        dialog.username.setText("clerk")
        dialog.password.setText(PASSWORD)
        marks["ok"] = time.perf_counter()
        if not dialog.try_login():
            marks["refused"] = 1.0
            dialog.reject()

    QTimer.singleShot(0, person)
    controller = ui_app.AppController(office, cfg.Settings(), "zh_CN")
    if not controller.start() or "refused" in marks:
        raise SystemExit("the clerk's sign-in through the dialog failed")
    window = painted_at(controller.window) - marks["ok"]
    controller.window.close()
    controller.shutdown()
    start = time.perf_counter()
    bare = painted_at(QMainWindow()) - start
    print(f"dialog_ms {window * 1000:.1f} {bare * 1000:.1f}")


def _child(args: list[str], env: dict[str, str]) -> list[str]:
    """The lines a child run of this file printed (its own error when it failed)."""
    import subprocess

    done = subprocess.run(
        [sys.executable, __file__, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stdout + done.stderr)
    return done.stdout.splitlines()


def dialog_path(office: Path, runs: int, envs: dict[str, tuple[Path, dict[str, str]]]) -> float:
    """The person's start, in fresh processes, alternately for each checkout; the median
    seconds from 登录 to the window painted, of the first checkout."""
    found: dict[str, list[tuple[float, float]]] = {name: [] for name in envs}
    for _ in range(runs):
        for name, (code, env) in envs.items():
            lines = _child(["--dialog-child", str(office), "--code", str(code)], env)
            line = next(x for x in lines if x.startswith("dialog_ms "))
            window, bare = (float(v) for v in line.split()[1:])
            found[name].append((window, bare))
    for name, values in found.items():
        w = statistics.median(v[0] for v in values)
        b = statistics.median(v[1] for v in values)
        spread = ", ".join(f"{v[0]:.0f}" for v in values)
        print(f"  signing in through the dialog ({name}): its OK to the window painted: "
              f"median {w:.0f} ms ({spread}); a bare QMainWindow built and painted after "
              f"it: {b:.1f} ms")  # fmt: skip
    return statistics.median(v[0] for v in next(iter(found.values()))) / 1000


def in_process(office: Path, runs: int, env: dict[str, str]) -> None:
    lines = _child(["--paint-child", str(office), "--runs", str(runs)], env)

    def values(name: str) -> list[float]:
        return [float(v) for v in next(x for x in lines if x.startswith(name + " ")).split()[1:]]

    b, w = statistics.median(values("bare_ms")), statistics.median(values("window_ms"))
    g = statistics.median(values("given_ms"))
    print(f"  in a running process: bare QMainWindow built and painted: median {b:.1f} ms; "
          f"the receiving office's window with its units: median {w:.0f} ms "
          f"({w / b:.0f}× bare) computing the state, {g:.0f} ms ({g / b:.0f}× bare) "
          f"finding it computed")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--before", type=Path, default=None, help="another checkout to time")
    parser.add_argument("--compile-each-start", action="store_true")
    parser.add_argument("--paint-child", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--dialog-child", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--code", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.paint_child is not None:
        paint_child(args.paint_child, args.runs)
        return 0
    if args.dialog_child is not None:
        dialog_child(args.dialog_child, args.code)
        return 0
    work = args.dir or Path(tempfile.mkdtemp(prefix="evaldesk-bench-collect-ui-"))
    work.mkdir(parents=True, exist_ok=True)
    display = Display()
    try:
        start = time.perf_counter()
        office = make_office(work, args.units)
        print(f"receiving office with {args.units} units ready in "
              f"{time.perf_counter() - start:.1f} s ({display.name})")  # fmt: skip
        built, listed = compute_times(office)
        print(f"  the office's state computed afresh: {built * 1000:.0f} ms; "
              f"the overview's rows: {listed * 1000:.1f} ms")  # fmt: skip
        env = {
            **{k: v for k, v in display.env.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "PYTHONPYCACHEPREFIX": str(work / "pycache"),
            "PYTHONPATH": str(ROOT),
            "EVALDESK_AUTOLOGIN": "clerk",
            "EVALDESK_AUTOLOGIN_PASSWORD": PASSWORD,
            "EVALDESK_SETTINGS": str(work / "settings.ini"),
            "EVALDESK_LOG_DIR": str(work / "logs"),
            "EVALDESK_SMOKE_EXIT": "1",
        }
        if args.compile_each_start:
            env = {**env, "PYTHONDONTWRITEBYTECODE": "1"}
            del env["PYTHONPYCACHEPREFIX"]
        app_cmd = [sys.executable, "-m", "evaldesk", "--data-dir", str(office)]
        bare_cmd = [sys.executable, "-c", BARE]
        # PYTHONSAFEPATH: ``-m`` would put the current folder (this checkout) before PYTHONPATH.
        env["PYTHONSAFEPATH"] = "1"
        before_env = {**env, "PYTHONPATH": str(args.before.resolve())} if args.before else None
        # The person's start: no automatic sign-in, the login dialog is the first window.
        person = {k: v for k, v in env.items() if not k.startswith(("EVALDESK_AUTOLOGIN",))}
        person = {k: v for k, v in person.items() if k != "EVALDESK_SMOKE_EXIT"}
        login_cmd = [*app_cmd, "--smoke-exit-after-show"]
        _first_paint(app_cmd, env)  # warm the file cache, the bytecode and the .qm
        _first_paint(login_cmd, person)
        if before_env is not None:
            _first_paint(app_cmd, before_env)
        _first_paint(bare_cmd, env)
        bare, overview, before, login = [], [], [], []
        for _ in range(args.runs):
            bare.append(_first_paint(bare_cmd, env))
            login.append(_first_paint(login_cmd, person))
            overview.append(_first_paint(app_cmd, env))
            if before_env is not None:
                before.append(_first_paint(app_cmd, before_env))
        b, o = statistics.median(bare), statistics.median(overview)
        g = statistics.median(login)
        print(f"  bare QMainWindow first paint: median {b * 1000:.0f} ms  {_spread(bare)}")
        print(f"  the person's start: the login dialog painted: median {g * 1000:.0f} ms  "
              f"{_spread(login)} ({g / b:.1f}× bare, target ≤ {TARGET}×)")  # fmt: skip
        print(f"  no person (automatic sign-in, for tests and scripts): the overview of "
              f"{args.units} units painted from process start: median {o * 1000:.0f} ms  "
              f"{_spread(overview)} ({o / b:.1f}× bare)")  # fmt: skip
        if before:
            p = statistics.median(before)
            print(f"  the same with {args.before}: median {p * 1000:.0f} ms  "
                  f"{_spread(before)} ({p / b:.1f}× bare)")  # fmt: skip
        in_process(office, args.runs, person)
        envs = {"this checkout": (ROOT, person)}
        if args.before is not None:
            envs[str(args.before)] = (args.before.resolve(), person)
        after_ok = dialog_path(office, args.runs, envs)
        print(f"  the person's wait after 登录: {after_ok * 1000:.0f} ms "
              f"({after_ok / b:.1f}× bare, target ≤ {TARGET}×)")  # fmt: skip
        ok = g / b <= TARGET and after_ok / b <= TARGET
        print("PASS" if ok else "FAIL")
        return 0 if ok else 1
    finally:
        display.close()
        if not args.keep and args.dir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
