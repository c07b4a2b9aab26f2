"""User-facing messages of the Qt-free layers, in Russian, Kazakh and English, keyed by a stable code."""

from __future__ import annotations

from typing import Any

LANGS = ("ru", "kk", "en")

# code -> (ru, kk, en). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str, str]] = {
    # fields
    "field.iin": ("ИИН", "ЖСН", "IIN"),
    # Fields as «История» names them (the id columns by what they point at).
    "field.stop_id": ("остановка", "аялдама", "stop"),
    "field.member_id": ("участник", "қатысушы", "member"),
    "field.applicant_settlement_id": ("населённый пункт заявителя", "өтініш берушінің елді мекені",
                                      "applicant's settlement"),
    "field.settlement_id": ("населённый пункт", "елді мекен", "settlement"),
    "field.responsible_org_id": ("ответственная организация", "жауапты ұйым", "responsible organisation"),
    "field.control_item_id": ("вопрос на контроле", "бақылаудағы мәселе", "item under control"),
    "field.campaign_id": ("кампания", "науқан", "campaign"),
    "field.tour_id": ("выезд", "сапар", "tour"),
    "field.handled_by_id": ("кто проверяет", "кім тексереді", "handled by"),
    "field.received_at": ("время получения", "алынған уақыты", "received at"),
    "field.consent_given": ("согласие на обработку данных", "деректерді өңдеуге келісім", "consent to processing"),
    "field.consent_at": ("время согласия", "келісім уақыты", "consent given at"),
    "field.consent_method": ("способ согласия", "келісім тәсілі", "consent method"),
    "field.deleted_reason": ("причина удаления", "жою себебі", "reason for deletion"),
    "field.bin": ("БИН", "БСН", "BIN"),
    "field.applicant_name": ("ФИО заявителя", "Өтініш берушінің аты-жөні", "applicant's full name"),
    "field.phone": ("телефон", "телефон", "phone"),
    "field.outcome": ("результат", "нәтиже", "outcome"),
    "field.help_kind": ("вид помощи", "көмек түрі", "kind of help"),
    "field.responsible": ("ответственный", "жауапты", "responsible body"),
    "field.deadline": ("срок", "мерзім", "deadline"),
    "field.reason": ("причина", "себеп", "reason"),
    "field.topic": ("тема", "тақырып", "topic"),
    "field.appeal_form": ("форма обращения", "өтініш нысаны", "appeal form"),
    "field.social_category": ("социальная категория", "әлеуметтік санат", "social category"),
    "field.latitude": ("широта", "ендік", "latitude"),
    "field.longitude": ("долгота", "бойлық", "longitude"),
    "field.coordinates": ("координаты", "координаттар", "coordinates"),
    "field.title": ("название", "атауы", "title"),
    "field.name": ("наименование", "атауы", "name"),
    "field.count": ("количество", "саны", "count"),
    "field.participants": ("участники", "қатысушылар", "participants"),
    "field.headcount": ("число пришедших", "келгендер саны", "head count"),
    "field.status": ("статус", "мәртебе", "status"),
    "field.date": ("дата", "күні", "date"),
    "field.period": ("период", "кезең", "period"),
    "field.consent": ("согласие на обработку персональных данных", "дербес деректерді өңдеуге келісім",
                      "consent to personal-data processing"),
    "field.photo": ("фото", "фото", "photo"),
    "field.stop": ("остановка", "аялдама", "stop"),
    "field.option": ("вариант ответа", "жауап нұсқасы", "option"),
    "field.kind": ("вид", "түрі", "kind"),
    "field.settlement": ("населённый пункт", "елді мекен", "settlement"),
    "field.district": ("район", "аудан", "district"),
    "field.password": ("пароль", "құпиясөз", "password"),
    # rules
    "iin.length": ("ИИН должен состоять из 12 цифр, получено: «{value}»",
                   "ЖСН 12 цифрдан тұруы керек, берілгені: «{value}»",
                   "an IIN has 12 digits, got «{value}»"),
    "iin.checksum": ("ИИН {value}: неверная контрольная цифра",
                     "ЖСН {value}: бақылау цифры қате",
                     "IIN {value}: the control digit is wrong"),
    "iin.placeholder": ("ИИН {value} — заглушка, а не номер человека: если ИИН неизвестен, оставьте поле пустым",
                        "ЖСН {value} — толтырғыш, адамның нөмірі емес: ЖСН белгісіз болса, өрісті бос қалдырыңыз",
                        "IIN {value} is a placeholder, not a person's number: leave the field empty if the IIN "
                        "is not known"),
    "bin.length": ("БИН должен состоять из 12 цифр, получено: «{value}»",
                   "БСН 12 цифрдан тұруы керек, берілгені: «{value}»",
                   "a BIN has 12 digits, got «{value}»"),
    "bin.checksum": ("БИН {value}: неверная контрольная цифра",
                     "БСН {value}: бақылау цифры қате",
                     "BIN {value}: the control digit is wrong"),
    "required": ("обязательное поле не заполнено", "міндетті өріс толтырылмаған", "this field is required"),
    "responsible.required": ("для результата «{outcome}» нужно указать ответственный орган",
                             "«{outcome}» нәтижесі үшін жауапты органды көрсету керек",
                             "the outcome «{outcome}» needs a responsible body"),
    "help_kind.required": ("для результата «оказана помощь» нужно указать вид помощи",
                           "«көмек көрсетілді» нәтижесі үшін көмек түрін көрсету керек",
                           "the outcome «help provided» needs the kind of help"),
    "extension.reason": ("продление срока требует причины", "мерзімді ұзарту үшін себеп қажет",
                         "an extension needs a reason"),
    "extension.too_long": ("новый срок {deadline} позже предельного {limit} (не более двух месяцев)",
                           "жаңа мерзім {deadline} шекті мерзімнен {limit} кеш (екі айдан аспауы тиіс)",
                           "the new deadline {deadline} is after the limit {limit} (two months at most)"),
    "extension.past": ("новый срок {deadline} не позже сегодняшнего дня ({today}); предлагаемый срок — {proposed}",
                       "жаңа мерзім {deadline} бүгіннен ({today}) кеш емес; ұсынылатын мерзім — {proposed}",
                       "the new deadline {deadline} is not after today ({today}); proposed: {proposed}"),
    "extension.not_later": ("новый срок {deadline} должен быть позже текущего {current}",
                            "жаңа мерзім {deadline} ағымдағы {current} мерзімнен кеш болуы керек",
                            "the new deadline {deadline} must be after the current one, {current}"),
    "deadline.before_registration": ("срок {deadline} раньше даты регистрации {registered}",
                                     "мерзім {deadline} тіркеу күнінен {registered} ерте",
                                     "the deadline {deadline} is before the registration date {registered}"),
    "control.closed": ("вопрос уже закрыт ({status})", "мәселе жабылған ({status})",
                       "the item is already closed ({status})"),
    "control.transition": ("нельзя перейти из статуса «{current}» в «{target}»",
                           "«{current}» мәртебесінен «{target}» мәртебесіне өтуге болмайды",
                           "cannot go from «{current}» to «{target}»"),
    "enum.unknown": ("неизвестное значение «{value}»; допустимо: {allowed}",
                     "белгісіз мән «{value}»; рұқсат етілгені: {allowed}",
                     "unknown value «{value}»; allowed: {allowed}"),
    "number.negative": ("число не может быть отрицательным: {value}", "сан теріс болмауы керек: {value}",
                        "the number cannot be negative: {value}"),
    "number.invalid": ("ожидалось целое число, получено «{value}»", "бүтін сан күтілді, берілгені «{value}»",
                       "a whole number was expected, got «{value}»"),
    "date.invalid": ("неверная дата «{value}» (ожидается ДД.ММ.ГГГГ)",
                     "күні қате «{value}» (КК.АА.ЖЖЖЖ күтіледі)",
                     "invalid date «{value}» (expected DD.MM.YYYY)"),
    "period.reversed": ("начало периода {start} позже конца {end}", "кезең басы {start} соңынан {end} кеш",
                        "the period starts {start}, after its end {end}"),
    "latitude.range": ("широта {value} вне диапазона −90…90", "ендік {value} −90…90 аралығынан тыс",
                       "latitude {value} is outside −90…90"),
    "longitude.range": ("долгота {value} вне диапазона −180…180", "бойлық {value} −180…180 аралығынан тыс",
                        "longitude {value} is outside −180…180"),
    "coordinates.parse": ("не удалось прочитать координаты «{value}» (пример: 54.8730, 69.1500)",
                          "координаттарды оқу мүмкін болмады «{value}» (мысалы: 54.8730, 69.1500)",
                          "cannot read the coordinates «{value}» (example: 54.8730, 69.1500)"),
    "coordinates.required": ("для сигнала о граффити нужны координаты",
                             "граффити туралы белгі үшін координаттар қажет",
                             "a graffiti signal needs coordinates"),
    "consent.required": ("без согласия на обработку персональных данных нельзя сохранять ИИН, телефон и адрес",
                         "дербес деректерді өңдеуге келісімсіз ЖСН, телефон мен мекенжайды сақтауға болмайды",
                         "without consent to personal-data processing, IIN, phone and address cannot be kept"),
    "reception.item_released": ("итог приёма {reg_no} исправлен: вопрос снят с контроля",
                                "{reg_no} қабылдауының нәтижесі түзетілді: мәселе бақылаудан алынды",
                                "the outcome of reception {reg_no} was corrected: the item is taken off control"),
    "stop.cancel_reason": ("отмена остановки требует причины", "аялдаманы болдырмау үшін себеп қажет",
                           "cancelling a stop needs a reason"),
    "stop.held_early": ("остановка запланирована на {day}: отметить её проведённой раньше срока можно только с "
                        "подтверждением",
                        "аялдама {day} күніне жоспарланған: оны мерзімінен бұрын өтті деп белгілеу үшін растау қажет",
                        "the stop is planned for {day}: marking it held before that day needs a confirmation"),
    "signal.received_future": ("{value} ещё не наступило: сигнал не может быть получен в будущем",
                               "{value} әлі келген жоқ: белгі болашақта алынуы мүмкін емес",
                               "{value} has not come yet: a signal cannot be received in the future"),
    "signal.transition": ("сигнал нельзя перевести из «{current}» в «{target}»",
                          "белгіні «{current}» күйінен «{target}» күйіне ауыстыруға болмайды",
                          "a signal cannot go from «{current}» to «{target}»"),
    "photo.too_large": ("фотография больше {limit} МБ: {path}; уменьшите её перед тем, как прикрепить",
                        "фото {limit} МБ-тан үлкен: {path}; тіркемес бұрын оны кішірейтіңіз",
                        "the photo is larger than {limit} MB: {path}; make it smaller before attaching it"),
    "photo.empty": ("файл фотографии пуст: {path}", "фото файлы бос: {path}", "the photo file is empty: {path}"),
    "photo.unreadable": ("не удалось прочитать файл {path}", "{path} файлын оқу мүмкін болмады",
                         "cannot read the file {path}"),
    "draft.too_large": ("черновик формы слишком велик ({size} КБ, не больше {limit} КБ) и не сохраняется",
                        "форманың қараламасы тым үлкен ({size} КБ, {limit} КБ-тан аспауы керек) және сақталмайды",
                        "the form's draft is too large ({size} KB, at most {limit} KB) and is not kept"),
    "draft.corrupt": ("черновик формы «{form}» повреждён ({reason}) и отброшен",
                      "«{form}» формасының қараламасы бүлінген ({reason}) және алынып тасталды",
                      "the draft of the form «{form}» is damaged ({reason}) and was dropped"),
    "not_found": ("{what} с идентификатором {id} не найден", "{id} идентификаторы бар {what} табылмады",
                  "{what} {id} not found"),
    "not_found.name": ("не найдено: {what} «{name}»", "табылмады: {what} «{name}»", "not found: {what} «{name}»"),
    "db.newer": ("база данных {path} создана более новой версией программы (схема {found}); обновите fieldapp",
                 "{path} дерекқоры бағдарламаның жаңа нұсқасымен жасалған (сызба {found}); fieldapp жаңартыңыз",
                 "the database {path} was made by a newer version (schema {found}); update fieldapp"),
    "db.not_database": ("файл {path} не является базой данных fieldapp или повреждён",
                        "{path} файлы fieldapp дерекқоры емес немесе бүлінген",
                        "{path} is not a fieldapp database, or it is damaged"),
    "db.missing": ("файл базы данных не найден: {path}", "дерекқор файлы табылмады: {path}",
                   "the database file does not exist: {path}"),
    "db.exists": ("файл {path} уже существует; укажите --force, чтобы перезаписать",
                  "{path} файлы бар; қайта жазу үшін --force көрсетіңіз",
                  "{path} already exists; pass --force to overwrite it"),
    "db.locked": ("база данных {path} занята другой программой; попробуйте позже",
                  "{path} дерекқорын басқа бағдарлама пайдалануда; кейінірек қайталаңыз",
                  "the database {path} is busy in another program; try again later"),
    "db.open_elsewhere": ("база данных {path} уже открыта в другом окне fieldapp (процесс {pid} на компьютере {host}, "
                          "с {since}): перейдите в то окно или закройте его",
                          "{path} дерекқоры fieldapp-тың басқа терезесінде ашық ({host} компьютеріндегі {pid} "
                          "процесі, {since} бастап): сол терезеге өтіңіз немесе оны жабыңыз",
                          "the database {path} is already open in another fieldapp window (process {pid} on {host}, "
                          "since {since}): switch to that window or close it"),
    "db.open_in_app": ("база данных {path} открыта в окне fieldapp (процесс {pid} на компьютере {host}, с {since}): "
                       "пока окно открыто, команды, меняющие базу, не выполняются; закройте его и повторите",
                       "{path} дерекқоры fieldapp терезесінде ашық ({host} компьютеріндегі {pid} процесі, {since} "
                       "бастап): терезе ашық тұрғанда дерекқорды өзгертетін командалар орындалмайды; оны жауып, "
                       "қайталаңыз",
                       "the database {path} is open in a fieldapp window (process {pid} on {host}, since {since}): "
                       "commands that change it do not run while the window is open; close it and try again"),
    "db.readonly": ("база данных {path} открыта только для чтения (без входа в учётную запись или файл защищён от "
                    "записи): войдите под своей учётной записью, чтобы вносить изменения",
                    "{path} дерекқоры тек оқуға ашық (есептік жазбаға кірмей немесе файл жазудан қорғалған): өзгеріс "
                    "енгізу үшін өз есептік жазбаңызбен кіріңіз",
                    "the database {path} is open read-only (nobody signed in, or the file cannot be written): sign "
                    "in with your account to make changes"),
    "access.read_only": ("база открыта без входа в учётную запись — только для чтения: войдите, чтобы вносить "
                         "изменения",
                         "база есептік жазбаға кірмей ашылған — тек оқу үшін: өзгеріс енгізу үшін кіріңіз",
                         "the database is open without signing in — read-only: sign in to make changes"),
    "db.full": ("на диске нет места для базы данных {path}", "{path} дерекқоры үшін дискіде орын жоқ",
                "the disk is full: {path}"),
    "db.encrypted": ("база данных {path} защищена паролем: укажите FIELDAPP_USER и FIELDAPP_PASSWORD",
                     "{path} дерекқоры құпиясөзбен қорғалған: FIELDAPP_USER және FIELDAPP_PASSWORD көрсетіңіз",
                     "the database {path} is protected: set FIELDAPP_USER and FIELDAPP_PASSWORD"),
    "db.keyring_missing": ("рядом с защищённой базой {path} нет файла ключей {keyring}",
                           "қорғалған {path} дерекқорының қасында {keyring} кілттер файлы жоқ",
                           "the key file {keyring} of the protected database {path} is missing"),
    "auth.failed": ("неверное имя пользователя или пароль", "пайдаланушы аты немесе құпиясөз қате",
                    "wrong user name or password"),
    "auth.wait": ("слишком много неверных паролей: следующая попытка входа через {seconds} с",
                  "қате құпиясөз тым көп: келесі кіру әрекеті {seconds} с кейін",
                  "too many wrong passwords: the next sign-in attempt in {seconds} s"),
    # Deadlines that run into a year without a file end here: say which file to import and how.
    "holidays.missing": ("нет календаря праздников на {year} год: импортируйте файл календаря на {year} год "
                         "({year}.json, образец — resources/holidays/README.md): Файл → «Календарь праздников…» "
                         "или fieldapp calendar import FILE.json",
                         "{year} жылға мерекелер күнтізбесі жоқ: {year} жылдың күнтізбе файлын импорттаңыз "
                         "({year}.json, үлгісі — resources/holidays/README.md): Файл → «Мерекелер күнтізбесі…» "
                         "немесе fieldapp calendar import FILE.json",
                         "there is no holiday calendar for {year}: import the calendar file for {year} "
                         "({year}.json, format in resources/holidays/README.md): File → «Holiday calendar…» "
                         "or fieldapp calendar import FILE.json"),
    "calendar.imported": ("календарь праздников на {year} год импортирован: {path}",
                          "{year} жылғы мерекелер күнтізбесі импортталды: {path}",
                          "the holiday calendar for {year} is imported: {path}"),
    "calendar.replaced": ("календарь праздников на {year} год импортирован и заменяет поставляемый: {path}",
                          "{year} жылғы мерекелер күнтізбесі импортталды, ол бағдарламамен келгенін алмастырады: "
                          "{path}",
                          "the holiday calendar for {year} is imported and replaces the shipped one: {path}"),
    "holidays.invalid": ("ошибка в календаре праздников {path}: {detail}",
                         "{path} мерекелер күнтізбесінде қате: {detail}",
                         "error in the holiday calendar {path}: {detail}"),
    "filter.nothing": ("ничего не найдено по фильтру {what} «{text}»",
                       "{what} «{text}» сүзгісі бойынша ештеңе табылмады",
                       "nothing matches the filter {what} «{text}»"),
    # storage: database files, key files, accounts (fieldapp/storage)
    "db.wrong_key": ("ключ не подходит к базе данных {path}: файл ключей от другой базы, или файл повреждён",
                     "кілт {path} дерекқорына сәйкес келмейді: кілттер файлы басқа дерекқордікі немесе файл бүлінген",
                     "the key does not fit the database {path}: the key file belongs to another database, "
                     "or the file is damaged"),
    "db.not_protected": ("база данных {path} не защищена паролем; откройте её без пароля",
                         "{path} дерекқоры құпиясөзбен қорғалмаған; оны құпиясөзсіз ашыңыз",
                         "the database {path} is not password-protected; open it without a password"),
    "db.io_error": ("ошибка чтения или записи файла {path} (носитель извлечён или неисправен?)",
                    "{path} файлын оқу немесе жазу қатесі (тасымалдағыш алынып тасталды ма, ақаулы ма?)",
                    "cannot read or write {path} (was the drive removed, or is it failing?)"),
    "db.cannot_open": ("не удалось открыть файл {path}: нет доступа к файлу или к его папке",
                       "{path} файлын ашу мүмкін болмады: файлға немесе оның қалтасына қолжетімділік жоқ",
                       "cannot open {path}: no access to the file or its folder"),
    "db.keyring_invalid": ("файл ключей {keyring} повреждён или имеет неизвестный формат",
                           "{keyring} кілттер файлы бүлінген немесе пішімі белгісіз",
                           "the key file {keyring} is damaged or in an unknown format"),
    "db.keyring_newer": ("файл ключей {keyring} создан более новой версией программы (формат {found}); "
                         "обновите fieldapp",
                         "{keyring} кілттер файлы бағдарламаның жаңа нұсқасымен жасалған (пішім {found}); "
                         "fieldapp жаңартыңыз",
                         "the key file {keyring} was made by a newer version (format {found}); update fieldapp"),
    "db.keyring_tampered": ("запись пользователя «{username}» в файле ключей {keyring} изменена или повреждена",
                            "{keyring} кілттер файлындағы «{username}» пайдаланушысының жазбасы өзгертілген "
                            "немесе бүлінген",
                            "the entry of «{username}» in the key file {keyring} was altered or is damaged"),
    "keyring.no_slot": ("в файле ключей {keyring} нет пользователя «{username}»",
                        "{keyring} кілттер файлында «{username}» пайдаланушысы жоқ",
                        "the key file {keyring} has no entry for «{username}»"),
    "keyring.last_slot": ("нельзя удалить последнего пользователя «{username}»: базу станет невозможно открыть",
                          "соңғы «{username}» пайдаланушысын жоюға болмайды: дерекқорды ашу мүмкін болмай қалады",
                          "cannot remove «{username}», the last user: nobody could open the database again"),
    "account.exists": ("пользователь «{username}» уже существует", "«{username}» пайдаланушысы бар",
                       "the user «{username}» already exists"),
    "account.unknown": ("пользователь «{username}» не найден", "«{username}» пайдаланушысы табылмады",
                        "there is no user «{username}»"),
    # accounts, init and protect (fieldapp/services/accounts.py)
    "auth.disabled": ("учётная запись «{username}» отключена координатором",
                      "«{username}» есептік жазбасын үйлестіруші өшірген",
                      "the account «{username}» was disabled by a coordinator"),
    # who may (fieldapp/services/roles.py): {roles} names the lowest role allowed and those above it
    "access.roles.supervisor": ("руководитель или координатор", "басшы немесе үйлестіруші",
                                "a supervisor or a coordinator"),
    "access.roles.coordinator": ("координатор", "үйлестіруші", "a coordinator"),
    "access.accounts": ("добавлять и отключать учётные записи может только {roles}",
                        "есептік жазбаларды тек {roles} қоса және өшіре алады",
                        "only {roles} may add or disable accounts"),
    "access.plan": ("импортировать план кампании может только {roles}",
                    "науқан жоспарын тек {roles} импорттай алады",
                    "only {roles} may import a campaign plan"),
    "access.setup": ("настраивать кампании, группы, участников, места и маршруты может только {roles}",
                     "науқандарды, топтарды, қатысушыларды, орындар мен бағдарларды тек {roles} баптай алады",
                     "only {roles} may set up campaigns, groups, members, places and routes"),
    "access.approve": ("утверждать день остановки может только {roles}",
                       "аялдама күнін тек {roles} бекіте алады",
                       "only {roles} may approve a stop's day"),
    "access.approved_edit": ("день утверждён: исправлять его записи может только {roles}",
                             "күн бекітілген: оның жазбаларын тек {roles} түзете алады",
                             "the day is approved: only {roles} may correct its records"),
    "approval.caption": ("Утверждено: {name}, {date}", "Бекітілді: {name}, {date}", "Approved: {name}, {date}"),
    "approval.more": ("и ещё утверждённых остановок: {count}", "тағы бекітілген аялдамалар: {count}",
                      "and {count} more approved stops"),
    "approval.done": ("день остановки {stop} утверждён (записей: {records}): {caption}",
                      "{stop} аялдамасының күні бекітілді (жазбалар: {records}): {caption}",
                      "the day of stop {stop} is approved (records: {records}): {caption}"),
    "approval.already": ("день остановки {stop} уже утверждён, ничего не изменено: {caption}",
                         "{stop} аялдамасының күні бұрын бекітілген, ештеңе өзгертілмеді: {caption}",
                         "the day of stop {stop} was approved already; nothing changed: {caption}"),
    "access.receptions_others": ("исправлять и удалять приёмы, записанные другими, может только {roles}; вы можете "
                                 "исправить только свои",
                                 "басқалар жазған қабылдауларды тек {roles} түзете және жоя алады; сіз тек өзіңіз "
                                 "жазғандарын түзете аласыз",
                                 "only {roles} may correct or delete receptions recorded by others; you may correct "
                                 "your own"),
    "access.access_log": ("журнал доступа к персональным данным может смотреть только {roles}",
                          "дербес деректерге қол жеткізу журналын тек {roles} көре алады",
                          "only {roles} may see the personal-data access log"),
    "access.reset_password": ("сменить пароль другого пользователя может только {roles}",
                              "басқа пайдаланушының құпиясөзін тек {roles} ауыстыра алады",
                              "only {roles} may change another user's password"),
    "access.control_extend": ("продлевать срок вопроса на контроле может только {roles}",
                              "бақылаудағы мәселенің мерзімін тек {roles} ұзарта алады",
                              "only {roles} may extend the deadline of an item under control"),
    "access.control_decide": ("решать вопрос на контроле (решён, отказано, снят с контроля) может только {roles}",
                              "бақылаудағы мәселе бойынша шешімді (шешілді, бас тартылды, бақылаудан алынды) "
                              "тек {roles} қабылдай алады",
                              "only {roles} may decide an item under control (resolved, rejected, closed)"),
    "access.personal_report": ("отчёт с персональными данными может сформировать только {roles}; отметьте «Без "
                               "персональных данных» (--redact)",
                               "дербес деректері бар есепті тек {roles} жасай алады; «Дербес деректерсіз» "
                               "белгісін қойыңыз (--redact)",
                               "only {roles} may print a report with personal data; choose «Without personal "
                               "data» (--redact)"),
    "access.personal_export": ("выгружать данные с персональными данными может только {roles}; выгрузите их без "
                               "персональных данных (--redact)",
                               "дербес деректері бар мәліметтерді тек {roles} экспорттай алады; оларды дербес "
                               "деректерсіз экспорттаңыз (--redact)",
                               "only {roles} may export data with personal data; export it without (--redact)"),
    "access.sync_resolve": ("разрешать конфликты синхронизации может только {roles}",
                            "синхрондау қайшылықтарын тек {roles} шеше алады",
                            "only {roles} may resolve sync conflicts"),
    "access.devices": ("регистрировать и отзывать ключи устройств может только {roles}",
                       "құрылғылардың кілттерін тек {roles} тіркей және кері қайтара алады",
                       "only {roles} may enrol or revoke device keys"),
    "access.hub": ("обмениваться данными с хабом может только {roles}",
                   "хабпен деректер алмасуды тек {roles} жүргізе алады",
                   "only {roles} may push to or pull from the hub"),
    "access.hub_keys": ("регистрировать и отзывать ключи устройств на хабе может только {roles}",
                        "хабта құрылғылардың кілттерін тек {roles} тіркей және кері қайтара алады",
                        "only {roles} may enrol or revoke device keys at the hub"),
    "access.protect": ("защитить базу с учётными записями может только координатор (FIELDAPP_USER и "
                       "FIELDAPP_PASSWORD)",
                       "есептік жазбалары бар дерекқорды тек үйлестіруші қорғай алады (FIELDAPP_USER және "
                       "FIELDAPP_PASSWORD)",
                       "only a coordinator may protect a database that has accounts (FIELDAPP_USER and "
                       "FIELDAPP_PASSWORD)"),
    "account.last_coordinator": ("нельзя отключить «{username}»: это последний действующий координатор",
                                 "«{username}» өшіруге болмайды: бұл соңғы белсенді үйлестіруші",
                                 "cannot disable «{username}»: it is the last enabled coordinator"),
    "account.already_disabled": ("учётная запись «{username}» уже отключена",
                                 "«{username}» есептік жазбасы бұрыннан өшірулі",
                                 "the account «{username}» is already disabled"),
    "account.member_none": ("нет члена рабочей группы, в имени которого есть «{text}»",
                            "аты-жөнінде «{text}» бар жұмыс тобының мүшесі жоқ",
                            "no working-group member's name contains «{text}»"),
    "account.member_several": ("«{text}» есть в именах нескольких членов рабочих групп ({count}): уточните",
                               "«{text}» жұмыс топтарының бірнеше мүшесінің атында бар ({count}): нақтылаңыз",
                               "«{text}» is in the names of several members ({count}): be more precise"),
    "account.new_password_missing": ("нет нового пароля: задайте FIELDAPP_NEW_PASSWORD",
                                     "жаңа құпиясөз жоқ: FIELDAPP_NEW_PASSWORD көрсетіңіз",
                                     "no new password: set FIELDAPP_NEW_PASSWORD"),
    "account.passwords_differ": ("пароли не совпадают", "құпиясөздер сәйкес емес", "the passwords do not match"),
    "account.not_signed_in": ("войдите: задайте FIELDAPP_USER и FIELDAPP_PASSWORD",
                              "кіріңіз: FIELDAPP_USER және FIELDAPP_PASSWORD көрсетіңіз",
                              "sign in: set FIELDAPP_USER and FIELDAPP_PASSWORD"),
    "account.added": ("добавлена учётная запись «{username}» ({role})", "«{username}» есептік жазбасы қосылды ({role})",
                      "account «{username}» added ({role})"),
    "account.password_set": ("пароль пользователя «{username}» изменён", "«{username}» пайдаланушысының құпиясөзі "
                             "өзгертілді", "the password of «{username}» was changed"),
    "account.disabled_done": ("учётная запись «{username}» отключена", "«{username}» есептік жазбасы өшірілді",
                              "account «{username}» disabled"),
    "init.exists": ("файл {path} уже существует: init создаёт только новую базу",
                    "{path} файлы бар: init тек жаңа дерекқор жасайды",
                    "{path} already exists: init only creates a new database"),
    "init.credentials": ("нужны имя и пароль первого координатора: задайте FIELDAPP_USER и FIELDAPP_PASSWORD",
                         "бірінші үйлестірушінің аты мен құпиясөзі қажет: FIELDAPP_USER және FIELDAPP_PASSWORD "
                         "көрсетіңіз",
                         "the first coordinator's name and password are needed: set FIELDAPP_USER and "
                         "FIELDAPP_PASSWORD"),
    "init.created_protected": ("создана защищённая база данных {path}; файл ключей: {keyring}",
                               "қорғалған дерекқор жасалды: {path}; кілттер файлы: {keyring}",
                               "protected database created: {path}; key file: {keyring}"),
    "init.created_plain": ("создана незащищённая база данных {path} (любой, кто скопирует файл, прочтёт его)",
                           "қорғалмаған дерекқор жасалды: {path} (файлды көшірген кез келген адам оны оқи алады)",
                           "unprotected database created: {path} (anyone who copies the file can read it)"),
    "init.first_account": ("учётная запись координатора: «{username}»", "үйлестірушінің есептік жазбасы: «{username}»",
                           "coordinator account: «{username}»"),
    "init.directions": ("направлений в списке: {count}", "тізімдегі бағыттар: {count}", "directions listed: {count}"),
    "protect.already": ("база данных {path} уже защищена паролем", "{path} дерекқоры құпиясөзбен қорғалған",
                        "the database {path} is already protected"),
    "protect.keyring_exists": ("рядом с базой {path} уже лежит файл ключей {keyring}: уберите его",
                               "{path} дерекқорының қасында {keyring} кілттер файлы бар: оны алып тастаңыз",
                               "a key file {keyring} already lies beside {path}: move it away"),
    "protect.mismatch": ("защищённая копия базы {path} не совпала с исходной; база оставлена как была",
                         "{path} дерекқорының қорғалған көшірмесі түпнұсқаға сәйкес келмеді; дерекқор өзгеріссіз "
                         "қалды",
                         "the protected copy of {path} did not match the original; the database is left as it was"),
    "protect.done": ("база данных {path} защищена паролем; файл ключей: {keyring}; дайджест: {digest}",
                     "{path} дерекқоры құпиясөзбен қорғалды; кілттер файлы: {keyring}; дайджест: {digest}",
                     "the database {path} is now protected; key file: {keyring}; digest: {digest}"),
    "protect.no_slot": ("пароль пользователя «{username}» нужно задать заново (account passwd --user {username})",
                        "«{username}» пайдаланушысының құпиясөзін қайта орнату керек (account passwd --user "
                        "{username})",
                        "the password of «{username}» must be set again (account passwd --user {username})"),
    "field.new_password": ("новый пароль", "жаңа құпиясөз", "new password"),
    "field.repeat_password": ("повторите пароль", "құпиясөзді қайталаңыз", "repeat the password"),
    "field.username": ("имя пользователя", "пайдаланушы аты", "user name"),
    "field.role": ("роль", "рөл", "role"),
    # command line (fieldapp/cli.py)
    "cli.demo_written": ("демонстрационная база данных записана: {path}",
                         "демонстрациялық дерекқор жазылды: {path}",
                         "the demo database was written: {path}"),
    # the desktop app cannot start Qt (fieldapp/ui/desktop_check.py)
    "desktop.no_display": (
        "окно не открыть: нет графического экрана (не заданы DISPLAY и WAYLAND_DISPLAY); запустите fieldapp в "
        "сеансе рабочего стола, команды без окна — fieldapp --help",
        "терезені ашу мүмкін емес: графикалық экран жоқ (DISPLAY және WAYLAND_DISPLAY берілмеген); fieldapp-ты "
        "жұмыс үстелі сеансында іске қосыңыз, терезесіз командалар — fieldapp --help",
        "cannot open the window: there is no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set); start "
        "fieldapp in a desktop session, commands without a window: fieldapp --help"),
    "desktop.missing_libraries": (
        "окно не открыть: в системе нет библиотек {libraries}; установите их: sudo apt install {packages}",
        "терезені ашу мүмкін емес: жүйеде {libraries} кітапханалары жоқ; оларды орнатыңыз: "
        "sudo apt install {packages}",
        "cannot open the window: the system lacks the libraries {libraries}; install them: "
        "sudo apt install {packages}"),
    "desktop.display_unreachable": (
        "окно не открыть: нет связи с экраном {display}; запустите fieldapp в сеансе рабочего стола",
        "терезені ашу мүмкін емес: {display} экранымен байланыс жоқ; fieldapp-ты жұмыс үстелі сеансында іске қосыңыз",
        "cannot open the window: the display {display} does not answer; start fieldapp in a desktop session"),
    # services: places, people, campaigns, tours, receptions, control, polls, signals, photos (fieldapp/services)
    "field.region": ("область", "облыс", "region"),
    "field.organization": ("организация", "ұйым", "organisation"),
    "field.member": ("член рабочей группы", "жұмыс тобының мүшесі", "working-group member"),
    "field.campaign": ("кампания", "науқан", "campaign"),
    "field.direction": ("направление", "бағыт", "direction"),
    "field.group": ("рабочая группа", "жұмыс тобы", "working group"),
    "field.rotation": ("график ротации", "ротация кестесі", "rotation plan"),
    "field.tour": ("выезд", "сапар", "tour"),
    "field.activity": ("мероприятие", "іс-шара", "activity"),
    "field.reception": ("приём", "қабылдау", "reception"),
    "field.control_item": ("вопрос на контроле", "бақылаудағы мәселе", "item under control"),
    "field.poll": ("опрос", "сауалнама", "poll"),
    "field.signal": ("сигнал", "белгі", "signal"),
    "field.full_name": ("ФИО", "аты-жөні", "full name"),
    "field.kato": ("код КАТО", "ӘАОЖ (КАТО) коды", "KATO code"),
    "field.departed_at": ("время отъезда", "кету уақыты", "departure time"),
    "field.handouts": ("раздаточные материалы", "үлестірме материалдар", "handouts"),
    "field.publications": ("публикации в СМИ", "БАҚ-тағы жарияланымдар", "media publications"),
    "field.activity_type": ("вид мероприятия", "іс-шара түрі", "activity type"),
    "field.audience": ("аудитория", "аудитория", "audience"),
    "field.venue_type": ("тип площадки", "алаң түрі", "venue type"),
    "field.question": ("вопрос", "сұрақ", "question"),
    "field.channel": ("канал поступления", "түсу арнасы", "channel"),
    "record.not_found": ("запись не найдена или удалена (id {id})", "жазба табылмады немесе жойылған (id {id})",
                         "the record does not exist or was deleted (id {id})"),
    "kato.format": ("код КАТО должен состоять из 9 цифр, получено: «{value}»",
                    "ӘАОЖ (КАТО) коды 9 цифрдан тұруы керек, берілгені: «{value}»",
                    "a KATO code has 9 digits, got «{value}»"),
    "rotation.overlap": ("группа уже запланирована на {start}–{end}: в один период — один район",
                         "топ {start}–{end} кезеңіне жоспарланған: бір кезеңде — бір аудан",
                         "the group is already planned for {start}–{end}: one district at a time"),
    # the rotation generator and the plan summary (services/planning.py)
    "rotation.no_groups": ("у кампании нет рабочих групп: добавьте их на странице «Настройка»",
                           "науқанда жұмыс топтары жоқ: оларды «Баптау» бетінде қосыңыз",
                           "the campaign has no working groups: add them on the Setup page"),
    "rotation.no_districts": ("у кампании нет районов: укажите в её настройке область, в которой есть районы, "
                              "или запланируйте выезд в районы",
                              "науқанның аудандары жоқ: баптауында аудандары бар облысты көрсетіңіз немесе "
                              "аудандарға сапар жоспарлаңыз",
                              "the campaign has no districts: give it a region that has districts, or plan a tour "
                              "into the districts"),
    "rotation.too_few_days": ("{start}–{end} — рабочих дней: {days}, а ротации {groups} групп по {districts} "
                              "районам нужно не меньше {needed}: каждая группа бывает в каждом районе хотя бы один "
                              "рабочий день, и в районе одновременно только одна группа",
                              "{start}–{end} — жұмыс күндері: {days}, ал {groups} топтың {districts} аудан "
                              "бойынша ротациясына кемінде {needed} күн керек: әр топ әр ауданда кемінде бір жұмыс "
                              "күні болады, ал бір ауданда бір уақытта тек бір топ",
                              "{start}–{end} — {days} working days, and rotating {groups} groups through "
                              "{districts} districts needs at least {needed}: every group spends at least one "
                              "working day in every district, and a district has one group at a time"),
    "rotation.exists": ("у кампании уже есть ротация в этом периоде («{group}», {district}, {start}–{end}): "
                        "удалите её слоты или выберите другой период",
                        "науқанның бұл кезеңде ротациясы бар («{group}», {district}, {start}–{end}): оның "
                        "слоттарын жойыңыз немесе басқа кезең таңдаңыз",
                        "the campaign already has a rotation in this period («{group}», {district}, "
                        "{start}–{end}): remove its slots or choose another period"),
    "rotation.written": ("записана ротация кампании «{campaign}»: слотов {count}, {start}–{end}",
                         "«{campaign}» науқанының ротациясы жазылды: {count} слот, {start}–{end}",
                         "the rotation of «{campaign}» was written: {count} slots, {start}–{end}"),
    "rotation.dry_run": ("пробный запуск — ничего не записано", "сынақ іске қосу — ештеңе жазылған жоқ",
                         "a dry run — nothing was written"),
    "plan.cli.slots": ("Ротация:", "Ротация:", "Rotation:"),
    "plan.cli.no_slots": ("ротация не составлена: fieldapp plan generate", "ротация құрылмаған: fieldapp plan generate",
                          "no rotation yet: fieldapp plan generate"),
    "plan.cli.coverage": ("Охват районов направлениями:", "Аудандарды бағыттармен қамту:",
                          "Coverage of districts by directions:"),
    "plan.cli.cell": ("запланировано {planned}, проведено остановок {done}",
                      "жоспарланған {planned}, өткізілген аялдама {done}",
                      "planned {planned}, stops held {done}"),
    "plan.cli.not_visited": ("Населённые пункты без выезда с {since}:", "{since} бастап сапар болмаған елді мекендер:",
                             "Settlements with no held stop since {since}:"),
    "plan.cli.all_visited": ("все посещены", "барлығына барылды", "every one was visited"),
    "plan.cli.never": ("ни разу", "бірде-бір рет", "never"),
    "report.plan_campaign": ("план печатается для одной кампании: выберите её (в командной строке — --campaign "
                             "TEXT или --id)",
                             "жоспар бір науқанға басылады: оны таңдаңыз (командалық жолда — --campaign TEXT "
                             "немесе --id)",
                             "a plan is printed for one campaign: choose it (on the command line, --campaign TEXT "
                             "or --id)"),
    "campaign.ambiguous": ("«{text}» подходит к нескольким кампаниям: {titles}; уточните название",
                           "«{text}» бірнеше науқанға сәйкес келеді: {titles}; атауын нақтылаңыз",
                           "«{text}» matches several campaigns: {titles}; be more specific"),
    "rotation.district_busy": ("в районе уже запланирована группа «{group}» на {start}–{end}: в районе одна группа "
                               "за раз",
                               "ауданда {start}–{end} кезеңіне «{group}» тобы жоспарланған: ауданда бір уақытта бір "
                               "топ",
                               "the district already has group «{group}» planned for {start}–{end}: one group at a "
                               "time"),
    "route.mismatch": ("новый порядок должен содержать каждую остановку маршрута ровно один раз",
                       "жаңа ретте бағдардың әр аялдамасы тек бір рет болуы керек",
                       "the new order must list every stop of the route exactly once"),
    "control.event_kind": ("это событие записывается своей командой (взятие на контроль, продление срока)",
                           "бұл оқиға өз әрекетімен жазылады (бақылауға алу, мерзімді ұзарту)",
                           "this event has its own command (taking under control, extending the deadline)"),
    "poll.options": ("у опроса должно быть не меньше двух вариантов ответа",
                     "сауалнамада кемінде екі жауап нұсқасы болуы керек",
                     "a poll needs at least two options"),
    "poll.other_campaign": ("опрос кампании «{poll_campaign}» нельзя вести на остановке кампании «{stop_campaign}»: "
                            "выберите остановку выезда своей кампании",
                            "«{poll_campaign_kk}» науқанының сауалнамасын «{stop_campaign_kk}» науқанының аялдамасында "
                            "жүргізуге болмайды: өз науқаны сапарының аялдамасын таңдаңыз",
                            "a poll of campaign «{poll_campaign}» cannot be tallied at a stop of campaign "
                            "«{stop_campaign}»: choose a stop of its own campaign's tours"),
    "photo.format": ("файл {path} не является фотографией JPEG, PNG, WebP или HEIC",
                     "{path} файлы JPEG, PNG, WebP немесе HEIC фотосуреті емес",
                     "{path} is not a JPEG, PNG, WebP or HEIC photo"),
    "photo.missing": ("файл фотографии ещё не получен: {path}", "фото файлы әлі алынған жоқ: {path}",
                      "the photo's file has not arrived yet: {path}"),
    "photo.corrupt": ("файл фотографии повреждён (контрольная сумма не совпадает): {path}",
                      "фото файлы бүлінген (бақылау сомасы сәйкес емес): {path}",
                      "the photo's file is damaged (its hash does not match): {path}"),
    "photo.tampered": ("файл фотографии изменён или повреждён: он не проходит проверку подлинности ключом этой "
                       "базы: {path}",
                       "фото файлы өзгертілген немесе бүлінген: ол осы дерекқордың кілтімен түпнұсқалық тексеруінен "
                       "өтпейді: {path}",
                       "the photo's file was altered or damaged: it fails authentication with this database's key: "
                       "{path}"),
    "photo.owner": ("фото нельзя прикрепить к «{value}»", "фотоны «{value}» жазбасына тіркеуге болмайды",
                    "a photo cannot be attached to «{value}»"),
    # signals from photos and messenger chat exports (services/signal_intake.py, chat_export.py)
    "intake.chat_too_large": ("файл переписки больше {limit} МБ: он не прочитан",
                              "хат алмасу файлы {limit} МБ-тан үлкен: ол оқылмады",
                              "the chat file is larger than {limit} MB: it was not read"),
    "intake.chat_malformed": ("файл не похож на выгрузку переписки Telegram (result.json) или WhatsApp (_chat.txt) "
                              "либо повреждён (строка {line})",
                              "файл Telegram (result.json) немесе WhatsApp (_chat.txt) хат алмасу экспортына ұқсамайды "
                              "не бүлінген ({line}-жол)",
                              "the file is not a Telegram (result.json) or WhatsApp (_chat.txt) chat export, or it is "
                              "damaged (line {line})"),
    "intake.too_many_messages": ("в переписке больше {limit} сообщений: прочитаны первые {limit}",
                                 "хат алмасуда {limit}-дан көп хабарлама бар: алғашқы {limit} оқылды",
                                 "the chat holds more than {limit} messages: the first {limit} were read"),
    "intake.not_included": ("фото не выгружено (в Telegram при выгрузке не отмечено «Фотографии»)",
                            "фото экспортталмаған (Telegram экспортында «Фотосуреттер» белгіленбеген)",
                            "a photo was not exported (Telegram's export was made without «Photos»)"),
    "intake.outside": ("путь {path} ведёт за пределы папки выгрузки: файл пропущен",
                       "{path} жолы экспорт қалтасынан тыс жерге апарады: файл өткізілді",
                       "the path {path} leads outside the export's folder: the file was skipped"),
    "intake.broken_image": ("файл {path} не читается как изображение (повреждён или обрезан): пропущен",
                            "{path} файлы сурет ретінде оқылмайды (бүлінген немесе қиылған): өткізілді",
                            "the file {path} cannot be read as an image (damaged or cut short): skipped"),
    "intake.exif_position": ("координаты в EXIF фото {path} невозможны ({value}): поставьте точку вручную",
                             "{path} фотосының EXIF координаттары мүмкін емес ({value}): нүктені қолмен қойыңыз",
                             "the EXIF position of the photo {path} is impossible ({value}): place it by hand"),
    "intake.too_many_photos": ("за один раз берётся не больше {limit} фото: ещё {count} не прочитаны",
                               "бір рет {limit}-дан көп фото алынбайды: тағы {count} оқылмады",
                               "at most {limit} photos are taken at once: {count} more were not read"),
    "intake.unplaced": ("без координат: {count}; наркограффити нужно найти снова — вставьте координаты или уберите "
                        "такие сигналы",
                        "координатсыз: {count}; есірткі граффитиін қайта табу керек — координаттарды қойыңыз немесе "
                        "ондай белгілерді алып тастаңыз",
                        "without a position: {count}; drug graffiti has to be found again — paste coordinates or drop "
                        "those signals"),
    # imports and exports: reception journal, KATO classifier, GeoJSON/CSV (issue 6: services/journal, kato, exports)
    "import.at_cell": ("{file}, строка {row}, столбец {column} ({header}): {text}",
                       "{file}, {row}-жол, {column} бағаны ({header}): {text}",
                       "{file}, row {row}, column {column} ({header}): {text}"),
    "import.at_row": ("{file}, строка {row}: {text}", "{file}, {row}-жол: {text}", "{file}, row {row}: {text}"),
    "import.at_file": ("{file}: {text}", "{file}: {text}", "{file}: {text}"),
    "import.in_sheet": ("{file}, лист «{sheet}»", "{file}, «{sheet}» парағы", "{file}, sheet «{sheet}»"),
    "import.refused": ("{file}: ошибок — {count}, ничего не импортировано; первая: {first}",
                       "{file}: {count} қате табылды, ештеңе импортталмады; біріншісі: {first}",
                       "{file}: {count} problem(s), nothing was imported; the first: {first}"),
    "import.see_list": ("полный список — в стандартном выводе", "толық тізім стандартты шығыста",
                        "the full list is on standard output"),
    "import.missing_file": ("файл не найден", "файл табылмады", "the file does not exist"),
    "import.not_workbook": ("файл не является книгой Excel (.xlsx)", "файл Excel кітабы (.xlsx) емес",
                            "the file is not an Excel workbook (.xlsx)"),
    "import.old_xls": ("это книга старого формата Excel 97–2003 (.xls): откройте её в Excel и сохраните как .xlsx",
                       "бұл ескі Excel 97–2003 (.xls) пішіміндегі кітап: оны Excel-де ашып, .xlsx ретінде сақтаңыз",
                       "this is an old Excel 97–2003 workbook (.xls): open it in Excel and save it as .xlsx"),
    "import.too_many_problems": ("найдено {limit} ошибок: чтение файла остановлено, исправьте их и загрузите снова",
                                 "{limit} қате табылды: файлды оқу тоқтатылды, оларды түзетіп, қайта жүктеңіз",
                                 "{limit} problems found: reading the file stopped there; fix them and import again"),
    "import.too_large": ("лист «{sheet}»: строк с данными больше, чем помещается в один импорт (прочитано {rows}): "
                         "разделите книгу на несколько файлов и загрузите их по очереди",
                         "«{sheet}» парағы: деректері бар жолдар бір импортқа сыйғаннан көп (оқылғаны — {rows}): "
                         "кітапты бірнеше файлға бөліп, оларды кезекпен жүктеңіз",
                         "sheet «{sheet}»: more rows of data than one import holds ({rows} read): split the "
                         "workbook into several files and import them one after another"),
    "import.damaged": ("книга Excel повреждена или записана не полностью",
                       "Excel кітабы бүлінген немесе толық жазылмаған",
                       "the workbook is damaged or was not written completely"),
    "import.empty_sheet": ("первый лист «{sheet}» пуст: нет строки заголовков",
                           "«{sheet}» бірінші парағы бос: тақырыптар жолы жоқ",
                           "the first sheet «{sheet}» is empty: there is no header row"),
    "import.no_rows": ("на листе «{sheet}» под заголовками нет ни одной заполненной строки",
                       "«{sheet}» парағында тақырыптардың астында толтырылған жол жоқ",
                       "the sheet «{sheet}» has no filled-in row below the header"),
    "import.no_header": ("в первых строках листа «{sheet}» нет заголовков столбцов {headers}",
                         "«{sheet}» парағының алғашқы жолдарында {headers} бағандарының тақырыптары жоқ",
                         "the first rows of the sheet «{sheet}» hold no column headers {headers}"),
    "import.missing_column": ("нет столбца «{header}»", "«{header}» бағаны жоқ", "the column «{header}» is missing"),
    "import.duplicate_column": ("столбец «{header}» встречается дважды (ещё в столбце {other})",
                                "«{header}» бағаны екі рет кездеседі (тағы {other} бағанында)",
                                "the column «{header}» appears twice (also in column {other})"),
    "import.merged": ("объединённые ячейки {cells}: разъедините их и заполните каждую строку",
                      "{cells} біріктірілген ұяшықтар: оларды бөліп, әр жолды толтырыңыз",
                      "merged cells {cells}: unmerge them and fill in every row"),
    "import.expected_text": ("ожидается текст, в ячейке {kind}: {value}",
                             "мәтін күтіледі, ұяшықта {kind}: {value}",
                             "text was expected, the cell holds {kind}: {value}"),
    "import.expected_date": ("ожидается дата ДД.ММ.ГГГГ, в ячейке {kind}: {value}",
                             "КК.АА.ЖЖЖЖ күні күтіледі, ұяшықта {kind}: {value}",
                             "a date DD.MM.YYYY was expected, the cell holds {kind}: {value}"),
    "import.kind.number": ("число", "сан", "a number"),
    "import.kind.date": ("дата", "күн", "a date"),
    "import.kind.bool": ("логическое значение", "логикалық мән", "a true/false value"),
    "import.kind.other": ("значение другого типа", "басқа типті мән", "a value of another type"),
    "import.excel_error": ("в ячейке ошибка Excel {value}", "ұяшықта Excel қатесі {value}",
                           "the cell holds the Excel error {value}"),
    "import.date_future": ("дата {value} ещё не наступила", "{value} күні әлі келген жоқ",
                           "the date {value} is in the future"),
    "import.date_old": ("дата {value} слишком ранняя (до 2000 года)", "{value} күні тым ерте (2000 жылға дейін)",
                        "the date {value} is too early (before 2000)"),
    "import.yes_no": ("ожидается «да» или «нет», получено «{value}»", "«иә» немесе «жоқ» күтіледі, берілгені «{value}»",
                      "«yes» or «no» was expected, got «{value}»"),
    "import.ambiguous_district": ("район «{value}» есть в нескольких областях ({regions}); импортируйте журнал в "
                                  "выезд кампании нужной области (--tour)",
                                  "«{value}» ауданы бірнеше облыста бар ({regions}); журналды қажетті облыс "
                                  "науқанының сапарына импорттаңыз (--tour)",
                                  "the district «{value}» exists in several regions ({regions}); import the journal "
                                  "into a tour of the right region's campaign (--tour)"),
    "import.too_long": ("текст длиннее {limit} знаков", "мәтін {limit} таңбадан ұзын",
                        "the text is longer than {limit} characters"),
    # workbook limits (issue 11, item 4): Excel's own where it has one, the work and memory of a file elsewhere
    "import.row_number": ("лист «{sheet}»: «{value}» — не номер строки (в Excel строки с 1 по 1048576)",
                          "«{sheet}» парағы: «{value}» — жол нөмірі емес (Excel-де жолдар 1-ден 1048576-ға дейін)",
                          "sheet «{sheet}»: «{value}» is not a row number (Excel's rows run from 1 to 1048576)"),
    "import.column_ref": ("лист «{sheet}»: ячейка «{value}» лежит за последним столбцом Excel (XFD)",
                          "«{sheet}» парағы: «{value}» ұяшығы Excel-дің соңғы бағанынан (XFD) тыс жатыр",
                          "sheet «{sheet}»: the cell «{value}» lies beyond Excel's last column (XFD)"),
    "import.row_too_wide": ("лист «{sheet}»: в строке больше {limit} ячеек",
                            "«{sheet}» парағы: жолда {limit} ұяшықтан көп",
                            "sheet «{sheet}»: the row has more than {limit} cells"),
    "import.too_many_rows": ("на листе «{sheet}» больше {limit} строк — больше, чем бывает в Excel",
                             "«{sheet}» парағында {limit} жолдан көп — Excel-де мұндай болмайды",
                             "the sheet «{sheet}» has more than {limit} rows, more than Excel allows"),
    "import.too_many_cells": ("на листе «{sheet}» больше {limit} ячеек: такой лист не импортируется",
                              "«{sheet}» парағында {limit} ұяшықтан көп: мұндай парақ импортталмайды",
                              "the sheet «{sheet}» has more than {limit} cells: such a sheet is not imported"),
    "import.too_many_merged": ("на листе «{sheet}» больше {limit} объединённых областей",
                               "«{sheet}» парағында {limit} біріктірілген аймақтан көп",
                               "the sheet «{sheet}» has more than {limit} merged ranges"),
    "import.strings_limit": ("в таблице текстов книги больше {limit} текстов",
                             "кітаптың мәтіндер кестесінде {limit} мәтіннен көп",
                             "the workbook's table of texts holds more than {limit} texts"),
    "import.cell_too_long": ("в книге есть текст длиннее {limit} знаков — больше, чем Excel помещает в ячейку",
                             "кітапта {limit} таңбадан ұзын мәтін бар — Excel ұяшығына сиятыннан көп",
                             "the workbook holds a text longer than {limit} characters, more than an Excel cell holds"),
    "import.part_too_large": ("часть книги «{part}» после распаковки больше {limit} МБ: это не обычная книга Excel",
                              "кітаптың «{part}» бөлігі ашылғанда {limit} МБ-тан үлкен: бұл әдеттегі Excel кітабы емес",
                              "the workbook's part «{part}» unpacks to more than {limit} MB: this is not an ordinary "
                              "Excel workbook"),
    "import.xml_too_complex": ("разметка части книги «{part}» устроена сложнее, чем у обычной книги Excel",
                               "кітаптың «{part}» бөлігінің белгіленуі әдеттегі Excel кітабынікінен күрделі",
                               "the markup of the workbook's part «{part}» is more complex than an ordinary Excel "
                               "workbook's"),
    "import.zip_entries": ("в файле больше {limit} записей: это не обычная книга Excel",
                           "файлда {limit} жазбадан көп: бұл әдеттегі Excel кітабы емес",
                           "the file holds more than {limit} entries: this is not an ordinary Excel workbook"),
    "import.zip_duplicate": ("в файле две записи «{name}»: другая программа прочла бы не ту, файл отклонён",
                             "файлда екі «{name}» жазбасы бар: басқа бағдарлама екіншісін оқуы мүмкін, файл "
                             "қабылданбады",
                             "the file holds two entries named «{name}»: another program could read the other one, "
                             "so the file is refused"),
    "import.zip_name": ("недопустимое имя записи внутри файла: «{name}»",
                        "файл ішіндегі жазбаның атауы жарамсыз: «{name}»",
                        "an entry inside the file has an unacceptable name: «{name}»"),
    "journal.summary": ("приёмов импортировано: {imported}; уже были в базе: {present}; создано остановок: {stops}, "
                        "населённых пунктов: {settlements}, районов: {districts}, организаций: {organizations}, "
                        "вопросов на контроле: {controls}",
                        "импортталған қабылдаулар: {imported}; дерекқорда бұрыннан бар: {present}; құрылған "
                        "аялдамалар: {stops}, елді мекендер: {settlements}, аудандар: {districts}, ұйымдар: "
                        "{organizations}, бақылаудағы мәселелер: {controls}",
                        "receptions imported: {imported}; already in the database: {present}; created: stops "
                        "{stops}, settlements {settlements}, districts {districts}, organisations {organizations}, "
                        "items under control {controls}"),
    "journal.dry_run": ("пробный запуск — ничего не записано", "сынақ іске қосу — ештеңе жазылған жоқ",
                        "dry run: nothing was written"),
    "journal.tour": ("выезд: {title} ({id}){created}", "сапар: {title} ({id}){created}",
                     "tour: {title} ({id}){created}"),
    "journal.tour_created": (", будет создан", ", құрылады", ", to be created"),
    "journal.tour_new": (", создан", ", құрылды", ", created"),
    "plan.missing_sheet": ("нет листа «{ru}» (по-казахски «{kk}»)", "«{kk}» парағы жоқ (орысша «{ru}»)",
                           "the sheet «{ru}» (in Kazakh «{kk}») is missing"),
    "plan.unknown_group": ("группы «{value}» нет на листе «{sheet}»", "«{sheet}» парағында «{value}» тобы жоқ",
                           "the group «{value}» is not on the sheet «{sheet}»"),
    "plan.ambiguous_group": ("группа «{value}» есть в нескольких кампаниях плана: переименуйте одну из них",
                             "«{value}» тобы жоспардың бірнеше науқанында бар: біреуінің атын өзгертіңіз",
                             "the group «{value}» is in several campaigns of the plan: rename one of them"),
    "plan.direction_differs": ("у группы «{group}» в строке {row} уже указано направление «{other}»",
                               "«{group}» тобының бағыты {row}-жолда «{other}» деп көрсетілген",
                               "the group «{group}» already has the direction «{other}» on row {row}"),
    "plan.second_head": ("руководитель группы «{group}» уже указан в строке {row}",
                         "«{group}» тобының жетекшісі {row}-жолда көрсетілген",
                         "the head of the group «{group}» is already given on row {row}"),
    "plan.created_campaign": ("кампания «{title}» ({id})", "«{title}» науқаны ({id})", "campaign «{title}» ({id})"),
    "plan.created_group": ("рабочая группа «{title}» ({id})", "«{title}» жұмыс тобы ({id})",
                           "working group «{title}» ({id})"),
    "plan.created_tour": ("выезд «{title}» ({id})", "«{title}» сапары ({id})", "tour «{title}» ({id})"),
    "plan.summary": ("создано записей: {total} — кампаний {campaigns}, рабочих групп {groups}, направлений "
                     "{directions}, выездов {tours}, остановок {stops}, населённых пунктов {settlements}, районов "
                     "{districts}, организаций {organizations}, участников {members}, включений в группы "
                     "{memberships}; групп изменено: {changed}",
                     "құрылған жазбалар: {total} — науқандар {campaigns}, жұмыс топтары {groups}, бағыттар "
                     "{directions}, сапарлар {tours}, аялдамалар {stops}, елді мекендер {settlements}, аудандар "
                     "{districts}, ұйымдар {organizations}, қатысушылар {members}, топқа қосылғандар "
                     "{memberships}; өзгертілген топтар: {changed}",
                     "records created: {total} — campaigns {campaigns}, working groups {groups}, directions "
                     "{directions}, tours {tours}, stops {stops}, settlements {settlements}, districts "
                     "{districts}, organisations {organizations}, members {members}, group memberships "
                     "{memberships}; groups changed: {changed}"),
    "plan.template_written": ("шаблон плана кампании записан: {path}", "науқан жоспарының үлгісі жазылды: {path}",
                              "the campaign plan template was written: {path}"),
    "journal.template_written": ("шаблон журнала приёма записан: {path}", "қабылдау журналының үлгісі жазылды: {path}",
                                 "the reception journal template was written: {path}"),
    "journal.consent_note": ("ИИН, телефон: заполнять только при письменном согласии заявителя на обработку "
                             "персональных данных",
                             "ЖСН, телефон: өтініш берушінің дербес деректерді өңдеуге жазбаша келісімі болғанда "
                             "ғана толтырылады",
                             "IIN, phone: fill in only with the applicant's written consent to personal-data "
                             "processing"),
    "kato.parts_mismatch": ("код {value} не совпадает с частями AB CD EF HIJ: {parts}",
                            "{value} коды AB CD EF HIJ бөліктеріне сәйкес келмейді: {parts}",
                            "the code {value} does not match its parts AB CD EF HIJ: {parts}"),
    "kato.duplicate_code": ("код {value} уже встречался в строке {other}", "{value} коды {other}-жолда кездескен",
                            "the code {value} already appeared in row {other}"),
    "kato.no_region": ("нет области с кодом {value}", "{value} кодты облыс жоқ",
                       "there is no region with the code {value}"),
    "kato.no_district": ("нет района с кодом {value}", "{value} кодты аудан жоқ",
                         "there is no district with the code {value}"),
    "kato.summary": ("КАТО {version}: областей {regions}, районов {districts}, населённых пунктов {settlements} "
                     "(новых {created}, переименовано {renamed}, без изменений {unchanged}); округов пропущено "
                     "{okrugs}; исправлено букв-двойников: {lookalikes}",
                     "ӘАОЖ (КАТО) {version}: облыстар {regions}, аудандар {districts}, елді мекендер {settlements} "
                     "(жаңа {created}, атауы өзгерген {renamed}, өзгеріссіз {unchanged}); өткізілген округтер "
                     "{okrugs}; түзетілген ұқсас әріптер: {lookalikes}",
                     "KATO {version}: regions {regions}, districts {districts}, settlements {settlements} (new "
                     "{created}, renamed {renamed}, unchanged {unchanged}); okrugs skipped {okrugs}; look-alike "
                     "letters fixed: {lookalikes}"),
    "export.written": ("записано {count} в {path}", "{path} файлына {count} жазылды", "{count} written to {path}"),
    "export.skipped": ("пропущено без координат: {count}", "координатсыз өткізілді: {count}",
                       "skipped for lack of coordinates: {count}"),
    "field.file": ("файл", "файл", "file"),
    # --- reports (issue 4) ---
    "report.format": ("отчёт «{kind}» нельзя записать в формате «{suffix}»; допустимо: {allowed}",
                      "«{kind}» есебін «{suffix}» пішімінде жазуға болмайды; рұқсат етілгені: {allowed}",
                      "a «{kind}» report cannot be written as «{suffix}»; allowed: {allowed}"),
    "report.unwritable": ("не удаётся записать файл отчёта: {path}", "есеп файлын жазу мүмкін емес: {path}",
                          "cannot write the report file: {path}"),
    "report.font_missing": ("не найден шрифт отчётов: {path}", "есептер қарпі табылмады: {path}",
                            "a report font is missing: {path}"),
    "report.profile_missing": ("не найден цветовой профиль отчётов: {path}", "есептердің түс профилі табылмады: {path}",
                               "the reports' colour profile is missing: {path}"),
    "report.collecting": ("сбор данных отчёта", "есеп деректерін жинау", "collecting the report's data"),
    "report.writing": ("запись отчёта", "есепті жазу", "writing the report"),
    "report.done": ("отчёт готов", "есеп дайын", "the report is ready"),
    "report.cancelled": ("формирование отчёта отменено", "есепті құру тоқтатылды", "the report was cancelled"),
    "report.written": ("отчёт записан: {path}", "есеп жазылды: {path}", "report written: {path}"),
    # --- end of reports ---
    # --- sync (issue 5): packages, devices, conflicts ---
    "sync.parked_applied": (
        "применены пакеты, отложенные до обновления программы: {packages}; новых изменений: {changes}",
        "бағдарлама жаңартылғанша шегерілген пакеттер қолданылды: {packages}; жаңа өзгерістер: {changes}",
        "applied {packages} package(s) parked until the app was upgraded: {changes} new changes",
    ),
    "sync.parked_still": ("ещё ждут более новой версии: {count}", "жаңарақ нұсқаны әлі күтуде: {count}",
                          "{count} still wait for a newer version"),
    "sync.pkg_empty": ("файл пакета пуст", "пакет файлы бос", "the package file is empty"),
    "sync.pkg_corrupt": ("пакет повреждён или обрезан ({detail})", "пакет бүлінген немесе толық емес ({detail})",
                         "the package is damaged or truncated ({detail})"),
    "sync.pkg_unsigned": ("у пакета нет действительной подписи устройства",
                          "пакетте құрылғының жарамды қолтаңбасы жоқ",
                          "the package has no valid device signature"),
    "sync.pkg_unknown_device": (
        "пакет подписан незарегистрированным устройством {device} (ключ {fingerprint}); сверьте отпечаток и "
        "зарегистрируйте файл ключа: fieldapp sync device БД --enroll ФАЙЛ",
        "пакетке тіркелмеген {device} құрылғысы қол қойған (кілт {fingerprint}); саусақ ізін салыстырып, кілт "
        "файлын тіркеңіз: fieldapp sync device ДҚ --enroll ФАЙЛ",
        "the package is signed by device {device} (key {fingerprint}), which is not enrolled here; check the "
        "fingerprint and enrol its key file: fieldapp sync device DB --enroll KEYFILE"),
    "sync.pkg_revoked": ("ключ устройства {device} (ключ {fingerprint}) отозван: пакеты от него не принимаются",
                         "{device} құрылғысының кілті ({fingerprint}) кері қайтарылған: одан пакет қабылданбайды",
                         "the key of device {device} ({fingerprint}) has been revoked: its packages are refused"),
    "sync.pkg_tampered": ("часть пакета «{part}» не совпадает с подписанной контрольной суммой",
                          "пакеттің «{part}» бөлігі қол қойылған бақылау сомасына сәйкес емес",
                          "part «{part}» of the package does not match its signed checksum"),
    "sync.pkg_not_for_us": ("пакет зашифрован для других получателей: это устройство не может его прочитать",
                            "пакет басқа алушыларға шифрланған: бұл құрылғы оны оқи алмайды",
                            "the package is encrypted for other recipients: this device cannot read it"),
    "sync.pkg_newer": ("пакет создан более новой версией программы (схема {found}); он сохранён и будет применён "
                       "после обновления",
                       "пакетті бағдарламаның жаңа нұсқасы жасаған (сұлба {found}); ол сақталды және жаңартудан "
                       "кейін қолданылады",
                       "the package was made by a newer version of the app (schema {found}); it is kept aside and "
                       "will be applied after an upgrade"),
    "sync.pkg_impersonation": (
        "пакет подписан ключом {fingerprint}, но назван пакетом устройства {device}, у которого здесь другой ключ "
        "(или это устройство — эта база): пакет не принят",
        "пакетке {fingerprint} кілтімен қол қойылған, бірақ ол мұнда басқа кілті бар {device} құрылғысының пакеті "
        "деп аталған (немесе бұл құрылғы — осы дерекқор): пакет қабылданбады",
        "the package is signed with key {fingerprint} but claims to come from device {device}, which has another "
        "key here (or is this database): the package is refused"),
    "sync.pkg_foreign": (
        "пакет устройства {producer} несёт {count} изменений, сделанных устройством {device}, которых здесь нет; "
        "их может передать только само это устройство или офис координатора, зарегистрированный с правом "
        "пересылки (fieldapp sync device БД --enroll ФАЙЛ --office): пакет не принят",
        "{producer} құрылғысының пакетінде {device} құрылғысы жасаған, мұнда жоқ {count} өзгеріс бар; оларды тек "
        "сол құрылғының өзі немесе жіберу құқығымен тіркелген үйлестіруші кеңсесі бере алады (fieldapp sync "
        "device ДҚ --enroll ФАЙЛ --office): пакет қабылданбады",
        "the package of device {producer} carries {count} changes made by device {device} that are not here; only "
        "that device itself or a coordinator's office enrolled to relay (fieldapp sync device DB --enroll KEYFILE "
        "--office) may deliver them: the package is refused"),
    # The same refusals as the desktop's Sync page shows them: the fix is a button beside the table, not a command.
    "sync.pkg_unknown_device.desk": (
        "пакет подписан устройством {device} (ключ {fingerprint}), которому эта база ещё не доверяет; сверьте "
        "отпечаток с владельцем устройства и нажмите «Доверять ключу…», чтобы выбрать файл его ключа",
        "пакетке {device} құрылғысы (кілт {fingerprint}) қол қойған, бұл дерекқор оған әлі сенбейді; саусақ ізін "
        "құрылғы иесімен салыстырып, оның кілт файлын таңдау үшін «Кілтке сену…» батырмасын басыңыз",
        "the package is signed by device {device} (key {fingerprint}), which this database does not trust yet; "
        "check the fingerprint with the device's owner and press «Trust key…» to choose its key file"),
    "sync.pkg_foreign.desk": (
        "пакет устройства {producer} несёт {count} изменений, сделанных устройством {device}, которых здесь нет; "
        "их может передать только само это устройство или офис координатора: отметьте «офис» и нажмите «Доверять "
        "ключу…», чтобы выбрать файл ключа офиса",
        "{producer} құрылғысының пакетінде {device} құрылғысы жасаған, мұнда жоқ {count} өзгеріс бар; оларды тек "
        "сол құрылғының өзі немесе үйлестіруші кеңсесі бере алады: «кеңсе» белгісін қойып, кеңсе кілтінің файлын "
        "таңдау үшін «Кілтке сену…» батырмасын басыңыз",
        "the package of device {producer} carries {count} changes made by device {device} that are not here; only "
        "that device itself or a coordinator's office may deliver them: tick «office» and press «Trust key…» to "
        "choose the office's key file"),
    "sync.skipped_revoked": (
        "не применены изменения отозванного устройства {device}: {count}",
        "кері қайтарылған {device} құрылғысының өзгерістері қолданылмады: {count}",
        "{count} changes of revoked device {device} were not applied"),
    "sync.bad_table": ("пакет изменяет неизвестную таблицу «{table}»: пакет не принят",
                       "пакет белгісіз «{table}» кестесін өзгертеді: пакет қабылданбады",
                       "the package changes an unknown table «{table}»: the package is refused"),
    "sync.bad_field": ("пакет изменяет неизвестное поле «{column}» таблицы {table}: пакет не принят",
                       "пакет {table} кестесінің белгісіз «{column}» өрісін өзгертеді: пакет қабылданбады",
                       "the package changes an unknown field «{column}» of table {table}: the package is refused"),
    "sync.pkg_missing_field": ("в пакете новая запись таблицы {table} без обязательного поля «{column}»: пакет не "
                               "принят",
                               "пакетте {table} кестесінің жаңа жазбасында міндетті «{column}» өрісі жоқ: пакет "
                               "қабылданбады",
                               "the package brings a new {table} record without its required field «{column}»: the "
                               "package is refused"),
    "sync.pkg_row_refused": ("база данных не приняла запись из пакета ({detail}): пакет не принят",
                             "дерекқор пакеттегі жазбаны қабылдамады ({detail}): пакет қабылданбады",
                             "the database refused a record of the package ({detail}): the package is refused"),
    "sync.bad_value": ("в пакете значение поля {table}.{column} записи {row} не того типа (ожидается {expected}, "
                       "получено {found}): пакет не принят",
                       "пакетте {row} жазбасының {table}.{column} өрісінің мәні басқа түрде (күтілгені {expected}, "
                       "келгені {found}): пакет қабылданбады",
                       "the package gives field {table}.{column} of record {row} a value of the wrong type (expected "
                       "{expected}, found {found}): the package is refused"),
    "sync.insert_only": ("пакет изменяет поле «{column}» записи таблицы {table}, записи которой не изменяются: "
                         "пакет не принят",
                         "пакет {table} кестесі жазбасының «{column}» өрісін өзгертеді, бұл кестенің жазбалары "
                         "өзгертілмейді: пакет қабылданбады",
                         "the package edits field «{column}» of a {table} record, and such records are never edited: "
                         "the package is refused"),
    "sync.bad_row": ("в пакете повреждена новая запись {row} таблицы {table}: пакет не принят",
                     "пакетте {table} кестесінің жаңа {row} жазбасы бүлінген: пакет қабылданбады",
                     "the package holds a damaged new record {row} of table {table}: the package is refused"),
    "sync.bad_row_id": ("в пакете недопустимый идентификатор записи «{row}» (таблица {table}): пакет не принят",
                        "пакетте жазбаның жарамсыз идентификаторы «{row}» ({table} кестесі): пакет қабылданбады",
                        "the package names a record by an invalid id «{row}» (table {table}): the package is refused"),
    "sync.bad_device": ("в пакете недопустимый идентификатор устройства «{device}»: пакет не принят",
                        "пакетте құрылғының жарамсыз идентификаторы «{device}»: пакет қабылданбады",
                        "the package names a device by an invalid id «{device}»: the package is refused"),
    "sync.bad_clock": ("в пакете недопустимая отметка времени или номер изменения (запись {row}, таблица {table}): "
                       "пакет не принят",
                       "пакетте өзгерістің жарамсыз уақыт белгісі немесе нөмірі ({table} кестесі, {row} жазбасы): "
                       "пакет қабылданбады",
                       "the package holds an invalid clock or change number (record {row}, table {table}): the "
                       "package is refused"),
    "sync.bad_schema": ("изменение записи {row} (таблица {table}) помечено схемой {found}, которой нет у пакета: "
                        "пакет не принят",
                        "{row} жазбасының өзгерісі ({table} кестесі) пакетте жоқ {found} сұлбасымен белгіленген: "
                        "пакет қабылданбады",
                        "a change of record {row} (table {table}) is marked with schema {found}, which the package "
                        "does not have: the package is refused"),
    "sync.bad_author": ("в пакете недопустимый автор изменения записи {row} (таблица {table}): пакет не принят",
                        "пакетте {row} жазбасы өзгерісінің авторы жарамсыз ({table} кестесі): пакет қабылданбады",
                        "the package names an invalid author for a change of record {row} (table {table}): the "
                        "package is refused"),
    "sync.bad_bases": ("в пакете повреждены ссылки изменения записи {row} (таблица {table}): пакет не принят",
                       "пакетте {row} жазбасы өзгерісінің сілтемелері бүлінген ({table} кестесі): пакет қабылданбады",
                       "the package holds damaged bases of a change of record {row} (table {table}): the package "
                       "is refused"),
    "sync.pkg_format": ("неизвестный формат пакета (версия {found})", "пакет пішімі белгісіз (нұсқа {found})",
                        "unknown package format (version {found})"),
    # package limits (issue 11, items 4 and 5)
    "sync.pkg_entries": ("в пакете больше {limit} записей: это не пакет программы",
                         "пакетте {limit} жазбадан көп: бұл бағдарламаның пакеті емес",
                         "the package holds more than {limit} entries: it is not one of this app's packages"),
    "sync.pkg_duplicate": ("в пакете две записи «{name}»: другая программа прочла бы не ту, пакет отклонён",
                           "пакетте екі «{name}» жазбасы бар: басқа бағдарлама екіншісін оқуы мүмкін, пакет "
                           "қабылданбады",
                           "the package holds two entries named «{name}»: another reader could take the other one, "
                           "so the package is refused"),
    "sync.pkg_bad_name": ("недопустимое имя записи в пакете: «{name}»",
                          "пакеттегі жазбаның атауы жарамсыз: «{name}»",
                          "an entry of the package has an unacceptable name: «{name}»"),
    "sync.pkg_too_large": ("запись пакета «{part}» больше {limit} МБ",
                           "пакеттің «{part}» жазбасы {limit} МБ-тан үлкен",
                           "the package's entry «{part}» is larger than {limit} MB"),
    "sync.pkg_unpacks_too_large": ("пакет распаковывается больше чем в {limit} МБ (часть «{part}»): так не бывает у "
                                   "настоящего пакета",
                                   "пакет ашылғанда {limit} МБ-тан асады («{part}» бөлігі): нағыз пакетте олай "
                                   "болмайды",
                                   "the package unpacks to more than {limit} MB (part «{part}»): no genuine package "
                                   "does"),
    "sync.pkg_too_many": ("в части пакета «{part}» списки длиннее допустимого ({limit} элементов)",
                          "пакеттің «{part}» бөлігіндегі тізімдер рұқсат етілгеннен ұзын ({limit} элемент)",
                          "part «{part}» of the package holds longer lists than allowed ({limit} items)"),
    "sync.pkg_value_too_large": ("в части пакета «{part}» есть значение больше {limit} МБ",
                                 "пакеттің «{part}» бөлігінде {limit} МБ-тан үлкен мән бар",
                                 "part «{part}» of the package holds a value larger than {limit} MB"),
    "sync.collision": ("устройство {device} выдало два разных изменения под номером {seq}: одна из баз — "
                       "незамеченная копия другой; импорт отменён",
                       "{device} құрылғысы {seq} нөмірімен екі түрлі өзгеріс берген: дерекқорлардың бірі — "
                       "екіншісінің байқалмаған көшірмесі; импорт тоқтатылды",
                       "device {device} numbered two different changes {seq}: one of the databases is an unnoticed "
                       "copy of the other; nothing was imported"),
    "sync.reg_no_clash": ("номер талона {reg_no} оказался у двух разных приёмов: {here} (принят {here_at}) здесь "
                          "и {there} (принят {there_at}) с устройства {device}; импорт отменён, сверьте бумажные "
                          "талоны с обоими ноутбуками",
                          "{reg_no} талон нөмірі екі түрлі қабылдауда кездесті: осындағы {here} (қабылданған "
                          "{here_at}) және {device} құрылғысынан келген {there} (қабылданған {there_at}); импорт "
                          "тоқтатылды, қағаз талондарды екі ноутбукпен салыстырыңыз",
                          "registration number {reg_no} is on two different receptions: {here} (received {here_at}) "
                          "here and {there} (received {there_at}) from device {device}; nothing was imported, check "
                          "the paper talons with both laptops"),
    "sync.key_file": ("это не файл ключа устройства fieldapp", "бұл fieldapp құрылғысының кілт файлы емес",
                      "this is not a fieldapp device key file"),
    "sync.unknown_device": ("нет устройства с идентификатором {id}", "{id} идентификаторы бар құрылғы жоқ",
                            "no device with the id {id}"),
    "sync.unknown_key": ("нет зарегистрированного ключа {id}", "{id} тіркелген кілті жоқ",
                         "no enrolled key {id}"),
    "sync.no_recipients": ("не для кого шифровать пакет: не зарегистрировано ни одного ключа устройства. "
                           "Зарегистрируйте ключ (sync device --enroll КЛЮЧ) или выгрузите пакет без шифрования "
                           "(--plain)",
                           "пакетті шифрлайтын ешкім жоқ: бірде-бір құрылғы кілті тіркелмеген. Кілтті тіркеңіз "
                           "(sync device --enroll КІЛТ) немесе пакетті шифрсыз шығарыңыз (--plain)",
                           "no one to encrypt the package for: no device key is enrolled. Enrol a key "
                           "(sync device --enroll KEYFILE) or export without encryption (--plain)"),
    "sync.plain_with_recipients": ("пакет нельзя одновременно зашифровать для получателей и выгрузить без шифрования",
                                   "пакетті бір мезгілде алушыларға шифрлау және шифрсыз шығару мүмкін емес",
                                   "a package cannot be both encrypted for recipients and written without encryption"),
    "sync.plain_package": ("пакет {path} не зашифрован: любой, у кого окажется этот файл, может прочитать "
                           "все данные в нём, включая персональные",
                           "{path} пакеті шифрланбаған: бұл файл қолына түскен кез келген адам ондағы барлық "
                           "деректерді, соның ішінде дербес деректерді оқи алады",
                           "the package {path} is not encrypted: anyone holding the file can read all the data in "
                           "it, personal data included"),
    "history.unknown": ("нет записи с идентификатором {id}", "{id} идентификаторы бар жазба жоқ",
                        "no record has the id {id}"),
    "history.yes": ("да", "иә", "yes"),
    "history.no": ("нет", "жоқ", "no"),
    "access.scope_all": ("все изменения базы", "базаның барлық өзгерістері", "every change of the database"),
    "access.scope_device": ("для устройства {device}", "{device} құрылғысы үшін", "for device {device}"),
    "access.package_plain": ("незашифрованный пакет", "шифрланбаған пакет", "plain package"),
    "access.package_encrypted": ("зашифрованный пакет", "шифрланған пакет", "encrypted package"),
    "access.log_empty": ("персональные данные жителей ещё не печатались и не выгружались",
                         "тұрғындардың дербес деректері әлі басылмаған және экспортталмаған",
                         "no resident's personal data has been printed or exported yet"),
    "sync.no_conflict": ("нет конфликта для записи {id}", "{id} жазбасы үшін қайшылық жоқ",
                         "no conflict for record {id}"),
    "sync.clock_limit": (
        "изменение отклонено: запись помечена временем на самом пределе часов синхронизации (пакет с поддельным "
        "временем), и новое изменение нельзя поставить после него — сообщите координатору",
        "өзгеріс қабылданбады: жазбаға синхрондау сағатының ең шегіндегі уақыт белгіленген (уақыты жалған пакет), "
        "жаңа өзгерісті одан кейін қою мүмкін емес — үйлестірушіге хабарлаңыз",
        "the edit is refused: the record carries a time stamp at the very end of the sync clock's range (a package "
        "with a forged time), and no change can be ordered after it — tell the coordinator"),
    "sync.bad_resolution": ("укажите конфликт как ТАБЛИЦА:ID:ПОЛЕ и ровно одно из --pick или --value",
                            "қайшылықты КЕСТЕ:ID:ӨРІС түрінде және --pick немесе --value біреуін ғана көрсетіңіз",
                            "name the conflict as TABLE:ID:FIELD and give exactly one of --pick or --value"),
    "file.unwritable": ("не удаётся записать файл {path}: нет права записи в папку, или носитель только для чтения "
                        "или извлечён",
                        "{path} файлын жазу мүмкін емес: қалтаға жазу құқығы жоқ, не тасымалдағыш тек оқуға арналған "
                        "немесе алынып тасталған",
                        "cannot write the file {path}: no permission to write in its folder, or the drive is "
                        "read-only or was removed"),
    "file.no_space": ("не удаётся записать файл {path}: на диске нет места",
                      "{path} файлын жазу мүмкін емес: дискіде орын жоқ",
                      "cannot write the file {path}: the disk is full"),
    "file.no_folder": ("не удаётся записать файл {path}: такой папки нет",
                       "{path} файлын жазу мүмкін емес: мұндай қалта жоқ",
                       "cannot write the file {path}: there is no such folder"),
    "file.is_folder": ("не удаётся записать файл {path}: это папка", "{path} файлын жазу мүмкін емес: бұл қалта",
                       "cannot write the file {path}: it is a folder"),
    "file.unreadable": ("файл не найден или не читается", "файл табылмады немесе оқылмайды",
                        "the file is missing or unreadable"),
    "field.fingerprint": ("отпечаток ключа", "кілттің саусақ ізі", "key fingerprint"),
    "field.device": ("устройство", "құрылғы", "device"),
    # --- end of sync ---
    # --- hub (issue 5) ---

    "hub.not_enrolled": (
        "ключ этой базы ({fingerprint}) не зарегистрирован на хабе {host}: попросите офис хаба выполнить "
        "fieldapp hub enroll БД --url URL ФАЙЛ_КЛЮЧА",
        "осы дерекқордың кілті ({fingerprint}) {host} хабында тіркелмеген: хаб кеңсесінен fieldapp hub enroll "
        "ДҚ --url URL КІЛТ_ФАЙЛЫ орындауды сұраңыз",
        "this database's key ({fingerprint}) is not enrolled at hub {host}: ask the hub's office to run "
        "fieldapp hub enroll DB --url URL KEYFILE"),
    "hub.revoked": ("ключ этой базы ({fingerprint}) отозван на хабе {host}: отправка не принимается",
                    "осы дерекқордың кілті ({fingerprint}) {host} хабында кері қайтарылған: жіберу қабылданбайды",
                    "this database's key ({fingerprint}) has been revoked at hub {host}: pushes are refused"),
    "hub.not_office": ("регистрировать и отзывать ключи на хабе {host} может только его офис ({act})",
                       "{host} хабында кілттерді тек оның кеңсесі тіркей және кері қайтара алады ({act})",
                       "only the office of hub {host} may enrol and revoke keys there ({act})"),
    "hub.enrolled_first": ("хаб был пуст: ключ этой базы зарегистрирован на нём как офис; другие устройства "
                           "регистрируйте командой fieldapp hub enroll",
                           "хаб бос еді: осы дерекқордың кілті онда кеңсе ретінде тіркелді; басқа құрылғыларды "
                           "fieldapp hub enroll командасымен тіркеңіз",
                           "the hub was empty: this database's key is enrolled there as its office; enrol other "
                           "devices with fieldapp hub enroll"),
    "hub.untrusted": ("на хабе оставлены изменения устройства {device} ({count}): их не подписал ключ, которому "
                      "доверяет эта база (зарегистрируйте ключ устройства или офиса)",
                      "{device} құрылғысының өзгерістері хабта қалдырылды ({count}): оларға осы дерекқор сенетін "
                      "кілт қол қоймаған (құрылғының не кеңсенің кілтін тіркеңіз)",
                      "{count} changes of device {device} were left on the hub: no key this database trusts signed "
                      "for them (enrol the device's or an office's key)"),
    "hub.unreachable": ("не удаётся подключиться к хабу PostgreSQL {host}: {reason}",
                        "PostgreSQL хабына {host} қосылу мүмкін емес: {reason}",
                        "cannot connect to the PostgreSQL hub {host}: {reason}"),
    "hub.failed": ("хаб PostgreSQL {host} прервал обмен: {reason}; локальная база не изменена",
                   "PostgreSQL хабы {host} алмасуды үзді: {reason}; жергілікті дерекқор өзгермеді",
                   "the PostgreSQL hub {host} broke off the exchange: {reason}; the local database is unchanged"),
    "hub.no_schema": ("в базе PostgreSQL {host} нет схемы для хаба (проверьте search_path в URL)",
                      "PostgreSQL {host} дерекқорында хаб үшін сұлба жоқ (URL-дегі search_path тексеріңіз)",
                      "the PostgreSQL database {host} has no schema for the hub (check search_path in the URL)"),
    "hub.damaged": ("хаб PostgreSQL {host} повреждён: нет его идентификатора устройства",
                    "PostgreSQL хабы {host} бүлінген: құрылғы идентификаторы жоқ",
                    "the PostgreSQL hub {host} is damaged: it has no device id"),
    "hub.damaged_change": ("на хабе {host} изменение {device}:{seq} не совпадает со своей контрольной суммой; "
                           "ничего не получено",
                           "{host} хабындағы {device}:{seq} өзгерісі бақылау сомасына сәйкес емес; ештеңе алынбады",
                           "change {device}:{seq} on the hub {host} does not match its checksum; nothing was pulled"),
    "hub.collision": ("хаб {host} уже хранит изменение {device}:{seq} с другим содержимым: эта база — незамеченная "
                      "копия другой или восстановлена из резервной копии; ничего не отправлено",
                      "{host} хабында {device}:{seq} өзгерісі басқа мазмұнмен сақталған: бұл дерекқор — басқасының "
                      "байқалмаған көшірмесі немесе сақтық көшірмеден қалпына келтірілген; ештеңе жіберілмеді",
                      "the hub {host} already holds change {device}:{seq} with other content: this database is an "
                      "unnoticed copy of another or was restored from a backup; nothing was pushed"),
    "hub.blob_corrupt": ("файл фотографии {path} повреждён (контрольная сумма не совпадает); на хаб {host} ничего "
                         "не отправлено",
                         "{path} фото файлы бүлінген (бақылау сомасы сәйкес емес); {host} хабына ештеңе жіберілмеді",
                         "the photo file {path} is damaged (its checksum does not match); nothing was pushed to the "
                         "hub {host}"),
    "hub.blob_refused": ("хаб {host} отклонил фотографию, не совпадающую со своей контрольной суммой: {reason}; "
                         "ничего не отправлено",
                         "{host} хабы бақылау сомасына сәйкес емес фотоны қабылдамады: {reason}; ештеңе жіберілмеді",
                         "the hub {host} refused a photo that does not match its checksum: {reason}; nothing was "
                         "pushed"),
    "hub.data_key_missing": (
        "у этой базы нет ключа к персональным данным хаба {host}: попросите офис хаба выполнить "
        "fieldapp hub enroll БД --url URL ФАЙЛ_КЛЮЧА; ничего не изменено",
        "осы дерекқорда {host} хабының дербес деректеріне кілт жоқ: хаб кеңсесінен fieldapp hub enroll "
        "ДҚ --url URL КІЛТ_ФАЙЛЫ орындауды сұраңыз; ештеңе өзгермеді",
        "this database holds no key to the personal data on hub {host}: ask the hub's office to run "
        "fieldapp hub enroll DB --url URL KEYFILE; nothing was changed"),
    "hub.data_key_untrusted": (
        "ключ к персональным данным на хабе {host} записан не офисом, которому доверяет эта база (или повреждён): "
        "он не используется; зарегистрируйте ключ офиса (sync device --enroll … --office); ничего не изменено",
        "{host} хабындағы дербес деректер кілтін осы дерекқор сенетін кеңсе жазбаған (не бүлінген): ол "
        "қолданылмайды; кеңсенің кілтін тіркеңіз (sync device --enroll … --office); ештеңе өзгермеді",
        "the key to the personal data on hub {host} was not written by an office this database trusts (or is "
        "damaged): it is not used; enrol the office's key (sync device --enroll … --office); nothing was changed"),
    "hub.damaged_blob": ("на хабе {host} фотография {digest} не совпадает со своей контрольной суммой; ничего не "
                         "получено",
                         "{host} хабындағы {digest} фотосы бақылау сомасына сәйкес емес; ештеңе алынбады",
                         "photo {digest} on the hub {host} does not match its checksum; nothing was pulled"),
    # the command line's own complaints
    "cli.interrupted": ("прервано", "тоқтатылды", "interrupted"),
    "cli.internal_error": ("внутренняя ошибка: {problem}; подробности в журнале {path}",
                           "ішкі қате: {problem}; толығырақ {path} журналында", "internal error: {problem}; see the "
                           "log {path}"),
    "cli.not_implemented": ("команда {command} ещё не реализована", "{command} пәрмені әлі іске асырылмаған",
                            "{command} is not implemented yet"),
    "plan.cli.needs_dates": ("plan generate требует --from ДАТА и --to ДАТА", "plan generate үшін --from КҮН және "
                             "--to КҮН керек", "plan generate needs --from DATE and --to DATE"),
    "plan.cli.json_only_show": ("--json — для `plan БД`", "--json `plan ДҚ` үшін ғана", "--json is for `plan DB`"),
    "plan.cli.expected": ("ожидается `plan БД` или `plan generate БД`", "`plan ДҚ` немесе `plan generate ДҚ` "
                          "күтіледі", "expected `plan DB` or `plan generate DB`"),
    "plan.cli.generate_only": ("--from, --to, --district и --dry-run — для `plan generate БД`",
                               "--from, --to, --district және --dry-run `plan generate ДҚ` үшін ғана",
                               "--from, --to, --district and --dry-run are for `plan generate DB`"),
    "sync.cli.summary": ("добавлено записей: {added}; обновлено полей: {updated}; новых конфликтов: {conflicts}; "
                         "новых изменений: {changes}",
                         "қосылған жазбалар: {added}; жаңартылған өрістер: {updated}; жаңа қайшылықтар: "
                         "{conflicts}; жаңа өзгерістер: {changes}",
                         "added: {added}; updated fields: {updated}; new conflicts: {conflicts}; new changes: "
                         "{changes}"),
    "sync.cli.summary_dry": ("будет добавлено записей: {added}; обновлено полей: {updated}; новых конфликтов: "
                             "{conflicts}; новых изменений: {changes}",
                             "қосылатын жазбалар: {added}; жаңартылатын өрістер: {updated}; жаңа қайшылықтар: "
                             "{conflicts}; жаңа өзгерістер: {changes}",
                             "would add: {added}; updated fields: {updated}; new conflicts: {conflicts}; new "
                             "changes: {changes}"),
    "sync.cli.gaps": ("устройство {device}: нет изменений {ranges}", "{device} құрылғысы: {ranges} өзгерістері жоқ",
                      "device {device}: changes {ranges} are missing"),
    "hub.cli.pushed": ("отправлено на хаб {hub}: изменений {sent}, из них новых {new}, полей выиграло {winners}, "
                       "фотографий {photos}; строк схемы {schema} записано: {readable}",
                       "{hub} хабына жіберілді: өзгерістер {sent}, оның ішінде жаңа {new}, ұтқан өрістер {winners}, "
                       "фотосуреттер {photos}; {schema} схемасының жазылған жолдары: {readable}",
                       "pushed to hub {hub}: {sent} changes sent, {new} new, {winners} fields won, {photos} photos "
                       "sent, {readable} rows of schema {schema} written"),
    "hub.cli.pulled": ("получено с хаба {hub}: изменений {received}, из них новых {new}; добавлено записей: "
                       "{added}; обновлено полей: {updated}; новых конфликтов: {conflicts}; фотографий: {photos}",
                       "{hub} хабынан алынды: өзгерістер {received}, оның ішінде жаңа {new}; қосылған жазбалар: "
                       "{added}; жаңартылған өрістер: {updated}; жаңа қайшылықтар: {conflicts}; фотосуреттер: "
                       "{photos}",
                       "pulled from hub {hub}: {received} changes, {new} new; added: {added}; updated fields: "
                       "{updated}; new conflicts: {conflicts}; photos received: {photos}"),
    "hub.cli.held_back": ("изменений на хабе, которым нужна более новая версия программы: {count}",
                          "хабта бағдарламаның жаңа нұсқасын қажет ететін өзгерістер: {count}",
                          "{count} changes on the hub need a newer version of the app"),
    # progress on the command line: what is being written, by the kind of record (a table's human name)
    "progress.region": ("области", "облыстар", "regions"),
    "progress.district": ("районы", "аудандар", "districts"),
    "progress.settlement": ("населённые пункты", "елді мекендер", "settlements"),
    "progress.organization": ("организации", "ұйымдар", "organisations"),
    "progress.member": ("участники", "қатысушылар", "members"),
    "progress.account": ("учётные записи", "есептік жазбалар", "accounts"),
    "progress.direction": ("направления", "бағыттар", "directions"),
    "progress.campaign": ("кампании", "науқандар", "campaigns"),
    "progress.working_group": ("рабочие группы", "жұмыс топтары", "working groups"),
    "progress.group_member": ("составы рабочих групп", "жұмыс топтарының құрамы", "group members"),
    "progress.rotation_slot": ("график ротации", "ротация кестесі", "rotation plan"),
    "progress.tour": ("выезды", "сапарлар", "tours"),
    "progress.tour_group": ("группы выездов", "сапар топтары", "groups on tours"),
    "progress.stop": ("остановки", "аялдамалар", "stops"),
    "progress.stop_headcount": ("число пришедших", "келгендер саны", "head counts"),
    "progress.stop_organization": ("организации на остановках", "аялдамадағы ұйымдар", "organisations at stops"),
    "progress.stop_approval": ("утверждённые дни", "бекітілген күндер", "approved days"),
    "progress.activity": ("мероприятия", "іс-шаралар", "activities"),
    "progress.reception": ("приёмы граждан", "азаматтарды қабылдау", "citizen receptions"),
    "progress.poll": ("опросы", "сауалнамалар", "polls"),
    "progress.poll_option": ("варианты ответов", "жауап нұсқалары", "poll options"),
    "progress.poll_tally": ("подсчёт ответов", "жауаптарды санау", "poll tallies"),
    "progress.signal": ("сигналы", "сигналдар", "signals"),
    "progress.photo": ("фотографии", "фотосуреттер", "photos"),
    "progress.control_item": ("вопросы на контроле", "бақылаудағы мәселелер", "items under control"),
    "progress.control_event": ("события вопросов на контроле", "бақылаудағы мәселелер оқиғалары",
                               "events of items under control"),
    "progress.control_reception": ("обращения по вопросам на контроле", "бақылаудағы мәселелер бойынша өтініштер",
                                   "receptions on items under control"),
    "progress.access_log": ("журнал доступа", "қолжетімділік журналы", "access log"),
    "progress.sync_change": ("журнал изменений", "өзгерістер журналы", "change log"),
    "progress.sync_history": ("история изменений", "өзгерістер тарихы", "change history"),
    "progress.sync_winner": ("текущие значения", "ағымдағы мәндер", "current values"),
    "progress.sync_conflict": ("конфликты", "қайшылықтар", "conflicts"),
    "progress.sync_device": ("устройства", "құрылғылар", "devices"),
    "progress.sync_key": ("ключи устройств", "құрылғы кілттері", "device keys"),
    "progress.sync_package": ("пакеты синхронизации", "синхрондау пакеттері", "sync packages"),
    "progress.sync_parked": ("отложенные пакеты", "кейінге қалдырылған пакеттер", "parked packages"),
    "progress.local_meta": ("служебные данные", "қызметтік деректер", "bookkeeping"),
    "progress.export": ("запись пакета", "пакетті жазу", "writing the package"),
    "progress.import": ("загрузка пакетов", "пакеттерді жүктеу", "loading packages"),
    "progress.hub push": ("отправка на хаб", "хабқа жіберу", "pushing to the hub"),
    "progress.hub pull": ("получение с хаба", "хабтан алу", "pulling from the hub"),
    "progress.scenario": ("демо-сценарий", "демо сценарийі", "demo scenario"),
    "progress.month": ("месяц {month} из {months}", "{months} айдың {month}-айы", "month {month} of {months}"),
}


def render(code: str, lang: str = "ru", default: str | None = None, **params: Any) -> str:
    """The message `code` in `lang` (ru when unknown), with params filled in."""
    texts = MESSAGES.get(code)
    if texts is None:
        return default if default is not None else code
    idx = LANGS.index(lang) if lang in LANGS else 0
    text = texts[idx]
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text
