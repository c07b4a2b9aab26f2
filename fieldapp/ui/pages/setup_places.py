"""The setup page's places: regions, districts and settlements added by hand, or found in the imported KATO
classifier by a search box that asks SQL for the first matches only, so it stays instant over 15,000 settlements."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.rules import parse_coordinates
from fieldapp.services import places
from fieldapp.services.context import Context
from fieldapp.services.places import DistrictInfo, RegionInfo, SettlementInfo
from fieldapp.ui.forms.ui_setup_district import Ui_SetupDistrictForm
from fieldapp.ui.forms.ui_setup_region import Ui_SetupRegionForm
from fieldapp.ui.forms.ui_setup_settlement import Ui_SetupSettlementForm
from fieldapp.ui.i18n import current_language
from fieldapp.ui.pages.setup_campaigns import localized
from fieldapp.ui.pages.setup_section import Row, Section, by_label, fill_combo

SEARCH_LIMIT = 50  # what a person reads in a picker; the rest is one more letter away


def kato_version(typed: str, loaded: tuple[str | None, str | None]) -> str | None:
    """The classifier version to keep with the code typed: the imported one while the code is the imported code,
    none for a code typed by hand."""
    code, version = loaded
    return version if code and "".join(typed.split()) == code else None


def kato_suffix(kato: str | None) -> str:
    return f" · {kato}" if kato else ""


class RegionSection(Section):
    form_class = Ui_SetupRegionForm
    form: Ui_SetupRegionForm
    _loaded: tuple[str | None, str | None] = (None, None)  # the KATO code shown and its classifier version

    def rows(self, ctx: Context) -> Sequence[Row]:
        return by_label([Row(r.id, localized(r.name_ru, r.name_kk) + kato_suffix(r.kato))
                         for r in places.list_regions(ctx)])

    def load(self, ctx: Context, row_id: str) -> RegionInfo:
        return places.get_region(ctx, row_id)

    def fill(self, info: RegionInfo | None) -> None:
        f = self.form
        f.nameRuEdit.setText(info.name_ru if info else "")
        f.nameKkEdit.setText(info.name_kk if info else "")
        f.katoEdit.setText(info.kato or "" if info else "")
        self._loaded = (info.kato, info.kato_version) if info else (None, None)

    def store(self, ctx: Context, row_id: str | None) -> str:
        f = self.form
        kato = f.katoEdit.text()
        # A code typed by hand has no classifier version; one kept from the import keeps its version.
        version = kato_version(kato, self._loaded)
        if row_id is None:
            return places.create_region(ctx, f.nameRuEdit.text(), f.nameKkEdit.text(), kato)
        places.update_region(ctx, row_id, f.nameRuEdit.text(), f.nameKkEdit.text(), kato, version)
        return row_id

    def remove(self, ctx: Context, row_id: str) -> None:
        places.delete_region(ctx, row_id)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"name": self.form.nameRuEdit, "kato": self.form.katoEdit}

    def first_field(self) -> QWidget:
        return self.form.nameRuEdit

    def texts(self) -> dict[str, str]:
        return {
            "empty_title": self.tr("Областей нет"),
            "new": self.tr("Новая область"), "edit": self.tr("Область"),
            "empty": self.tr("Впишите название области справа и нажмите «Сохранить» — или "
                             "загрузите классификатор КАТО: Файл → Импорт КАТО…"),
            "delete": self.tr("Удалить область «%1»? Она исчезнет из списков выбора; записи о ней останутся "
                              "в истории."),
            "saved": self.tr("Область сохранена."),
        }



def district_items(ctx: Context) -> list[tuple[str, str]]:
    """Districts as «district (region)»: namesakes in two regions told apart."""
    regions = {r.id: localized(r.name_ru, r.name_kk) for r in places.list_regions(ctx)}
    items = [(f"{localized(d.name_ru, d.name_kk)} ({regions.get(d.region_id, '—')})", d.id)
             for d in places.list_districts(ctx) if d.region_id in regions]
    return sorted(items, key=lambda item: item[0].casefold())


class DistrictSection(Section):
    form_class = Ui_SetupDistrictForm
    form: Ui_SetupDistrictForm
    _loaded: tuple[str | None, str | None] = (None, None)  # the KATO code shown and its classifier version

    def rows(self, ctx: Context) -> Sequence[Row]:
        return [Row(row_id, label.replace(" (", "\n(", 1)) for label, row_id in district_items(ctx)]  # sorted there

    def load(self, ctx: Context, row_id: str) -> DistrictInfo:
        return places.get_district(ctx, row_id)

    def refresh_pickers(self, ctx: Context) -> None:
        fill_combo(self.form.regionCombo, sorted(((localized(r.name_ru, r.name_kk), r.id)
                                                  for r in places.list_regions(ctx)), key=lambda i: i[0].casefold()))

    def fill(self, info: DistrictInfo | None) -> None:
        f = self.form
        if info is not None:
            f.regionCombo.setCurrentIndex(max(f.regionCombo.findData(info.region_id), 0))
        f.nameRuEdit.setText(info.name_ru if info else "")
        f.nameKkEdit.setText(info.name_kk if info else "")
        f.katoEdit.setText(info.kato or "" if info else "")
        self._loaded = (info.kato, info.kato_version) if info else (None, None)

    def store(self, ctx: Context, row_id: str | None) -> str:
        f = self.form
        region = f.regionCombo.currentData()
        if not region:
            raise ValidationError("required", "region")
        kato = f.katoEdit.text()
        version = kato_version(kato, self._loaded)
        if row_id is None:
            return places.create_district(ctx, region, f.nameRuEdit.text(), f.nameKkEdit.text(), kato)
        places.update_district(ctx, row_id, region, f.nameRuEdit.text(), f.nameKkEdit.text(), kato, version)
        return row_id

    def remove(self, ctx: Context, row_id: str) -> None:
        places.delete_district(ctx, row_id)

    def field_widgets(self) -> dict[str, QWidget]:
        f = self.form
        return {"name": f.nameRuEdit, "kato": f.katoEdit, "region": f.regionCombo}

    def first_field(self) -> QWidget:
        return self.form.nameRuEdit

    def texts(self) -> dict[str, str]:
        empty = (self.tr("Выберите область, впишите название района справа и нажмите «Сохранить».")
                 if self.form.regionCombo.count() else
                 self.tr("Сначала добавьте область на вкладке «Области» — или загрузите классификатор КАТО: "
                         "Файл → Импорт КАТО…"))
        return {
            "empty_title": self.tr("Районов нет"),
            "new": self.tr("Новый район"), "edit": self.tr("Район"), "empty": empty,
            "delete": self.tr("Удалить район «%1»? Он исчезнет из списков выбора; записи о нём останутся "
                              "в истории."),
            "saved": self.tr("Район сохранён."),
        }



def show_coordinates(latitude: float | None, longitude: float | None) -> str:
    if latitude is None or longitude is None:
        return ""
    return ", ".join(f"{v:.6f}".rstrip("0").rstrip(".") for v in (latitude, longitude))


class SettlementSection(Section):
    """Settlements of the district chosen above the list; typing in the search box searches every settlement, those
    of the KATO classifier included, by the start of any word of the Russian or Kazakh name."""

    form_class = Ui_SetupSettlementForm
    form: Ui_SetupSettlementForm
    _loaded: tuple[str | None, str | None] = (None, None)  # the KATO code shown and its classifier version

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui.scopeLabel.setVisible(True)
        self.ui.scopeCombo.setVisible(True)

    def district_id(self) -> str | None:
        data = self.ui.scopeCombo.currentData()
        return str(data) if data else None

    def rows(self, ctx: Context) -> Sequence[Row]:
        text = self.ui.filterEdit.text().strip()
        lang = current_language()
        if text:
            return [Row(h.id, h.label(lang), f"{h.label(lang)}, {localized(h.region_ru, h.region_kk)}")
                    for h in places.search_settlements(ctx, text, limit=SEARCH_LIMIT)]
        district = self.district_id()
        if district is None:
            return []
        return by_label([Row(s.id, localized(s.name_ru, s.name_kk) + kato_suffix(s.kato))
                         for s in places.list_settlements(ctx, district)])

    def matches(self, row: Row, text: str) -> bool:
        return True  # the search itself chose the rows

    def load(self, ctx: Context, row_id: str) -> SettlementInfo:
        return places.get_settlement(ctx, row_id)

    def refresh_pickers(self, ctx: Context) -> None:
        items = district_items(ctx)
        fill_combo(self.ui.scopeCombo, items)
        fill_combo(self.form.districtCombo, items, keep=self.form.districtCombo.currentData() or self.district_id())

    def fill(self, info: SettlementInfo | None) -> None:
        f = self.form
        district = info.district_id if info else self.district_id()
        f.districtCombo.setCurrentIndex(max(f.districtCombo.findData(district), 0))
        f.nameRuEdit.setText(info.name_ru if info else "")
        f.nameKkEdit.setText(info.name_kk if info else "")
        f.katoEdit.setText(info.kato or "" if info else "")
        f.coordinatesEdit.setText(show_coordinates(info.latitude, info.longitude) if info else "")
        self._loaded = (info.kato, info.kato_version) if info else (None, None)

    def store(self, ctx: Context, row_id: str | None) -> str:
        f = self.form
        district = f.districtCombo.currentData()
        if not district:
            raise ValidationError("required", "district")
        kato = f.katoEdit.text()
        version = kato_version(kato, self._loaded)
        # Pasted as people have them: a pair, degrees with N/E, a map link (rules.parse_coordinates).
        typed = f.coordinatesEdit.text().strip()
        latitude, longitude = parse_coordinates(typed) if typed else (None, None)
        values = dict(kato=kato, latitude=latitude, longitude=longitude)
        if row_id is None:
            return places.create_settlement(ctx, district, f.nameRuEdit.text(), f.nameKkEdit.text(), **values)
        places.update_settlement(ctx, row_id, district, f.nameRuEdit.text(), f.nameKkEdit.text(),
                                 kato_version=version, **values)
        return row_id

    def remove(self, ctx: Context, row_id: str) -> None:
        places.delete_settlement(ctx, row_id)

    def scope_changed(self) -> None:
        if not self.dirty and self.current_id is None:
            self._filling = True
            self.fill(None)  # a new settlement goes to the district chosen above the list
            self._filling = False
        self.refresh_list()

    def field_widgets(self) -> dict[str, QWidget]:
        f = self.form
        return {"name": f.nameRuEdit, "kato": f.katoEdit, "district": f.districtCombo,
                "latitude": f.coordinatesEdit, "longitude": f.coordinatesEdit, "coordinates": f.coordinatesEdit}

    def first_field(self) -> QWidget:
        return self.form.nameRuEdit

    def texts(self) -> dict[str, str]:
        if self.ui.scopeCombo.count():
            empty = self.tr("Впишите название справа и нажмите "
                            "«Сохранить» — или найдите его в классификаторе КАТО поиском выше.")
        else:
            empty = self.tr("Сначала добавьте область и район — или загрузите классификатор КАТО: "
                            "Файл → Импорт КАТО…")
        return {
            "empty_title": self.tr("Населённых пунктов нет"),
            "new": self.tr("Новый населённый пункт"), "edit": self.tr("Населённый пункт"), "empty": empty,
            "delete": self.tr("Удалить населённый пункт «%1»? Он исчезнет из списков выбора; остановки и приёмы "
                              "в нём останутся в истории."),
            "saved": self.tr("Населённый пункт сохранён."),
        }

    def retranslate_extra(self) -> None:
        self.ui.scopeLabel.setText(self.tr("Район:"))
        self.ui.filterEdit.setPlaceholderText(self.tr("Найти по названию, в том числе в КАТО"))
        self.ui.filterEdit.setToolTip(self.tr("Начало любого слова названия, по-русски или по-казахски: "
                                              "«Карак» найдёт «село Каракемер»"))
