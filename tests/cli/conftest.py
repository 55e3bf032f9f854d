"""Run the command line in-process against the test database (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest

from tokocrm.cli import main


@pytest.fixture
def cli(db_url, capsys):
    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def run_json(cli):
    def run(*argv: str):
        code, out, err = cli(*argv, "--json")
        assert code == 0, err
        return json.loads(out)

    return run
