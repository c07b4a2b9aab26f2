"""The command line in the user's language: its help texts, argparse's own words and the language it speaks.

The parser is written in English (cli.py, cli_plan.py); `localize` puts every description, help text and metavar of
the built parser into Russian or Kazakh from HELP and METAVARS below (English text -> (ru, kk)), the way gettext
catalogues are keyed by their source text. argparse's own words ("usage:", "options", "the following arguments are
required") go through its gettext hook, swapped for ARGPARSE's while `speaking(lang)` is in effect. Messages of the
commands themselves stay in fieldapp/domain/messages.py; tests/cli/test_cli_language.py checks nothing is left out.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

LANGS = ("ru", "kk", "en")

# English help text -> (ru, kk)
HELP: dict[str, tuple[str, str]] = {
    "Offline field journal of outreach caravans and citizen receptions. Without a command: open the desktop app.": (
        "Полевой журнал выездов агитбригад и приёмов граждан, без интернета. Без команды открывает приложение.",
        "Үгіт-насихат топтарының сапарлары мен азаматтарды қабылдаудың интернетсіз далалық журналы. Пәрменсіз "
        "іске қосылса, қолданба ашылады."),
    "show program's version number and exit": ("показать версию программы и выйти",
                                               "бағдарлама нұсқасын көрсету және шығу"),
    "the database to open in the desktop app": ("база данных, которую открыть в приложении",
                                                "қолданбада ашылатын дерекқор"),
    "language of what is written for people (default: ru; the desktop app: its saved one)": (
        "язык всего, что пишется для людей (по умолчанию — язык, выбранный в меню приложения, иначе ru)",
        "адамдарға жазылатын мәтіннің тілі (әдепкі — қолданба мәзірінде таңдалған тіл, болмаса ru)"),
    "language of what is written for people": ("язык всего, что пишется для людей",
                                               "адамдарға жазылатын мәтіннің тілі"),
    "write the demo database": ("записать демонстрационную базу", "демо дерекқорды жазу"),
    "create a new, empty database with its first coordinator": (
        "создать новую пустую базу с её первым координатором",
        "алғашқы үйлестірушісімен жаңа бос дерекқор құру"),
    "encrypt a plain database in place (same digest after)": (
        "зашифровать незащищённую базу на месте (дайджест не меняется)",
        "қорғалмаған дерекқорды орнында шифрлау (дайджест өзгермейді)"),
    "accounts that may open the database": ("учётные записи, которым можно открывать базу",
                                            "дерекқорды ашуға рұқсаты бар есептік жазбалар"),
    "decisions on items under control (supervisor or coordinator)": (
        "решения по вопросам на контроле (руководитель или координатор)",
        "бақылаудағы мәселелер бойынша шешімдер (жетекші немесе үйлестіруші)"),
    "approve a stop's day (supervisor or coordinator): its receptions, activities and head counts can then be "
    "changed only by a supervisor or coordinator": (
        "утвердить день остановки (руководитель или координатор): после этого её приёмы, мероприятия и число "
        "пришедших может менять только руководитель или координатор",
        "аялдама күнін бекіту (жетекші немесе үйлестіруші): содан кейін оның қабылдауларын, іс-шараларын және "
        "келгендер санын тек жетекші немесе үйлестіруші өзгерте алады"),
    "every change of one record: when, who, device, field, old and new value": (
        "все изменения одной записи: когда, кто, устройство, поле, старое и новое значение",
        "бір жазбаның барлық өзгерістері: қашан, кім, құрылғы, өріс, ескі және жаңа мәні"),
    "who printed or exported residents' personal data (coordinator only)": (
        "кто печатал или выгружал персональные данные жителей (только координатор)",
        "тұрғындардың дербес деректерін кім басып шығарды немесе экспорттады (тек үйлестіруші)"),
    "print the indicators": ("показать показатели", "көрсеткіштерді шығару"),
    "list records": ("список записей", "жазбалар тізімі"),
    "the rotation of a campaign's groups over its districts and its coverage; `plan generate DB` writes a rotation": (
        "ротация рабочих групп кампании по районам и охват; `plan generate БД` составляет ротацию",
        "науқан топтарының аудандар бойынша ротациясы және қамту; `plan generate ДҚ` ротация құрады"),
    "write an empty workbook to fill in by hand": ("записать пустую книгу Excel для заполнения вручную",
                                                   "қолмен толтыруға арналған бос Excel кітабын жазу"),
    "import a workbook": ("загрузить книгу Excel", "Excel кітабын жүктеу"),
    "write data for other tools: GeoJSON for maps, CSV or XLSX for spreadsheets": (
        "выгрузить данные для других программ: GeoJSON для карт, CSV или XLSX для таблиц",
        "деректерді басқа бағдарламаларға шығару: карталар үшін GeoJSON, кестелер үшін CSV немесе XLSX"),
    "write a report (.pdf, .xlsx; press: .txt, .pdf)": ("сформировать отчёт (.pdf, .xlsx; press: .txt, .pdf)",
                                                         "есеп жасау (.pdf, .xlsx; press: .txt, .pdf)"),
    "exchange data between devices through files": ("обмен данными между устройствами через файлы",
                                                    "құрылғылар арасында файлдар арқылы деректер алмасу"),
    "exchange data with a PostgreSQL hub": ("обмен данными с хабом PostgreSQL", "PostgreSQL хабымен деректер алмасу"),
    "render a page of the app to PNG": ("сохранить страницу приложения в PNG", "қолданба бетін PNG-ге сақтау"),
    "the yearly holiday calendars that deadlines are counted with": (
        "календари праздников по годам, по которым считаются сроки",
        "мерзімдер есептелетін жылдық мереке күнтізбелері"),
    "add N synthetic months of work": ("добавить N условных месяцев работы", "N шартты жұмыс айын қосу"),
    "overwrite an existing file": ("перезаписать существующий файл", "бар файлды қайта жазу"),
    "no password protection: anyone who copies the file can read it": (
        "без защиты паролем: прочитать файл сможет любой, кто его скопирует",
        "құпиясөзбен қорғаусыз: файлды көшірген кез келген адам оны оқи алады"),
    "add an account (coordinator only)": ("добавить учётную запись (только координатор)",
                                          "есептік жазба қосу (тек үйлестіруші)"),
    "user, role, member, disabled": ("пользователь, роль, участник, отключена ли",
                                     "пайдаланушы, рөлі, қатысушы, өшірілген бе"),
    "change one's own password, or (coordinator) reset another's": (
        "сменить свой пароль или (координатор) сбросить чужой",
        "өз құпиясөзін өзгерту немесе (үйлестіруші) басқаның құпиясөзін қалпына келтіру"),
    "stop an account signing in (coordinator only)": ("запретить вход учётной записи (только координатор)",
                                                      "есептік жазбаның кіруіне тыйым салу (тек үйлестіруші)"),
    "the account's user name": ("имя пользователя учётной записи", "есептік жазбаның пайдаланушы аты"),
    "the account's role": ("роль учётной записи", "есептік жазбаның рөлі"),
    "link to the member whose name contains TEXT": ("связать с участником, чьё имя содержит ТЕКСТ",
                                                    "аты МӘТІН-ді қамтитын қатысушымен байланыстыру"),
    "a JSON list": ("список в JSON", "JSON тізімі"),
    "move the deadline of an item under control": ("перенести срок вопроса на контроле",
                                                   "бақылаудағы мәселенің мерзімін ауыстыру"),
    "the item is resolved": ("вопрос решён", "мәселе шешілді"),
    "the item is refused; the applicant is told why": ("в вопросе отказано; заявителю сообщается причина",
                                                       "мәселе бойынша бас тартылды; өтініш берушіге себебі айтылады"),
    "the item's id": ("id вопроса на контроле", "бақылаудағы мәселенің id"),
    "the new deadline, YYYY-MM-DD or DD.MM.YYYY": ("новый срок, ГГГГ-ММ-ДД или ДД.ММ.ГГГГ",
                                                   "жаңа мерзім, ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ"),
    "why": ("причина", "себебі"),
    "a note on how it was resolved": ("примечание о том, как решён", "қалай шешілгені туралы ескертпе"),
    "the stop's id": ("id остановки", "аялдаманың id"),
    "the record's id": ("id записи", "жазбаның id"),
    "YYYY-MM-DD or DD.MM.YYYY": ("ГГГГ-ММ-ДД или ДД.ММ.ГГГГ", "ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ"),
    "one JSON object": ("один объект JSON", "бір JSON нысаны"),
    "campaigns whose title (ru or kk) contains TEXT": ("кампании, чьё название (ru или kk) содержит ТЕКСТ",
                                                       "атауы (ru немесе kk) МӘТІН-ді қамтитын науқандар"),
    "districts whose name (ru or kk) contains TEXT": ("районы, чьё название (ru или kk) содержит ТЕКСТ",
                                                      "атауы (ru немесе kk) МӘТІН-ді қамтитын аудандар"),
    "fieldapp plan DB --campaign TEXT [--json]\n       fieldapp plan generate DB --campaign TEXT --from DATE --to "
    "DATE [--district TEXT ...] [--dry-run]": (
        "fieldapp plan БД --campaign ТЕКСТ [--json]\n       fieldapp plan generate БД --campaign ТЕКСТ --from ДАТА "
        "--to ДАТА [--district ТЕКСТ ...] [--dry-run]",
        "fieldapp plan ДҚ --campaign МӘТІН [--json]\n       fieldapp plan generate ДҚ --campaign МӘТІН --from КҮН "
        "--to КҮН [--district МӘТІН ...] [--dry-run]"),
    "the database, after `generate` to write a rotation": ("база данных; после `generate` — составить ротацию",
                                                           "дерекқор; `generate` сөзінен кейін — ротация құру"),
    "the campaign whose title (ru or kk) is or contains TEXT": (
        "кампания, чьё название (ru или kk) равно ТЕКСТУ или содержит его",
        "атауы (ru немесе kk) МӘТІН-ге тең немесе оны қамтитын науқан"),
    "one JSON object (plan only)": ("один объект JSON (только plan)", "бір JSON нысаны (тек plan)"),
    "generate: the first day, YYYY-MM-DD or DD.MM.YYYY": ("generate: первый день, ГГГГ-ММ-ДД или ДД.ММ.ГГГГ",
                                                          "generate: бірінші күн, ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ"),
    "generate: the last day": ("generate: последний день", "generate: соңғы күн"),
    "generate: show the rotation, write nothing": ("generate: показать ротацию, ничего не записывая",
                                                   "generate: ротацияны көрсету, ештеңе жазбау"),
    "generate: only the districts whose name contains TEXT (repeatable; default: the campaign's districts, else its "
    "region's)": (
        "generate: только районы, чьё название содержит ТЕКСТ (можно повторять; по умолчанию — районы кампании, "
        "иначе её области)",
        "generate: тек атауы МӘТІН-ді қамтитын аудандар (қайталауға болады; әдепкі — науқанның аудандары, болмаса "
        "оның облысының аудандары)"),
    "an empty reception journal": ("пустой журнал приёма граждан", "азаматтарды қабылдаудың бос журналы"),
    "an empty campaign plan": ("пустой план кампании", "науқанның бос жоспары"),
    "a filled-in reception journal": ("заполненный журнал приёма граждан",
                                      "толтырылған азаматтарды қабылдау журналы"),
    "a filled-in campaign plan: campaigns, groups, members, tours, stops": (
        "заполненный план кампании: кампании, группы, участники, выезды, остановки",
        "толтырылған науқан жоспары: науқандар, топтар, қатысушылар, сапарлар, аялдамалар"),
    "the official KATO classifier workbook": ("официальная книга классификатора КАТО",
                                              "ӘАОЖ жіктеуішінің ресми кітабы"),
    "the result (or every problem) as one JSON object": ("итог (или все ошибки) одним объектом JSON",
                                                         "нәтиже (немесе барлық қате) бір JSON нысанымен"),
    "the classifier's version (default: the date or year in the file name)": (
        "версия классификатора (по умолчанию — дата или год в имени файла)",
        "жіктеуіш нұсқасы (әдепкі — файл атауындағы күн немесе жыл)"),
    "the workbook to write": ("файл книги, который записать", "жазылатын кітап файлы"),
    "the workbook to read": ("файл книги, который прочитать", "оқылатын кітап файлы"),
    "the database": ("база данных", "дерекқор"),
    "the tour the receptions belong to (default: found or created from the workbook)": (
        "выезд, к которому относятся приёмы (по умолчанию — найденный или созданный по книге)",
        "қабылдаулар жататын сапар (әдепкі — кітап бойынша табылған немесе құрылған)"),
    "check and show what would change, write nothing": ("проверить и показать, что изменится, ничего не записывая",
                                                        "тексеріп, не өзгеретінін көрсету, ештеңе жазбау"),
    "the file to write": ("файл, который записать", "жазылатын файл"),
    "stops or signals as a GeoJSON FeatureCollection": (
        "остановки или сигналы как GeoJSON FeatureCollection",
        "аялдамалар немесе сигналдар GeoJSON FeatureCollection ретінде"),
    "receptions or control items as CSV (UTF-8 with BOM, `;`; IINs and phones as =\"…\" so that Excel and "
    "LibreOffice keep them as text)": (
        "приёмы или вопросы на контроле в CSV (UTF-8 с BOM, `;`; ИИН и телефоны как =\"…\", чтобы Excel и "
        "LibreOffice сохранили их текстом)",
        "қабылдаулар немесе бақылаудағы мәселелер CSV түрінде (BOM бар UTF-8, `;`; Excel мен LibreOffice мәтін "
        "ретінде сақтауы үшін ЖСН мен телефондар =\"…\" түрінде)"),
    "receptions or control items as an Excel workbook (IINs and phones as text cells, dates as dates)": (
        "приёмы или вопросы на контроле в книге Excel (ИИН и телефоны — текстом, даты — датами)",
        "қабылдаулар немесе бақылаудағы мәселелер Excel кітабында (ЖСН мен телефондар — мәтін, күндер — күн)"),
    "leave out names, IIN, phones and addresses": ("без имён, ИИН, телефонов и адресов",
                                                   "аттарсыз, ЖСН-сіз, телефондар мен мекенжайларсыз"),
    "every value as it is, for scripts (pandas: read_csv(sep=';', dtype=str))": (
        "все значения как есть, для скриптов (pandas: read_csv(sep=';', dtype=str))",
        "барлық мән сол күйінде, скрипттер үшін (pandas: read_csv(sep=';', dtype=str))"),
    "the record the report is about (tour, control item)": ("запись, о которой отчёт (выезд, вопрос на контроле)",
                                                            "есеп қай жазба туралы (сапар, бақылаудағы мәселе)"),
    "write a sync package, encrypted for every enrolled device unless --to or --plain": (
        "записать пакет синхронизации, зашифрованный для всех зарегистрированных устройств (если не указаны --to "
        "или --plain)",
        "синхрондау пакетін жазу, барлық тіркелген құрылғылар үшін шифрланған (--to немесе --plain берілмесе)"),
    "merge sync packages": ("загрузить пакеты синхронизации", "синхрондау пакеттерін жүктеу"),
    "list conflicting edits": ("список конфликтующих правок", "қайшы түзетулер тізімі"),
    "a digest of the logical content": ("дайджест содержимого базы", "дерекқор мазмұнының дайджесті"),
    "this device's id and key; enrol other devices": ("id и ключ этого устройства; регистрация других устройств",
                                                      "осы құрылғының id мен кілті; басқа құрылғыларды тіркеу"),
    "encrypt for these keys only": ("зашифровать только для этих ключей", "тек осы кілттер үшін шифрлау"),
    "write the package without encryption: anyone holding the file can read it": (
        "записать пакет без шифрования: прочитать его сможет любой, у кого есть файл",
        "пакетті шифрсыз жазу: файлы бар кез келген адам оны оқи алады"),
    "only what this device lacks": ("только то, чего нет у этого устройства", "тек осы құрылғыда жоқ деректер"),
    "carry these laptops' packages inside, byte for byte (a coordinator's bundle)": (
        "вложить пакеты этих ноутбуков байт в байт (сборный пакет координатора)",
        "осы ноутбуктердің пакеттерін байтпа-байт ішіне салу (үйлестірушінің жиынтық пакеті)"),
    "the sync packages to merge": ("пакеты синхронизации для загрузки", "жүктелетін синхрондау пакеттері"),
    "check and show what would change, import nothing": ("проверить и показать, что изменится, ничего не загружая",
                                                         "тексеріп, не өзгеретінін көрсету, ештеңе жүктемеу"),
    "end this conflict with --pick or --value": ("завершить этот конфликт через --pick или --value",
                                                 "бұл қайшылықты --pick немесе --value арқылы аяқтау"),
    "keep this head (its change id, DEVICE:SEQ)": ("оставить этот вариант (id изменения, УСТРОЙСТВО:НОМЕР)",
                                                   "осы нұсқаны қалдыру (өзгеріс id, ҚҰРЫЛҒЫ:НӨМІР)"),
    "write this value instead (typed anew)": ("записать вместо них это значение (введённое заново)",
                                              "олардың орнына осы мәнді жазу (қайта енгізілген)"),
    "write this device's public key to a file": ("записать открытый ключ этого устройства в файл",
                                                 "осы құрылғының ашық кілтін файлға жазу"),
    "trust the device whose key file this is": ("доверять устройству, чей это файл ключа",
                                                "кілт файлы осы болып табылатын құрылғыға сену"),
    "with --enroll: the key of a coordinator's office, trusted to send back other devices' changes": (
        "с --enroll: ключ офиса координатора, которому доверено пересылать изменения других устройств",
        "--enroll бірге: басқа құрылғылардың өзгерістерін қайта жіберуге сенім артылған үйлестіруші кеңсесінің "
        "кілті"),
    "refuse packages signed by this key from now on": ("впредь отклонять пакеты, подписанные этим ключом",
                                                       "бұдан былай осы кілтпен қол қойылған пакеттерді қабылдамау"),
    "push through the hub": ("отправить изменения на хаб", "өзгерістерді хабқа жіберу"),
    "pull through the hub": ("получить изменения с хаба", "өзгерістерді хабтан алу"),
    "the hub's database, postgresql://…": ("база хаба, postgresql://…", "хаб дерекқоры, postgresql://…"),
    "let a device push to the hub (the hub's office only)": (
        "разрешить устройству отправлять на хаб (только офис хаба)",
        "құрылғыға хабқа жіберуге рұқсат беру (тек хаб кеңсесі)"),
    "stop a device pushing to the hub (the hub's office only)": (
        "запретить устройству отправлять на хаб (только офис хаба)",
        "құрылғыға хабқа жіберуге тыйым салу (тек хаб кеңсесі)"),
    "a coordinator's office: may push other devices' changes": (
        "офис координатора: может отправлять изменения других устройств",
        "үйлестіруші кеңсесі: басқа құрылғылардың өзгерістерін жібере алады"),
    "the device's public key file": ("файл открытого ключа устройства", "құрылғының ашық кілт файлы"),
    "the fingerprint of the device's key": ("отпечаток ключа устройства", "құрылғы кілтінің саусақ ізі"),
    "the picture's size, e.g. 1366x768": ("размер картинки, например 1366x768", "сурет өлшемі, мысалы 1366x768"),
    "the PNG file to write": ("файл PNG, который записать", "жазылатын PNG файлы"),
    "check a year's holiday file and keep it in your data folder": (
        "проверить файл праздников на год и сохранить его в папке данных",
        "бір жылдың мереке файлын тексеріп, деректер қалтасында сақтау"),
    "the years known, and where each comes from": ("известные годы и откуда взят каждый",
                                                   "белгілі жылдар және әрқайсысы қайдан алынғаны"),
    "format: resources/holidays/README.md": ("формат: resources/holidays/README.md",
                                             "пішімі: resources/holidays/README.md"),
    "a list of objects: year, origin, path, replaces_shipped": (
        "список объектов: year, origin, path, replaces_shipped",
        "нысандар тізімі: year, origin, path, replaces_shipped"),
}

# English metavar -> (ru, kk); a metavar not here (ID, N, URL, WxH) reads the same in every language.
METAVARS: dict[str, tuple[str, str]] = {
    "DB": ("БД", "ДҚ"),
    "TEXT": ("ТЕКСТ", "МӘТІН"),
    "DATE": ("ДАТА", "КҮН"),
    "NAME": ("ИМЯ", "АТЫ"),
    "COMMAND": ("КОМАНДА", "ПӘРМЕН"),
    "SUBCOMMAND": ("КОМАНДА", "ПӘРМЕН"),
    "WHAT": ("ЧТО", "НЕ"),
    "KIND": ("ВИД", "ТҮРІ"),
    "PAGE": ("СТРАНИЦА", "БЕТ"),
    "OUT": ("ФАЙЛ", "ФАЙЛ"),
    "OUT.xlsx": ("ФАЙЛ.xlsx", "ФАЙЛ.xlsx"),
    "OUT.png": ("ФАЙЛ.png", "ФАЙЛ.png"),
    "FILE.xlsx": ("ФАЙЛ.xlsx", "ФАЙЛ.xlsx"),
    "FILE.json": ("ФАЙЛ.json", "ФАЙЛ.json"),
    "PKG": ("ПАКЕТ", "ПАКЕТ"),
    "KEYFILE": ("ФАЙЛ_КЛЮЧА", "КІЛТ_ФАЙЛЫ"),
    "DEVICE": ("УСТРОЙСТВО", "ҚҰРЫЛҒЫ"),
    "CHANGE": ("ИЗМЕНЕНИЕ", "ӨЗГЕРІС"),
    "FINGERPRINT": ("ОТПЕЧАТОК", "САУСАҚ_ІЗІ"),
    "VERSION": ("ВЕРСИЯ", "НҰСҚА"),
    "TABLE:ID:FIELD": ("ТАБЛИЦА:ID:ПОЛЕ", "КЕСТЕ:ID:ӨРІС"),
}

# argparse's own words (its gettext message ids) -> (ru, kk). "error:" stays as it is: CONTRACT.md's refusals start
# with `error: ` and a script looks for that word in every language.
ARGPARSE: dict[str, tuple[str, str]] = {
    "usage: ": ("использование: ", "қолданылуы: "),
    "positional arguments": ("позиционные аргументы", "позициялық аргументтер"),
    "options": ("параметры", "параметрлер"),
    "show this help message and exit": ("показать эту справку и выйти", "осы анықтаманы көрсету және шығу"),
    "%(prog)s: error: %(message)s\n": ("%(prog)s: error: %(message)s\n", "%(prog)s: error: %(message)s\n"),
    "argument %(argument_name)s: %(message)s": ("аргумент %(argument_name)s: %(message)s",
                                                "%(argument_name)s аргументі: %(message)s"),
    "the following arguments are required: %s": ("не указаны обязательные аргументы: %s",
                                                  "міндетті аргументтер берілмеген: %s"),
    "one of the arguments %s is required": ("нужен один из аргументов: %s", "мына аргументтердің бірі керек: %s"),
    "unrecognized arguments: %s": ("неизвестные аргументы: %s", "белгісіз аргументтер: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "недопустимое значение: %(value)r (выберите из %(choices)s)",
        "жарамсыз мән: %(value)r (мыналардан таңдаңыз: %(choices)s)"),
    "invalid %(type)s value: %(value)r": ("недопустимое значение %(value)r", "жарамсыз мән: %(value)r"),
    "expected one argument": ("ожидается одно значение", "бір мән күтіледі"),
    "expected at most one argument": ("ожидается не больше одного значения", "бір мәннен артық болмауы керек"),
    "expected at least one argument": ("ожидается хотя бы одно значение", "кемінде бір мән күтіледі"),
    "not allowed with argument %s": ("нельзя вместе с аргументом %s", "%s аргументімен бірге болмайды"),
    "ignored explicit argument %r": ("лишнее значение %r", "артық мән %r"),
    "ambiguous option: %(option)s could match %(matches)s": (
        "неоднозначный параметр: %(option)s подходит к %(matches)s",
        "көп мағыналы параметр: %(option)s мыналарға сәйкес келеді: %(matches)s"),
    "unexpected option string: %s": ("неожиданный параметр: %s", "күтілмеген параметр: %s"),
    "expected %s argument": ("ожидается значений: %s", "күтілетін мәндер саны: %s"),
    "expected %s arguments": ("ожидается значений: %s", "күтілетін мәндер саны: %s"),
}

# The command line's own complaints about a value (argument types), English -> (ru, kk).
VALUES: dict[str, tuple[str, str]] = {
    "a whole number expected, got {value!r}": ("ожидается целое число, получено {value!r}",
                                               "бүтін сан күтіледі, берілгені {value!r}"),
    "must not be negative: {value}": ("не может быть отрицательным: {value}", "теріс болмауы керек: {value}"),
    "expected WIDTHxHEIGHT, e.g. 1280x800, got {value!r}": (
        "ожидается ШИРИНАxВЫСОТА, например 1280x800, получено {value!r}",
        "ЕНІxБИІКТІГІ күтіледі, мысалы 1280x800, берілгені {value!r}"),
    "expected a positive size, got {value!r}": ("размер должен быть положительным, получено {value!r}",
                                                "өлшем оң болуы керек, берілгені {value!r}"),
}

_current = "en"


def current() -> str:
    """The language the command line speaks now (set by `speaking`)."""
    return _current


def _pick(table: dict[str, tuple[str, str]], text: str, lang: str) -> str:
    pair = table.get(text)
    if pair is None or lang not in ("ru", "kk"):
        return text
    return pair[0] if lang == "ru" else pair[1]


def value_text(text: str, lang: str | None = None, **params: Any) -> str:
    """One of VALUES in the current language, filled in."""
    return _pick(VALUES, text, lang or _current).format(**params)


def _gettext(message: str) -> str:
    return _pick(ARGPARSE, message, _current)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """argparse in `lang` while the parser is built and used; afterwards as it was."""
    global _current
    saved = _current, argparse._, argparse.ngettext  # type: ignore[attr-defined]
    _current = lang
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        _current, argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """`parser` and the parser of every subcommand below it, each once, parents first."""
    todo = [parser]
    while todo:
        p = todo.pop(0)
        yield p
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                todo.extend(action.choices.values())


def localize(parser: argparse.ArgumentParser, lang: str) -> None:
    """Every description, help text and metavar of `parser` and its subcommands in `lang` (English as written)."""
    if lang not in ("ru", "kk"):
        return
    done: set[int] = set()
    for p in parsers(parser):
        if p.description:
            p.description = _pick(HELP, p.description, lang)
        if p.usage:
            p.usage = _pick(HELP, p.usage, lang)
        for action in p._actions:
            if id(action) in done:  # --lang is one action shared by every command
                continue
            done.add(id(action))
            _localize_action(action, lang)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    _localize_action(choice, lang)


def _localize_action(action: argparse.Action, lang: str) -> None:
    if action.help and action.help is not argparse.SUPPRESS:
        action.help = _pick(HELP, action.help, lang)
    if isinstance(action.metavar, str):
        action.metavar = _pick(METAVARS, action.metavar, lang)


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every description and help text of `parser` and its subcommands (for the test that all are translated)."""
    found: list[str] = []
    for p in parsers(parser):
        found.extend(t for t in (p.description, p.usage) if t)
        for action in p._actions:
            found.extend(t for t in (action.help,) if t and t is not argparse.SUPPRESS)
            if isinstance(action, argparse._SubParsersAction):
                found.extend(c.help for c in action._choices_actions if c.help)
    return found


def language_of(argv: Sequence[str]) -> str | None:
    """The `--lang L` (or `--lang=L`) of a command line, before it is parsed: the help is written in it. The last
    one counts, as it does for argparse."""
    found: str | None = None
    for n, word in enumerate(argv):
        if word == "--":
            break
        value = argv[n + 1] if word == "--lang" and n + 1 < len(argv) else None
        if word.startswith("--lang="):
            value = word.partition("=")[2]
        if value in LANGS:
            found = value
    return found


def saved_language() -> str | None:
    """The language chosen in the desktop app's menu, if one was saved."""
    from fieldapp.config import Settings, app_paths

    try:
        lang = Settings.load(app_paths()).language
    except OSError:
        return None
    return lang if lang in LANGS else None
