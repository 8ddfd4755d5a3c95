"""`detente actors list | show | add | alias | merge`: exact output and exit codes."""

from __future__ import annotations

from click.testing import CliRunner

from detente.cli import cli

ON = ["--on", "2026-01-05"]


def run(*args: str):
    return CliRunner().invoke(cli, ["actors", *args])


def test_empty_registry_lists_nobody(db_path):
    result = run("list", "--db", str(db_path))
    assert (result.exit_code, result.output) == (0, "(no people)\n")


def test_add_alias_merge_list_and_show(db_path):
    db = ["--db", str(db_path)]
    added = run("add", "Jonas Whitcombe", *db, "--country", "nor", "--sector", "gov", "--role", "prime minister",
                "--from", "2025-03-01", "--alias", "Whitcombe")
    assert added.output == "added: Jonas Whitcombe: NORGOV prime minister, 2025-03-01 to open (manual)\n"
    assert run("alias", "Jonas Whitcombe", "J. Whitcombe", *db).output == "alias: J. Whitcombe -> Jonas Whitcombe\n"
    run("add", "Jonas P. Whitcombe", *db, "--country", "NOR", "--sector", "GOV", "--role", "prime minister")
    merged = run("merge", "Jonas P. Whitcombe", "Jonas Whitcombe", *db)
    assert merged.output == "merged: Jonas P. Whitcombe -> Jonas Whitcombe\n"
    assert run("list", *db, *ON).output == (
        "name                         code       role                           documents last seen\n"
        "Jonas Whitcombe              NORGOV     prime minister                 0         -\n"
    )
    assert run("show", "J. Whitcombe", *db, *ON).output == (
        "Jonas Whitcombe\n"
        "  on 2026-01-05: NORGOV prime minister\n"
        "  aliases: J. Whitcombe (manual), Jonas P. Whitcombe (manual), Whitcombe (manual)\n"
        "  roles:\n"
        "    NORGOV prime minister, ? to open (manual)\n"
        "    NORGOV prime minister, 2025-03-01 to open (manual)\n"
        "  0 documents\n"
    )


def test_show_a_seed_person_without_a_database(tmp_path):
    result = run("show", "Guterres", "--db", str(tmp_path / "none.duckdb"), *ON)
    assert result.output == (
        "António Guterres\n"
        "  on 2026-01-05: IGOUNO secretary-general\n"
        "  aliases: Guterres (seed)\n"
        "  roles:\n"
        "    IGOHCR high commissioner, 2005-06-15 to 2015-12-31 (seed)\n"
        "    IGOUNO secretary-general, 2017-01-01 to open (seed)\n"
        "  0 documents\n"
    )
    assert not (tmp_path / "none.duckdb").exists()


def test_list_the_seed_of_one_country_on_a_day(tmp_path):
    result = run("list", "--seed", "--country", "ARG", "--db", str(tmp_path / "none.duckdb"), *ON)
    assert result.output == (
        "name                           code       role                           documents last seen\n"
        "Alberto Fernández              ARGELI     former president               0         -\n"
        "Carlos Menem                   ARGELI     former president               0         -\n"
        "Cristina Fernández de Kirchner ARGELI     former president               0         -\n"
        "Diana Mondino                  ARGELI     former foreign minister        0         -\n"
        "Eduardo Duhalde                ARGELI     former president               0         -\n"
        "Fernando de la Rúa             ARGELI     former president               0         -\n"
        "Gerardo Werthein               ARGELI     former foreign minister        0         -\n"
        "Javier Milei                   ARGGOV     president                      0         -\n"
        "Jorge Rafael Videla            ARGELI     former president               0         -\n"
        "Leopoldo Galtieri              ARGELI     former president               0         -\n"
        "Mauricio Macri                 ARGELI     former president               0         -\n"
        "Néstor Kirchner                ARGELI     former president               0         -\n"
        "Pablo Quirno                   ARGGOV     foreign minister               0         -\n"
        "Raúl Alfonsín                  ARGELI     former president               0         -\n"
    )


def test_unknown_people_and_bad_codes_are_errors(db_path):
    db = ["--db", str(db_path)]
    assert (run("show", "Nobody", *db).exit_code, run("show", "Nobody", *db).output) == \
        (1, "Error: [E018] Unknown actor 'Nobody'.\n")
    assert run("alias", "Nobody", "N", *db).output == "Error: [E018] Unknown actor 'Nobody'.\n"
    assert run("merge", "Nobody", "Guterres", *db).output == "Error: [E018] Unknown actor 'Nobody'.\n"
    bad = run("add", "X Y", "--country", "XYZ", *db)
    assert bad.exit_code == 2
    assert "'XYZ' is neither an ISO 3166 alpha-3 code nor a known organisation code." in bad.output
    assert run("add", "X Y", "--country", "CAN", "--sector", "GOVT", *db).exit_code == 2
