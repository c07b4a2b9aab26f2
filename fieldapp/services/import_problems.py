"""What an import finds wrong with a file: problems named by file, sheet, row and column in the user's language, and
the refusal of a file as a whole that lists them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from fieldapp.domain.enums import LabelledEnum
from fieldapp.domain.errors import DomainError, ValidationError
from fieldapp.domain.messages import render

__all__ = ["ImportRefused", "Problem", "problem_from_error"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an imported file, where it is (row and column when known) and what is wrong.

    `params` may hold LabelledEnum members (shown by their label) or a LabelledEnum class (its labels, listed), so
    that the message is in the language it is rendered in, not the one it was found in.
    """

    file: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    row: int | None = None
    column: str | None = None  # the letter, as the spreadsheet shows it
    header: str | None = None
    sheet: str | None = None  # named in the message when the file has several sheets to read

    def text(self, lang: str = "ru") -> str:
        params: dict[str, Any] = {}
        for key, value in self.params.items():
            if isinstance(value, LabelledEnum):
                params[key] = value.label(lang)
            elif isinstance(value, type) and issubclass(value, LabelledEnum):
                params[key] = ", ".join(member.label(lang) for member in value)
            elif isinstance(value, str) and value.startswith("import.kind."):
                params[key] = render(value, lang)
            else:
                params[key] = value
        return render(self.code, lang, **params)

    def message(self, lang: str = "ru") -> str:
        """`FILE, row N, column X (header): what is wrong`, or the shorter forms when row or column is unknown."""
        text = self.text(lang)
        # The sheet goes with the file's name: "FILE, лист «S»" reads as the place, and messages keep their shape.
        file = self.file if self.sheet is None else render("import.in_sheet", lang, file=self.file, sheet=self.sheet)
        if self.row is not None and self.column is not None:
            return render("import.at_cell", lang, file=file, row=self.row, column=self.column,
                          header=self.header or self.column, text=text)
        if self.row is not None:
            return render("import.at_row", lang, file=file, row=self.row, text=text)
        return render("import.at_file", lang, file=file, text=text)

    def as_json(self, lang: str = "ru") -> dict[str, Any]:
        return {"file": self.file, "sheet": self.sheet, "row": self.row, "column": self.column, "header": self.header,
                "code": self.code, "message": self.message(lang)}


def problem_from_error(error: DomainError, file: str, row: int | None = None, column: str | None = None,
                       header: str | None = None) -> Problem:
    """A domain rule's refusal (IIN checksum, outcome needs a responsible body…) as a problem at this cell."""
    return Problem(file, error.code, dict(error.params), row, column, header)


class ImportRefused(ValidationError):
    """The file was refused as a whole (all or nothing): every problem is listed, nothing was written."""

    def __init__(self, file: str, problems: Sequence[Problem]) -> None:
        super().__init__("import.refused", file=file, count=len(problems))
        self.file = file
        self.problems = tuple(problems)

    def message(self, lang: str = "ru") -> str:
        if len(self.problems) == 1:
            return self.problems[0].message(lang)
        first = self.problems[0]
        where = first.message(lang).removeprefix(f"{first.file}, ").removeprefix(f"{first.file}: ")
        return render("import.refused", lang, file=self.file, count=len(self.problems), first=where)
