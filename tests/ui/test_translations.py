"""Every visible string of the UI has an Indonesian translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def untranslated(ts_file: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts_file).iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (
            translation.text or "").strip():
            missing.append(message.findtext("source"))
    return missing


def test_every_ui_string_is_in_the_indonesian_translation(tmp_path):
    # Re-extract the strings from the sources into a copy, so a string added to the code but
    # not to resources/translations/tokocrm_id.ts shows up as unfinished.
    copy = tmp_path / "tokocrm_id.ts"
    shutil.copy(ROOT / "resources/translations/tokocrm_id.ts", copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([lupdate, "-silent", "-extensions", "py", "-locations", "none",
                    str(ROOT / "src/tokocrm/ui"), "-target-language", "id", "-ts", str(copy)],
                   check=True, capture_output=True)
    assert untranslated(copy) == []
