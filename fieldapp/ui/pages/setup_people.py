"""The setup page's members of working groups and organisations."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from fieldapp.domain.enums import OrganizationKind
from fieldapp.services import people, places
from fieldapp.services.context import Context
from fieldapp.services.people import MemberInfo, OrganizationInfo
from fieldapp.ui.forms.ui_setup_member import Ui_SetupMemberForm
from fieldapp.ui.forms.ui_setup_organization import Ui_SetupOrganizationForm
from fieldapp.ui.i18n import current_language
from fieldapp.ui.pages.setup_campaigns import localized
from fieldapp.ui.pages.setup_section import Row, Section, by_label, fill_combo, option_items
from fieldapp.ui.widgets.common import fill_enum_combo


class MemberSection(Section):
    form_class = Ui_SetupMemberForm
    form: Ui_SetupMemberForm

    def rows(self, ctx: Context) -> Sequence[Row]:
        lang = current_language()
        organizations = {o.id: o.name(lang) for o in people.list_organizations(ctx)}
        out = []
        for m in people.list_members(ctx):
            detail = " · ".join(part for part in (m.position, organizations.get(m.organization_id or "", "")) if part)
            out.append(Row(m.id, f"{m.full_name}\n{detail}" if detail else m.full_name))
        return out

    def load(self, ctx: Context, row_id: str) -> MemberInfo:
        return people.get_member(ctx, row_id)

    def refresh_pickers(self, ctx: Context) -> None:
        lang = current_language()
        fill_combo(self.form.organizationCombo,
                   option_items("—", [(o.name(lang), o.id) for o in people.list_organizations(ctx)]))

    def fill(self, info: MemberInfo | None) -> None:
        f = self.form
        f.fullNameEdit.setText(info.full_name if info else "")
        f.positionEdit.setText(info.position if info else "")
        f.rankEdit.setText(info.rank if info else "")
        # An organisation deleted since is not offered: the member shows «—» until another is chosen.
        f.organizationCombo.setCurrentIndex(max(f.organizationCombo.findData(info.organization_id if info else None),
                                                0))
        f.phoneEdit.setText(info.phone if info else "")

    def store(self, ctx: Context, row_id: str | None) -> str:
        f = self.form
        values = dict(position=f.positionEdit.text(), rank=f.rankEdit.text(),
                      organization_id=f.organizationCombo.currentData(), phone=f.phoneEdit.text())
        if row_id is None:
            return people.create_member(ctx, f.fullNameEdit.text(), **values)
        people.update_member(ctx, row_id, f.fullNameEdit.text(), **values)
        return row_id

    def remove(self, ctx: Context, row_id: str) -> None:
        people.delete_member(ctx, row_id)

    def field_widgets(self) -> dict[str, QWidget]:
        f = self.form
        return {"full_name": f.fullNameEdit, "organization": f.organizationCombo, "phone": f.phoneEdit}

    def first_field(self) -> QWidget:
        return self.form.fullNameEdit

    def texts(self) -> dict[str, str]:
        return {
            "empty_title": self.tr("Участников нет"),
            "new": self.tr("Новый участник"), "edit": self.tr("Участник"),
            "empty": self.tr("Впишите ФИО, должность и организацию справа и нажмите "
                             "«Сохранить»; затем включите участника в рабочую группу."),
            "delete": self.tr("Удалить участника «%1»? Он исчезнет из списков выбора и из составов групп; "
                              "записанное им останется в истории."),
            "saved": self.tr("Участник сохранён."),
        }



class OrganizationSection(Section):
    form_class = Ui_SetupOrganizationForm
    form: Ui_SetupOrganizationForm

    def rows(self, ctx: Context) -> Sequence[Row]:
        lang = current_language()
        return by_label([Row(o.id, f"{o.name(lang)}\n{o.kind.label(lang)}", o.short_name)
                         for o in people.list_organizations(ctx)])

    def matches(self, row: Row, text: str) -> bool:
        return super().matches(row, text) or text.casefold() in row.tooltip.casefold()

    def load(self, ctx: Context, row_id: str) -> OrganizationInfo:
        return people.get_organization(ctx, row_id)

    def refresh_pickers(self, ctx: Context) -> None:
        fill_enum_combo(self.form.kindCombo, OrganizationKind)
        fill_combo(self.form.regionCombo, option_items("—", [(localized(r.name_ru, r.name_kk), r.id)
                                                             for r in places.list_regions(ctx)]))

    def fill(self, info: OrganizationInfo | None) -> None:
        f = self.form
        f.nameRuEdit.setText(info.name_ru if info else "")
        f.nameKkEdit.setText(info.name_kk if info else "")
        f.shortNameEdit.setText(info.short_name if info else "")
        kind = (info.kind if info else OrganizationKind.STATE).value
        f.kindCombo.setCurrentIndex(max(f.kindCombo.findData(kind), 0))
        f.binEdit.setText(info.bin or "" if info else "")
        f.regionCombo.setCurrentIndex(max(f.regionCombo.findData(info.region_id if info else None), 0))

    def store(self, ctx: Context, row_id: str | None) -> str:
        f = self.form
        values = dict(name_kk=f.nameKkEdit.text(), short_name=f.shortNameEdit.text(), kind=f.kindCombo.currentData(),
                      bin=f.binEdit.text(), region_id=f.regionCombo.currentData())
        if row_id is None:
            return people.create_organization(ctx, f.nameRuEdit.text(), **values)
        people.update_organization(ctx, row_id, f.nameRuEdit.text(), **values)
        return row_id

    def remove(self, ctx: Context, row_id: str) -> None:
        people.delete_organization(ctx, row_id)

    def field_widgets(self) -> dict[str, QWidget]:
        f = self.form
        return {"name": f.nameRuEdit, "bin": f.binEdit, "kind": f.kindCombo, "region": f.regionCombo}

    def first_field(self) -> QWidget:
        return self.form.nameRuEdit

    def texts(self) -> dict[str, str]:
        return {
            "empty_title": self.tr("Организаций нет"),
            "new": self.tr("Новая организация"), "edit": self.tr("Организация"),
            "empty": self.tr("Впишите название (акимат, полиция, общественное объединение…) "
                             "справа и нажмите «Сохранить»."),
            "delete": self.tr("Удалить организацию «%1»? Она исчезнет из списков выбора; её участники и поручения "
                              "останутся в истории."),
            "saved": self.tr("Организация сохранена."),
        }
