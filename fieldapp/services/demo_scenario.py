"""The demo scenario's data: places, organisations, people, campaigns, stops and activities re-enacting the seeds.

Only constants live here; services/demo.py turns them into rows. Members and residents are synthetic («Демо …»).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from fieldapp.domain.enums import ActivityType as A
from fieldapp.domain.enums import Audience as Au
from fieldapp.domain.enums import CampaignKind, OrganizationKind, Topic, VenueType
from fieldapp.domain.enums import VenueType as V

# -- types ---------------------------------------------------------------------------------------------------------


class Region(NamedTuple):
    key: str
    ru: str
    kk: str


class District(NamedTuple):
    key: str
    region: str
    ru: str
    kk: str


class Settlement(NamedTuple):
    key: str
    district: str
    ru: str
    kk: str
    lat: float | None = None
    lon: float | None = None


class Org(NamedTuple):
    key: str
    ru: str
    kk: str
    short: str
    kind: OrganizationKind
    region: str | None


class Person(NamedTuple):
    key: str
    name: str
    position: str
    rank: str
    org: str
    phone: str


class DirectionSpec(NamedTuple):
    code: str
    ru: str
    kk: str
    en: str


class Act(NamedTuple):
    type: A
    audience: Au
    title: str
    participants: int
    description: str = ""
    handouts: int = 0
    publications: int = 0


class Mix(NamedTuple):
    """How many receptions at a stop ended with each outcome."""

    explained: int = 0
    resolved: int = 0
    helped: int = 0
    referred: int = 0
    control: int = 0

    @property
    def total(self) -> int:
        return self.explained + self.resolved + self.helped + self.referred + self.control


class ControlSpec(NamedTuple):
    """A problem taken under control at a stop; `fate` decides its event history (see demo.py)."""

    title: str
    topic: Topic
    responsible: str  # organisation key
    fate: str  # resolved | extended_resolved | extended_open | overdue | in_progress
    receptions: int = 1  # several residents may raise one village problem
    description: str = ""


class StopSpec(NamedTuple):
    settlement: str
    day: int  # days after the tour's first day
    hour: int
    venue: str
    venue_type: VenueType
    headcounts: tuple[int, ...]  # one count per device: a counter is a row per device
    activities: tuple[Act, ...]
    orgs: tuple[str, ...] = ()
    mix: Mix = Mix()
    topics: tuple[Topic, ...] = (Topic.OTHER,)
    controls: tuple[ControlSpec, ...] = ()
    approximate: bool = False
    notes: str = ""
    cancelled: str = ""  # a reason: the stop was planned and called off


class TourSpec(NamedTuple):
    title: str
    starts_on: date
    group: str  # working-group key
    stops: tuple[StopSpec, ...]
    notes: str = ""


# -- places --------------------------------------------------------------------------------------------------------

REGIONS = (
    Region("krg", "Карагандинская область", "Қарағанды облысы"),
    Region("zhm", "Жамбылская область", "Жамбыл облысы"),
    Region("sko", "Северо-Казахстанская область", "Солтүстік Қазақстан облысы"),
)

DISTRICTS = (
    District("shet", "krg", "Шетский район", "Шет ауданы"),
    District("balkhash", "krg", "г. Балхаш", "Балқаш қ."),
    District("karaganda", "krg", "г. Караганда", "Қарағанды қ."),
    District("baizak", "zhm", "Байзакский район", "Бәйзақ ауданы"),
    District("zhambyl", "zhm", "Жамбылский район", "Жамбыл ауданы"),
    District("korday", "zhm", "Кордайский район", "Қордай ауданы"),
    District("merke", "zhm", "Меркенский район", "Меркі ауданы"),
    District("shu", "zhm", "Шуский район", "Шу ауданы"),
    District("petropavl", "sko", "г. Петропавловск", "Петропавл қ."),
    District("zhumabayev", "sko", "район Магжана Жумабаева", "Мағжан Жұмабаев ауданы"),
    District("mamlyut", "sko", "Мамлютский район", "Мамлют ауданы"),
    District("tayynsha", "sko", "Тайыншинский район", "Тайынша ауданы"),
)

SETTLEMENTS = (
    Settlement("aksu_ayuly", "shet", "Аксу-Аюлы", "Ақсу-Аюлы"),
    Settlement("akshatau", "shet", "Акшатау", "Ақшатау"),
    Settlement("balkhash", "balkhash", "Балхаш", "Балқаш"),
    Settlement("gulshat", "balkhash", "Гульшат", "Гүлшат"),
    Settlement("sarishagan", "balkhash", "Сарышаган", "Сарышаған"),
    Settlement("karaganda", "karaganda", "Караганда", "Қарағанды"),
    Settlement("asa", "zhambyl", "Аса", "Аса"),
    Settlement("karakemer", "zhambyl", "Каракемер", "Қаракемер"),
    Settlement("ornek", "zhambyl", "Орнек", "Өрнек"),
    Settlement("ernazar", "zhambyl", "Ерназар", "Ерназар"),
    Settlement("karasu", "zhambyl", "Карасу", "Қарасу"),
    Settlement("kokkainar", "zhambyl", "Коккайнар", "Көккайнар"),
    Settlement("sarykemer", "baizak", "Сарыкемер", "Сарыкемер"),
    Settlement("buryl", "baizak", "Бурыл", "Бурыл"),
    Settlement("korday", "korday", "Кордай", "Қордай"),
    Settlement("sortobe", "korday", "Сортобе", "Сортөбе"),
    Settlement("masanchi", "korday", "Масанчи", "Масаншы"),
    Settlement("merke", "merke", "Мерке", "Меркі"),
    Settlement("aspara", "merke", "Аспара", "Аспара"),
    Settlement("tole_bi", "shu", "Толе би", "Төле би"),
    Settlement("shu", "shu", "Шу", "Шу"),
    Settlement("petropavl", "petropavl", "Петропавловск", "Петропавл", 54.8667, 69.1500),
    Settlement("bulaevo", "zhumabayev", "Булаево", "Булаев", 54.9036, 70.4436),
    Settlement("mamlyutka", "mamlyut", "Мамлютка", "Мамлют", 54.9375, 68.5394),
    Settlement("tayynsha", "tayynsha", "Тайынша", "Тайынша", 53.8483, 69.7636),
)

# Districts of the synthetic «Демо: масштаб» campaign: none of the seed districts, so the seed figures stay exact.
# (lat, lon) are only anchors for jittered signal coordinates; settlements keep no coordinates of their own.
SCALE_PLACES: tuple[tuple[str, str, str, tuple[tuple[str, str, float, float], ...]], ...] = (
    ("krg", "Абайский район", "Абай ауданы", (("Абай", "Абай", 49.63, 72.87), ("Топар", "Топар", 49.52, 72.82))),
    ("krg", "Бухар-Жырауский район", "Бұқар жырау ауданы", (("Ботакара", "Ботақара", 50.07, 73.72),)),
    ("krg", "Осакаровский район", "Осакаров ауданы", (("Осакаровка", "Осакаровка", 50.56, 72.57),)),
    ("krg", "Каркаралинский район", "Қарқаралы ауданы", (("Каркаралинск", "Қарқаралы", 49.41, 75.47),)),
    ("krg", "Нуринский район", "Нұра ауданы", (("Киевка", "Киевка", 50.26, 71.55),)),
    ("zhm", "Таласский район", "Талас ауданы", (("Каратау", "Қаратау", 43.18, 70.46),)),
    ("zhm", "Жуалынский район", "Жуалы ауданы", (("Бауыржан Момышулы", "Бауыржан Момышұлы", 42.62, 70.76),)),
    ("zhm", "Сарысуский район", "Сарысу ауданы", (("Жанатас", "Жаңатас", 43.57, 69.74),)),
    ("zhm", "район Турара Рыскулова", "Тұрар Рысқұлов ауданы", (("Кулан", "Құлан", 42.92, 72.73),)),
    ("zhm", "Мойынкумский район", "Мойынқұм ауданы", (("Мойынкум", "Мойынқұм", 44.28, 72.95),)),
    ("sko", "Кызылжарский район", "Қызылжар ауданы", (("Бесколь", "Бескөл", 54.79, 69.08),)),
    ("sko", "Айыртауский район", "Айыртау ауданы", (("Саумалколь", "Саумалкөл", 53.29, 68.10),)),
    ("sko", "Есильский район", "Есіл ауданы", (("Явленка", "Явленка", 54.35, 68.45),)),
)

# -- directions ----------------------------------------------------------------------------------------------------

DIRECTIONS = (
    DirectionSpec("info", "Информационно-разъяснительная работа", "Ақпараттық-түсіндіру жұмысы",
                  "Information and explanation"),
    DirectionSpec("rural_business", "Развитие бизнеса на селе", "Ауылда бизнесті дамыту", "Rural business development"),
    DirectionSpec("religion", "Вопросы религии", "Дін мәселелері", "Religion"),
    DirectionSpec("public_order", "Поддержание общественного порядка и безопасности дорожного движения",
                  "Қоғамдық тәртіпті және жол жүрісі қауіпсіздігін сақтау", "Public order and road safety"),
    DirectionSpec("anti_corruption", "Противодействие коррупции", "Сыбайлас жемқорлыққа қарсы іс-қимыл",
                  "Anti-corruption"),
    DirectionSpec("anti_drug", "Профилактика наркомании", "Нашақорлықтың алдын алу", "Anti-drug prevention"),
    DirectionSpec("violence_trafficking", "Профилактика бытового насилия и торговли людьми",
                  "Тұрмыстық зорлық-зомбылық пен адам саудасының алдын алу",
                  "Prevention of domestic violence and trafficking"),
    DirectionSpec("legal_literacy", "Правовая грамотность", "Құқықтық сауаттылық", "Legal literacy"),
)

# -- organisations -------------------------------------------------------------------------------------------------

_S, _L, _N = OrganizationKind.STATE, OrganizationKind.LAW, OrganizationKind.NGO
_E, _H, _B = OrganizationKind.EDUCATION, OrganizationKind.HEALTH, OrganizationKind.BUSINESS

ORGANIZATIONS = (
    # Karaganda: the caravan (seed 000)
    Org("dp_krg", "Департамент полиции Карагандинской области", "Қарағанды облысының Полиция департаменті",
        "ДП Карагандинской области", _L, "krg"),
    Org("mps_krg", "Местная полицейская служба ДП Карагандинской области",
        "Қарағанды облысы ПД жергілікті полиция қызметі", "МПС ДП", _L, "krg"),
    Org("migration_krg", "Управление миграционной полиции ДП Карагандинской области",
        "Қарағанды облысы ПД көші-қон полициясы басқармасы", "УМП ДП", _L, "krg"),
    Org("ubop_krg", "Управление по борьбе с организованной преступностью ДП Карагандинской области",
        "Қарағанды облысы ПД ұйымдасқан қылмысқа қарсы күрес басқармасы", "УБОП ДП", _L, "krg"),
    Org("akimat_krg", "Акимат Карагандинской области", "Қарағанды облысының әкімдігі", "Акимат области", _S, "krg"),
    Org("akimat_karaganda", "Акимат города Караганды", "Қарағанды қаласының әкімдігі", "Акимат г. Караганды", _S,
        "krg"),
    Org("uvp_krg", "Управление внутренней политики Карагандинской области",
        "Қарағанды облысының ішкі саясат басқармасы", "УВП Карагандинской области", _S, "krg"),
    Org("red_crescent", "Общество Красного Полумесяца Республики Казахстан",
        "Қазақстан Республикасының Қызыл Жарты Ай қоғамы", "ОКП РК", _N, None),
    Org("mir_dobra", "Общественное объединение «Мир добра»", "«Мир добра» қоғамдық бірлестігі", "ОО «Мир добра»", _N,
        "krg"),
    Org("party_balkhash", "Балхашский городской филиал партии «Нур Отан»",
        "«Нұр Отан» партиясының Балқаш қалалық филиалы", "Филиал партии, г. Балхаш", OrganizationKind.PARTY, "krg"),
    Org("tansholpan", "Детский сад «Таншолпан», г. Балхаш", "«Таңшолпан» балабақшасы, Балқаш қ.",
        "д/с «Таншолпан»", _E, "krg"),
    # Karaganda: anti-drug prevention (seed 001)
    Org("mvd_drug", "Комитет по противодействию наркопреступности МВД РК",
        "ҚР ІІМ Есірткі қылмысына қарсы іс-қимыл комитеті", "КПН МВД", _L, None),
    Org("polytech", "Карагандинский высший политехнический колледж", "Қарағанды жоғары политехникалық колледжі",
        "КВПК", _E, "krg"),
    Org("family_center", "Центр помощи семье, г. Караганда", "Отбасына көмек орталығы, Қарағанды қ.",
        "Центр помощи семье", _S, "krg"),
    Org("interagency_hq", "Региональный межведомственный штаб по профилактике наркоправонарушений",
        "Есірткі құқық бұзушылықтарының алдын алу жөніндегі өңірлік ведомствоаралық штаб", "Межведомственный штаб",
        _S, "krg"),
    # North Kazakhstan (seed 002)
    Org("dp_sko", "Департамент полиции Северо-Казахстанской области",
        "Солтүстік Қазақстан облысының Полиция департаменті", "ДП СКО", _L, "sko"),
    Org("upn_sko", "Управление по противодействию наркопреступности ДП СКО",
        "СҚО ПД Есірткі қылмысына қарсы іс-қимыл басқармасы", "УПН ДП СКО", _L, "sko"),
    Org("kamkor", "Клуб волонтёров «Қамқор»", "«Қамқор» еріктілер клубы", "«Қамқор»", _N, "sko"),
    Org("ksk_petropavl", "Кооперативы собственников квартир (КСК) г. Петропавловска",
        "Петропавл қаласының пәтер иелері кооперативтері", "КСК г. Петропавловска", _N, "sko"),
    # Zhambyl: «Мир и согласие» (seed 003)
    Org("uvp_zhm", "Управление внутренней политики акимата Жамбылской области",
        "Жамбыл облысы әкімдігінің ішкі саясат басқармасы", "УВП Жамбылской области", _S, "zhm"),
    Org("dp_zhm", "Департамент полиции Жамбылской области", "Жамбыл облысының Полиция департаменті",
        "ДП Жамбылской области", _L, "zhm"),
    Org("anticorr_zhm", "Департамент Агентства по противодействию коррупции по Жамбылской области",
        "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің Жамбыл облысы бойынша департаменті",
        "Антикор Жамбылской области", _L, "zhm"),
    Org("religion_zhm", "Управление по делам религий акимата Жамбылской области",
        "Жамбыл облысы әкімдігінің дін істері басқармасы", "УДР Жамбылской области", _S, "zhm"),
    Org("atameken_zhm", "Палата предпринимателей Жамбылской области «Атамекен»",
        "Жамбыл облысының «Атамекен» кәсіпкерлер палатасы", "ПП «Атамекен»", _B, "zhm"),
    Org("faculty_law_religion", "Факультет «Основы права и религии»", "«Құқық және дін негіздері» факультеті",
        "Факультет «Основы права и религии»", _E, "zhm"),
    Org("ethno_zhm", "Этнокультурные объединения Жамбылской области (Ассамблея народа Казахстана)",
        "Жамбыл облысының этномәдени бірлестіктері (Қазақстан халқы Ассамблеясы)", "Этнокультурные объединения", _N,
        "zhm"),
    Org("ngo_zhm", "Общественный совет Жамбылской области", "Жамбыл облысының қоғамдық кеңесі", "Общественный совет",
        _N, "zhm"),
    Org("akimat_zhambyl", "Акимат Жамбылского района", "Жамбыл ауданының әкімдігі", "Акимат Жамбылского района", _S,
        "zhm"),
    Org("akimat_baizak", "Акимат Байзакского района", "Бәйзақ ауданының әкімдігі", "Акимат Байзакского района", _S,
        "zhm"),
    Org("akimat_korday", "Акимат Кордайского района", "Қордай ауданының әкімдігі", "Акимат Кордайского района", _S,
        "zhm"),
    Org("akimat_merke", "Акимат Меркенского района", "Меркі ауданының әкімдігі", "Акимат Меркенского района", _S,
        "zhm"),
    Org("akimat_shu", "Акимат Шуского района", "Шу ауданының әкімдігі", "Акимат Шуского района", _S, "zhm"),
    Org("employment_zhambyl", "Центр занятости населения Жамбылского района",
        "Жамбыл ауданының халықты жұмыспен қамту орталығы", "ЦЗН Жамбылского района", _S, "zhm"),
    Org("land_zhambyl", "Отдел земельных отношений Жамбылского района", "Жамбыл ауданының жер қатынастары бөлімі",
        "Отдел земельных отношений", _S, "zhm"),
    Org("housing_zhambyl", "Отдел ЖКХ, пассажирского транспорта и автомобильных дорог Жамбылского района",
        "Жамбыл ауданының ТКШ, жолаушылар көлігі және автомобиль жолдары бөлімі", "Отдел ЖКХ и дорог", _S, "zhm"),
    Org("social_zhambyl", "Отдел занятости и социальных программ Жамбылского района",
        "Жамбыл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі", "Отдел соцпрограмм", _S, "zhm"),
    Org("education_zhambyl", "Отдел образования Жамбылского района", "Жамбыл ауданының білім бөлімі",
        "Отдел образования", _S, "zhm"),
    Org("hospital_zhambyl", "Центральная районная больница Жамбылского района", "Жамбыл аудандық орталық ауруханасы",
        "ЦРБ Жамбылского района", _H, "zhm"),
    # Karaganda: «Азбука правопорядка» (seed 004)
    Org("prosecutor_krg", "Прокуратура Карагандинской области (проектный офис «Закон и порядок»)",
        "Қарағанды облысының прокуратурасы («Заң және тәртіп» жобалық кеңсесі)", "Прокуратура области", _L, "krg"),
    Org("maslikhat_krg", "Карагандинский областной маслихат", "Қарағанды облыстық мәслихаты", "Облмаслихат", _S, "krg"),
    Org("dept_construction", "Управление строительства и архитектуры Карагандинской области",
        "Қарағанды облысының құрылыс және сәулет басқармасы", "УСА", _S, "krg"),
    Org("dept_business", "Управление предпринимательства и промышленности Карагандинской области",
        "Қарағанды облысының кәсіпкерлік және өнеркәсіп басқармасы", "УПиП", _S, "krg"),
    Org("dept_housing", "Управление жилищно-коммунального хозяйства и энергетики Карагандинской области",
        "Қарағанды облысының тұрғын үй-коммуналдық шаруашылығы және энергетика басқармасы", "УЖКХиЭ", _S, "krg"),
    Org("dept_agriculture", "Управление сельского хозяйства Карагандинской области",
        "Қарағанды облысының ауыл шаруашылығы басқармасы", "УСХ", _S, "krg"),
    Org("dept_employment", "Управление координации занятости и социальных программ Карагандинской области",
        "Қарағанды облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "УКЗиСП", _S,
        "krg"),
    Org("dept_health", "Управление здравоохранения Карагандинской области",
        "Қарағанды облысының денсаулық сақтау басқармасы", "УЗ", _H, "krg"),
    Org("career_center", "Карьерный центр г. Караганды", "Қарағанды қаласының Мансап орталығы", "Карьерный центр", _S,
        "krg"),
    Org("media_krg", "Региональные СМИ и блогеры", "Өңірлік БАҚ және блогерлер", "СМИ", OrganizationKind.MEDIA, "krg"),
    Org("teez", "Электронный маркетплейс «TEEZ»", "«TEEZ» электрондық маркетплейсі", "«TEEZ»", _B, "krg"),
    Org("spk_saryarka", "АО «СПК «Сарыарка»", "«Сарыарқа» ӘКК» АҚ", "СПК «Сарыарка»", _B, "krg"),
    Org("rti_plant", "Завод резинотехнических изделий", "Резеңке-техникалық бұйымдар зауыты", "Завод РТИ", _B, "krg"),
    # the synthetic scale campaign: obviously synthetic bodies
    Org("demo_akimat", "Демо: акимат района", "Демо: аудан әкімдігі", "Демо-акимат", _S, None),
    Org("demo_police", "Демо: отдел полиции района", "Демо: аудандық полиция бөлімі", "Демо-ОП", _L, None),
    Org("demo_housing", "Демо: отдел ЖКХ района", "Демо: аудандық ТКШ бөлімі", "Демо-ЖКХ", _S, None),
    Org("demo_employment", "Демо: центр занятости района", "Демо: аудандық жұмыспен қамту орталығы", "Демо-ЦЗН", _S,
        None),
    Org("demo_land", "Демо: отдел земельных отношений района", "Демо: аудандық жер қатынастары бөлімі", "Демо-земля",
        _S, None),
    Org("demo_hospital", "Демо: районная больница", "Демо: аудандық аурухана", "Демо-ЦРБ", _H, None),
)

# -- people (synthetic names; positions as in the seeds) ----------------------------------------------------------

MEMBERS = (
    # the caravan's agitation brigade
    Person("krg_inspector", "Демо Асель Инспекторова",
           "старший инспектор по защите женщин от насилия МПС ДП Карагандинской области", "майор полиции", "mps_krg",
           "+7 700 000 90 01"),
    Person("krg_migration", "Демо Ерлан Миграционов", "инспектор управления миграционной полиции", "капитан полиции",
           "migration_krg", "+7 700 000 90 02"),
    Person("krg_ubop", "Демо Тимур Оперуполномоченов", "оперуполномоченный УБОП", "старший лейтенант полиции",
           "ubop_krg", "+7 700 000 90 03"),
    Person("krg_uvp", "Демо Динара Политикова", "главный специалист УВП Карагандинской области", "", "uvp_krg",
           "+7 700 000 90 04"),
    Person("red_crescent", "Демо Жанар Волонтёрова", "координатор волонтёров Общества Красного Полумесяца", "",
           "red_crescent", "+7 700 000 90 05"),
    Person("mir_dobra", "Демо Ольга Добрякова", "председатель ОО «Мир добра»", "", "mir_dobra", "+7 700 000 90 06"),
    # anti-drug prevention, Karaganda
    Person("krg_drug_head", "Демо Арман Профилактиков", "начальник отдела профилактики наркоправонарушений ДП",
           "подполковник полиции", "dp_krg", "+7 700 000 90 11"),
    Person("krg_drug_officer", "Демо Айгуль Лекторова", "инспектор по делам несовершеннолетних", "капитан полиции",
           "dp_krg", "+7 700 000 90 12"),
    # North Kazakhstan
    Person("sko_upn", "Демо Данияр Наркоконтролев", "заместитель начальника УПН ДП СКО", "подполковник полиции",
           "upn_sko", "+7 700 000 90 21"),
    Person("sko_officer", "Демо Сергей Участковый", "оперуполномоченный УПН ДП СКО", "капитан полиции", "upn_sko",
           "+7 700 000 90 22"),
    Person("sko_kamkor", "Демо Камила Волонтёрова", "руководитель клуба волонтёров «Қамқор»", "", "kamkor",
           "+7 700 000 90 23"),
    # «Мир и согласие»: five groups of local government, law enforcement, experts and NGOs
    Person("zhm_coordinator", "Демо Гульнара Координаторова",
           "главный специалист УВП акимата Жамбылской области, координатор пилотного проекта", "", "uvp_zhm",
           "+7 700 000 90 30"),
    Person("info_head", "Демо Нурлан Разъясняев", "руководитель отдела УВП акимата Жамбылской области", "", "uvp_zhm",
           "+7 700 000 90 31"),
    Person("info_m1", "Демо Салтанат Лекторова", "эксперт-политолог", "", "ngo_zhm", "+7 700 000 90 32"),
    Person("info_m2", "Демо Андрей Ассамблеев", "член этнокультурного объединения", "", "ethno_zhm",
           "+7 700 000 90 33"),
    Person("info_m3", "Демо Айдос Участков", "участковый инспектор полиции", "капитан полиции", "dp_zhm",
           "+7 700 000 90 34"),
    Person("biz_head", "Демо Марат Предпринимателев", "директор филиала ПП «Атамекен»", "", "atameken_zhm",
           "+7 700 000 90 41"),
    Person("biz_m1", "Демо Алия Грантова", "главный специалист отдела предпринимательства акимата района", "",
           "akimat_zhambyl", "+7 700 000 90 42"),
    Person("biz_m2", "Демо Канат Кредитов", "эксперт по микрокредитованию", "", "atameken_zhm", "+7 700 000 90 43"),
    Person("biz_m3", "Демо Дана Занятова", "специалист центра занятости", "", "employment_zhambyl", "+7 700 000 90 44"),
    Person("rel_head", "Демо Бауыржан Богословов", "руководитель отдела УДР акимата Жамбылской области", "",
           "religion_zhm", "+7 700 000 90 51"),
    Person("rel_m1", "Демо Меруерт Психологова", "психолог-теолог", "", "religion_zhm", "+7 700 000 90 52"),
    Person("rel_m2", "Демо Ержан Правоведов", "преподаватель факультета «Основы права и религии»", "",
           "faculty_law_religion", "+7 700 000 90 53"),
    Person("rel_m3", "Демо Сауле Общественникова", "член общественного совета", "", "ngo_zhm", "+7 700 000 90 54"),
    Person("ord_head", "Демо Руслан Порядков", "начальник отдела местной полицейской службы", "подполковник полиции",
           "dp_zhm", "+7 700 000 90 61"),
    Person("ord_m1", "Демо Берик Дорожнов", "инспектор административной полиции", "майор полиции", "dp_zhm",
           "+7 700 000 90 62"),
    Person("ord_m2", "Демо Жибек Юристова", "юрист-консультант", "", "ngo_zhm", "+7 700 000 90 63"),
    Person("ord_m3", "Демо Серик Акиматов", "заместитель акима сельского округа", "", "akimat_merke",
           "+7 700 000 90 64"),
    Person("ac_head", "Демо Алмас Антикоров", "главный специалист Департамента АПК", "", "anticorr_zhm",
           "+7 700 000 90 71"),
    Person("ac_m1", "Демо Камила Анкетова", "социолог-эксперт", "", "ngo_zhm", "+7 700 000 90 72"),
    Person("ac_m2", "Демо Даурен Честнов", "член проектного офиса «Адалдық алаңы»", "", "ngo_zhm", "+7 700 000 90 73"),
    Person("ac_m3", "Демо Елена Акиматова", "главный специалист акимата района", "", "akimat_korday",
           "+7 700 000 90 74"),
    # «Азбука правопорядка»
    Person("azb_head", "Демо Едиль Законов", "руководитель проектного офиса при прокуратуре области",
           "советник юстиции", "prosecutor_krg", "+7 700 000 90 81"),
    Person("azb_m1", "Демо Айгерим Порядкова", "главный специалист УВП Карагандинской области", "", "uvp_krg",
           "+7 700 000 90 82"),
)

COORDINATOR_MEMBER = "zhm_coordinator"

# (group key, campaign key, name, code, direction code, head, members)
GROUPS: tuple[tuple[str, str, str, str, str, str, tuple[str, ...]], ...] = (
    ("caravan", "caravan", "Агитационная бригада автокаравана", "АКР", "violence_trafficking", "krg_inspector",
     ("krg_migration", "krg_ubop", "krg_uvp", "red_crescent", "mir_dobra")),
    ("antidrug_krg", "antidrug_krg", "Рабочая группа по профилактике наркоправонарушений", "НРК", "anti_drug",
     "krg_drug_head", ("krg_drug_officer",)),
    ("antidrug_sko", "antidrug_sko", "УПН ДП СКО и клуб волонтёров «Қамқор»", "СКО", "anti_drug", "sko_upn",
     ("sko_officer", "sko_kamkor")),
    ("info", "pilot", "Информационно-разъяснительная группа", "ИНФ", "info", "info_head",
     ("info_m1", "info_m2", "info_m3")),
    ("business", "pilot", "Группа «Развитие бизнеса на селе»", "БИЗ", "rural_business", "biz_head",
     ("biz_m1", "biz_m2", "biz_m3")),
    ("religion", "pilot", "Группа по вопросам религии", "РЕЛ", "religion", "rel_head", ("rel_m1", "rel_m2", "rel_m3")),
    ("order", "pilot", "Группа «Общественный порядок и безопасность дорожного движения»", "ПОР", "public_order",
     "ord_head", ("ord_m1", "ord_m2", "ord_m3")),
    ("anticorr", "pilot", "Антикоррупционная группа", "АКП", "anti_corruption", "ac_head", ("ac_m1", "ac_m2", "ac_m3")),
    ("azbuka", "azbuka", "Проектный офис «Закон и порядок»", "АЗБ", "legal_literacy", "azb_head", ("azb_m1",)),
)

# -- campaigns -----------------------------------------------------------------------------------------------------


class CampaignSpec(NamedTuple):
    key: str
    title_ru: str
    title_kk: str
    kind: CampaignKind
    organizer: str
    region: str | None
    starts_on: date | None  # None: anchored to `today` by demo.py
    ends_on: date | None
    goal: str


CARAVAN_TITLE = "Наказ будущему поколению: сохраним планету! Нет насилию и рабству!"
PILOT_TITLE = "Мир и согласие"
AZBUKA_TITLE = "Азбука правопорядка"
SCALE_TITLE = "Демо: масштаб"

CAMPAIGNS = (
    CampaignSpec(
        "caravan", CARAVAN_TITLE, "Болашақ ұрпаққа аманат: планетаны сақтайық! Зорлық-зомбылық пен құлдыққа жол жоқ!",
        CampaignKind.ACTION, "dp_krg", "krg", date(2024, 3, 26), date(2024, 3, 28),
        "Содействие государственной политике в сфере широкой пропаганды превентивных мер в борьбе с трафиком, оказание "
        "конкретной помощи пострадавшим от торговли людьми и бытового насилия в отношении женщин и детей, формирование "
        "нулевой терпимости к правонарушениям и преступлениям в регионе (к Международному дню памяти жертв "
        "работорговли и её ликвидации).",
    ),
    CampaignSpec(
        "antidrug_krg", "Месячник по борьбе с наркоманией", "Нашақорлыққа қарсы күрес айлығы", CampaignKind.PREVENTION,
        "dp_krg", "krg", date(2024, 5, 28), date(2024, 6, 26),
        "Усиление профилактической работы по борьбе с наркопотреблением, в том числе среди студенческой молодёжи, "
        "в преддверии Международного дня борьбы с наркоманией (26 июня).",
    ),
    CampaignSpec(
        "antidrug_sko", "Антинаркотическая профилактика в Северо-Казахстанской области",
        "Солтүстік Қазақстан облысындағы есірткіге қарсы алдын алу", CampaignKind.PREVENTION, "dp_sko", "sko",
        date(2020, 1, 9), date(2020, 5, 20),
        "Профилактика наркопреступлений со школьниками и молодёжью, закрашивание наркограффити с адресами "
        "интернет-ресурсов по распространению наркотиков вместе с волонтёрами и КСК.",
    ),
    CampaignSpec(
        "pilot", PILOT_TITLE, "Бейбітшілік және келісім", CampaignKind.PILOT, "uvp_zhm", "zhm", None, None,
        "Выявление проблем межнационального согласия и принятие конкретных мер в области межэтнического "
        "взаимодействия; охват жителей сельской местности всеми пятью направлениями пилотного проекта.",
    ),
    CampaignSpec(
        "azbuka", AZBUKA_TITLE, "Құқықтық тәртіп әліппесі", CampaignKind.OPEN_DOORS, "prosecutor_krg", "krg",
        date(2025, 12, 17), date(2025, 12, 17),
        "Повышение правовой грамотности жителей в рамках идеологемы «Закон и порядок»: укрепление верховенства закона, "
        "прозрачность работы государственных органов, доверие граждан к власти.",
    ),
)

# -- the poll (seed 000): Russian text exactly as published -------------------------------------------------------

POLL_QUESTION_RU = "А вы привыкли к новому времени?"
POLL_QUESTION_KK = "Сіз жаңа уақытқа үйрендіңіз бе?"
POLL_OPTIONS: tuple[tuple[str, str, int], ...] = (
    ("Да, уже не чувствую разницы;", "Иә, айырмашылықты енді сезбеймін;", 40),
    ("Нет! Очень тяжело до сих пор. Особенно по утрам;", "Жоқ! Әлі күнге дейін өте қиын. Әсіресе таңертең;", 208),
    ("В целом, да, но зачем это было нужно?", "Жалпы, иә, бірақ бұл не үшін қажет болды?", 60),
    ("Не собираюсь привыкать, живу по-старому времени.", "Үйренгім келмейді, ескі уақыт бойынша өмір сүремін.", 15),
)

SCALE_POLL_QUESTION = ("Как вы оцениваете работу выездного приёма?", "Көшпелі қабылдаудың жұмысын қалай бағалайсыз?")
SCALE_POLL_OPTIONS = (("Отлично", "Өте жақсы"), ("Хорошо", "Жақсы"), ("Удовлетворительно", "Қанағаттанарлық"),
                      ("Плохо", "Нашар"))

# -- the caravan (seed 000) ----------------------------------------------------------------------------------------

_CARAVAN_ORGS = ("akimat_krg", "akimat_karaganda", "uvp_krg", "ubop_krg", "migration_krg", "mps_krg", "mir_dobra",
                 "red_crescent")
_CARAVAN_TOPICS = (Topic.FAMILY, Topic.LEGAL, Topic.DOCUMENTS, Topic.SOCIAL, Topic.PUBLIC_ORDER)


def _caravan_stop(settlement: str, day: int, hour: int, venue: str, headcounts: tuple[int, ...], mix: Mix,
                  kindergarten: str, extra: tuple[Act, ...] = (), venue_type: VenueType = V.DIALOGUE,
                  controls: tuple[ControlSpec, ...] = ()) -> StopSpec:
    """The programme every stop of the caravan had: dialogue platform, kindergarten contest, flash mob, balloons."""
    people = sum(headcounts)
    return StopSpec(
        settlement, day, hour, venue, venue_type, headcounts,
        (
            Act(A.DIALOGUE, Au.GENERAL, "Встреча с населением на открытой диалоговой площадке", people * 2 // 3,
                "Разъяснение целей акции: профилактика торговли людьми и бытового насилия, ответы на вопросы.",
                handouts=people // 2),
            Act(A.CONTEST, Au.GENERAL,
                f"Посещение детского сада {kindergarten}: подарки за участие в конкурсе рисунков", 30 + people // 10,
                "Вручение подарков детям — участникам конкурса рисунков «Мир без насилия»."),
            *extra,
            Act(A.FLASH_MOB, Au.GENERAL, "Флешмоб сотрудников полиции и представителей НПО", people // 2),
            Act(A.ACTION, Au.GENERAL, "Запуск в небо воздушных шаров в память о жертвах насилия", people * 3 // 4),
        ),
        _CARAVAN_ORGS, mix, _CARAVAN_TOPICS, controls,
    )


CARAVAN_TOUR = TourSpec(
    "Автокараван Караганда — Аксу-Аюлы — Акшатау — Балхаш — Гульшат — Сарышаган", date(2024, 3, 26), "caravan",
    (
        _caravan_stop("aksu_ayuly", 0, 11, "Открытая диалоговая площадка у Дома культуры", (90, 50),
                      Mix(2, 1, 0, 1, 0), "посёлка"),
        _caravan_stop("akshatau", 0, 16, "Открытая диалоговая площадка у сельского клуба", (85,),
                      Mix(2, 0, 1, 0, 0), "посёлка"),
        _caravan_stop(
            "balkhash", 1, 10, "Городской общественный парк отдыха", (160, 100), Mix(2, 1, 1, 1, 1), "«Таншолпан»",
            extra=(
                Act(A.MEETING, Au.OFFICIALS, "Встреча с представителями организаций и госорганов в городском филиале "
                    "партии «Нур Отан»", 30),
                Act(A.DIALOGUE, Au.GENERAL, "Диалоговая площадка в парке: разъяснение населению цели акции", 120),
            ),
            venue_type=V.PARK,
            controls=(ControlSpec("Защита от бытового насилия: защитное предписание и место в кризисном центре",
                                  Topic.FAMILY, "mps_krg", "resolved",
                                  description="Обращение о систематическом бытовом насилии; взято на контроль МПС."),),
        ),
        _caravan_stop("gulshat", 1, 15, "Открытая диалоговая площадка у поселкового акимата", (70,),
                      Mix(2, 0, 0, 1, 0), "посёлка"),
        _caravan_stop(
            "sarishagan", 2, 10, "Трасса Алматы — Балхаш — Караганда, автостанция", (70, 40), Mix(1, 1, 0, 2, 0),
            "посёлка",
            extra=(Act(A.CONSULTATION, Au.TRAVELLERS, "Разъяснительная работа миграционной полиции с пассажирами "
                       "автобусов из соседних государств", 64,
                       "Пассажиры автобусов на трассе Алматы — Балхаш — Караганда: правила пребывания, риски "
                       "трудового рабства, телефоны доверия.", handouts=64),),
            venue_type=V.HIGHWAY,
        ),
    ),
    notes="Старт ранним утром со двора Общества Красного Полумесяца в Караганде.",
)

# -- anti-drug prevention, Karaganda (seed 001) -------------------------------------------------------------------

ANTIDRUG_KRG_TOUR = TourSpec(
    "Месячник по борьбе с наркоманией: встречи в Караганде", date(2024, 5, 28), "antidrug_krg",
    (
        StopSpec("karaganda", 0, 10, "Департамент полиции Карагандинской области, актовый зал", V.OTHER, (45,),
                 (Act(A.MEETING, Au.OFFICIALS, "Заседание совета при МВД РК и регионального совета по профилактике "
                      "наркоправонарушений", 45, "С участием представителей Администрации Президента."),),
                 ("dp_krg", "mvd_drug", "akimat_krg")),
        StopSpec("karaganda", 0, 14, "Карагандинский высший политехнический колледж", V.COLLEGE, (180,),
                 (Act(A.LECTURE, Au.STUDENTS, "Как не стать жертвой манипуляций в интернете", 180,
                      "Более 180 студентам рассказали о последствиях участия в распространении наркотиков и рекламе "
                      "наркосайтов; реальные примеры наркоправонарушений.", publications=3),),
                 ("mvd_drug", "dp_krg", "polytech")),
        StopSpec("karaganda", 1, 10, "Центр помощи семье", V.OTHER, (25,),
                 (Act(A.MEETING, Au.GENERAL, "Встреча с представителями Центра помощи семье", 25),),
                 ("dp_krg", "family_center")),
        StopSpec("karaganda", 1, 15, "Акимат Карагандинской области", V.AKIMAT, (30,),
                 (Act(A.MEETING, Au.OFFICIALS, "Внеочередное рабочее совещание с региональным межведомственным штабом",
                      30, "С участием заместителя акима области и представителей силовых ведомств: меры по усилению "
                      "межведомственного взаимодействия в профилактике наркоправонарушений."),),
                 ("akimat_krg", "interagency_hq", "dp_krg")),
        StopSpec("karaganda", 8, 11, "Средняя школа, актовый зал", V.SCHOOL, (120,),
                 (Act(A.LECTURE, Au.SCHOOLCHILDREN, "Урок «Скажи наркотикам — нет!»", 120),),
                 ("dp_krg",)),
        StopSpec("karaganda", 15, 12, "Центральный парк культуры и отдыха", V.PARK, (300,),
                 (Act(A.HANDOUTS, Au.GENERAL, "Раздача памяток о вреде наркотиков", 300, handouts=500),),
                 ("dp_krg", "akimat_karaganda"), Mix(3, 0, 0, 2, 0), (Topic.PUBLIC_ORDER, Topic.HEALTH, Topic.FAMILY)),
        StopSpec("karaganda", 22, 16, "Стадион, спортивная площадка", V.OTHER, (250,),
                 (Act(A.SPORT_CULTURE, Au.STUDENTS, "Спортивный праздник «Спорт против наркотиков»", 250),),
                 ("dp_krg", "akimat_karaganda")),
        StopSpec("karaganda", 29, 12, "Площадь перед акиматом города", V.OTHER, (400,),
                 (Act(A.ACTION, Au.GENERAL, "Акция к Международному дню борьбы с наркоманией (26 июня)", 400,
                      publications=5),),
                 ("dp_krg", "akimat_karaganda", "akimat_krg"), approximate=True),
    ),
)

# -- North Kazakhstan, 2020 (seed 002) ----------------------------------------------------------------------------

SKO_START = date(2020, 1, 9)
SKO_EVENTS = 132  # «свыше 130 мероприятий … со школьниками и молодёжью»
SKO_SCHOOL_SETTLEMENTS = ("petropavl", "petropavl", "petropavl", "petropavl", "bulaevo", "mamlyutka", "tayynsha")
SKO_EVENT_TEMPLATES: tuple[tuple[A, str], ...] = (
    (A.LECTURE, "Лекция о вреде наркотиков"),
    (A.MEETING, "Встреча с сотрудниками УПН: ответственность за наркопреступления"),
    (A.MEETING, "Беседа «Не стань жертвой наркодилеров в интернете»"),
    (A.LECTURE, "Классный час «Здоровый образ жизни»"),
)
SKO_GRAFFITI = 56  # «более 50 сообщений о наркограффити»
# (settlement key, how many reports, jitter in degrees)
SKO_GRAFFITI_PLACES = (("petropavl", 44, 0.035), ("bulaevo", 4, 0.008), ("mamlyutka", 4, 0.008),
                       ("tayynsha", 4, 0.008))
# removed, verified, received, rejected: most were painted over with the housing cooperatives
SKO_GRAFFITI_STATUSES = (("removed", 44), ("verified", 6), ("received", 4), ("rejected", 2))
SKO_STREETS = ("ул. Абая", "ул. Жамбыла", "ул. Пушкина", "ул. Мира", "ул. Интернациональная", "ул. Букетова",
               "ул. Сатпаева", "ул. Казахстанской правды", "ул. Конституции Казахстана", "ул. Победы")
SKO_GRAFFITI_SPOTS = ("на стене жилого дома", "на заборе", "на остановке", "на гаражах", "на трансформаторной будке",
                      "у входа в подъезд")

# -- «Мир и согласие» (seed 003) ----------------------------------------------------------------------------------

PILOT_DISTRICTS = ("baizak", "zhambyl", "korday", "merke", "shu")
# The district each group starts in; week w takes it to PILOT_DISTRICTS[(start + w) % 5], so over five weeks every
# district meets every direction (a Latin square).
PILOT_FIRST_DISTRICT = {"info": 4, "business": 1, "religion": 0, "order": 3, "anticorr": 2}
PILOT_WEEKS = 5
PILOT_STARTS_WEEKS_BEFORE_TODAY = 10

_BIZ_TOPICS = (Topic.BUSINESS, Topic.BUSINESS, Topic.BUSINESS, Topic.EMPLOYMENT, Topic.EMPLOYMENT, Topic.SOCIAL,
               Topic.LAND, Topic.HEALTH, Topic.LEGAL, Topic.PENSIONS)
_REL_TOPICS = (Topic.RELIGION, Topic.RELIGION, Topic.FAMILY, Topic.SOCIAL, Topic.EDUCATION, Topic.BUSINESS,
               Topic.EMPLOYMENT)
_INFO_TOPICS = (Topic.HOUSING, Topic.SOCIAL, Topic.EMPLOYMENT, Topic.BUSINESS, Topic.EDUCATION, Topic.HEALTH,
                Topic.WATER)
_ORD_TOPICS = (Topic.PUBLIC_ORDER, Topic.PUBLIC_ORDER, Topic.LEGAL, Topic.ROADS, Topic.DOCUMENTS, Topic.BUSINESS,
               Topic.SOCIAL)
_AC_TOPICS = (Topic.CORRUPTION, Topic.LEGAL, Topic.LAND, Topic.BUSINESS, Topic.SOCIAL, Topic.EMPLOYMENT)
PILOT_TOPICS = {"info": _INFO_TOPICS, "business": _BIZ_TOPICS, "religion": _REL_TOPICS, "order": _ORD_TOPICS,
                "anticorr": _AC_TOPICS}

_ZH_ORGS = ("uvp_zhm", "akimat_zhambyl")

# Жамбылский район: exactly 17 activities, head counts summing to 600 («около 600»), 113 helped, 12 under control.
ZHAMBYL_STOPS: dict[str, tuple[StopSpec, ...]] = {
    "business": (
        StopSpec("asa", 0, 10, "Дом культуры районного центра", V.CULTURE_HOUSE, (100, 60), (
            Act(A.MEETING, Au.GENERAL, "Встреча с жителями районного центра: меры поддержки сельского бизнеса", 140),
            Act(A.CONSULTATION, Au.ENTREPRENEURS, "Сбор бизнес-проектов, консультации по грантам и микрокредитам", 45),
            Act(A.EXCURSION, Au.ENTREPRENEURS, "Посещение проблемного предприятия: изучение условий работы "
                "тепличного хозяйства", 12),
            Act(A.SEMINAR, Au.ENTREPRENEURS, "Семинар «Как открыть своё дело на селе»", 38),
        ), (*_ZH_ORGS, "atameken_zhm", "employment_zhambyl"), Mix(10, 5, 30, 4, 3), _BIZ_TOPICS, (
            ControlSpec("Перебои с питьевой водой в районном центре", Topic.WATER, "housing_zhambyl", "resolved"),
            ControlSpec("Выделение земельного участка под крестьянское хозяйство", Topic.LAND, "land_zhambyl",
                        "overdue"),
            ControlSpec("Микрокредит на расширение тепличного хозяйства", Topic.BUSINESS, "atameken_zhm", "resolved"),
        ), approximate=True, notes="Начало работы рабочей группы в районе."),
        StopSpec("karakemer", 2, 10, "Сельский клуб", V.CULTURE_HOUSE, (95,), (
            Act(A.MEETING, Au.GENERAL, "Встреча с сельчанами", 80),
            Act(A.CONSULTATION, Au.ENTREPRENEURS, "Приём бизнес-проектов, разъяснение условий кредитования", 26),
            Act(A.EXCURSION, Au.ENTREPRENEURS, "Посещение молочно-товарной фермы: проблемы сбыта продукции", 9),
        ), (*_ZH_ORGS, "atameken_zhm"), Mix(7, 4, 22, 3, 2), _BIZ_TOPICS, (
            ControlSpec("Уличное освещение в селе", Topic.ROADS, "housing_zhambyl", "resolved"),
            ControlSpec("Пастбища для скота жителей села", Topic.LAND, "land_zhambyl", "extended_resolved"),
        ), approximate=True),
    ),
    "religion": (
        StopSpec("ornek", 1, 11, "Сельская школа, актовый зал", V.SCHOOL, (55, 35), (
            Act(A.MEETING, Au.GENERAL, "Встреча с жителями по вопросам религиозной грамотности", 70),
            Act(A.SEMINAR, Au.STUDENTS, "Семинар для молодёжи «Традиционные ценности и деструктивные течения»", 40),
            Act(A.HANDOUTS, Au.GENERAL, "Раздача информационных материалов", 90, handouts=150),
        ), (*_ZH_ORGS, "religion_zhm"), Mix(6, 3, 15, 2, 2), _REL_TOPICS, (
            ControlSpec("Ремонт дороги Өрнек — Аса", Topic.ROADS, "housing_zhambyl", "overdue"),
            ControlSpec("Место в детском саду для ребёнка из многодетной семьи", Topic.EDUCATION, "education_zhambyl",
                        "resolved"),
        ), approximate=True),
    ),
    "info": (
        StopSpec("ernazar", 2, 10, "Сельский клуб", V.CULTURE_HOUSE, (85,), (
            Act(A.DIALOGUE, Au.GENERAL, "Диалоговая площадка «Бейбітшілік және келісім»", 75),
            Act(A.SPORT_CULTURE, Au.SCHOOLCHILDREN, "Концерт и спортивные состязания для молодёжи", 120),
        ), (*_ZH_ORGS, "ethno_zhm"), Mix(6, 3, 16, 2, 2), _INFO_TOPICS, (
            ControlSpec("Подключение улиц села к газоснабжению", Topic.HOUSING, "housing_zhambyl", "overdue"),
            ControlSpec("Трудоустройство выпускников колледжа", Topic.EMPLOYMENT, "employment_zhambyl", "resolved"),
        ), approximate=True),
    ),
    "order": (
        StopSpec("karasu", 1, 10, "Сельская школа", V.SCHOOL, (50, 30), (
            Act(A.MEETING, Au.GENERAL, "Встреча участкового инспектора с жителями: профилактика правонарушений", 65),
            Act(A.LECTURE, Au.SCHOOLCHILDREN, "Урок безопасности дорожного движения", 110),
        ), (*_ZH_ORGS, "dp_zhm"), Mix(5, 2, 14, 2, 1), _ORD_TOPICS, (
            ControlSpec("Остановочный павильон на трассе у села", Topic.ROADS, "housing_zhambyl", "extended_open"),
        ), approximate=True),
    ),
    "anticorr": (
        StopSpec("kokkainar", 3, 10, "Здание сельского акимата", V.AKIMAT, (90,), (
            Act(A.SURVEY, Au.GENERAL, "Анкетирование сельчан о проявлениях коррупции", 85),
            Act(A.CONSULTATION, Au.GENERAL, "Консультации по антикоррупционному законодательству", 30),
            Act(A.MEETING, Au.OFFICIALS, "Встреча с работниками сельского акимата: антикоррупционные стандарты", 18),
        ), (*_ZH_ORGS, "anticorr_zhm"), Mix(6, 3, 16, 2, 2), _AC_TOPICS, (
            ControlSpec("Капитальный ремонт сельского клуба", Topic.OTHER, "akimat_zhambyl", "extended_open"),
            ControlSpec("Задержка выплаты пособия многодетной семье", Topic.PENSIONS, "social_zhambyl", "overdue"),
        ), approximate=True),
    ),
}

ZHAMBYL_ACTIVITIES = 17
ZHAMBYL_CAME = 600
ZHAMBYL_HELPED = 113
ZHAMBYL_CONTROL = 12

_RAID = Act(A.RAID, Au.GENERAL, "Рейдовые мероприятия по предупреждению преступности", 14)
_SURVEY = Act(A.SURVEY, Au.GENERAL, "Опрос сельского населения на предмет коррупции", 120)
_AC_CONSULT = Act(A.CONSULTATION, Au.GENERAL, "Консультации по вопросам противодействия коррупции", 25)
_BIZ_SEMINAR = Act(A.SEMINAR, Au.ENTREPRENEURS, "Семинар по программам поддержки предпринимательства", 50)
_BIZ_CONSULT = Act(A.CONSULTATION, Au.ENTREPRENEURS, "Сбор бизнес-проектов, консультации по грантам", 24)
_REL_MEETING = Act(A.MEETING, Au.GENERAL, "Встреча с жителями по вопросам религиозной грамотности", 60)
_INFO_DIALOGUE = Act(A.DIALOGUE, Au.GENERAL, "Информационно-разъяснительная встреча с жителями", 85)


def _pilot_stop(settlement: str, day: int, venue: str, venue_type: VenueType, headcounts: tuple[int, ...],
                acts: tuple[Act, ...], orgs: tuple[str, ...], mix: Mix, group: str,
                controls: tuple[ControlSpec, ...] = (), cancelled: str = "") -> StopSpec:
    return StopSpec(settlement, day, 10, venue, venue_type, headcounts, acts, orgs, mix, PILOT_TOPICS[group], controls,
                    cancelled=cancelled)


# The other four districts: a few stops each, with what the seed tells of them (group, district) -> stops.
PILOT_OTHER_STOPS: dict[tuple[str, str], tuple[StopSpec, ...]] = {
    ("info", "shu"): (_pilot_stop("tole_bi", 1, "Районный дом культуры", V.CULTURE_HOUSE, (180, 80), (
        Act(A.MEETING, Au.ETHNOCULTURAL, "Встреча с представителями этнокультурных объединений", 40),
        Act(A.SPORT_CULTURE, Au.GENERAL, "Культурно-спортивный праздник «Достық»", 220),
        _INFO_DIALOGUE,
    ), ("uvp_zhm", "akimat_shu", "ethno_zhm"), Mix(6, 3, 3, 2, 0), "info"),),
    ("order", "shu"): (_pilot_stop("shu", 2, "Городская школа", V.SCHOOL, (110,), (
        Act(A.RAID, Au.GENERAL, "Рейд по профилактике правонарушений на дорогах", 14),
        Act(A.LECTURE, Au.SCHOOLCHILDREN, "Урок безопасности дорожного движения", 85),
    ), ("dp_zhm", "akimat_shu"), Mix(6, 2, 1, 1, 0), "order"),),
    ("anticorr", "shu"): (_pilot_stop("tole_bi", 3, "Районный акимат", V.AKIMAT, (140,), (_SURVEY, _AC_CONSULT),
                                      ("anticorr_zhm", "akimat_shu"), Mix(5, 1, 1, 1, 0), "anticorr"),),
    ("business", "shu"): (_pilot_stop("shu", 1, "Городской дом культуры", V.CULTURE_HOUSE, (75,),
                                      (_BIZ_SEMINAR, _BIZ_CONSULT), ("atameken_zhm", "akimat_shu"), Mix(3, 2, 5, 2, 0),
                                      "business"),),
    ("religion", "shu"): (
        _pilot_stop("tole_bi", 2, "Районная библиотека", V.OTHER, (65,), (_REL_MEETING,),
                    ("religion_zhm", "akimat_shu"), Mix(4, 1, 0, 1, 0), "religion"),
        _pilot_stop("shu", 4, "Городской дом культуры", V.CULTURE_HOUSE, (), (), ("religion_zhm",), Mix(), "religion",
                    cancelled="Штормовое предупреждение: выезд перенесён"),
    ),
    ("religion", "baizak"): (
        _pilot_stop("sarykemer", 1, "Районный акимат, зал заседаний", V.AKIMAT, (75, 55), (
            Act(A.CONSULTATION, Au.GENERAL, "Индивидуальные встречи с гражданами сомнительных религиозных конфессий",
                40, "Индивидуальные встречи с 40 гражданами."),
            Act(A.CONSULTATION, Au.GENERAL, "Психологические и религиозные портреты трёх подростков, вернувшихся в "
                "рамках гуманитарной операции «Жусан»", 3),
            Act(A.MEETING, Au.GENERAL, "Изучение социально-бытовых условий семьи, разработка плана их улучшения", 6),
            Act(A.MEETING, Au.GENERAL, "Встреча с жителями по вопросам религиозной грамотности", 85),
        ), ("religion_zhm", "akimat_baizak", "faculty_law_religion"), Mix(29, 2, 4, 4, 1), "religion", (
            ControlSpec("План улучшения социально-бытовых условий семьи", Topic.SOCIAL, "akimat_baizak", "resolved",
                        description="Специальный план: ремонт жилья, адресная социальная помощь, занятость."),
        )),
        _pilot_stop("buryl", 3, "Сельский клуб", V.CULTURE_HOUSE, (95,), (
            Act(A.MEETING, Au.GENERAL, "Встреча с жителями по вопросам религиозной грамотности", 70),
            Act(A.SEMINAR, Au.GENERAL, "Семинар преподавателей факультета «Основы права и религии» по актуальным "
                "вопросам в области религии", 55),
        ), ("religion_zhm", "faculty_law_religion"), Mix(4, 1, 1, 0, 0), "religion"),
    ),
    ("info", "baizak"): (_pilot_stop("sarykemer", 2, "Районный дом культуры", V.CULTURE_HOUSE, (110,), (
        _INFO_DIALOGUE, Act(A.LECTURE, Au.STUDENTS, "Лекция для молодёжи «Единство в многообразии»", 60),
    ), ("uvp_zhm", "akimat_baizak"), Mix(5, 2, 2, 1, 0), "info"),),
    ("order", "baizak"): (_pilot_stop("buryl", 1, "Сельская школа", V.SCHOOL, (60,), (
        Act(A.RAID, Au.GENERAL, "Профилактический рейд", 10),
        Act(A.MEETING, Au.GENERAL, "Встреча участкового инспектора с жителями", 55),
    ), ("dp_zhm",), Mix(4, 2, 1, 1, 0), "order"),),
    ("anticorr", "baizak"): (_pilot_stop("sarykemer", 3, "Районный акимат", V.AKIMAT, (120,), (_SURVEY, _AC_CONSULT),
                                         ("anticorr_zhm", "akimat_baizak"), Mix(4, 1, 1, 1, 0), "anticorr"),),
    ("business", "baizak"): (_pilot_stop("sarykemer", 1, "Районный дом культуры", V.CULTURE_HOUSE, (70,),
                                         (_BIZ_SEMINAR, _BIZ_CONSULT), ("atameken_zhm", "akimat_baizak"),
                                         Mix(3, 2, 5, 2, 0), "business"),),
    ("anticorr", "korday"): (_pilot_stop("korday", 1, "Районный акимат", V.AKIMAT, (170,), (
        Act(A.SURVEY, Au.GENERAL, "Опрос сельского населения на предмет коррупции", 150), _AC_CONSULT,
    ), ("anticorr_zhm", "akimat_korday"), Mix(5, 1, 2, 1, 0), "anticorr"),),
    ("business", "korday"): (_pilot_stop("sortobe", 2, "Сельский клуб", V.CULTURE_HOUSE, (90,), (
        Act(A.MEETING, Au.ENTREPRENEURS, "Встреча с сельскими предпринимателями", 60), _BIZ_CONSULT,
    ), ("atameken_zhm", "akimat_korday"), Mix(4, 2, 6, 2, 0), "business"),),
    ("religion", "korday"): (_pilot_stop("masanchi", 1, "Сельский дом культуры", V.CULTURE_HOUSE, (80,), (
        Act(A.MEETING, Au.RELIGIOUS, "Встреча с представителями религиозных общин", 50),
        Act(A.SEMINAR, Au.GENERAL, "Семинар по религиозной грамотности", 40),
    ), ("religion_zhm", "akimat_korday"), Mix(5, 1, 0, 1, 0), "religion"),),
    ("info", "korday"): (_pilot_stop("sortobe", 1, "Сельская школа", V.SCHOOL, (100, 60), (
        Act(A.MEETING, Au.GENERAL, "Встреча с жителями сёл: изучение жилищных условий", 95),
        Act(A.SEMINAR, Au.STUDENTS, "Семинар с молодёжью", 45),
        Act(A.SEMINAR, Au.TEACHERS, "Семинар с учителями", 30),
        Act(A.SEMINAR, Au.DOCTORS, "Семинар с врачами", 25),
    ), ("uvp_zhm", "akimat_korday", "ethno_zhm"), Mix(6, 2, 4, 3, 0), "info"),),
    ("order", "korday"): (_pilot_stop("korday", 2, "Районная школа", V.SCHOOL, (115,), (
        Act(A.RAID, Au.GENERAL, "Рейд по безопасности дорожного движения", 12),
        Act(A.LECTURE, Au.SCHOOLCHILDREN, "Урок безопасности дорожного движения", 100),
    ), ("dp_zhm", "akimat_korday"), Mix(5, 1, 1, 1, 0), "order"),),
    ("order", "merke"): (
        _pilot_stop("merke", 1, "Районный отдел полиции", V.OTHER, (60,), (
            Act(A.RAID, Au.GENERAL, "Рейдовые мероприятия по предупреждению преступности", 16),
            Act(A.RAID, Au.GENERAL, "Ночной рейд: профилактика краж скота", 12),
            Act(A.CONSULTATION, Au.GENERAL, "Юридическая консультация по наболевшим вопросам", 35),
        ), ("dp_zhm", "akimat_merke"), Mix(7, 2, 2, 1, 0), "order"),
        _pilot_stop("aspara", 3, "Сельский клуб отдалённого аула", V.CULTURE_HOUSE, (55,), (
            Act(A.MEETING, Au.GENERAL, "Приём сельчан, проживающих в отдалённых аулах", 45),
            Act(A.CONSULTATION, Au.GENERAL, "Юридические консультации жителям аула", 25),
        ), ("dp_zhm", "akimat_merke"), Mix(9, 2, 3, 1, 3), "order", (
            ControlSpec("Водоснабжение отдалённого аула", Topic.WATER, "akimat_merke", "in_progress", receptions=3,
                        description="Три семьи аула обратились с одной проблемой: дорожная карта по подвозу воды и "
                        "ремонту скважины."),
        )),
    ),
    ("anticorr", "merke"): (_pilot_stop("merke", 2, "Районный акимат", V.AKIMAT, (150,), (
        Act(A.SURVEY, Au.GENERAL, "Опрос сельского населения на предмет коррупции", 130), _AC_CONSULT,
    ), ("anticorr_zhm", "akimat_merke"), Mix(5, 1, 1, 1, 0), "anticorr"),),
    ("business", "merke"): (_pilot_stop("merke", 1, "Районный дом культуры", V.CULTURE_HOUSE, (85,),
                                        (_BIZ_SEMINAR, _BIZ_CONSULT), ("atameken_zhm", "akimat_merke"),
                                        Mix(4, 2, 5, 2, 0), "business"),),
    ("religion", "merke"): (_pilot_stop("aspara", 2, "Сельский клуб", V.CULTURE_HOUSE, (60,), (_REL_MEETING,),
                                        ("religion_zhm",), Mix(4, 1, 0, 1, 0), "religion"),),
    ("info", "merke"): (_pilot_stop("merke", 1, "Районный дом культуры", V.CULTURE_HOUSE, (120, 80), (
        _INFO_DIALOGUE, Act(A.SPORT_CULTURE, Au.GENERAL, "Праздник дружбы народов", 150),
    ), ("uvp_zhm", "akimat_merke", "ethno_zhm"), Mix(5, 2, 2, 1, 0), "info"),),
}

# Referral bodies of the pilot by topic (Zhambyl district's own departments, regional bodies otherwise).
PILOT_REFERRALS: dict[Topic, str] = {
    Topic.BUSINESS: "atameken_zhm", Topic.EMPLOYMENT: "employment_zhambyl", Topic.SOCIAL: "social_zhambyl",
    Topic.LAND: "land_zhambyl", Topic.HEALTH: "hospital_zhambyl", Topic.HOUSING: "housing_zhambyl",
    Topic.WATER: "housing_zhambyl", Topic.ROADS: "housing_zhambyl", Topic.EDUCATION: "education_zhambyl",
    Topic.PENSIONS: "social_zhambyl", Topic.RELIGION: "religion_zhm", Topic.CORRUPTION: "anticorr_zhm",
    Topic.PUBLIC_ORDER: "dp_zhm", Topic.LEGAL: "dp_zhm", Topic.FAMILY: "dp_zhm", Topic.DOCUMENTS: "dp_zhm",
    Topic.OTHER: "uvp_zhm",
}
KARAGANDA_REFERRALS: dict[Topic, str] = {
    Topic.FAMILY: "mps_krg", Topic.DOCUMENTS: "migration_krg", Topic.LEGAL: "mps_krg", Topic.SOCIAL: "akimat_karaganda",
    Topic.PUBLIC_ORDER: "mps_krg", Topic.HEALTH: "dept_health",
}

FOLLOW_UP_TOUR = ("«Мир и согласие»: итоговый выезд по результатам пилотного проекта", "info",
                  (("korday", "Районный акимат"), ("tole_bi", "Районный дом культуры")))

# -- «Азбука правопорядка» (seed 004) ------------------------------------------------------------------------------

_AZB_ORGS = ("prosecutor_krg", "akimat_krg", "maslikhat_krg", "uvp_krg", "media_krg")
AZBUKA_TOUR = TourSpec(
    "«Азбука правопорядка»: открытые двери областных управлений", date(2025, 12, 17), "azbuka",
    (
        StopSpec("karaganda", 0, 9, "Акимат Карагандинской области", V.AKIMAT, (60,), (
            Act(A.MEETING, Au.OFFICIALS, "Открытие акции на площадке акимата области", 60,
                "Депутаты маслихатов, общественные активисты, молодёжные лидеры, представители СМИ и блогеры.",
                publications=4),
            Act(A.EXCURSION, Au.OFFICIALS, "Открытые двери: управление строительства и архитектуры", 15),
            Act(A.EXCURSION, Au.GENERAL, "Открытые двери: управление предпринимательства и промышленности", 15),
            Act(A.EXCURSION, Au.GENERAL, "Открытые двери: управление жилищно-коммунального хозяйства и энергетики", 15),
            Act(A.EXCURSION, Au.STUDENTS, "Открытые двери: управление сельского хозяйства", 15),
            Act(A.EXCURSION, Au.MEDIA, "Открытые двери: управление координации занятости и социальных программ", 15),
            Act(A.EXCURSION, Au.MEDIA, "Открытые двери: управление здравоохранения", 15),
        ), (*_AZB_ORGS, "dept_construction", "dept_business", "dept_housing", "dept_agriculture", "dept_employment",
            "dept_health")),
        StopSpec("karaganda", 0, 11, "Карьерный центр г. Караганды", V.OTHER, (25,), (
            Act(A.EXCURSION, Au.GENERAL, "Работа Карьерного центра: встреча с обладателями грантов и жителями, "
                "получившими помощь по госпрограммам", 25),
        ), (*_AZB_ORGS, "career_center")),
        StopSpec("karaganda", 0, 12, "Городская поликлиника", V.POLYCLINIC, (25,), (
            Act(A.EXCURSION, Au.GENERAL, "Система оказания медицинских услуг: поликлиника", 25),
        ), (*_AZB_ORGS, "dept_health")),
        StopSpec("karaganda", 0, 13, "Станция скорой медицинской помощи", V.POLYCLINIC, (25,), (
            Act(A.EXCURSION, Au.MEDIA, "Работа службы скорой помощи", 25),
        ), (*_AZB_ORGS, "dept_health")),
        StopSpec("karaganda", 0, 14, "Строящийся объект образования", V.OTHER, (25,), (
            Act(A.EXCURSION, Au.GENERAL, "Ход строительства объекта образования и реконструкции здания "
                "государственного архива", 25),
        ), (*_AZB_ORGS, "dept_construction")),
        StopSpec("karaganda", 0, 15, "Завод резинотехнических изделий", V.ENTERPRISE, (25,), (
            Act(A.EXCURSION, Au.GENERAL, "Экскурсия на завод по производству резинотехнических изделий", 25),
        ), (*_AZB_ORGS, "rti_plant", "dept_business")),
        StopSpec("karaganda", 0, 16, "Площадка электронного маркетплейса «TEEZ»", V.ENTERPRISE, (25,), (
            Act(A.EXCURSION, Au.STUDENTS, "Экскурсия на площадку электронного маркетплейса «TEEZ»", 25),
        ), (*_AZB_ORGS, "teez")),
        StopSpec("karaganda", 0, 17, "Складской комплекс АО «СПК «Сарыарка»", V.ENTERPRISE, (25,), (
            Act(A.EXCURSION, Au.MEDIA, "Складской комплекс: продукты стабилизационного фонда", 25),
        ), (*_AZB_ORGS, "spk_saryarka")),
    ),
)

# -- residents and texts -------------------------------------------------------------------------------------------

FIRST_NAMES_MALE = ("Ерлан", "Асхат", "Нурлан", "Даурен", "Берик", "Серик", "Арман", "Бауыржан", "Марат", "Тимур",
                    "Алмас", "Ержан", "Руслан", "Канат", "Айдос", "Дмитрий", "Сергей", "Андрей", "Олжас", "Жандос")
FIRST_NAMES_FEMALE = ("Айгерим", "Гульнара", "Асель", "Динара", "Жанар", "Салтанат", "Меруерт", "Айгуль", "Алия",
                      "Камила", "Ольга", "Елена", "Наталья", "Сауле", "Жибек", "Дана", "Мадина", "Әсем", "Гүлжан",
                      "Татьяна")
SURNAMES_MALE = ("Тестов", "Тестұлы", "Примеров", "Образцов")
SURNAMES_FEMALE = ("Тестова", "Тестқызы", "Примерова", "Образцова")

ESSENCES: dict[Topic, tuple[str, str]] = {
    Topic.HOUSING: ("Просьба о ремонте кровли многоквартирного дома", "Вопрос подключения дома к газоснабжению"),
    Topic.LAND: ("Выделение земельного участка под личное подсобное хозяйство", "Доступ к пастбищам для скота"),
    Topic.ROADS: ("Ремонт сельской дороги", "Автобусный маршрут до районного центра"),
    Topic.WATER: ("Перебои с питьевой водой", "Ремонт водопровода на улице"),
    Topic.EMPLOYMENT: ("Поиск работы, направление на курсы переподготовки", "Трудоустройство выпускника колледжа"),
    Topic.BUSINESS: ("Консультация по государственным грантам для начинающих предпринимателей",
                     "Микрокредит на развитие крестьянского хозяйства"),
    Topic.SOCIAL: ("Назначение адресной социальной помощи", "Помощь семье в трудной жизненной ситуации"),
    Topic.HEALTH: ("Запись к узкому специалисту", "Обеспечение лекарствами по льготному списку"),
    Topic.EDUCATION: ("Место в детском саду", "Подвоз детей в школу"),
    Topic.PENSIONS: ("Назначение пособия по уходу", "Перерасчёт пенсии"),
    Topic.LEGAL: ("Консультация по вопросу наследства", "Консультация по трудовому спору"),
    Topic.PUBLIC_ORDER: ("Нарушение общественного порядка в вечернее время", "Бродячие собаки у школы"),
    Topic.CORRUPTION: ("Сообщение о вымогательстве при оформлении документов", "Вопрос о порядке подачи жалобы"),
    Topic.RELIGION: ("Беседа по вопросам религиозной грамотности", "Консультация о деятельности религиозных групп"),
    Topic.FAMILY: ("Консультация по защите от бытового насилия", "Вопрос об алиментах"),
    Topic.DOCUMENTS: ("Восстановление удостоверения личности", "Оформление вида на жительство"),
    Topic.OTHER: ("Прочие вопросы", "Благодарность работе группы"),
}

CONTROL_TITLES: dict[Topic, str] = {
    Topic.HOUSING: "Ремонт жилья и коммуникаций", Topic.LAND: "Земельный участок и пастбища",
    Topic.ROADS: "Ремонт сельской дороги", Topic.WATER: "Водоснабжение села", Topic.EMPLOYMENT: "Трудоустройство",
    Topic.BUSINESS: "Поддержка бизнес-проекта", Topic.SOCIAL: "Адресная социальная помощь",
    Topic.HEALTH: "Медицинская помощь", Topic.EDUCATION: "Место в детском саду", Topic.PENSIONS: "Выплата пособия",
    Topic.LEGAL: "Правовая помощь", Topic.PUBLIC_ORDER: "Общественный порядок", Topic.CORRUPTION: "Проверка сообщения",
    Topic.RELIGION: "Профилактическая работа", Topic.FAMILY: "Защита от бытового насилия",
    Topic.DOCUMENTS: "Оформление документов", Topic.OTHER: "Прочее",
}

EXTENSION_REASONS = (
    "Работы включены в план на следующий месяц: нужен срок на закуп материалов",
    "Требуется согласование с областным управлением",
    "Ожидается выделение средств из местного бюджета",
)

# -- the scale campaign --------------------------------------------------------------------------------------------

SCALE_GROUPS = 10
SCALE_WEEKS_PER_MONTH = 4  # a synthetic month is four working weeks
SCALE_STOPS_PER_TOUR = 5
SCALE_SIGNALS_PER_MONTH = 60
RECEPTIONS_PER_MONTH = 20_000
SCALE_REGION_OF_GROUP = ("krg", "zhm", "sko")
SCALE_VENUES = (("Дом культуры", V.CULTURE_HOUSE), ("Сельская школа", V.SCHOOL), ("Здание акимата", V.AKIMAT),
                ("Диалоговая площадка", V.DIALOGUE), ("Колледж", V.COLLEGE))
# Activities a group of each direction holds at its stops.
SCALE_ACTIVITIES: dict[str, tuple[tuple[A, Au, str], ...]] = {
    "info": ((A.DIALOGUE, Au.GENERAL, "Диалоговая площадка с жителями"),
             (A.LECTURE, Au.STUDENTS, "Лекция для молодёжи"),
             (A.HANDOUTS, Au.GENERAL, "Раздача информационных материалов")),
    "rural_business": ((A.SEMINAR, Au.ENTREPRENEURS, "Семинар для предпринимателей"),
                       (A.CONSULTATION, Au.ENTREPRENEURS, "Консультации по грантам и кредитам"),
                       (A.EXCURSION, Au.ENTREPRENEURS, "Посещение предприятия")),
    "religion": ((A.MEETING, Au.GENERAL, "Встреча по вопросам религиозной грамотности"),
                 (A.SEMINAR, Au.TEACHERS, "Семинар для педагогов"), (A.MEETING, Au.RELIGIOUS, "Встреча с общинами")),
    "public_order": ((A.RAID, Au.GENERAL, "Профилактический рейд"),
                     (A.LECTURE, Au.SCHOOLCHILDREN, "Урок безопасности дорожного движения"),
                     (A.MEETING, Au.GENERAL, "Отчёт участкового инспектора")),
    "anti_corruption": ((A.SURVEY, Au.GENERAL, "Анкетирование жителей о коррупции"),
                        (A.CONSULTATION, Au.GENERAL, "Антикоррупционные консультации"),
                        (A.MEETING, Au.OFFICIALS, "Встреча с госслужащими")),
    "anti_drug": ((A.LECTURE, Au.SCHOOLCHILDREN, "Лекция о вреде наркотиков"),
                  (A.SPORT_CULTURE, Au.STUDENTS, "Спорт против наркотиков"), (A.VIDEO, Au.GENERAL, "Видеоролик")),
    "violence_trafficking": ((A.MEETING, Au.WOMEN, "Встреча с женщинами"),
                             (A.FLASH_MOB, Au.GENERAL, "Флешмоб «Нет насилию»"),
                             (A.CONSULTATION, Au.GENERAL, "Консультации кризисного центра")),
    "legal_literacy": ((A.LECTURE, Au.GENERAL, "Лекция по правовой грамотности"),
                       (A.CONSULTATION, Au.GENERAL, "Бесплатные юридические консультации"),
                       (A.EXCURSION, Au.STUDENTS, "Экскурсия в госорган")),
}
SCALE_REFERRALS: dict[Topic, str] = {
    Topic.HOUSING: "demo_housing", Topic.WATER: "demo_housing", Topic.ROADS: "demo_housing",
    Topic.EMPLOYMENT: "demo_employment", Topic.BUSINESS: "demo_employment", Topic.SOCIAL: "demo_employment",
    Topic.PENSIONS: "demo_employment", Topic.LAND: "demo_land", Topic.HEALTH: "demo_hospital",
    Topic.PUBLIC_ORDER: "demo_police", Topic.LEGAL: "demo_police", Topic.FAMILY: "demo_police",
    Topic.DOCUMENTS: "demo_police", Topic.CORRUPTION: "demo_police", Topic.EDUCATION: "demo_akimat",
    Topic.RELIGION: "demo_akimat", Topic.OTHER: "demo_akimat",
}
SCALE_SIGNAL_KINDS = (("drug graffiti", "Надпись с рекламой наркотиков"), ("public order", "Нарушение порядка"),
                      ("drug sale", "Подозрение на сбыт наркотиков"), ("corruption", "Сообщение о вымогательстве"),
                      ("domestic violence", "Сообщение о бытовом насилии"), ("other", "Прочее сообщение"))
