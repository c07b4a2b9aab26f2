"""The setup page's campaigns, directions and working groups (with who is in each group)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QListWidgetItem, QWidget

from fieldapp.domain.enums import CampaignKind
from fieldapp.domain.errors import DomainError, NotFoundError, ValidationError
from fieldapp.services import campaigns, people, places
from fieldapp.services.campaigns import CampaignInfo, DirectionInfo, GroupInfo
from fieldapp.services.context import Context
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_setup_campaign import Ui_SetupCampaignForm
from fieldapp.ui.forms.ui_setup_direction import Ui_SetupDirectionForm
from fieldapp.ui.forms.ui_setup_group import Ui_SetupGroupForm
from fieldapp.ui.i18n import current_language
from fieldapp.ui.pages.setup_section import ACT, ID_ROLE, Row, Section, by_label, fill_combo, option_items
from fieldapp.ui.widgets.access import guard
from fieldapp.ui.widgets.common import fill_enum_combo, select_data, show_date
from fieldapp.ui.widgets.save_keys import save_keys

NO_DATE = QDate(2000, 1, 1)  # a date edit at its minimum shows «—»: no date chosen


def setup_date_edit(edit: QDateEdit) -> None:
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)


def set_day(edit: QDateEdit, day: date | None) -> None:
    edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)


def read_day(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def localized(ru: str, kk: str) -> str:
    return (kk or ru) if current_language() == "kk" else ru


def campaign_title(info: CampaignInfo) -> str:
    return info.title(current_language())


class CampaignSection(Section):
    form_class = Ui_SetupCampaignForm
    form: Ui_SetupCampaignForm

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        setup_date_edit(self.form.startsEdit)
        setup_date_edit(self.form.endsEdit)
        fill_enum_combo(self.form.kindCombo, CampaignKind)

    def rows(self, ctx: Context) -> Sequence[Row]:
        out = []
        for c in campaigns.list_campaigns(ctx):
            period = " – ".join(show_date(d) for d in (c.starts_on, c.ends_on) if d)
            out.append(Row(c.id, f"{campaign_title(c)}\n{c.kind.label(current_language())}"
                                 + (f" · {period}" if period else ""), c.goal))
        return out

    def load(self, ctx: Context, row_id: str) -> CampaignInfo:
        return campaigns.get_campaign(ctx, row_id)

    def refresh_pickers(self, ctx: Context) -> None:
        f, lang = self.form, current_language()
        fill_enum_combo(f.kindCombo, CampaignKind)
        fill_combo(f.organizerCombo, option_items("—", [(o.name(lang), o.id) for o in people.list_organizations(ctx)]))
        fill_combo(f.regionCombo, option_items("—", [(localized(r.name_ru, r.name_kk), r.id)
                                                     for r in places.list_regions(ctx)]))

    def fill(self, info: CampaignInfo | None) -> None:
        f = self.form
        f.titleRuEdit.setText(info.title_ru if info else "")
        f.titleKkEdit.setText(info.title_kk if info else "")
        f.kindCombo.setCurrentIndex(max(f.kindCombo.findData((info.kind if info else CampaignKind.ACTION).value), 0))
        f.organizerCombo.setCurrentIndex(max(f.organizerCombo.findData(info.organizer_id if info else None), 0))
        f.regionCombo.setCurrentIndex(max(f.regionCombo.findData(info.region_id if info else None), 0))
        set_day(f.startsEdit, info.starts_on if info else None)
        set_day(f.endsEdit, info.ends_on if info else None)
        f.goalEdit.setPlainText(info.goal if info else "")

    def store(self, ctx: Context, row_id: str | None) -> str:
        f = self.form
        values = dict(title_kk=f.titleKkEdit.text(), kind=f.kindCombo.currentData(),
                      organizer_id=f.organizerCombo.currentData(), region_id=f.regionCombo.currentData(),
                      starts_on=read_day(f.startsEdit), ends_on=read_day(f.endsEdit), goal=f.goalEdit.toPlainText())
        if row_id is None:
            return campaigns.create_campaign(ctx, f.titleRuEdit.text(), **values)
        campaigns.update_campaign(ctx, row_id, f.titleRuEdit.text(), **values)
        return row_id

    def remove(self, ctx: Context, row_id: str) -> None:
        campaigns.delete_campaign(ctx, row_id)

    def field_widgets(self) -> dict[str, QWidget]:
        f = self.form
        return {"title": f.titleRuEdit, "kind": f.kindCombo, "period": f.endsEdit, "starts_on": f.startsEdit,
                "ends_on": f.endsEdit, "organization": f.organizerCombo, "region": f.regionCombo}

    def first_field(self) -> QWidget:
        return self.form.titleRuEdit

    def texts(self) -> dict[str, str]:
        return {
            "empty_title": self.tr("Кампаний пока нет"),
            "new": self.tr("Новая кампания"), "edit": self.tr("Кампания"),
            "empty": self.tr("Заполните форму справа — название, вид, сроки — и нажмите "
                             "«Сохранить»."),
            "delete": self.tr("Удалить кампанию «%1»? Она исчезнет из списков выбора; уже записанные выезды и "
                              "приёмы останутся в истории."),
            "saved": self.tr("Кампания сохранена."),
        }



class DirectionSection(Section):
    form_class = Ui_SetupDirectionForm
    form: Ui_SetupDirectionForm

    def rows(self, ctx: Context) -> Sequence[Row]:
        lang = current_language()
        return by_label([Row(d.id, d.name(lang)) for d in campaigns.list_directions(ctx)])

    def load(self, ctx: Context, row_id: str) -> DirectionInfo:
        found = [d for d in campaigns.list_directions(ctx) if d.id == row_id]
        if not found:
            raise NotFoundError("record.not_found", "direction", id=row_id)
        return found[0]

    def fill(self, info: DirectionInfo | None) -> None:
        f = self.form
        f.nameRuEdit.setText(info.name_ru if info else "")
        f.nameKkEdit.setText(info.name_kk if info else "")
        f.nameEnEdit.setText(info.name_en if info else "")

    def store(self, ctx: Context, row_id: str | None) -> str:
        f = self.form
        names = (f.nameRuEdit.text(), f.nameKkEdit.text(), f.nameEnEdit.text())
        if row_id is None:
            return campaigns.create_direction(ctx, *names)
        campaigns.update_direction(ctx, row_id, *names)
        return row_id

    def remove(self, ctx: Context, row_id: str) -> None:
        campaigns.delete_direction(ctx, row_id)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"name": self.form.nameRuEdit}

    def first_field(self) -> QWidget:
        return self.form.nameRuEdit

    def texts(self) -> dict[str, str]:
        return {
            "empty_title": self.tr("Направлений нет"),
            "new": self.tr("Новое направление"), "edit": self.tr("Направление"),
            "empty": self.tr("Добавьте направление работы: название на русском и казахском — и "
                             "«Сохранить»."),
            "delete": self.tr("Удалить направление «%1»? Оно исчезнет из списков выбора; группы, которые по нему "
                              "работали, сохранят его в истории."),
            "saved": self.tr("Направление сохранено."),
        }



class GroupSection(Section):
    """Working groups of the campaign chosen above the list, with their members."""

    form_class = Ui_SetupGroupForm
    form: Ui_SetupGroupForm

    def __init__(self, parent: QWidget | None = None) -> None:
        self._campaigns: list[tuple[str, str | None]] = []
        self._campaign: str | None = None  # the campaign whose groups the list shows
        super().__init__(parent)
        ui, f = self.ui, self.form
        ui.scopeLabel.setVisible(True)
        ui.scopeCombo.setVisible(True)
        f.addMemberButton.clicked.connect(self.add_member)
        f.removeMemberButton.clicked.connect(self.remove_member)
        # Enter in the member's picker or role adds the member (not the group's save: the form's Enter).
        self._member_keys = [save_keys(field, f.addMemberButton, ctrl_enter=False) for field in (f.memberCombo,
                                                                                                   f.roleEdit)]
        f.membersList.currentItemChanged.connect(lambda *_a: self.apply_role())

    def campaign_id(self) -> str | None:
        data = self.ui.scopeCombo.currentData()
        return str(data) if data else None

    def rows(self, ctx: Context) -> Sequence[Row]:
        campaign = self.campaign_id()
        if campaign is None:
            return []
        lang = current_language()
        directions = {d.id: d.name(lang) for d in campaigns.list_directions(ctx)}
        out = []
        for g in campaigns.list_groups(ctx, campaign):
            direction = directions.get(g.direction_id or "", "")
            label = f"{g.name} ({g.code})" if g.code else g.name
            out.append(Row(g.id, f"{label}\n{direction}" if direction else label))
        return out

    def scope_changed(self) -> None:
        chosen = self.campaign_id()
        if self.dirty:
            # Another campaign shows other groups: the edits on screen are asked about first.
            fill_combo(self.ui.scopeCombo, self._campaigns, keep=self._campaign)
            self.ask_discard(lambda: self._show_campaign(chosen))
            return
        self._show_campaign(chosen)

    def _show_campaign(self, campaign_id: str | None) -> None:
        select_data(self.ui.scopeCombo, campaign_id)
        self._campaign = campaign_id
        self.current_id = None
        self.dirty = False
        self.refresh_list()
        self.show_current()

    def load(self, ctx: Context, row_id: str) -> GroupInfo:
        return campaigns.get_group(ctx, row_id)

    def refresh_pickers(self, ctx: Context) -> None:
        f, lang = self.form, current_language()
        self._campaigns = [(campaign_title(c), c.id) for c in campaigns.list_campaigns(ctx)]
        fill_combo(self.ui.scopeCombo, self._campaigns)
        self._campaign = self.campaign_id()
        fill_combo(f.directionCombo, option_items("—", [(d.name(lang), d.id) for d in campaigns.list_directions(ctx)]))
        members = [(m.full_name, m.id) for m in people.list_members(ctx)]
        fill_combo(f.headCombo, option_items("—", members))
        fill_combo(f.memberCombo, members)

    def fill(self, info: GroupInfo | None) -> None:
        f = self.form
        f.nameEdit.setText(info.name if info else "")
        f.codeEdit.setText(info.code if info else "")
        f.directionCombo.setCurrentIndex(max(f.directionCombo.findData(info.direction_id if info else None), 0))
        f.headCombo.setCurrentIndex(max(f.headCombo.findData(info.head_id if info else None), 0))
        self.show_members()

    def after_fill(self) -> None:
        self.form.membersHint.setVisible(self.current_id is None)

    def show_members(self) -> None:
        lst = self.form.membersList
        lst.clear()
        if self.ctx is None or self.current_id is None:
            return
        for m in campaigns.list_group_members(self.ctx, self.current_id):
            item = QListWidgetItem(f"{m.full_name} — {m.role}" if m.role else m.full_name)
            item.setData(ID_ROLE, m.member_id)
            lst.addItem(item)

    def store(self, ctx: Context, row_id: str | None) -> str:
        f = self.form
        values = dict(code=f.codeEdit.text(), direction_id=f.directionCombo.currentData(),
                      head_id=f.headCombo.currentData())
        if row_id is None:
            campaign = self.campaign_id()
            if campaign is None:
                raise ValidationError("required", "campaign")
            return campaigns.create_group(ctx, campaign, f.nameEdit.text(), **values)
        campaigns.update_group(ctx, row_id, f.nameEdit.text(), **values)
        return row_id

    def remove(self, ctx: Context, row_id: str) -> None:
        campaigns.delete_group(ctx, row_id)

    def add_member(self) -> bool:
        f = self.form
        member = f.memberCombo.currentData()
        if self.ctx is None or self.current_id is None or not member:
            return False
        try:
            campaigns.add_group_member(self.ctx, self.current_id, member, f.roleEdit.text())
        except DomainError as exc:
            report(self.window(), exc)
            return False
        f.roleEdit.clear()
        self.show_members()
        self.apply_role()
        self.saved.emit(self.current_id)
        return True

    def remove_member(self) -> bool:
        item = self.form.membersList.currentItem()
        if self.ctx is None or self.current_id is None or item is None:
            return False
        try:
            campaigns.remove_group_member(self.ctx, self.current_id, item.data(ID_ROLE))
        except DomainError as exc:
            report(self.window(), exc)
            return False
        self.show_members()
        self.apply_role()
        self.saved.emit(self.current_id)
        return True

    def field_enabled(self, widget: QWidget) -> bool:
        f = self.form
        if self.campaign_id() is None:
            return False  # a group belongs to a campaign: nothing to fill before one exists
        if widget in (f.memberCombo, f.roleEdit, f.addMemberButton):
            return self.current_id is not None and f.memberCombo.count() > 0
        if widget is f.removeMemberButton:
            return self.current_id is not None and f.membersList.currentItem() is not None
        return True

    def apply_role(self) -> None:
        super().apply_role()
        has_campaign = self.campaign_id() is not None
        guard(self.ui.newButton, self.ctx, ACT, enabled=has_campaign)
        guard(self.ui.saveButton, self.ctx, ACT, enabled=has_campaign)

    def field_widgets(self) -> dict[str, QWidget]:
        f = self.form
        return {"name": f.nameEdit, "direction": f.directionCombo, "member": f.headCombo,
                "campaign": self.ui.scopeCombo}

    def first_field(self) -> QWidget:
        return self.form.nameEdit

    def texts(self) -> dict[str, str]:
        if self.campaign_id() is None:
            empty = self.tr("Сначала создайте кампанию на вкладке «Кампании»: рабочие группы входят в кампанию.")
        else:
            empty = self.tr("Заполните форму справа — название, направление, "
                            "руководитель — и нажмите «Сохранить»; затем включите в группу участников.")
        return {
            "empty_title": self.tr("Рабочих групп нет"),
            "new": self.tr("Новая рабочая группа"), "edit": self.tr("Рабочая группа"), "empty": empty,
            "delete": self.tr("Удалить рабочую группу «%1»? Она исчезнет из списков выбора; её выезды и записи "
                              "останутся в истории."),
            "saved": self.tr("Рабочая группа сохранена."),
        }

    def retranslate_extra(self) -> None:
        self.ui.scopeLabel.setText(self.tr("Кампания:"))
