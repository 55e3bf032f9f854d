"""`tokocrm card pdf OUT.pdf MEMBER...` and `--all-new`: the PDF holds the members' cards, whose
codes scan back, and the cards are marked printed. Qt draws them, so a QApplication exists
first (pytest-qt's qapp), as the command would otherwise make a bare QGuiApplication."""

from __future__ import annotations

import pytest

from tests.card_scans import scanned_pdf as scanned


@pytest.fixture(autouse=True)
def _qt(qapp):
    return qapp


def add(run_json, name: str, *extra: str) -> dict:
    return run_json("member", "add", "--name", name, *extra)


def test_cards_of_named_members_go_to_the_pdf(run_json, cli, tmp_path):
    siti = add(run_json, "Siti Aminah", "--phone", "081234567890")
    budi = add(run_json, "Budi", "--card", "LAMA-0042")
    out = tmp_path / "kartu.pdf"
    got = run_json("card", "pdf", str(out), "0812-3456-7890", budi["card"], siti["card"])
    assert got == {"file": str(out), "cards": 2, "sheets": 1}
    assert scanned(out) == [sorted([siti["card"], "LAMA0042"])]
    code, printed, err = cli("card", "pdf", str(tmp_path / "again.pdf"), budi["card"])
    assert (code, err) == (0, "")
    assert printed.strip() == f"{tmp_path / 'again.pdf'}: 1 card on 1 sheet"


def test_all_new_prints_each_card_once(run_json, tmp_path):
    members = [add(run_json, f"Member {n}")["card"] for n in range(12)]
    first = run_json("card", "pdf", str(tmp_path / "new.pdf"), "--all-new")
    assert first == {"file": str(tmp_path / "new.pdf"), "cards": 12, "sheets": 2}
    assert scanned(tmp_path / "new.pdf") == [sorted(members[:10]), sorted(members[10:])]
    latecomer = add(run_json, "Latecomer")["card"]
    assert run_json("card", "pdf", str(tmp_path / "late.pdf"), "--all-new")["cards"] == 1
    assert scanned(tmp_path / "late.pdf") == [[latecomer]]
    nothing = run_json("card", "pdf", str(tmp_path / "none.pdf"), "--all-new")
    assert nothing == {"file": None, "cards": 0, "sheets": 0}
    assert not (tmp_path / "none.pdf").exists()


def test_an_erased_member_gets_no_card(run_json, cli, tmp_path):
    siti = add(run_json, "Siti Aminah")
    budi = add(run_json, "Budi")
    run_json("erase", siti["card"], "--reason", "asked at the counter")
    code, _, err = cli("card", "pdf", str(tmp_path / "siti.pdf"), siti["card"])
    assert code == 1 and "no member" in err  # the old card names no one now
    assert not (tmp_path / "siti.pdf").exists()
    got = run_json("card", "pdf", str(tmp_path / "new.pdf"), "--all-new")
    assert got["cards"] == 1
    assert scanned(tmp_path / "new.pdf") == [[budi["card"]]]


def test_members_or_all_new_but_not_both(cli, tmp_path):
    for argv in (("card", "pdf", "x.pdf"), ("card", "pdf", "x.pdf", "123", "--all-new")):
        with pytest.raises(SystemExit) as usage:
            cli(*argv)
        assert usage.value.code == 2


def test_a_folder_that_cannot_be_written_is_refused_plainly(run_json, cli, tmp_path):
    siti = add(run_json, "Siti Aminah")
    out = tmp_path / "no-such-folder" / "kartu.pdf"
    code, _, err = cli("card", "pdf", str(out), siti["card"])
    assert code == 1 and err.startswith(f"tokocrm: cannot write {out}")
    assert run_json("card", "pdf", str(tmp_path / "ok.pdf"), "--all-new")["cards"] == 1
