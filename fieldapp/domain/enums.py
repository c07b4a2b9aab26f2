"""Every closed list of DOMAIN.md, with its ru/kk/en labels in one place (UI, reports, journal and CLI read these)."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from fieldapp.domain.errors import ValidationError


def _norm(text: str) -> str:
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").split()).casefold()


class LabelledEnum(StrEnum):
    """A StrEnum whose value is the stable English code and whose labels live in `_labels_` (ru, kk, en)."""

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str, str]]:
        labels: dict[str, tuple[str, str, str]] = cls.__labels__  # type: ignore[attr-defined]
        return labels

    def label(self, lang: str = "ru") -> str:
        ru, kk, en = self._labels()[self.value]
        return {"ru": ru, "kk": kk}.get(lang, en)

    @classmethod
    def parse(cls, text: str | Self, field: str | None = None) -> Self:
        """The member whose code or ru/kk/en label equals `text`, ignoring case (and ё/е)."""
        if isinstance(text, cls):
            return text
        key = _norm(str(text))
        for member in cls:
            if key == _norm(member.value) or any(key == _norm(lbl) for lbl in cls._labels()[member.value]):
                return member
        allowed = ", ".join(m.label("ru") for m in cls)
        raise ValidationError("enum.unknown", field, value=text, allowed=allowed)

    @classmethod
    def choices(cls, lang: str = "ru") -> list[tuple[str, str]]:
        return [(m.value, m.label(lang)) for m in cls]


class AppealForm(LabelledEnum):
    APPLICATION = "application"
    COMPLAINT = "complaint"
    PROPOSAL = "proposal"
    RESPONSE = "response"
    REQUEST = "request"
    NOTICE = "notice"


AppealForm.__labels__ = {  # type: ignore[attr-defined]
    "application": ("заявление", "арыз", "application"),
    "complaint": ("жалоба", "шағым", "complaint"),
    "proposal": ("предложение", "ұсыныс", "proposal"),
    "response": ("отклик", "ден қою", "response"),
    "request": ("запрос", "сұрау салу", "request"),
    "notice": ("сообщение", "хабарлама", "notice"),
}


class Topic(LabelledEnum):
    HOUSING = "housing and utilities"
    LAND = "land and pastures"
    ROADS = "roads and transport"
    WATER = "water supply"
    EMPLOYMENT = "employment"
    BUSINESS = "business grant or credit"
    SOCIAL = "social assistance"
    HEALTH = "health"
    EDUCATION = "education and kindergarten"
    PENSIONS = "pensions and benefits"
    LEGAL = "legal consultation"
    PUBLIC_ORDER = "public order"
    CORRUPTION = "corruption"
    RELIGION = "religion"
    FAMILY = "family and domestic violence"
    DOCUMENTS = "documents"
    OTHER = "other"


Topic.__labels__ = {  # type: ignore[attr-defined]
    "housing and utilities": ("ЖКХ и жильё", "тұрғын үй және ТКШ", "housing and utilities"),
    "land and pastures": ("земля и пастбища", "жер және жайылым", "land and pastures"),
    "roads and transport": ("дороги и транспорт", "жол және көлік", "roads and transport"),
    "water supply": ("водоснабжение", "сумен жабдықтау", "water supply"),
    "employment": ("занятость", "жұмыспен қамту", "employment"),
    "business grant or credit": ("грант или кредит для бизнеса", "бизнеске грант немесе несие",
                                 "business grant or credit"),
    "social assistance": ("социальная помощь", "әлеуметтік көмек", "social assistance"),
    "health": ("здравоохранение", "денсаулық сақтау", "health"),
    "education and kindergarten": ("образование и детский сад", "білім беру және балабақша",
                                   "education and kindergarten"),
    "pensions and benefits": ("пенсии и пособия", "зейнетақы және жәрдемақы", "pensions and benefits"),
    "legal consultation": ("юридическая консультация", "заң кеңесі", "legal consultation"),
    "public order": ("общественный порядок", "қоғамдық тәртіп", "public order"),
    "corruption": ("коррупция", "сыбайлас жемқорлық", "corruption"),
    "religion": ("религия", "дін", "religion"),
    "family and domestic violence": ("семья и бытовое насилие", "отбасы және тұрмыстық зорлық-зомбылық",
                                     "family and domestic violence"),
    "documents": ("документы", "құжаттар", "documents"),
    "other": ("другое", "басқа", "other"),
}


class SocialCategory(LabelledEnum):
    PENSIONER = "pensioner"
    DISABILITY = "person with disability"
    LARGE_FAMILY = "large family"
    UNEMPLOYED = "unemployed"
    YOUTH = "youth"
    ENTREPRENEUR = "entrepreneur"
    OTHER = "other"


SocialCategory.__labels__ = {  # type: ignore[attr-defined]
    "pensioner": ("пенсионер", "зейнеткер", "pensioner"),
    "person with disability": ("лицо с инвалидностью", "мүгедектігі бар адам", "person with disability"),
    "large family": ("многодетная семья", "көп балалы отбасы", "large family"),
    "unemployed": ("безработный", "жұмыссыз", "unemployed"),
    "youth": ("молодёжь", "жастар", "youth"),
    "entrepreneur": ("предприниматель", "кәсіпкер", "entrepreneur"),
    "other": ("другое", "басқа", "other"),
}


class Outcome(LabelledEnum):
    EXPLAINED = "explained"
    RESOLVED = "resolved on the spot"
    HELPED = "help provided"
    REFERRED = "referred"
    CONTROL = "taken under control"

    @property
    def needs_responsible(self) -> bool:
        return self in (Outcome.REFERRED, Outcome.CONTROL)


Outcome.__labels__ = {  # type: ignore[attr-defined]
    "explained": ("разъяснено", "түсіндірілді", "explained"),
    "resolved on the spot": ("решено на месте", "орнында шешілді", "resolved on the spot"),
    "help provided": ("оказана помощь", "көмек көрсетілді", "help provided"),
    "referred": ("направлено по компетенции", "құзыреті бойынша жіберілді", "referred"),
    "taken under control": ("взято на контроль", "бақылауға алынды", "taken under control"),
}


class HelpKind(LabelledEnum):
    MEDICAL = "medical"
    SOCIAL = "targeted social assistance"
    EMPLOYMENT = "employment"
    LEGAL = "legal"
    GRANT = "grant or credit"
    OTHER = "other"


HelpKind.__labels__ = {  # type: ignore[attr-defined]
    "medical": ("медицинская", "медициналық", "medical"),
    "targeted social assistance": ("адресная социальная помощь", "атаулы әлеуметтік көмек",
                                   "targeted social assistance"),
    "employment": ("трудоустройство", "жұмысқа орналастыру", "employment"),
    "legal": ("юридическая", "заңгерлік", "legal"),
    "grant or credit": ("грант или кредит", "грант немесе несие", "grant or credit"),
    "other": ("другая", "басқа", "other"),
}


class ConsentMethod(LabelledEnum):
    SIGNED = "signed"
    ORAL = "oral"
    ELECTRONIC = "electronic"


ConsentMethod.__labels__ = {  # type: ignore[attr-defined]
    "signed": ("письменно (подпись)", "жазбаша (қолтаңба)", "in writing (signature)"),
    "oral": ("устно", "ауызша", "orally"),
    "electronic": ("электронно (eGov, SMS)", "электронды (eGov, SMS)", "electronically (eGov, SMS)"),
}


class OrganizationKind(LabelledEnum):
    STATE = "state body"
    LAW = "law enforcement"
    NGO = "ngo"
    EDUCATION = "education"
    HEALTH = "health"
    BUSINESS = "business"
    MEDIA = "media"
    PARTY = "party"


OrganizationKind.__labels__ = {  # type: ignore[attr-defined]
    "state body": ("государственный орган", "мемлекеттік орган", "state body"),
    "law enforcement": ("правоохранительный орган", "құқық қорғау органы", "law enforcement"),
    "ngo": ("общественная организация", "қоғамдық ұйым", "NGO"),
    "education": ("образование", "білім беру", "education"),
    "health": ("здравоохранение", "денсаулық сақтау", "health"),
    "business": ("бизнес", "бизнес", "business"),
    "media": ("СМИ", "БАҚ", "media"),
    "party": ("политическая партия", "саяси партия", "party"),
}


class CampaignKind(LabelledEnum):
    ACTION = "action"
    PILOT = "pilot project"
    PREVENTION = "prevention month"
    OPEN_DOORS = "open doors"
    RECEPTION_DAY = "reception day"


CampaignKind.__labels__ = {  # type: ignore[attr-defined]
    "action": ("акция", "акция", "action"),
    "pilot project": ("пилотный проект", "пилоттық жоба", "pilot project"),
    "prevention month": ("профилактический месячник", "профилактикалық айлық", "prevention month"),
    "open doors": ("день открытых дверей", "ашық есік күні", "open-doors action"),
    "reception day": ("день приёма граждан", "азаматтарды қабылдау күні", "reception day"),
}


class VenueType(LabelledEnum):
    DIALOGUE = "dialogue platform"
    SCHOOL = "school"
    KINDERGARTEN = "kindergarten"
    COLLEGE = "college"
    PARK = "park"
    CULTURE_HOUSE = "house of culture"
    AKIMAT = "akimat"
    ENTERPRISE = "enterprise"
    POLYCLINIC = "polyclinic"
    PARTY_BRANCH = "party branch"
    HIGHWAY = "highway"
    OTHER = "other"


VenueType.__labels__ = {  # type: ignore[attr-defined]
    "dialogue platform": ("диалоговая площадка", "диалог алаңы", "dialogue platform"),
    "school": ("школа", "мектеп", "school"),
    "kindergarten": ("детский сад", "балабақша", "kindergarten"),
    "college": ("колледж", "колледж", "college"),
    "park": ("парк", "саябақ", "park"),
    "house of culture": ("дом культуры", "мәдениет үйі", "house of culture"),
    "akimat": ("акимат", "әкімдік", "akimat"),
    "enterprise": ("предприятие", "кәсіпорын", "enterprise"),
    "polyclinic": ("поликлиника", "емхана", "polyclinic"),
    "party branch": ("филиал партии", "партия филиалы", "party branch"),
    "highway": ("трасса", "тас жол", "highway"),
    "other": ("другое", "басқа", "other"),
}


class StopStatus(LabelledEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


StopStatus.__labels__ = {  # type: ignore[attr-defined]
    "planned": ("запланирована", "жоспарланған", "planned"),
    "done": ("проведена", "өткізілді", "done"),
    "cancelled": ("отменена", "болдырылмады", "cancelled"),
}


class ActivityType(LabelledEnum):
    MEETING = "meeting"
    DIALOGUE = "dialogue platform"
    LECTURE = "lecture"
    SEMINAR = "seminar"
    FLASH_MOB = "flash mob"
    ACTION = "action"
    RAID = "raid"
    EXCURSION = "excursion"
    CONTEST = "contest and awards"
    CONSULTATION = "consultation"
    SURVEY = "survey"
    SPORT_CULTURE = "sport or culture event"
    HANDOUTS = "handout distribution"
    VIDEO = "video"


ActivityType.__labels__ = {  # type: ignore[attr-defined]
    "meeting": ("встреча", "кездесу", "meeting"),
    "dialogue platform": ("диалоговая площадка", "диалог алаңы", "dialogue platform"),
    "lecture": ("лекция", "дәріс", "lecture"),
    "seminar": ("семинар", "семинар", "seminar"),
    "flash mob": ("флешмоб", "флешмоб", "flash mob"),
    "action": ("акция", "акция", "action"),
    "raid": ("рейд", "рейд", "raid"),
    "excursion": ("экскурсия", "экскурсия", "excursion"),
    "contest and awards": ("конкурс и награждение", "байқау және марапаттау", "contest and awards"),
    "consultation": ("консультация", "кеңес беру", "consultation"),
    "survey": ("анкетирование", "сауалнама жүргізу", "survey"),
    "sport or culture event": ("спортивное или культурное мероприятие", "спорттық немесе мәдени іс-шара",
                               "sport or culture event"),
    "handout distribution": ("раздача материалов", "үлестірме материалдар тарату", "handout distribution"),
    "video": ("видеоролик", "бейнеролик", "video"),
}


class Audience(LabelledEnum):
    GENERAL = "general"
    STUDENTS = "students"
    SCHOOLCHILDREN = "schoolchildren"
    WOMEN = "women"
    TEACHERS = "teachers"
    DOCTORS = "doctors"
    ENTREPRENEURS = "entrepreneurs"
    ETHNOCULTURAL = "ethnocultural associations"
    RELIGIOUS = "religious communities"
    TRAVELLERS = "transit travellers"
    OFFICIALS = "officials"
    MEDIA = "media"


Audience.__labels__ = {  # type: ignore[attr-defined]
    "general": ("население", "тұрғындар", "general public"),
    "students": ("студенты", "студенттер", "students"),
    "schoolchildren": ("школьники", "оқушылар", "schoolchildren"),
    "women": ("женщины", "әйелдер", "women"),
    "teachers": ("педагоги", "педагогтар", "teachers"),
    "doctors": ("медики", "медицина қызметкерлері", "doctors"),
    "entrepreneurs": ("предприниматели", "кәсіпкерлер", "entrepreneurs"),
    "ethnocultural associations": ("этнокультурные объединения", "этномәдени бірлестіктер",
                                   "ethnocultural associations"),
    "religious communities": ("религиозные общины", "діни қауымдастықтар", "religious communities"),
    "transit travellers": ("транзитные пассажиры", "транзиттік жолаушылар", "transit travellers"),
    "officials": ("госслужащие", "мемлекеттік қызметшілер", "officials"),
    "media": ("СМИ и блогеры", "БАҚ және блогерлер", "media and bloggers"),
}


class ControlEventKind(LabelledEnum):
    OPENED = "opened"
    IN_PROGRESS = "in progress"
    EXTENDED = "extended"
    NOTIFIED = "notified"
    RESOLVED = "resolved"
    REJECTED = "rejected"
    CLOSED = "closed"
    NOTE = "note"


ControlEventKind.__labels__ = {  # type: ignore[attr-defined]
    "opened": ("взято на контроль", "бақылауға алынды", "opened"),
    "in progress": ("в работе", "жұмыста", "in progress"),
    "extended": ("срок продлён", "мерзімі ұзартылды", "extended"),
    "notified": ("заявитель уведомлён", "өтініш беруші хабардар етілді", "applicant notified"),
    "resolved": ("решено", "шешілді", "resolved"),
    "rejected": ("отказано", "бас тартылды", "rejected"),
    "closed": ("снято с контроля", "бақылаудан алынды", "closed"),
    "note": ("примечание", "ескертпе", "note"),
}


class ControlStatus(LabelledEnum):
    OPEN = "open"
    IN_PROGRESS = "in progress"
    RESOLVED = "resolved"
    REJECTED = "rejected"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        return self in (ControlStatus.OPEN, ControlStatus.IN_PROGRESS)


ControlStatus.__labels__ = {  # type: ignore[attr-defined]
    "open": ("на контроле", "бақылауда", "open"),
    "in progress": ("в работе", "жұмыста", "in progress"),
    "resolved": ("решено", "шешілді", "resolved"),
    "rejected": ("отказано", "бас тартылды", "rejected"),
    "closed": ("снято с контроля", "бақылаудан алынды", "closed"),
}


class SignalKind(LabelledEnum):
    DRUG_GRAFFITI = "drug graffiti"
    DRUG_SALE = "drug sale"
    PUBLIC_ORDER = "public order"
    VIOLENCE = "domestic violence"
    TRAFFICKING = "trafficking"
    CORRUPTION = "corruption"
    OTHER = "other"


SignalKind.__labels__ = {  # type: ignore[attr-defined]
    "drug graffiti": ("граффити с рекламой наркотиков", "есірткі жарнамасы бар граффити", "drug graffiti"),
    "drug sale": ("сбыт наркотиков", "есірткі өткізу", "drug sale"),
    "public order": ("нарушение общественного порядка", "қоғамдық тәртіпті бұзу", "public order"),
    "domestic violence": ("бытовое насилие", "тұрмыстық зорлық-зомбылық", "domestic violence"),
    "trafficking": ("торговля людьми", "адам саудасы", "trafficking"),
    "corruption": ("коррупция", "сыбайлас жемқорлық", "corruption"),
    "other": ("другое", "басқа", "other"),
}


class SignalChannel(LabelledEnum):
    MESSENGER = "messenger"
    IN_PERSON = "in person"
    PATROL = "patrol"
    PHONE = "phone"


SignalChannel.__labels__ = {  # type: ignore[attr-defined]
    "messenger": ("мессенджер", "мессенджер", "messenger"),
    "in person": ("лично", "жеке өзі", "in person"),
    "patrol": ("патруль", "патруль", "patrol"),
    "phone": ("телефон", "телефон", "phone"),
}


class SignalStatus(LabelledEnum):
    RECEIVED = "received"
    VERIFIED = "verified"
    REMOVED = "removed"
    REJECTED = "rejected"

    @property
    def is_final(self) -> bool:
        return self in (SignalStatus.REMOVED, SignalStatus.REJECTED)


SignalStatus.__labels__ = {  # type: ignore[attr-defined]
    "received": ("получен", "алынды", "received"),
    "verified": ("проверен", "тексерілді", "verified"),
    "removed": ("устранён", "жойылды", "removed"),
    "rejected": ("не подтвердился", "расталмады", "rejected"),
}

# received -> verified -> removed / rejected; a received tip may be rejected at once.
SIGNAL_TRANSITIONS: dict[SignalStatus, frozenset[SignalStatus]] = {
    SignalStatus.RECEIVED: frozenset({SignalStatus.VERIFIED, SignalStatus.REJECTED}),
    SignalStatus.VERIFIED: frozenset({SignalStatus.REMOVED, SignalStatus.REJECTED}),
    SignalStatus.REMOVED: frozenset(),
    SignalStatus.REJECTED: frozenset(),
}


class PhotoRole(LabelledEnum):
    GENERAL = "general"
    BEFORE = "before"
    AFTER = "after"


PhotoRole.__labels__ = {  # type: ignore[attr-defined]
    "general": ("фото", "фото", "photo"),
    "before": ("до", "дейін", "before"),
    "after": ("после", "кейін", "after"),
}


class Role(LabelledEnum):
    MEMBER = "member"
    SUPERVISOR = "supervisor"
    COORDINATOR = "coordinator"


Role.__labels__ = {  # type: ignore[attr-defined]
    "member": ("член рабочей группы", "жұмыс тобының мүшесі", "working-group member"),
    "supervisor": ("руководитель", "басшы", "supervisor"),
    "coordinator": ("координатор", "үйлестіруші", "coordinator"),
}


ALL_ENUMS: tuple[type[LabelledEnum], ...] = (
    AppealForm, Topic, SocialCategory, Outcome, HelpKind, ConsentMethod, OrganizationKind, CampaignKind,
    VenueType, StopStatus, ActivityType, Audience, ControlEventKind, ControlStatus, SignalKind, SignalChannel,
    SignalStatus, PhotoRole, Role,
)


class AccessKind(LabelledEnum):
    """What carried residents' personal data out of the app (the access log)."""

    REPORT = "report"
    EXPORT = "export"
    PACKAGE = "package"


AccessKind.__labels__ = {  # type: ignore[attr-defined]
    "report": ("отчёт", "есеп", "report"),
    "export": ("выгрузка", "экспорт", "export"),
    "package": ("пакет синхронизации", "синхрондау пакеті", "sync package"),
}
