"""The command line speaks the user's language: its help, argparse's own words, its errors and its progress labels in
Russian by default, in Kazakh or English with --lang, or in the language saved from the app's menu."""

from __future__ import annotations

import argparse
import os
import pty
import re
import subprocess
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import Run
from process_helpers import JOURNAL_ROW, command, fieldapp_env

from fieldapp import cli_texts
from fieldapp.cli import build_parser
from fieldapp.config import Settings, app_paths

HELP_COMMANDS = (["--help"], ["sync", "--help"], ["import", "journal", "--help"])
ARGPARSE_ENGLISH = ("usage:", "positional arguments", "options:", "show this help message", "required:",
                    "invalid choice", "choose from")
# Words of an English help text; none may be left in a Russian or Kazakh one (option names and codes aside).
ENGLISH_WORDS = re.compile(r"\b(the|and|of|to|an?|with|for|show|write|database|workbook|help|exit|language)\b")
HEADINGS = {
    "ru": ("использование: fieldapp", "позиционные аргументы:", "параметры:", "показать эту справку и выйти"),
    "kk": ("қолданылуы: fieldapp", "позициялық аргументтер:", "параметрлер:", "осы анықтаманы көрсету және шығу"),
    "en": ("usage: fieldapp", "positional arguments:", "options:", "show this help message and exit"),
}


def _without_codes(text: str) -> str:
    """Help text less what is typed as it is in every language: options, choices, `quoted` commands, file names."""
    text = re.sub(r"`[^`]*`|\{[^}]*\}|--?[\w-]+|\S+\.(xlsx|pdf|txt|json|md)\b", " ", text)
    return text


@pytest.mark.parametrize("words", HELP_COMMANDS, ids=lambda w: "-".join(w))
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_help_is_in_russian_and_kazakh_with_no_english_left(run: Run, words: list[str], lang: str) -> None:
    given = run(*words, *(["--lang", lang] if lang != "ru" else []))  # Russian needs no --lang: it is the default
    assert given.code == 0, given.err
    for heading in HEADINGS[lang]:
        assert heading in given.out, (heading, given.out)
    for english in ARGPARSE_ENGLISH:
        assert english not in given.out
    assert not ENGLISH_WORDS.findall(_without_codes(given.out)), given.out


def test_help_of_each_command_says_what_it_does_and_what_each_option_is(run: Run) -> None:
    ru = run("import", "journal", "--help").out
    assert "заполненный журнал приёма граждан" in ru  # the command's own description
    assert re.search(r"--dry-run\s+проверить и показать, что изменится, ничего не записывая", ru)
    assert re.search(r"БД\s+база данных", ru) and "ФАЙЛ.xlsx" in ru  # metavars too
    kk = run("sync", "--help", "--lang", "kk").out
    assert re.search(r"export\s+синхрондау пакетін жазу", kk)
    assert re.search(r"digest\s+дерекқор мазмұнының дайджесті", kk)
    main = run("--help").out
    assert re.search(r"import\s+загрузить книгу Excel", main)


@pytest.mark.parametrize("words", HELP_COMMANDS, ids=lambda w: "-".join(w))
def test_english_with_lang_en(run: Run, words: list[str]) -> None:
    given = run(*words, "--lang", "en")
    assert given.code == 0
    for heading in HEADINGS["en"]:
        assert heading in given.out
    assert not re.search("[а-яёәғқңөұүһі]", given.out, re.IGNORECASE), given.out


def test_lang_is_found_anywhere_on_the_line(run: Run) -> None:
    assert "қолданылуы:" in run("--lang=kk", "import", "journal", "--help").out
    assert "қолданылуы:" in run("import", "--lang", "kk", "journal", "--help").out
    assert "usage:" in run("import", "journal", "--lang", "kk", "--help", "--lang", "en").out  # the last one counts


def test_a_missing_argument_is_said_in_russian_and_kazakh(run: Run) -> None:
    ru = run("import", "journal")
    assert ru.code == 2 and ru.out == ""
    assert "использование: fieldapp import journal" in ru.err
    assert "fieldapp import journal: error: не указаны обязательные аргументы: БД, ФАЙЛ.xlsx" in ru.err
    assert not any(english in ru.err for english in ARGPARSE_ENGLISH)
    kk = run("import", "journal", "x.db", "--lang", "kk")
    assert kk.code == 2
    assert "error: міндетті аргументтер берілмеген: ФАЙЛ.xlsx" in kk.err
    wrong = run("list", "people", "x.db")
    assert wrong.code == 2 and "недопустимое значение: 'people' (выберите из 'campaigns'" in wrong.err
    bad_number = run("demo", "x.db", "--scale", "many", "--lang", "kk")
    assert bad_number.code == 2 and "--scale аргументі: бүтін сан күтіледі, берілгені 'many'" in bad_number.err
    en = run("import", "journal", "--lang", "en")
    assert "the following arguments are required: DB, FILE.xlsx" in en.err


def test_argparse_speaks_english_again_after_a_run(run: Run) -> None:
    run("--help", "--lang", "kk")
    parser = argparse.ArgumentParser(prog="other")
    assert parser.format_help().startswith("usage: other") and "options:" in parser.format_help()


def test_the_language_saved_from_the_app_menu_is_the_default(run: Run) -> None:
    Settings(language="kk").save(app_paths())
    assert "қолданылуы:" in run("sync", "--help").out
    assert "использование:" in run("sync", "--help", "--lang", "ru").out
    refused = run("import", "journal")
    assert "міндетті аргументтер берілмеген" in refused.err


def test_every_help_text_and_metavar_has_its_translations() -> None:
    parser = build_parser()
    known = cli_texts.HELP.keys() | cli_texts.ARGPARSE.keys()
    missing = [t for t in cli_texts.help_texts(parser) if t not in known and " | " not in t]
    assert not missing
    neutral = {"ID", "N", "URL", "WxH"}
    metavars = {a.metavar for p in cli_texts.parsers(parser) for a in p._actions if isinstance(a.metavar, str)}
    assert metavars - neutral - set(cli_texts.METAVARS) == set()


# -- progress labels of a real import, drawn on a terminal ----------------------------------------------------------


def _on_a_terminal(env: dict[str, str], *args: object) -> tuple[int, str, str]:
    """Run fieldapp with its stderr on a pseudo-terminal (so the progress bar is drawn); exit code, stdout, stderr."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(command(*args), env=env, stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal's other end closed with the process
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    out = proc.stdout.read().decode() if proc.stdout else ""
    code = proc.wait(timeout=300)
    if proc.stdout:
        proc.stdout.close()
    return code, out, b"".join(chunks).decode()


@pytest.fixture
def journal_and_db(tmp_path: Path) -> tuple[dict[str, str], Path, Path]:
    env = fieldapp_env(tmp_path / "home", tmp_path, FIELDAPP_USER="boss", FIELDAPP_PASSWORD="secret")
    db = tmp_path / "field.db"
    made = subprocess.run(command("init", db, "--unprotected"), env=env, capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr
    journal = tmp_path / "journal.xlsx"
    written = subprocess.run(command("template", "journal", journal), env=env, capture_output=True, text=True,
                             timeout=300)
    assert written.returncode == 0, written.stderr
    wb = openpyxl.load_workbook(journal)
    for n in range(3):
        wb.worksheets[0].append([*JOURNAL_ROW[:4], f"Заявитель {n}", "", *JOURNAL_ROW[6:]])
    wb.save(journal)
    return env, db, journal


@pytest.mark.parametrize(("lang", "receptions", "items"), [
    ("ru", "приёмы граждан", "вопросы на контроле"),
    ("kk", "азаматтарды қабылдау", "бақылаудағы мәселелер"),
])
def test_progress_of_a_real_import_names_what_is_written_as_people_do(
        journal_and_db: tuple[dict[str, str], Path, Path], lang: str, receptions: str, items: str) -> None:
    env, db, journal = journal_and_db
    code, out, err = _on_a_terminal(env, "import", "journal", db, journal, "--lang", lang)
    assert code == 0, err
    labels = [line.split("[")[0].strip() for line in err.replace("\r\n", "\n").split("\r") if "%" in line]
    assert receptions in labels and items in labels, labels
    assert not any(re.search(r"\b(reception|control_item|settlement|stop)\b", label) for label in labels), labels
    assert "3" in out  # the summary: three receptions


def test_a_sync_import_says_what_it_added_in_the_users_language(
        journal_and_db: tuple[dict[str, str], Path, Path], tmp_path: Path) -> None:
    env, a, journal = journal_and_db
    b = tmp_path / "other.db"

    def fieldapp(*args: object) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(command(*args), env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        return done

    fieldapp("init", b, "--unprotected")
    fieldapp("import", "journal", a, journal)
    for x in (a, b):
        fieldapp("sync", "device", x, "--export-key", tmp_path / f"{x.stem}.key")
    for x, y in ((a, b), (b, a)):
        fieldapp("sync", "device", x, "--enroll", tmp_path / f"{y.stem}.key")
    package = tmp_path / "a.fieldsync"
    fieldapp("sync", "export", a, "-o", package)
    preview = fieldapp("sync", "import", b, package, "--dry-run").stdout
    assert re.search(r"^будет добавлено записей: .*приёмы граждан: 3, .*; обновлено полей: 0; новых конфликтов: 0",
                     preview, re.MULTILINE), preview
    done = fieldapp("sync", "import", b, package, "--lang", "kk").stdout
    assert re.search(r"^қосылған жазбалар: .*азаматтарды қабылдау: 3, .*; жаңартылған өрістер: 0; жаңа "
                     r"қайшылықтар: 0", done, re.MULTILINE), done
    assert "reception" not in done and "control_item" not in done
