import shutil, time
from pathlib import Path
def test_smoke(make_snapshot, signing_key, tmp_path):
    from evaldesk.export.package import export_package
    snap = make_snapshot()
    t = time.time()
    res = export_package(snap, tmp_path / "pkg.zip", signing_key)
    print(time.time() - t, res)
    shutil.copy(tmp_path / "pkg.zip", "/tmp/smoke.zip")
