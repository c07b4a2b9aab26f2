"""Schema objects SQLModel cannot describe: the FTS5 index of residents and the triggers that keep it current."""

from __future__ import annotations

FTS_TABLE = "reception_fts"

# External-content FTS5 over the applicant fields: the text is stored once (in reception), the index points at
# reception's rowid. unicode61 folds case for Cyrillic and Kazakh letters alike.
FTS_CREATE = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        applicant_name, applicant_iin, applicant_phone,
        content='reception', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER IF NOT EXISTS reception_fts_ai AFTER INSERT ON reception BEGIN
        INSERT INTO {FTS_TABLE}(rowid, applicant_name, applicant_iin, applicant_phone)
        VALUES (new.rowid, new.applicant_name, coalesce(new.applicant_iin, ''), new.applicant_phone);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS reception_fts_ad AFTER DELETE ON reception BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, applicant_name, applicant_iin, applicant_phone)
        VALUES ('delete', old.rowid, old.applicant_name, coalesce(old.applicant_iin, ''), old.applicant_phone);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS reception_fts_au
        AFTER UPDATE OF applicant_name, applicant_iin, applicant_phone ON reception BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, applicant_name, applicant_iin, applicant_phone)
        VALUES ('delete', old.rowid, old.applicant_name, coalesce(old.applicant_iin, ''), old.applicant_phone);
        INSERT INTO {FTS_TABLE}(rowid, applicant_name, applicant_iin, applicant_phone)
        VALUES (new.rowid, new.applicant_name, coalesce(new.applicant_iin, ''), new.applicant_phone);
    END""",
]

FTS_DROP = [
    "DROP TRIGGER IF EXISTS reception_fts_au",
    "DROP TRIGGER IF EXISTS reception_fts_ad",
    "DROP TRIGGER IF EXISTS reception_fts_ai",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
]

FTS_REBUILD = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"


def is_extra_object(name: str) -> bool:
    return name.startswith(FTS_TABLE)
