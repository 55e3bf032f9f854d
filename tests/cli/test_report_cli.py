"""`tokocrm report charts OUTDIR [--as-of DATE]`: the dashboard's charts as PNG files."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

CHARTS = ["mix_now", "mix_months", "revenue_months", "predicted_values"]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def assert_pngs(paths: list[str], folder: Path) -> None:
    assert paths == [str(folder / f"{chart}.png") for chart in CHARTS]
    for path in paths:
        assert Path(path).read_bytes().startswith(PNG_SIGNATURE)


def test_writes_the_dashboard_charts_of_a_sample_shop(run_json, tmp_path):
    run_json("demo", "--members", "300", "--months", "24", "--seed", "2")
    folder = tmp_path / "reports" / "march"  # created, parents too
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    written = run_json("report", "charts", str(folder), "--as-of", yesterday)
    assert written["as_of"] == yesterday
    assert_pngs(written["charts"], folder)


def test_an_empty_shop_still_gets_its_charts_listed_as_text(cli, tmp_path):
    code, out, err = cli("report", "charts", str(tmp_path))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"Charts as of {date.today().isoformat()}:"
    assert_pngs(lines[1:], tmp_path)


def test_a_bad_date_is_refused_in_one_line(cli, tmp_path):
    code, out, err = cli("report", "charts", str(tmp_path / "charts"), "--as-of", "31-02-2026")
    assert code == 1 and out == "" and "as_of" in err and err.count("\n") == 1
    assert not (tmp_path / "charts").exists()
