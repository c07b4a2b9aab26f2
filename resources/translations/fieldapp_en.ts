<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="ru_RU">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Учётные записи</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Кто может открывать эту базу. Добавлять, менять пароли и отключать учётные записи может координатор.</source>
        <translation>Who may open this database. Only a coordinator may add accounts, change their passwords and disable them.</translation>
    </message>
    <message>
        <source>&amp;Имя:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Роль:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Член группы (часть ФИО):</source>
        <translation>Group &amp;member (part of the name):</translation>
    </message>
    <message>
        <source>&amp;Пароль:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>П&amp;овторите пароль:</source>
        <translation>R&amp;epeat the password:</translation>
    </message>
    <message>
        <source>&amp;Добавить</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Задать пароль выбранной</source>
        <translation>&amp;Set the selected one&apos;s password</translation>
    </message>
    <message>
        <source>&amp;Отключить выбранную</source>
        <translation>&amp;Disable the selected one</translation>
    </message>
    <message>
        <source>Пароли не совпадают.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Учётная запись «%1» добавлена.</source>
        <translation>Account «%1» added.</translation>
    </message>
    <message>
        <source>Пароль «%1» изменён.</source>
        <translation>The password of «%1» was changed.</translation>
    </message>
    <message>
        <source>Отключить учётную запись</source>
        <translation>Disable the account</translation>
    </message>
    <message>
        <source>Отключить «%1»? Эта учётная запись больше не сможет войти.</source>
        <translation>Disable «%1»? This account will no longer be able to sign in.</translation>
    </message>
    <message>
        <source>Учётная запись «%1» отключена.</source>
        <translation>Account «%1» disabled.</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Учётная запись</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Роль</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Член рабочей группы</source>
        <translation>Working-group member</translation>
    </message>
    <message>
        <source>Состояние</source>
        <translation>State</translation>
    </message>
    <message>
        <source>отключена</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>нужен новый пароль</source>
        <translation>needs a new password</translation>
    </message>
    <message>
        <source>действует</source>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Вид</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Аудитория</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Название</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Участников</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Материалов</source>
        <translation>Handouts</translation>
    </message>
    <message>
        <source>Публикаций</source>
        <translation>Publications</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <source>День не утверждён</source>
        <translation>The day is not approved</translation>
    </message>
    <message>
        <source>Утвердить приёмы, мероприятия и численность этого дня: после этого их сможет изменить только руководитель или координатор</source>
        <translation>Approve this day&apos;s receptions, activities and head counts: afterwards only a supervisor or a coordinator can change them</translation>
    </message>
    <message>
        <source>Утвердить день</source>
        <translation>Approve the day</translation>
    </message>
    <message>
        <source>Правок из офлайна, расходящихся с утверждённым днём: %1 — это конфликты синхронизации, их разбирает координатор</source>
        <translation>Offline edits that disagree with the approved day: %1 — these are sync conflicts, a coordinator settles them</translation>
    </message>
    <message>
        <source>Записей, добавленных без утверждения: %1 — утвердите день ещё раз</source>
        <translation>Records added without approval: %1 — approve the day again</translation>
    </message>
    <message>
        <source>Утвердить день остановки? После этого изменять его приёмы, мероприятия и численность сможет только руководитель или координатор, и каждая правка будет отмечена в истории.</source>
        <translation>Approve the stop&apos;s day? Afterwards only a supervisor or a coordinator can change its receptions, activities and head counts, and each correction is marked in the history.</translation>
    </message>
</context>
<context>
    <name>CampaignSection</name>
    <message>
        <source>Новая кампания</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>Кампания</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Заполните форму справа — название, вид, сроки — и нажмите «Сохранить».</source>
        <translation>Fill in the form on the right — title, kind, period — and press «Save».</translation>
    </message>
    <message>
        <source>Удалить кампанию «%1»? Она исчезнет из списков выбора; уже записанные выезды и приёмы останутся в истории.</source>
        <translation>Delete the campaign «%1»? It leaves the pickers; the tours and receptions already recorded stay in the history.</translation>
    </message>
    <message>
        <source>Кампания сохранена.</source>
        <translation>Campaign saved.</translation>
    </message>
    <message>
        <source>Кампаний пока нет</source>
        <translation>No campaigns yet</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Введите текущий пароль.</source>
        <translation>Enter the current password.</translation>
    </message>
    <message>
        <source>Сменить пароль</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&amp;Текущий пароль:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;Новый пароль:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>П&amp;овторите новый пароль:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <source>Учётная запись: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Сменить</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>кампании</source>
        <translation>campaigns</translation>
    </message>
    <message>
        <source>направления</source>
        <translation>directions</translation>
    </message>
    <message>
        <source>рабочие группы</source>
        <translation>working groups</translation>
    </message>
    <message>
        <source>план ротации</source>
        <translation>rotation plan</translation>
    </message>
    <message>
        <source>организации</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>участники</source>
        <translation>members</translation>
    </message>
    <message>
        <source>населённые пункты</source>
        <translation>settlements</translation>
    </message>
    <message>
        <source>выезды</source>
        <translation>tours</translation>
    </message>
    <message>
        <source>остановки</source>
        <translation>stops</translation>
    </message>
    <message>
        <source>мероприятия</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>приём граждан</source>
        <translation>citizen receptions</translation>
    </message>
    <message>
        <source>контроль</source>
        <translation>control</translation>
    </message>
    <message>
        <source>опросы</source>
        <translation>polls</translation>
    </message>
    <message>
        <source>сигналы</source>
        <translation>signals</translation>
    </message>
    <message>
        <source>фотографии</source>
        <translation>photos</translation>
    </message>
</context>
<context>
    <name>ControlPage</name>
    <message>
        <source>Вопросы на контроле</source>
        <translation>Problems under control</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Перечитать список (F5)</source>
        <translation>Read the list again (F5)</translation>
    </message>
    <message>
        <source>Поиск: вопрос или населённый пункт</source>
        <translation>Search: problem or settlement</translation>
    </message>
    <message>
        <source>Показывать только то, где есть этот текст: название, населённый пункт или описание (Ctrl+F)</source>
        <translation>Show only what holds this text: title, settlement or description (Ctrl+F)</translation>
    </message>
    <message>
        <source>Статус:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>только просроченные</source>
        <translation>overdue only</translation>
    </message>
    <message>
        <source>Район:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Ответственный:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>Выберите вопрос в списке</source>
        <translation>Choose a problem in the list</translation>
    </message>
    <message>
        <source>История</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Действия</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Причина или примечание</source>
        <translation>Reason or note</translation>
    </message>
    <message>
        <source>Для продления и отказа обязательна</source>
        <translation>Required to extend or to reject</translation>
    </message>
    <message>
        <source>Новый срок</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>В работу</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Продлить срок</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <source>Решено</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Отказать</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Кто и когда менял этот вопрос (Ctrl+H)</source>
        <translation>Who changed this item, and when (Ctrl+H)</translation>
    </message>
    <message>
        <source>Вопросов на контроле нет</source>
        <translation>No problems under control</translation>
    </message>
    <message>
        <source>Вопрос берут на контроль на приёме граждан: выберите результат «взято на контроль» и укажите ответственный орган. Срок — 15 рабочих дней; здесь будут видны просроченные вопросы, продление, решение и отказ. Если фильтры скрыли все вопросы, снимите их.</source>
        <translation>A problem is taken under control at the citizen reception: choose the outcome “taken under control” and name the responsible body. The deadline is 15 working days; overdue problems, extensions, resolutions and refusals show here. If the filters hide every problem, clear them.</translation>
    </message>
    <message>
        <source>Загрузка…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>все</source>
        <translation>all</translation>
    </message>
    <message>
        <source>все районы</source>
        <translation>all districts</translation>
    </message>
    <message>
        <source>Показано %1 из %2</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>просрочено: %1</source>
        <translation>overdue: %1</translation>
    </message>
    <message>
        <source>Статус: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Срок: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>истёк</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>Ответственный: %1</source>
        <translation>Responsible: %1</translation>
    </message>
    <message>
        <source>Населённый пункт: %1</source>
        <translation>Settlement: %1</translation>
    </message>
    <message>
        <source>Взят на контроль %1; уведомить заявителя до %2</source>
        <translation>Taken under control on %1; notify the applicant by %2</translation>
    </message>
    <message>
        <source>не позже %1 — два месяца со дня взятия на контроль</source>
        <translation>no later than %1: two months from the day it was taken under control</translation>
    </message>
</context>
<context>
    <name>ControlTableModel</name>
    <message>
        <source>Вопрос</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Срок</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Рабочих дней осталось</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <source>Ответственный</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Взят на контроль</source>
        <translation>Taken under control</translation>
    </message>
    <message>
        <source>Обращений</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <source>%1, срок истёк</source>
        <translation>%1, overdue</translation>
    </message>
</context>
<context>
    <name>CreateDatabaseDialog</name>
    <message>
        <source>Новая база данных</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Первая учётная запись базы — координатор: он добавляет остальных участников и выдаёт им пароли.</source>
        <translation>The database&apos;s first account is the coordinator: they add the other participants and give them passwords.</translation>
    </message>
    <message>
        <source>&amp;Имя координатора:</source>
        <translation>Coordinator&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Пароль:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>П&amp;овторите пароль:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>&amp;Защитить базу паролем</source>
        <translation>&amp;Protect the database with a password</translation>
    </message>
    <message>
        <source>Без защиты любой, кто скопирует файл базы, прочтёт все записи, включая персональные данные жителей.</source>
        <translation>Without protection, anyone who copies the database file can read every record, residents&apos; personal data included.</translation>
    </message>
    <message>
        <source>Создать</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Обзор</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Показатели по всей базе</source>
        <translation>Indicators for the whole database</translation>
    </message>
    <message>
        <source>Пересчитать показатели (F5)</source>
        <translation>Recount the indicators (F5)</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>&amp;Кампания:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>&amp;Район:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;Период с</source>
        <translation>&amp;Period from</translation>
    </message>
    <message>
        <source>Считать только сделанное в эти дни (оба включительно)</source>
        <translation>Count only what was done on these days (both included)</translation>
    </message>
    <message>
        <source>по</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Показатели считаются…</source>
        <translation>Counting the indicators…</translation>
    </message>
    <message>
        <source>В базе пока нет данных</source>
        <translation>The database has no data yet</translation>
    </message>
    <message>
        <source>Показатели появятся, когда в базе будут выезды, проведённые остановки и принятые граждане. Начните с раздела «Выезды»: создайте выезд и его маршрут. Чтобы посмотреть, как выглядит заполненная база, откройте демо: меню «Файл» → «Открыть демо».</source>
        <translation>The indicators appear once the database holds tours, stops done and residents received. Start with the “Tours” section: create a tour and its route. To see what a filled database looks like, open the demo: menu “File” → “Open demo”.</translation>
    </message>
    <message>
        <source>Сегодня</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Вопросы на контроле</source>
        <translation>Problems under control</translation>
    </message>
    <message>
        <source>Срок истёк — в первую очередь:</source>
        <translation>Past the deadline — these first:</translation>
    </message>
    <message>
        <source>Приём граждан</source>
        <translation>Citizen reception</translation>
    </message>
    <message>
        <source>Выезды и мероприятия</source>
        <translation>Tours and activities</translation>
    </message>
    <message>
        <source>Опросы и сигналы</source>
        <translation>Polls and signals</translation>
    </message>
    <message>
        <source>Приём по темам обращений</source>
        <translation>Receptions by topic</translation>
    </message>
    <message>
        <source>Приёмов пока нет. График появится, когда в разделе «Приём граждан» будут записаны обращения.</source>
        <translation>No receptions yet. The chart appears once appeals are recorded in “Citizen reception”.</translation>
    </message>
    <message>
        <source>Приём по результатам</source>
        <translation>Receptions by outcome</translation>
    </message>
    <message>
        <source>Приёмов пока нет: здесь будет видно, сколько обращений разъяснено, решено на месте, сколько людям помогли и что взято на контроль.</source>
        <translation>No receptions yet: this will show how many appeals were explained, resolved on the spot, how many people were helped and what was taken under control.</translation>
    </message>
    <message>
        <source>Мероприятия по районам</source>
        <translation>Activities by district</translation>
    </message>
    <message>
        <source>Мероприятий пока нет. Отметьте остановку проведённой и добавьте мероприятия в разделе «Остановка».</source>
        <translation>No activities yet. Mark a stop as done and add its activities in “Stop”.</translation>
    </message>
    <message>
        <source>Все кампании</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <source>Все районы</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>Показатели: %1</source>
        <translation>Indicators: %1</translation>
    </message>
    <message>
        <source>Сегодня, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Выезд: %1 · остановка: %2 · %3</source>
        <translation>Tour: %1 · stop: %2 · %3</translation>
    </message>
    <message>
        <source>Сегодня остановок нет.</source>
        <translation>No stops today.</translation>
    </message>
    <message>
        <source>Ближайшая: %1 · выезд: %2 · остановка: %3</source>
        <translation>Next: %1 · tour: %2 · stop: %3</translation>
    </message>
    <message>
        <source>Запланированных остановок нет: создайте выезд и его маршрут в разделе «Выезды».</source>
        <translation>No stops planned: create a tour and its route in “Tours”.</translation>
    </message>
    <message>
        <source>Просроченных вопросов нет.</source>
        <translation>No overdue items.</translation>
    </message>
    <message>
        <source>срок %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>просрочено на %1 раб. дн.</source>
        <translation>%1 working days overdue</translation>
    </message>
    <message>
        <source>…и ещё %1 — все в разделе «Контроль»</source>
        <translation>…and %1 more — all of them in “Control”</translation>
    </message>
    <message>
        <source>Приёмов</source>
        <translation>Receptions</translation>
    </message>
    <message>
        <source>Мероприятий</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>Файл не записан</source>
        <translation>The file was not written</translation>
    </message>
    <message>
        <source>Не удалось записать файл %1: %2. Выберите другую папку или закройте файл, если он открыт в другой программе.</source>
        <translation>Could not write the file %1: %2. Choose another folder, or close the file if another program has it open.</translation>
    </message>
    <message>
        <source>Сохранить шаблон журнала приёма</source>
        <translation>Save the reception journal template</translation>
    </message>
    <message>
        <source>Книга Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Журнал приёма граждан</source>
        <translation>Citizen reception journal</translation>
    </message>
    <message>
        <source>Шаблон журнала приёма</source>
        <translation>Reception journal template</translation>
    </message>
    <message>
        <source>Шаблон сохранён: %1

Заполните его в Excel — по строке на каждого принятого гражданина — и загрузите через «Файл» → «Импорт журнала приёма…».</source>
        <translation>Template saved: %1

Fill it in with Excel — one row for each citizen received — and load it with File → Import reception journal….</translation>
    </message>
    <message>
        <source>Импорт журнала приёма</source>
        <translation>Import reception journal</translation>
    </message>
    <message>
        <source>Книга Excel (*.xlsx);;Все файлы (*)</source>
        <translation>Excel workbook (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Проверка журнала…</source>
        <translation>Checking the journal…</translation>
    </message>
    <message>
        <source>Сохранить шаблон плана кампании</source>
        <translation>Save the campaign plan template</translation>
    </message>
    <message>
        <source>План кампании</source>
        <translation>Campaign plan</translation>
    </message>
    <message>
        <source>Шаблон плана кампании</source>
        <translation>Campaign plan template</translation>
    </message>
    <message>
        <source>Шаблон сохранён: %1

Заполните в Excel маршрут (по строке на каждую остановку выезда) и состав групп (по строке на каждого участника) и загрузите через «Файл» → «Импорт плана кампании…».</source>
        <translation>Template saved: %1

Fill in the route (one row per stop of a tour) and the groups (one row per member) in Excel and load it with «File» → «Import campaign plan…».</translation>
    </message>
    <message>
        <source>Импорт плана кампании</source>
        <translation>Import a campaign plan</translation>
    </message>
    <message>
        <source>Проверка плана…</source>
        <translation>Checking the plan…</translation>
    </message>
    <message>
        <source>Импорт классификатора КАТО</source>
        <translation>Import the KATO classifier</translation>
    </message>
    <message>
        <source>Версия классификатора</source>
        <translation>Classifier version</translation>
    </message>
    <message>
        <source>Версия КАТО (например, дата выпуска). Оставьте как есть, если она в имени файла:</source>
        <translation>KATO version (for example, its release date). Leave it as it is if the file name carries it:</translation>
    </message>
    <message>
        <source>Импорт КАТО…</source>
        <translation>Importing KATO…</translation>
    </message>
    <message>
        <source>Классификатор КАТО %1 загружен: областей %2, районов %3, населённых пунктов %4 (новых %5, переименовано %6). Новые населённые пункты можно выбирать в маршрутах.</source>
        <translation>KATO classifier %1 loaded: %2 regions, %3 districts, %4 settlements (%5 new, %6 renamed). The new settlements can be chosen in routes.</translation>
    </message>
    <message>
        <source>Импорт КАТО</source>
        <translation>KATO import</translation>
    </message>
    <message>
        <source>Остановки</source>
        <translation>Stops</translation>
    </message>
    <message>
        <source>Сигналы</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Приём граждан</source>
        <translation>Citizen receptions</translation>
    </message>
    <message>
        <source>Вопросы на контроле</source>
        <translation>Control items</translation>
    </message>
    <message>
        <source>Таблица CSV (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Экспорт</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Экспорт…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Записано: %1 — %2</source>
        <translation>Written: %1 — %2</translation>
    </message>
    <message>
        <source>Пропущено без координат: %1</source>
        <translation>Skipped for lack of coordinates: %1</translation>
    </message>
    <message>
        <source>Персональные данные не выгружены.</source>
        <translation>Personal data was left out.</translation>
    </message>
</context>
<context>
    <name>DirectionSection</name>
    <message>
        <source>Новое направление</source>
        <translation>New direction</translation>
    </message>
    <message>
        <source>Направление</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Добавьте направление работы: название на русском и казахском — и «Сохранить».</source>
        <translation>Add a line of work: its name in Russian and Kazakh, then «Save».</translation>
    </message>
    <message>
        <source>Удалить направление «%1»? Оно исчезнет из списков выбора; группы, которые по нему работали, сохранят его в истории.</source>
        <translation>Delete the direction «%1»? It leaves the pickers; the groups that worked on it keep it in their history.</translation>
    </message>
    <message>
        <source>Направление сохранено.</source>
        <translation>Direction saved.</translation>
    </message>
    <message>
        <source>Направлений нет</source>
        <translation>No directions</translation>
    </message>
</context>
<context>
    <name>DistrictSection</name>
    <message>
        <source>Выберите область, впишите название района справа и нажмите «Сохранить».</source>
        <translation>Choose the region, enter the district&apos;s name on the right and press «Save».</translation>
    </message>
    <message>
        <source>Сначала добавьте область на вкладке «Области» — или загрузите классификатор КАТО: Файл → Импорт КАТО…</source>
        <translation>First add a region on the «Regions» tab — or load the KATO classifier: File → Import KATO…</translation>
    </message>
    <message>
        <source>Районов нет</source>
        <translation>No districts</translation>
    </message>
    <message>
        <source>Новый район</source>
        <translation>New district</translation>
    </message>
    <message>
        <source>Район</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Удалить район «%1»? Он исчезнет из списков выбора; записи о нём останутся в истории.</source>
        <translation>Delete the district «%1»? It leaves the pickers; records about it stay in the history.</translation>
    </message>
    <message>
        <source>Район сохранён.</source>
        <translation>District saved.</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>Вернуть в форму всё, что было в ней набрано</source>
        <translation>Put everything that was typed back into the form</translation>
    </message>
    <message>
        <source>Восстановить</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Удалить черновик: набранное в нём не понадобится</source>
        <translation>Delete the draft: what it holds is not needed</translation>
    </message>
    <message>
        <source>Отбросить</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Скрыть</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Найден несохранённый черновик от %1</source>
        <translation>An unsaved draft from %1 was found</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Проверьте данные</source>
        <translation>Please check the data</translation>
    </message>
    <message>
        <source>Файл базы данных</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Нет доступа</source>
        <translation>No access</translation>
    </message>
    <message>
        <source>Не найдено</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Не удалось выполнить действие</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <source>(журнал не ведётся)</source>
        <translation>(no log is kept)</translation>
    </message>
    <message>
        <source>Произошла внутренняя ошибка программы. Уже сохранённые данные не потеряны.

Подробности записаны в журнал работы:
%1

Передайте этот файл службе поддержки.</source>
        <translation>An internal error occurred in the program. The data saved so far is not lost.

The details are in the log:
%1

Please send this file to support.</translation>
    </message>
    <message>
        <source>Ошибка программы</source>
        <translation>Program error</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Экспорт данных</source>
        <translation>Export data</translation>
    </message>
    <message>
        <source>Что выгрузить</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>Остановки выездов — карта (GeoJSON)</source>
        <translation>Tour stops — map (GeoJSON)</translation>
    </message>
    <message>
        <source>Сигналы жителей — карта (GeoJSON)</source>
        <translation>Residents&apos; signals — map (GeoJSON)</translation>
    </message>
    <message>
        <source>Приём граждан — таблица для Excel (CSV или XLSX)</source>
        <translation>Citizen receptions — table for Excel (CSV or XLSX)</translation>
    </message>
    <message>
        <source>Вопросы на контроле — таблица для Excel (CSV или XLSX)</source>
        <translation>Control items — table for Excel (CSV or XLSX)</translation>
    </message>
    <message>
        <source>GeoJSON открывается в QGIS и веб-картах; CSV и XLSX — в Excel и LibreOffice, с русскими и казахскими буквами и ИИН с ведущим нулём. Тип файла выбирается при сохранении.</source>
        <translation>GeoJSON opens in QGIS and web maps; CSV and XLSX open in Excel and LibreOffice with their Russian and Kazakh letters and the IINs&apos; leading zeros intact. The file type is chosen when saving.</translation>
    </message>
    <message>
        <source>Без персональных данных</source>
        <translation>Without personal data</translation>
    </message>
    <message>
        <source>В файл не попадут ФИО, ИИН, телефоны и адреса заявителей и имена ответственных.</source>
        <translation>The file will leave out applicants&apos; names, IINs, phones and addresses, and the names of those responsible.</translation>
    </message>
    <message>
        <source>Сохранить…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GroupSection</name>
    <message>
        <source>Сначала создайте кампанию на вкладке «Кампании»: рабочие группы входят в кампанию.</source>
        <translation>First create a campaign on the «Campaigns» tab: working groups belong to a campaign.</translation>
    </message>
    <message>
        <source>Заполните форму справа — название, направление, руководитель — и нажмите «Сохранить»; затем включите в группу участников.</source>
        <translation>Fill in the form on the right — name, direction, head — and press «Save»; then add members to the group.</translation>
    </message>
    <message>
        <source>Новая рабочая группа</source>
        <translation>New working group</translation>
    </message>
    <message>
        <source>Рабочая группа</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Удалить рабочую группу «%1»? Она исчезнет из списков выбора; её выезды и записи останутся в истории.</source>
        <translation>Delete the working group «%1»? It leaves the pickers; its tours and records stay in the history.</translation>
    </message>
    <message>
        <source>Рабочая группа сохранена.</source>
        <translation>Working group saved.</translation>
    </message>
    <message>
        <source>Кампания:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>Рабочих групп нет</source>
        <translation>No working groups</translation>
    </message>
</context>
<context>
    <name>HolidayCalendarsDialog</name>
    <message>
        <source>Календарь праздников</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>Год</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Откуда</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Импортировать файл…</source>
        <translation>&amp;Import a file…</translation>
    </message>
    <message>
        <source>Проверить файл календаря на год (JSON) и использовать его для сроков</source>
        <translation>Check a year&apos;s calendar file (JSON) and use it to count deadlines</translation>
    </message>
    <message>
        <source>Файл календаря праздников</source>
        <translation>Holiday calendar file</translation>
    </message>
    <message>
        <source>Календарь праздников (*.json)</source>
        <translation>Holiday calendar (*.json)</translation>
    </message>
    <message>
        <source>поставляется с программой</source>
        <translation>shipped with the program</translation>
    </message>
    <message>
        <source>импортирован, заменяет поставляемый</source>
        <translation>imported, replaces the shipped one</translation>
    </message>
    <message>
        <source>импортирован</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>Сроки контроля считаются по рабочим дням этих лет: %1–%2. Срок, который уходит в следующий год, требует его календаря: импортируйте файл %3.json (образец и формат — resources/holidays/README.md).</source>
        <translation>Control deadlines are counted in the working days of these years: %1–%2. A deadline that runs into the next year needs its calendar: import the file %3.json (example and format: resources/holidays/README.md).</translation>
    </message>
    <message>
        <source>Нет ни одного календаря праздников: импортируйте файл года (формат — resources/holidays/README.md).</source>
        <translation>There is no holiday calendar at all: import a year&apos;s file (format: resources/holidays/README.md).</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Файл не импортирован</source>
        <translation>File not imported</translation>
    </message>
    <message>
        <source>В базу ничего не записано. Исправьте файл и загрузите его снова.</source>
        <translation>Nothing was written to the database. Fix the file and load it again.</translation>
    </message>
    <message>
        <source>Скопировать список ошибок в буфер обмена, например чтобы отправить его коллеге</source>
        <translation>Copy the list of problems to the clipboard, e.g. to send it to a colleague</translation>
    </message>
    <message>
        <source>Скопировать список</source>
        <translation>Copy the list</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Файл: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Файл не импортирован: найдено ошибок — %1.</source>
        <translation>File not imported: %1 problems found.</translation>
    </message>
</context>
<context>
    <name>JournalPreview</name>
    <message>
        <source>Лист</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Строка</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Столбец</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Заголовок</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Что не так</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Район</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Заявитель</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Тема</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Суть обращения</source>
        <translation>Essence of the appeal</translation>
    </message>
    <message>
        <source>Импорт завершён. Добавлено приёмов: %1, остановок: %2, вопросов на контроле: %3; уже были в базе: %4.</source>
        <translation>Import finished. Added: %1 receptions, %2 stops, %3 control items; already in the database: %4.</translation>
    </message>
    <message>
        <source>Выезд: %1</source>
        <translation>Tour: %1</translation>
    </message>
    <message>
        <source>Повторный импорт этого файла ничего не добавит: уже загруженные строки узнаются и пропускаются.</source>
        <translation>Importing this file again adds nothing: the rows already loaded are recognised and skipped.</translation>
    </message>
</context>
<context>
    <name>JournalPreviewDialog</name>
    <message>
        <source>Импорт журнала приёма</source>
        <translation>Import reception journal</translation>
    </message>
    <message>
        <source>Выезд:</source>
        <translation>Tour:</translation>
    </message>
    <message>
        <source>Выезд, к которому добавить приёмы</source>
        <translation>The tour to add the receptions to</translation>
    </message>
    <message>
        <source>Ошибки</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Ошибки в файле</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <source>Строки к импорту</source>
        <translation>Rows to import</translation>
    </message>
    <message>
        <source>Прочитать файл ещё раз — после того как вы исправили его</source>
        <translation>Read the file again, once you have fixed it</translation>
    </message>
    <message>
        <source>Проверить снова</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Импортировать</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>новый выезд «%1» (по имени файла)</source>
        <translation>new tour «%1» (named after the file)</translation>
    </message>
    <message>
        <source>Файл: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>на русском</source>
        <translation>in Russian</translation>
    </message>
    <message>
        <source>на казахском</source>
        <translation>in Kazakh</translation>
    </message>
    <message>
        <source>на двух языках</source>
        <translation>in both languages</translation>
    </message>
    <message>
        <source>Лист «%1», заголовки %2.</source>
        <translation>Sheet «%1», headers %2.</translation>
    </message>
    <message>
        <source>Другие листы не читаются: %1.</source>
        <translation>Other sheets are not read: %1.</translation>
    </message>
    <message>
        <source>Незнакомые столбцы пропущены: %1.</source>
        <translation>Unknown columns were skipped: %1.</translation>
    </message>
    <message>
        <source>Найдено ошибок: %1. Пока они есть, ничего не будет импортировано: исправьте файл, сохраните его и нажмите «Проверить снова».</source>
        <translation>Problems found: %1. Nothing will be imported while there are any: fix the file, save it and press «Check again».</translation>
    </message>
    <message>
        <source>Ошибок нет: файл можно импортировать.</source>
        <translation>No problems: the file can be imported.</translation>
    </message>
    <message>
        <source>Ошибки (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Строки к импорту (%1)</source>
        <translation>Rows to import (%1)</translation>
    </message>
    <message>
        <source>Все строки этого файла уже есть в базе: импорт ничего не добавит.</source>
        <translation>Every row of this file is already in the database: importing it adds nothing.</translation>
    </message>
    <message>
        <source>Будет добавлено приёмов: %1 (уже есть в базе: %2), остановок: %3, вопросов на контроле: %4.</source>
        <translation>To be added: %1 receptions (%2 already in the database), %3 stops, %4 control items.</translation>
    </message>
    <message>
        <source>Готово</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Проверка журнала…</source>
        <translation>Checking the journal…</translation>
    </message>
    <message>
        <source>Импорт журнала приёма…</source>
        <translation>Importing the reception journal…</translation>
    </message>
    <message>
        <source>Импорт отменён — в базу ничего не записано.</source>
        <translation>Import cancelled: nothing was written to the database.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Полевой журнал</source>
        <translation>Field journal</translation>
    </message>
    <message>
        <source>Разделы</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Файл</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Недавние базы</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <source>&amp;Вид</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Язык</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Справка</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Открыть базу данных…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Открыть файл базы данных (.db)</source>
        <translation>Open a database file (.db)</translation>
    </message>
    <message>
        <source>Открыть &amp;демо</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <source>Открыть учебную базу с примерами</source>
        <translation>Open the training database with examples</translation>
    </message>
    <message>
        <source>&amp;Шаблон журнала приёма…</source>
        <translation>Reception journal &amp;template…</translation>
    </message>
    <message>
        <source>Сохранить пустой журнал приёма в Excel, чтобы заполнить его и загрузить</source>
        <translation>Save an empty reception journal in Excel to fill in and load later</translation>
    </message>
    <message>
        <source>&amp;Импорт журнала приёма…</source>
        <translation>&amp;Import reception journal…</translation>
    </message>
    <message>
        <source>Загрузить журнал приёма из Excel: сначала проверка и список ошибок</source>
        <translation>Load a reception journal from Excel: checked first, with a list of problems</translation>
    </message>
    <message>
        <source>Шаблон &amp;плана кампании…</source>
        <translation>Campaign &amp;plan template…</translation>
    </message>
    <message>
        <source>Сохранить пустой план кампании в Excel: маршрут выездов и состав рабочих групп</source>
        <translation>Save an empty campaign plan in Excel: the route of the tours and the members of the working groups</translation>
    </message>
    <message>
        <source>Импорт п&amp;лана кампании…</source>
        <translation>Import campaign p&amp;lan…</translation>
    </message>
    <message>
        <source>Загрузить план кампании из Excel: кампании, рабочие группы, участники, выезды и остановки; сначала проверка и список ошибок</source>
        <translation>Load a campaign plan from Excel: campaigns, working groups, members, tours and stops; checked first, with a list of problems</translation>
    </message>
    <message>
        <source>Импорт &amp;КАТО…</source>
        <translation>Import &amp;KATO…</translation>
    </message>
    <message>
        <source>Загрузить классификатор административно-территориальных объектов (КАТО) из Excel</source>
        <translation>Load the classifier of administrative-territorial objects (KATO) from Excel</translation>
    </message>
    <message>
        <source>Календарь &amp;праздников…</source>
        <translation>&amp;Holiday calendar…</translation>
    </message>
    <message>
        <source>Годы, по которым считаются сроки, и импорт календаря на следующий год</source>
        <translation>The years deadlines are counted in, and importing the next year&apos;s calendar</translation>
    </message>
    <message>
        <source>&amp;Экспорт…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Выгрузить остановки и сигналы для карт (GeoJSON), приёмы и вопросы на контроле для Excel (CSV)</source>
        <translation>Export stops and signals for maps (GeoJSON), receptions and control items for Excel (CSV)</translation>
    </message>
    <message>
        <source>&amp;Учётные записи…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <source>Журнал &amp;доступа к персональным данным…</source>
        <translation>Personal-data &amp;access log…</translation>
    </message>
    <message>
        <source>Сменить &amp;пароль…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Настройки…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Горячие клавиши</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>В&amp;ыход</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Панель разделов</source>
        <translation>&amp;Sections panel</translation>
    </message>
    <message>
        <source>Папка &amp;журналов работы</source>
        <translation>&amp;Log folder</translation>
    </message>
    <message>
        <source>Открыть папку с журналом работы программы (для службы поддержки)</source>
        <translation>Open the folder with the program’s log (for support)</translation>
    </message>
    <message>
        <source>&amp;О программе</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Учётными записями управляет координатор</source>
        <translation>Accounts are managed by a coordinator</translation>
    </message>
    <message>
        <source>Журнал доступа смотрит координатор</source>
        <translation>The access log is the coordinator&apos;s</translation>
    </message>
    <message numerus="yes">
        <source>Применены пакеты, отложенные до обновления программы: %n</source>
        <translation>
            <numerusform>Applied %n package held back until the app was upgraded</numerusform>
            <numerusform>Applied %n packages held back until the app was upgraded</numerusform>
        </translation>
    </message>
    <message>
        <source>новых изменений: %1</source>
        <translation>new changes: %1</translation>
    </message>
    <message>
        <source>ещё ждут более новой версии: %1</source>
        <translation>still waiting for a newer version: %1</translation>
    </message>
    <message>
        <source>Сохранено %1: %2</source>
        <translation>Saved %1: %2</translation>
    </message>
    <message>
        <source>Пароль изменён</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Создание демо-базы…</source>
        <translation>Creating the demo database…</translation>
    </message>
    <message>
        <source>Открыть базу данных</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Базы данных (*.db *.sqlite *.sqlite3);;Все файлы (*)</source>
        <translation>Databases (*.db *.sqlite *.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Список пуст</source>
        <translation>The list is empty</translation>
    </message>
    <message>
        <source>Открывается база %1…</source>
        <translation>Opening the database %1…</translation>
    </message>
    <message>
        <source>База не открыта</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>База: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>База: %1 — только чтение, без входа</source>
        <translation>Database: %1 — read-only, nobody signed in</translation>
    </message>
    <message>
        <source>Участник: %1</source>
        <translation>Member: %1</translation>
    </message>
    <message>
        <source>не выбран</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>Выезд: %1</source>
        <translation>Tour: %1</translation>
    </message>
    <message>
        <source>Остановка: %1</source>
        <translation>Stop: %1</translation>
    </message>
    <message>
        <source>не выбрана</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>Конфликтов синхронизации: %1</source>
        <translation>Sync conflicts: %1</translation>
    </message>
    <message>
        <source>Правки с разных компьютеров расходятся: выберите верную на странице «Синхронизация»</source>
        <translation>Edits from different computers disagree: choose the right one on the «Synchronisation» page</translation>
    </message>
    <message>
        <source>Синхронизация: нет сведений</source>
        <translation>Sync: no information</translation>
    </message>
    <message>
        <source>Все изменения выгружены</source>
        <translation>All changes exported</translation>
    </message>
    <message numerus="yes">
        <source>Не выгружено: %n изменений</source>
        <translation>
            <numerusform>Not exported: %n change</numerusform>
            <numerusform>Not exported: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Полевой журнал %1

Выезды рабочих групп, мероприятия, приём граждан, вопросы на контроле, опросы и сигналы — без интернета, на одном ноутбуке. Отчёты в PDF и Excel, обмен данными через файлы.</source>
        <translation>Field journal %1

Tours of working groups, activities, citizen receptions, problems under control, polls and signals — offline, on one laptop. Reports in PDF and Excel, data exchange through files.</translation>
    </message>
    <message>
        <source>О программе</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Кампания:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>Период:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Сигналы</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Вид сигнала</source>
        <translation>Kind of signal</translation>
    </message>
    <message>
        <source>Остановки</source>
        <translation>Stops</translation>
    </message>
    <message>
        <source>Контроль</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Уменьшить (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <source>Увеличить (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>Показать всю страну (0)</source>
        <translation>Show the whole country (0)</translation>
    </message>
    <message>
        <source>Вся страна</source>
        <translation>Whole country</translation>
    </message>
    <message>
        <source>все виды</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <source>за всё время</source>
        <translation>all time</translation>
    </message>
    <message>
        <source>за 7 дней</source>
        <translation>last 7 days</translation>
    </message>
    <message>
        <source>за 30 дней</source>
        <translation>last 30 days</translation>
    </message>
    <message>
        <source>за 90 дней</source>
        <translation>last 90 days</translation>
    </message>
    <message>
        <source>за год</source>
        <translation>last year</translation>
    </message>
    <message>
        <source>все</source>
        <translation>all</translation>
    </message>
    <message>
        <source>сигналов: %1</source>
        <translation>signals: %1</translation>
    </message>
    <message>
        <source>остановок: %1</source>
        <translation>stops: %1</translation>
    </message>
    <message>
        <source>мест с вопросами на контроле: %1</source>
        <translation>places with control items: %1</translation>
    </message>
    <message>
        <source>На карте — %1</source>
        <translation>On the map — %1</translation>
    </message>
    <message>
        <source>Ничего не выбрано</source>
        <translation>Nothing chosen</translation>
    </message>
    <message>
        <source>без координат: %1</source>
        <translation>without coordinates: %1</translation>
    </message>
    <message>
        <source>Ни у одной записи нет координат, поэтому точек на карте нет. Укажите широту и долготу населённых пунктов («Настройка» → «Населённые пункты»): остановки и вопросы на контроле встанут на карту по своему населённому пункту. Сигналу можно вставить координаты из сообщения на странице «Сигналы».</source>
        <translation>No record has coordinates, so the map has no points. Enter the latitude and longitude of the settlements (Setup → Settlements): stops and control items are placed by their settlement. A signal&apos;s coordinates can be pasted from its message on the Signals page.</translation>
    </message>
    <message>
        <source>Часть записей без координат не показана (%1). Укажите широту и долготу их населённых пунктов в «Настройке» или координаты сигнала на странице «Сигналы».</source>
        <translation>Some records have no coordinates and are not shown (%1). Enter the latitude and longitude of their settlements in Setup, or a signal&apos;s coordinates on the Signals page.</translation>
    </message>
    <message>
        <source>Для этого фильтра записей нет: выберите другую кампанию, период или слои.</source>
        <translation>No records for this filter: choose another campaign, period or layers.</translation>
    </message>
    <message>
        <source>Этой записи нет на карте: у неё нет координат. Укажите координаты сигнала на странице «Сигналы» или широту и долготу населённого пункта в «Настройке».</source>
        <translation>This record is not on the map: it has no coordinates. Enter the signal&apos;s coordinates on the Signals page, or the settlement&apos;s latitude and longitude in Setup.</translation>
    </message>
    <message>
        <source>проведена</source>
        <translation>held</translation>
    </message>
    <message>
        <source>запланирована</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>просрочено</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>на контроле</source>
        <translation>under control</translation>
    </message>
    <message>
        <source>решено</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>Колёсико мыши или + и − меняют масштаб, перетаскивание сдвигает карту, 0 — вся страна. Щелчок по точке открывает её запись. Границы областей: Natural Earth (до 2022 года, см. resources/boundaries).</source>
        <translation>The mouse wheel or + and − zoom, dragging pans the map, 0 shows the whole country. A click on a point opens its record. Region boundaries: Natural Earth (before 2022, see resources/boundaries).</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>… ещё %1: приблизьте карту</source>
        <translation>… %1 more: zoom in</translation>
    </message>
</context>
<context>
    <name>MemberSection</name>
    <message>
        <source>Новый участник</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Участник</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Впишите ФИО, должность и организацию справа и нажмите «Сохранить»; затем включите участника в рабочую группу.</source>
        <translation>Enter the full name, position and organisation on the right and press «Save»; then add the member to a working group.</translation>
    </message>
    <message>
        <source>Удалить участника «%1»? Он исчезнет из списков выбора и из составов групп; записанное им останется в истории.</source>
        <translation>Delete the member «%1»? They leave the pickers and the groups; what they recorded stays in the history.</translation>
    </message>
    <message>
        <source>Участник сохранён.</source>
        <translation>Member saved.</translation>
    </message>
    <message>
        <source>Участников нет</source>
        <translation>No members</translation>
    </message>
</context>
<context>
    <name>OrganizationSection</name>
    <message>
        <source>Новая организация</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Организация</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Впишите название (акимат, полиция, общественное объединение…) справа и нажмите «Сохранить».</source>
        <translation>Enter the name (akimat, police, NGO…) on the right and press «Save».</translation>
    </message>
    <message>
        <source>Удалить организацию «%1»? Она исчезнет из списков выбора; её участники и поручения останутся в истории.</source>
        <translation>Delete the organisation «%1»? It leaves the pickers; its members and assignments stay in the history.</translation>
    </message>
    <message>
        <source>Организация сохранена.</source>
        <translation>Organisation saved.</translation>
    </message>
    <message>
        <source>Организаций нет</source>
        <translation>No organisations</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Обзор</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Выезды</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Здесь будут выезды и их маршруты: населённые пункты по порядку с датами, отметка проведённых и отменённых остановок.</source>
        <translation>Tours and their routes will be here: settlements in order with their dates, and stops marked done or cancelled.</translation>
    </message>
    <message>
        <source>Остановка</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Здесь будет текущая остановка: сколько жителей пришло, проведённые мероприятия и их участники, организации-участники и фотографии с подписями.</source>
        <translation>The current stop will be here: how many residents came, the activities held and their participants, the organisations taking part, and photos with captions.</translation>
    </message>
    <message>
        <source>Приём граждан</source>
        <translation>Citizen reception</translation>
    </message>
    <message>
        <source>Здесь будет приём граждан по очереди, с клавиатуры: проверка ИИН при вводе, прежние обращения жителя, тема, результат и согласие на обработку данных.</source>
        <translation>Receiving residents one after another, from the keyboard, will be here: the IIN checked as it is typed, the resident’s earlier appeals, topic, outcome and consent to data processing.</translation>
    </message>
    <message>
        <source>Контроль</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Здесь будет реестр вопросов на контроле: ответственные, сроки в рабочих днях, продление, решение и вопросы с истёкшим сроком в начале списка.</source>
        <translation>The register of problems under control will be here: who is responsible, deadlines in working days, extension, resolution, and overdue items at the top of the list.</translation>
    </message>
    <message>
        <source>Опросы</source>
        <translation>Polls</translation>
    </message>
    <message>
        <source>Здесь будут опросы: вопрос и варианты ответов, подсчёт ответов на каждой остановке крупными кнопками и диаграмма результатов.</source>
        <translation>Polls will be here: the question and its options, counting the answers at each stop with large buttons, and a chart of the results.</translation>
    </message>
    <message>
        <source>Сигналы</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Здесь будут сигналы жителей с координатами, например о граффити с рекламой наркотиков, и их проверка до устранения, с фотографиями до и после.</source>
        <translation>Residents’ signals with coordinates will be here, such as reports of graffiti advertising drugs, followed until removed, with photos before and after.</translation>
    </message>
    <message>
        <source>Отчёты</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Здесь будут отчёты: PDF с блоком подписи, таблицы Excel для вышестоящих органов и готовый абзац для пресс-релиза.</source>
        <translation>Reports will be here: PDF with a signature block, Excel tables for higher authorities, and a ready paragraph for the press release.</translation>
    </message>
    <message>
        <source>Синхронизация</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Настройка</source>
        <translation>Setup</translation>
    </message>
    <message>
        <source>Планирование</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Здесь будет план ротации рабочих групп по районам и охват каждого района всеми направлениями: запланировано и выполнено.</source>
        <translation>The rotation plan of working groups over districts will be here, with how each district is covered by every direction: planned and done.</translation>
    </message>
    <message>
        <source>Карта</source>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>Введите имя учётной записи.</source>
        <translation>Enter the account name.</translation>
    </message>
    <message>
        <source>Введите пароль.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>Пароли не совпадают.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PhotoCaptionDialog</name>
    <message>
        <source>Подпись к фото</source>
        <translation>Photo caption</translation>
    </message>
    <message>
        <source>&amp;Подпись:</source>
        <translation>&amp;Caption:</translation>
    </message>
    <message>
        <source>Что на снимке: надпись, место</source>
        <translation>What the picture shows: the writing, the place</translation>
    </message>
    <message>
        <source>&amp;Автор:</source>
        <translation>Cre&amp;dit:</translation>
    </message>
    <message>
        <source>Кто снимал, например «Фото: участковый Сейткали Н.»</source>
        <translation>Who took it, e.g. “Photo: district officer Seitkali N.”</translation>
    </message>
    <message>
        <source>Добавлено фото: %1 (%2). Подпись и автор необязательны: их видно в подсказке к снимку.</source>
        <translation>Photos added: %1 (%2). Caption and credit are optional: they show in the picture&apos;s tooltip.</translation>
    </message>
    <message>
        <source>Исправьте подпись и автора снимка (%1).</source>
        <translation>Correct the picture&apos;s caption and credit (%1).</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Без подписи</source>
        <translation>No caption</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>без подписи</source>
        <translation>no caption</translation>
    </message>
    <message>
        <source>Файла фото нет на этом ноутбуке</source>
        <translation>The photo file is not on this laptop</translation>
    </message>
    <message>
        <source>Изображения (%1);;Все файлы (*)</source>
        <translation>Images (%1);;All files (*)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Раздел в разработке</source>
        <translation>This section is being built</translation>
    </message>
    <message>
        <source>Другие разделы — в списке слева или по клавишам Ctrl+1 … Ctrl+9.</source>
        <translation>Other sections are in the list on the left, or on Ctrl+1 … Ctrl+9.</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Строка</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Кампания</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Рабочая группа</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Направление</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Выезд</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Район</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Место проведения</source>
        <translation>Venue</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Импорт плана кампании</source>
        <translation>Import a campaign plan</translation>
    </message>
    <message>
        <source>на русском</source>
        <translation>in Russian</translation>
    </message>
    <message>
        <source>на казахском</source>
        <translation>in Kazakh</translation>
    </message>
    <message>
        <source>на двух языках</source>
        <translation>in both languages</translation>
    </message>
    <message>
        <source>Листы %1, заголовки %2. Участников в составе групп: %3.</source>
        <translation>Sheets %1, headers %2. Members of the groups: %3.</translation>
    </message>
    <message>
        <source>Всё из этого файла уже есть в базе: импорт ничего не добавит.</source>
        <translation>Everything in this file is already in the database: importing adds nothing.</translation>
    </message>
    <message>
        <source>Будет создано: кампаний %1, рабочих групп %2, выездов %3, остановок %4, участников %5, населённых пунктов %6; всего записей: %7.</source>
        <translation>To be created: campaigns %1, working groups %2, tours %3, stops %4, members %5, settlements %6; records in all: %7.</translation>
    </message>
    <message>
        <source>Импорт завершён. Создано: кампаний %1, рабочих групп %2, выездов %3, остановок %4, участников %5; всего записей: %6.</source>
        <translation>Import finished. Created: campaigns %1, working groups %2, tours %3, stops %4, members %5; records in all: %6.</translation>
    </message>
    <message>
        <source>Повторный импорт этого файла ничего не добавит: уже созданное узнаётся по названиям.</source>
        <translation>Importing this file again adds nothing: what it created is recognised by its names.</translation>
    </message>
    <message>
        <source>Проверка плана…</source>
        <translation>Checking the plan…</translation>
    </message>
    <message>
        <source>Импорт плана кампании…</source>
        <translation>Importing the campaign plan…</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Планирование ротации</source>
        <translation>Rotation planning</translation>
    </message>
    <message>
        <source>&amp;Кампания:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>Составить ротацию…</source>
        <translation>Make a rotation…</translation>
    </message>
    <message>
        <source>Предложить ротацию групп по районам кампании на выбранный период (Ctrl+G)</source>
        <translation>Propose a rotation of the groups through the campaign&apos;s districts for a chosen period (Ctrl+G)</translation>
    </message>
    <message>
        <source>Создать выезд</source>
        <translation>Create a tour</translation>
    </message>
    <message>
        <source>Выезд выбранной группы на период слота с маршрутом по сёлам района: сначала не посещённые (Ctrl+T)</source>
        <translation>A tour of the chosen group for the slot&apos;s period, routed through the district&apos;s villages, the unvisited first (Ctrl+T)</translation>
    </message>
    <message>
        <source>Удалить слот</source>
        <translation>Remove slot</translation>
    </message>
    <message>
        <source>Убрать выбранный слот из ротации (Delete)</source>
        <translation>Take the chosen slot out of the rotation (Delete)</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Перечитать план из базы (F5)</source>
        <translation>Read the plan from the database again (F5)</translation>
    </message>
    <message>
        <source>Период &amp;с</source>
        <translation>Period &amp;from</translation>
    </message>
    <message>
        <source>&amp;по</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Показать план</source>
        <translation>Show the plan</translation>
    </message>
    <message>
        <source>Составить ротацию на этот период и показать её, ничего не записывая (Enter)</source>
        <translation>Make a rotation for this period and show it without writing anything (Enter)</translation>
    </message>
    <message>
        <source>Принять</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Записать предложенную ротацию</source>
        <translation>Write the proposed rotation</translation>
    </message>
    <message>
        <source>Отказаться</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Закрыть предложение, ничего не записывая (Esc)</source>
        <translation>Close the proposal without writing anything (Esc)</translation>
    </message>
    <message>
        <source>Районы, по которым пройдёт ротация: снимите отметку с района, который в неё не входит (пробел)</source>
        <translation>The districts the rotation goes through: untick a district it leaves out (Space)</translation>
    </message>
    <message>
        <source>Ротация: районы по периодам</source>
        <translation>Rotation: districts by period</translation>
    </message>
    <message>
        <source>Добавить слот…</source>
        <translation>Add a slot…</translation>
    </message>
    <message>
        <source>Запланировать группу в район на период вручную (Insert)</source>
        <translation>Plan a group into a district for a period by hand (Insert)</translation>
    </message>
    <message>
        <source>Изменить слот…</source>
        <translation>Change the slot…</translation>
    </message>
    <message>
        <source>Другой район или другие дни выбранного слота (F2, двойной щелчок)</source>
        <translation>Another district or other days for the chosen slot (F2, double-click)</translation>
    </message>
    <message>
        <source>Охват районов направлениями</source>
        <translation>Coverage of districts by directions</translation>
    </message>
    <message>
        <source>В клетке: проведено остановок / запланировано слотов. Зелёный — район встретился с направлением, жёлтый — запланировано, но ещё не проведено, серый — не запланировано.</source>
        <translation>In a cell: stops held / slots planned. Green — the district has met the direction, yellow — planned but not held yet, grey — not planned.</translation>
    </message>
    <message>
        <source>Без выезда полгода</source>
        <translation>No visit for six months</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Последний выезд</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Предпросмотр — ещё не записано: слотов — %1, рабочих дней в периоде — %2. «Принять» запишет ротацию, «Отказаться» закроет предложение.</source>
        <translation>Preview — not written yet: %1 slots, %2 working days in the period. «Accept» writes the rotation, «Discard» closes the proposal.</translation>
    </message>
    <message>
        <source>Откройте базу данных, чтобы планировать ротацию.</source>
        <translation>Open a database to plan a rotation.</translation>
    </message>
    <message>
        <source>Сначала создайте кампанию на странице «Настройка»: ротация составляется для кампании, её рабочих групп и районов.</source>
        <translation>First create a campaign on the Setup page: a rotation is made for a campaign, its working groups and districts.</translation>
    </message>
    <message>
        <source>Ротации ещё нет. Нажмите «Составить ротацию…», выберите период и примите предложенный план: каждая группа побывает в каждом районе кампании, по одной группе в районе.</source>
        <translation>No rotation yet. Press «Make a rotation…», choose a period and accept the proposed plan: every group visits every district of the campaign, one group per district at a time.</translation>
    </message>
    <message>
        <source>без направления</source>
        <translation>no direction</translation>
    </message>
    <message>
        <source>%1, %2: проведено остановок — %3, запланировано слотов — %4</source>
        <translation>%1, %2: stops held — %3, slots planned — %4</translation>
    </message>
    <message>
        <source>У кампании нет районов: укажите в её настройке область с районами или запланируйте выезд в районы.</source>
        <translation>The campaign has no districts: give it a region with districts in its setup, or plan a tour into the districts.</translation>
    </message>
    <message>
        <source>У рабочих групп кампании не указаны направления: укажите их на странице «Настройка».</source>
        <translation>The campaign&apos;s working groups have no directions: set them on the Setup page.</translation>
    </message>
    <message>
        <source>Все населённые пункты районов кампании посещены после %1.</source>
        <translation>Every settlement of the campaign&apos;s districts has been visited since %1.</translation>
    </message>
    <message>
        <source>Нет проведённых остановок с %1 (аким района встречается с каждым селом не реже раза в полгода): %2. Сначала — дольше всех не посещённые.</source>
        <translation>No held stop since %1 (a district akim meets every village at least once in six months): %2. The longest unvisited first.</translation>
    </message>
    <message>
        <source>ни разу</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Групп: %1. Ротация пройдёт по отмеченным районам — по умолчанию тем, где кампания уже работает, или всем районам её области:</source>
        <translation>Groups: %1. The rotation goes through the ticked districts — by default those the campaign already works in, or every district of its region:</translation>
    </message>
    <message>
        <source>Ротацию составить нельзя: %1</source>
        <translation>No rotation can be made: %1</translation>
    </message>
    <message>
        <source>Ротация не записана: %1</source>
        <translation>The rotation was not written: %1</translation>
    </message>
    <message>
        <source>Создан выезд «%1»: остановок — %2, по одной в рабочий день, сначала сёла, где давно не были. Маршрут меняется на странице «Выезды».</source>
        <translation>Tour «%1» created: %2 stops, one a working day, the villages longest unvisited first. Change the route on the Tours page.</translation>
    </message>
    <message>
        <source>Убрать из ротации группу «%1» в районе %2 на %3–%4? Выезды и остановки не изменятся.</source>
        <translation>Take group «%1» in %2 for %3–%4 out of the rotation? Tours and stops stay as they are.</translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message>
        <source>Новый опрос</source>
        <translation>New poll</translation>
    </message>
    <message>
        <source>Вопрос (по-русски):</source>
        <translation>Question (Russian):</translation>
    </message>
    <message>
        <source>Вопрос (по-казахски):</source>
        <translation>Question (Kazakh):</translation>
    </message>
    <message>
        <source>Варианты ответа:</source>
        <translation>Answer options:</translation>
    </message>
    <message>
        <source>По одному варианту в строке, не меньше двух. Казахский текст — после черты: «Да | Иә».</source>
        <translation>One option per line, at least two. The Kazakh label goes after a bar: “Yes | …”.</translation>
    </message>
    <message>
        <source>Кампания:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>без кампании</source>
        <translation>no campaign</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PollStopModel</name>
    <message>
        <source>Остановка</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Всего</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>PollsPage</name>
    <message>
        <source>Опросы</source>
        <translation>Polls</translation>
    </message>
    <message>
        <source>Новый опрос…</source>
        <translation>New poll…</translation>
    </message>
    <message>
        <source>Вопрос и варианты ответов (Ctrl+N)</source>
        <translation>Question and answer options (Ctrl+N)</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Перечитать опросы и итоги (F5)</source>
        <translation>Reload the polls and results (F5)</translation>
    </message>
    <message>
        <source>Опросов пока нет</source>
        <translation>No polls yet</translation>
    </message>
    <message>
        <source>Создайте опрос кнопкой «Новый опрос…»: вопрос по-русски и по-казахски, варианты ответов по одному в строке. Затем считайте ответы на каждой остановке.</source>
        <translation>Create a poll with “New poll…”: the question in Russian and Kazakh, the answer options one per line. Then count the answers at each stop.</translation>
    </message>
    <message>
        <source>Остановка:</source>
        <translation>Stop:</translation>
    </message>
    <message>
        <source>Ответы на этой остановке</source>
        <translation>Answers at this stop</translation>
    </message>
    <message>
        <source>С клавиатуры: цифра 1–9 добавляет ответ варианту с этим номером, Shift + цифра убирает один.</source>
        <translation>Keyboard: digit 1–9 adds an answer to the option with that number, Shift + digit takes one away.</translation>
    </message>
    <message>
        <source>Итоги по всем остановкам и ноутбукам</source>
        <translation>Results over all stops and laptops</translation>
    </message>
    <message>
        <source>ответов: %1</source>
        <translation>answers: %1</translation>
    </message>
    <message>
        <source>Добавить ответ «%1» (клавиша %2)</source>
        <translation>Add an answer “%1” (key %2)</translation>
    </message>
    <message>
        <source>Убрать один ответ «%1» (Shift + %2)</source>
        <translation>Take away one answer “%1” (Shift + %2)</translation>
    </message>
    <message>
        <source>Ответы на этой остановке: %1</source>
        <translation>Answers at this stop: %1</translation>
    </message>
    <message>
        <source>У варианта %1 на этом ноутбуке нечего убирать</source>
        <translation>Option %1 has nothing to take away on this laptop</translation>
    </message>
    <message>
        <source>+1: %1</source>
        <translation>+1: %1</translation>
    </message>
    <message>
        <source>−1: %1</source>
        <translation>−1: %1</translation>
    </message>
    <message>
        <source>Всего ответов: %1</source>
        <translation>Total answers: %1</translation>
    </message>
    <message>
        <source>Ответов</source>
        <translation>Answers</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Да</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Нет</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ReceptionEditDialog</name>
    <message>
        <source>Приём</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Заявитель</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Дата и время</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>ИИН</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>12 цифр</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>ФИО *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Фамилия Имя Отчество</source>
        <translation>Surname, first name, patronymic</translation>
    </message>
    <message>
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Адрес</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Социальная категория</source>
        <translation>Social category</translation>
    </message>
    <message>
        <source>Согласие</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>дано на обработку персональных данных</source>
        <translation>given to the processing of personal data</translation>
    </message>
    <message>
        <source>Обращение</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>Форма обращения</source>
        <translation>Appeal form</translation>
    </message>
    <message>
        <source>Тема</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Суть обращения</source>
        <translation>Essence</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Вид помощи</source>
        <translation>Kind of help</translation>
    </message>
    <message>
        <source>Ответственный орган</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <source>Нужен, если обращение направлено или взято на контроль</source>
        <translation>Needed when the appeal is referred or taken under control</translation>
    </message>
    <message>
        <source>Ответственное лицо</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>ФИО и должность</source>
        <translation>Full name and position</translation>
    </message>
    <message>
        <source>Сохранить исправление (Enter)</source>
        <translation>Save the correction (Enter)</translation>
    </message>
    <message>
        <source>Удалить… (Ctrl+Delete)</source>
        <translation>Delete… (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>История</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Закрыть (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>не указан</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Приём по талону %1</source>
        <translation>Reception, talon %1</translation>
    </message>
    <message>
        <source>Талон %1 · %2 · %3 · записал(а): %4</source>
        <translation>Talon %1 · %2 · %3 · recorded by: %4</translation>
    </message>
    <message>
        <source>На контроле: «%1», %2, срок %3</source>
        <translation>Under control: «%1», %2, due %3</translation>
    </message>
    <message>
        <source>Результат больше не «взято на контроль». Что делать с вопросом «%1» (срок %2)?</source>
        <translation>The outcome is no longer «taken under control». What becomes of the item «%1» (due %2)?</translation>
    </message>
    <message>
        <source>По этому вопросу обращались ещё жители: %1.</source>
        <translation>Other residents raised this item too: %1.</translation>
    </message>
    <message>
        <source>Вопрос на контроле</source>
        <translation>Item under control</translation>
    </message>
    <message>
        <source>Оставить на контроле</source>
        <translation>Keep it under control</translation>
    </message>
    <message>
        <source>Снять с контроля</source>
        <translation>Take it off control</translation>
    </message>
    <message>
        <source>Исправлено: талон %1.</source>
        <translation>Corrected: talon %1.</translation>
    </message>
    <message>
        <source>Вопрос взят на контроль.</source>
        <translation>The problem is taken under control.</translation>
    </message>
    <message>
        <source>Вопрос оставлен на контроле.</source>
        <translation>The item stays under control.</translation>
    </message>
    <message>
        <source>Вопрос снят с контроля.</source>
        <translation>The item is taken off control.</translation>
    </message>
    <message>
        <source>Без согласия ИИН, телефон и адрес не сохранены.</source>
        <translation>Without consent the IIN, phone and address were not kept.</translation>
    </message>
    <message>
        <source>Исправления не сохранены</source>
        <translation>Corrections not saved</translation>
    </message>
    <message>
        <source>Закрыть приём, не сохранив исправления?</source>
        <translation>Close the reception without saving the corrections?</translation>
    </message>
    <message>
        <source>Закрыть без сохранения</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Вернуться к исправлению</source>
        <translation>Back to the correction</translation>
    </message>
    <message>
        <source>Удалить приём</source>
        <translation>Delete the reception</translation>
    </message>
    <message>
        <source>Удалить приём по талону %1 (%2)? Он исчезнет из списков, счётчиков и отчётов; в истории он останется вместе с причиной.

Причина удаления:</source>
        <translation>Delete the reception of talon %1 (%2)? It leaves the lists, counters and reports; its history keeps it with the reason.

Why is it deleted:</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Не удалять</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Приём по талону %1 удалён. Причина: %2</source>
        <translation>The reception of talon %1 is deleted. Reason: %2</translation>
    </message>
</context>
<context>
    <name>ReceptionListDialog</name>
    <message>
        <source>Список приёмов</source>
        <translation>Receptions</translation>
    </message>
    <message>
        <source>Где искать: на выбранной остановке или на всех</source>
        <translation>Where to look: at the chosen stop or at all of them</translation>
    </message>
    <message>
        <source>Талон, ФИО, ИИН или телефон (Ctrl+F)</source>
        <translation>Talon, name, IIN or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Тема обращения</source>
        <translation>Topic of the appeal</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>День приёма; самый первый день списка — любая дата</source>
        <translation>Day of the reception; the list&apos;s very first day means any date</translation>
    </message>
    <message>
        <source>Открыть и исправить (Enter)</source>
        <translation>Open and correct (Enter)</translation>
    </message>
    <message>
        <source>Удалить… (Delete)</source>
        <translation>Delete… (Delete)</translation>
    </message>
    <message>
        <source>Показать ещё</source>
        <translation>Show more</translation>
    </message>
    <message>
        <source>Закрыть (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Остановка: %1</source>
        <translation>Stop: %1</translation>
    </message>
    <message>
        <source>Все остановки</source>
        <translation>All stops</translation>
    </message>
    <message>
        <source>Показано приёмов: %1.</source>
        <translation>Receptions shown: %1.</translation>
    </message>
    <message>
        <source>— есть ещё, нажмите «Показать ещё» или уточните поиск.</source>
        <translation>— there are more: press «Show more» or narrow the search.</translation>
    </message>
    <message>
        <source>Enter — открыть и исправить, Delete — удалить.</source>
        <translation>Enter opens and corrects, Delete deletes.</translation>
    </message>
    <message>
        <source>На этой остановке ещё нет приёмов. Принятые на стойке приёма появятся здесь.</source>
        <translation>No receptions at this stop yet. Those received at the desk appear here.</translation>
    </message>
    <message>
        <source>Приёмов ещё нет.</source>
        <translation>No receptions yet.</translation>
    </message>
    <message>
        <source>Ничего не нашлось. Проверьте номер талона или ФИО, уберите фильтры или выберите «Все остановки».</source>
        <translation>Nothing found. Check the talon number or the name, remove filters or choose «All stops».</translation>
    </message>
    <message>
        <source>Удалить приём с указанием причины</source>
        <translation>Delete the reception, giving the reason</translation>
    </message>
    <message>
        <source>любая тема</source>
        <translation>any topic</translation>
    </message>
    <message>
        <source>любой результат</source>
        <translation>any outcome</translation>
    </message>
    <message>
        <source>любая дата</source>
        <translation>any date</translation>
    </message>
    <message>
        <source>Талон</source>
        <translation>Talon</translation>
    </message>
    <message>
        <source>Дата и время</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Заявитель</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>ИИН</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Тема</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Остановка</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Приём граждан</source>
        <translation>Citizen reception</translation>
    </message>
    <message>
        <source>Остановка:</source>
        <translation>Stop:</translation>
    </message>
    <message>
        <source>принято жителей</source>
        <translation>residents received</translation>
    </message>
    <message>
        <source>оказана помощь</source>
        <translation>help provided</translation>
    </message>
    <message>
        <source>взято на контроль</source>
        <translation>taken under control</translation>
    </message>
    <message>
        <source>Дата и время приёма:</source>
        <translation>Date and time of the reception:</translation>
    </message>
    <message>
        <source>Заявитель</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>ИИН</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>12 цифр</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>ФИО *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Фамилия Имя Отчество</source>
        <translation>Surname, first name, patronymic</translation>
    </message>
    <message>
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>+7 7xx xxx xx xx</source>
        <translation>+7 7xx xxx xx xx</translation>
    </message>
    <message>
        <source>Адрес</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Откуда житель: по умолчанию — село остановки. Начните вводить название, чтобы выбрать другое.</source>
        <translation>Where the resident lives: the stop&apos;s village unless changed. Start typing a name to pick another.</translation>
    </message>
    <message>
        <source>Социальная категория</source>
        <translation>Social category</translation>
    </message>
    <message>
        <source>Согласие</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>дано на обработку персональных данных</source>
        <translation>given to the processing of personal data</translation>
    </message>
    <message>
        <source>Обращение</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>Форма обращения</source>
        <translation>Appeal form</translation>
    </message>
    <message>
        <source>Тема</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Суть обращения</source>
        <translation>Essence</translation>
    </message>
    <message>
        <source>Кратко: о чём просит или сообщает житель</source>
        <translation>In short: what the resident asks for or reports</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Вид помощи</source>
        <translation>Kind of help</translation>
    </message>
    <message>
        <source>Ответственный орган</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <source>Нужен, если обращение направлено или взято на контроль</source>
        <translation>Needed when the appeal is referred or taken under control</translation>
    </message>
    <message>
        <source>Ответственное лицо</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>ФИО и должность</source>
        <translation>Full name and position</translation>
    </message>
    <message>
        <source>Срок</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Сохранить и принять следующего (Enter)</source>
        <translation>Save and take the next one (Enter)</translation>
    </message>
    <message>
        <source>Очистить (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <source>Список приёмов (Ctrl+L)</source>
        <translation>Receptions (Ctrl+L)</translation>
    </message>
    <message>
        <source>Приёмы этой остановки и поиск по всем: открыть, исправить или удалить сохранённый приём</source>
        <translation>This stop&apos;s receptions and a search over all: open, correct or delete a saved reception</translation>
    </message>
    <message>
        <source>Отменить последний (Ctrl+Z)</source>
        <translation>Undo the last one (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Прежние обращения</source>
        <translation>Earlier visits</translation>
    </message>
    <message>
        <source>Введите ИИН или ФИО — здесь появятся прежние обращения жителя.</source>
        <translation>Type the IIN or the full name: the resident&apos;s earlier visits appear here.</translation>
    </message>
    <message>
        <source>Поиск жителя</source>
        <translation>Find a resident</translation>
    </message>
    <message>
        <source>ФИО, ИИН или телефон (Ctrl+F)</source>
        <translation>Name, IIN or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Найденного жителя можно выбрать клавишей Enter: его данные перейдут в форму.</source>
        <translation>Pick a resident found with Enter: their details go into the form.</translation>
    </message>
    <message>
        <source>Нет остановки для приёма</source>
        <translation>No stop to receive residents at</translation>
    </message>
    <message>
        <source>Приём ведётся на остановке выезда. Создайте выезд и его маршрут в разделе «Выезды» — остановки появятся в списке вверху этой страницы. Чтобы посмотреть, как работает приём, откройте демо: меню «Файл» → «Открыть демо».</source>
        <translation>Residents are received at a stop of a tour. Create a tour and its route under “Tours”: its stops appear in the list at the top of this page. To see how the desk works, open the demo: File → Open demo.</translation>
    </message>
    <message>
        <source>— не указана —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <source>— выберите вид помощи —</source>
        <translation>— choose the kind of help —</translation>
    </message>
    <message>
        <source>без даты</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Остановка не сегодня: приём записывается на её день — проверьте время</source>
        <translation>The stop is not today: the reception is put on its day — check the time</translation>
    </message>
    <message>
        <source>не нужен: срок ставится, когда вопрос берут на контроль</source>
        <translation>not needed: a deadline is set when a problem is taken under control</translation>
    </message>
    <message>
        <source>до %1 — %2 рабочих дней; уведомить заявителя до %3</source>
        <translation>by %1 — %2 working days; notify the applicant by %3</translation>
    </message>
    <message>
        <source>Необязательно. По ИИН находятся прежние обращения жителя.</source>
        <translation>Optional. The IIN finds the resident&apos;s earlier visits.</translation>
    </message>
    <message>
        <source>ИИН состоит только из цифр</source>
        <translation>An IIN has digits only</translation>
    </message>
    <message>
        <source>В ИИН 12 цифр, введено %1</source>
        <translation>An IIN has 12 digits, typed: %1</translation>
    </message>
    <message>
        <source>ИИН верен</source>
        <translation>IIN is valid</translation>
    </message>
    <message>
        <source>Контрольная цифра не сходится — проверьте ИИН</source>
        <translation>The control digit does not match: check the IIN</translation>
    </message>
    <message>
        <source>дата рождения %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>мужчина</source>
        <translation>male</translation>
    </message>
    <message>
        <source>женщина</source>
        <translation>female</translation>
    </message>
    <message>
        <source>⚠ Согласие не дано: ИИН, телефон и адрес не будут сохранены — только ФИО и обращение.</source>
        <translation>⚠ No consent: the IIN, phone and address will not be kept — only the name and the appeal.</translation>
    </message>
    <message>
        <source>Без согласия сохраняются только ФИО и обращение; ИИН, телефон и адрес — нет.</source>
        <translation>Without consent only the name and the appeal are kept; the IIN, phone and address are not.</translation>
    </message>
    <message>
        <source>не указан — начните вводить название</source>
        <translation>not given — start typing a name</translation>
    </message>
    <message>
        <source>Данные заявителя заполнены по прежнему обращению — проверьте их.</source>
        <translation>The applicant&apos;s details are filled in from an earlier visit: check them.</translation>
    </message>
    <message numerus="yes">
        <source>Житель уже обращался %n раз</source>
        <translation>
            <numerusform>The resident has come %n time before</numerusform>
            <numerusform>The resident has come %n times before</numerusform>
        </translation>
    </message>
    <message>
        <source>Сохранено: талон %1.</source>
        <translation>Saved: talon %1.</translation>
    </message>
    <message>
        <source>Вопрос взят на контроль.</source>
        <translation>The problem is taken under control.</translation>
    </message>
    <message>
        <source>Без согласия ИИН, телефон и адрес не сохранены.</source>
        <translation>Without consent the IIN, phone and address were not kept.</translation>
    </message>
    <message>
        <source>Ctrl+Z — отменить.</source>
        <translation>Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Приём по талону %1 отменён. Ctrl+Shift+Z — вернуть.</source>
        <translation>Reception %1 undone. Ctrl+Shift+Z brings it back.</translation>
    </message>
    <message>
        <source>Приём по талону %1 возвращён.</source>
        <translation>Reception %1 is back.</translation>
    </message>
    <message>
        <source>Черновик восстановлен: проверьте форму и сохраните приём.</source>
        <translation>The draft is restored: check the form and save the reception.</translation>
    </message>
    <message>
        <source>Никого не нашлось. Примите жителя как нового: заполните форму слева.</source>
        <translation>Nobody found. Receive the resident as a new one: fill in the form on the left.</translation>
    </message>
</context>
<context>
    <name>RecordLog</name>
    <message>
        <source>Когда</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Кто</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Устройство</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Поле</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Было</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Стало</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Что</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Охват</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Жителей</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <source>История: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <source>Каждое изменение записи — здесь, в программе, при импорте или синхронизации: когда, кто, на каком устройстве, что было и что стало.</source>
        <translation>Every change of the record — made here, by an import or by a sync: when, who, on which device, what it was and what it became.</translation>
    </message>
    <message>
        <source>Личные данные жителя (•••) видят только руководитель и координатор.</source>
        <translation>Only a supervisor or a coordinator sees the resident&apos;s personal data (•••).</translation>
    </message>
    <message>
        <source>У этой записи нет изменений.</source>
        <translation>This record has no changes.</translation>
    </message>
    <message>
        <source>Журнал доступа к персональным данным</source>
        <translation>Personal-data access log</translation>
    </message>
    <message>
        <source>Кто печатал, выгружал или отправлял пакетом личные данные жителей: когда, что, сколько жителей и имя файла. Сами данные здесь не хранятся. Записи приходят со всех ноутбуков при синхронизации.</source>
        <translation>Who printed, exported or sent residents&apos; personal data in a package: when, what, how many residents and the file&apos;s name. The data itself is not kept here. Entries arrive from every laptop with the sync.</translation>
    </message>
    <message>
        <source>Личные данные жителей ещё не печатались и не выгружались: здесь появится каждый отчёт, выгрузка или пакет с ними.</source>
        <translation>No resident&apos;s personal data has been printed or exported yet: every report, export or package that carries it will appear here.</translation>
    </message>
</context>
<context>
    <name>RecordLogDialog</name>
    <message>
        <source>История</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>RegionSection</name>
    <message>
        <source>Областей нет</source>
        <translation>No regions</translation>
    </message>
    <message>
        <source>Новая область</source>
        <translation>New region</translation>
    </message>
    <message>
        <source>Область</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Впишите название области справа и нажмите «Сохранить» — или загрузите классификатор КАТО: Файл → Импорт КАТО…</source>
        <translation>Enter the region&apos;s name on the right and press «Save» — or load the KATO classifier: File → Import KATO…</translation>
    </message>
    <message>
        <source>Удалить область «%1»? Она исчезнет из списков выбора; записи о ней останутся в истории.</source>
        <translation>Delete the region «%1»? It leaves the pickers; records about it stay in the history.</translation>
    </message>
    <message>
        <source>Область сохранена.</source>
        <translation>Region saved.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Отчёты</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>PDF с блоком подписи, таблицы Excel для вышестоящих органов и абзац для пресс-релиза</source>
        <translation>PDF with a signature block, Excel tables for higher authorities and a paragraph for the press release</translation>
    </message>
    <message>
        <source>Списки загружаются…</source>
        <translation>Loading the lists…</translation>
    </message>
    <message>
        <source>В базе пока нет данных для отчёта</source>
        <translation>The database has nothing to report on yet</translation>
    </message>
    <message>
        <source>Отчёт собирается из выездов, проведённых остановок и принятых граждан. Создайте выезд в разделе «Выезды» или загрузите журнал приёма из Excel (меню «Файл»). Чтобы посмотреть, как выглядят отчёты, откройте демо-базу.</source>
        <translation>A report is made from tours, stops held and citizens received. Create a tour in «Tours» or load a reception journal from Excel (the File menu). To see what the reports look like, open the demo database.</translation>
    </message>
    <message>
        <source>Открыть демо</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <source>Что войдёт в отчёт</source>
        <translation>What the report covers</translation>
    </message>
    <message>
        <source>Вид отчёта:</source>
        <translation>Kind of report:</translation>
    </message>
    <message>
        <source>Вид отчёта</source>
        <translation>Kind of report</translation>
    </message>
    <message>
        <source>Кампания:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>Кампания</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Выезд:</source>
        <translation>Tour:</translation>
    </message>
    <message>
        <source>Выезд</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Остановка:</source>
        <translation>Stop:</translation>
    </message>
    <message>
        <source>Остановка</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Вопрос на контроле:</source>
        <translation>Control item:</translation>
    </message>
    <message>
        <source>Вопрос на контроле</source>
        <translation>Control item</translation>
    </message>
    <message>
        <source>Район:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Район</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Период:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>с</source>
        <translation>from</translation>
    </message>
    <message>
        <source>Начало периода</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <source>по</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Конец периода</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <source>Как оформить</source>
        <translation>How to present it</translation>
    </message>
    <message>
        <source>Язык отчёта:</source>
        <translation>Language of the report:</translation>
    </message>
    <message>
        <source>Язык отчёта</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>Формат:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Формат</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Без персональных данных</source>
        <translation>Without personal data</translation>
    </message>
    <message>
        <source>В отчёт не попадут ФИО, ИИН, телефоны и адреса заявителей, имена ответственных и заметки; все цифры останутся прежними. Так отчёт можно отправить по почте или опубликовать.</source>
        <translation>The report will leave out applicants&apos; names, IINs, phones and addresses, the names of those responsible and notes; every figure stays the same. Such a report can be e-mailed or published.</translation>
    </message>
    <message>
        <source>Выбрать, куда сохранить файл, и сформировать отчёт (Ctrl+Enter)</source>
        <translation>Choose where to save the file and build the report (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Сформировать отчёт…</source>
        <translation>Build the report…</translation>
    </message>
    <message>
        <source>Открыть отчёт в программе просмотра</source>
        <translation>Open the report in a viewer</translation>
    </message>
    <message>
        <source>Открыть</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Открыть папку, в которой сохранён отчёт</source>
        <translation>Open the folder the report was saved in</translation>
    </message>
    <message>
        <source>Показать в папке</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>PDF — для печати и подписи</source>
        <translation>PDF — to print and sign</translation>
    </message>
    <message>
        <source>Excel (.xlsx) — таблицы</source>
        <translation>Excel (.xlsx) — tables</translation>
    </message>
    <message>
        <source>Текст (.txt) — для пресс-релиза</source>
        <translation>Text (.txt) — for a press release</translation>
    </message>
    <message>
        <source>По каждой остановке выезда: населённый пункт, дата, мероприятия и участники, сколько пришло жителей, приём граждан по результатам, фотографии с подписями.</source>
        <translation>For each stop of the tour: settlement, date, activities and participants, how many residents came, receptions by outcome, photos with captions.</translation>
    </message>
    <message>
        <source>Ход кампании по рабочим группам, направлениям и районам; охват районов всеми направлениями; динамика по месяцам.</source>
        <translation>The campaign&apos;s progress by working group, direction and district; coverage of the districts by every direction; month by month.</translation>
    </message>
    <message>
        <source>Реестр вопросов на контроле: сначала открытые и просроченные; ответственные, сроки, сколько дней осталось или просрочено, история каждого вопроса.</source>
        <translation>The register of control items: open and overdue ones first; who is responsible, deadlines, days left or overdue, the history of each.</translation>
    </message>
    <message>
        <source>Журнал личного приёма: номер талона, дата, заявитель, ИИН, адрес, суть обращения, результат, ответственный и срок. Страницы альбомные.</source>
        <translation>The personal reception register: ticket number, date, applicant, IIN, address, essence of the appeal, outcome, responsible and deadline. Landscape pages.</translation>
    </message>
    <message>
        <source>Готовый абзац для публикации, составленный из цифр, — на русском или казахском.</source>
        <translation>A paragraph ready to publish, drafted from the figures, in Russian or Kazakh.</translation>
    </message>
    <message>
        <source>План ротации одной кампании: группы по районам и периодам, охват районов направлениями, сёла без выезда полгода. Страницы альбомные.</source>
        <translation>The rotation plan of one campaign: groups by district and period, coverage of districts by directions, villages not visited for six months. Landscape pages.</translation>
    </message>
    <message>
        <source>все кампании</source>
        <translation>all campaigns</translation>
    </message>
    <message>
        <source>все районы</source>
        <translation>all districts</translation>
    </message>
    <message>
        <source>все выезды</source>
        <translation>all tours</translation>
    </message>
    <message>
        <source>все вопросы</source>
        <translation>all items</translation>
    </message>
    <message>
        <source>все остановки</source>
        <translation>all stops</translation>
    </message>
    <message>
        <source>сначала выберите выезд</source>
        <translation>choose a tour first</translation>
    </message>
    <message>
        <source>Документ PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Книга Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Текст (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Сохранить отчёт</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Формирование отчёта…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>Отчёт сохранён: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>Формирование отчёта отменено — файл не записан.</source>
        <translation>The report was cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Отчёт не сформирован.</source>
        <translation>The report was not built.</translation>
    </message>
</context>
<context>
    <name>RotationSlotDialog</name>
    <message>
        <source>Слот ротации</source>
        <translation>Rotation slot</translation>
    </message>
    <message>
        <source>&amp;Рабочая группа:</source>
        <translation>&amp;Working group:</translation>
    </message>
    <message>
        <source>&amp;Район:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;С:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;По:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Новый слот ротации</source>
        <translation>New rotation slot</translation>
    </message>
</context>
<context>
    <name>RouteModel</name>
    <message>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Площадка</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Пришло</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>Отменена: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Ничего не найдено</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>Проверьте написание или сократите запрос.</source>
        <translation>Check the spelling or shorten the search.</translation>
    </message>
    <message>
        <source>Изменения не сохранены</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <source>В форме есть несохранённые изменения. Отказаться от них?</source>
        <translation>The form has changes that are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Не сохранять</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Вернуться к форме</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Удалено. В истории запись сохранится.</source>
        <translation>Deleted. The record stays in the history.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Настройки</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Язык интерфейса:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Язык меню, страниц и отчётов по умолчанию; меняется сразу</source>
        <translation>The language of the menus, the pages and, by default, the reports; changes at once</translation>
    </message>
    <message>
        <source>Папка для &amp;экспорта и пакетов:</source>
        <translation>Folder for &amp;exports and packages:</translation>
    </message>
    <message>
        <source>Где открываются окна выбора файла для экспорта, отчётов и пакетов синхронизации, пока папка ещё не выбиралась</source>
        <translation>Where the file dialogs for exports, reports and sync packages open until a folder has been chosen in them</translation>
    </message>
    <message>
        <source>&amp;Выбрать…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Документы</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Снова начинать с папки «Документы»</source>
        <translation>Start in the Documents folder again</translation>
    </message>
    <message>
        <source>Учётная запись:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Сменить &amp;пароль…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Папка данных:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>&amp;Открыть</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Показать папку с базой, фотографиями и календарями в проводнике</source>
        <translation>Show the folder with the database, photos and calendars in the file manager</translation>
    </message>
    <message>
        <source>Календари праздников:</source>
        <translation>Holiday calendars:</translation>
    </message>
    <message>
        <source>Папка для экспорта и пакетов</source>
        <translation>Folder for exports and packages</translation>
    </message>
    <message>
        <source>Документы (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>база не открыта</source>
        <translation>no database open</translation>
    </message>
    <message>
        <source>%1, роль: %2</source>
        <translation>%1, role: %2</translation>
    </message>
    <message>
        <source>Участник: %1</source>
        <translation>Member: %1</translation>
    </message>
    <message>
        <source>вход не выполнен: база открыта только для чтения</source>
        <translation>not signed in: the database is open read-only</translation>
    </message>
    <message>
        <source>база без учётных записей: вход не нужен</source>
        <translation>a database without accounts: no sign-in needed</translation>
    </message>
    <message>
        <source>нет ни одного года: сроки считаются без праздников</source>
        <translation>no year at all: deadlines are counted without holidays</translation>
    </message>
    <message>
        <source>импортирован</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>Здесь база по умолчанию, фотографии, журналы работы и импортированные календари</source>
        <translation>The default database, photos, logs and imported calendars are kept here</translation>
    </message>
</context>
<context>
    <name>SettlementPicker</name>
    <message>
        <source>Начните вводить название населённого пункта</source>
        <translation>Start typing the settlement&apos;s name</translation>
    </message>
</context>
<context>
    <name>SettlementSection</name>
    <message>
        <source>Впишите название справа и нажмите «Сохранить» — или найдите его в классификаторе КАТО поиском выше.</source>
        <translation>Enter the name on the right and press «Save» — or find it in the KATO classifier with the search above.</translation>
    </message>
    <message>
        <source>Сначала добавьте область и район — или загрузите классификатор КАТО: Файл → Импорт КАТО…</source>
        <translation>First add a region and a district — or load the KATO classifier: File → Import KATO…</translation>
    </message>
    <message>
        <source>Населённых пунктов нет</source>
        <translation>No settlements</translation>
    </message>
    <message>
        <source>Новый населённый пункт</source>
        <translation>New settlement</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Удалить населённый пункт «%1»? Он исчезнет из списков выбора; остановки и приёмы в нём останутся в истории.</source>
        <translation>Delete the settlement «%1»? It leaves the pickers; the stops and receptions there stay in the history.</translation>
    </message>
    <message>
        <source>Населённый пункт сохранён.</source>
        <translation>Settlement saved.</translation>
    </message>
    <message>
        <source>Район:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Найти по названию, в том числе в КАТО</source>
        <translation>Find by name, in KATO too</translation>
    </message>
    <message>
        <source>Начало любого слова названия, по-русски или по-казахски: «Карак» найдёт «село Каракемер»</source>
        <translation>The start of any word of the name, in Russian or Kazakh: «Karak» finds «selo Karakemer»</translation>
    </message>
</context>
<context>
    <name>SetupCampaignForm</name>
    <message>
        <source>Название (рус.):</source>
        <translation>Name (Russian):</translation>
    </message>
    <message>
        <source>Мир и согласие</source>
        <translation>Peace and Accord</translation>
    </message>
    <message>
        <source>Название (каз.):</source>
        <translation>Name (Kazakh):</translation>
    </message>
    <message>
        <source>Бейбітшілік және келісім</source>
        <translation>Beibitshilik zhane kelisim</translation>
    </message>
    <message>
        <source>Вид:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Организатор:</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <source>Область:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Сроки:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Цель:</source>
        <translation>Goal:</translation>
    </message>
</context>
<context>
    <name>SetupDirectionForm</name>
    <message>
        <source>Название (рус.):</source>
        <translation>Name (Russian):</translation>
    </message>
    <message>
        <source>Название (каз.):</source>
        <translation>Name (Kazakh):</translation>
    </message>
    <message>
        <source>Название (англ.):</source>
        <translation>Name (English):</translation>
    </message>
</context>
<context>
    <name>SetupDistrictForm</name>
    <message>
        <source>Область:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Название (рус.):</source>
        <translation>Name (Russian):</translation>
    </message>
    <message>
        <source>Жамбылский район</source>
        <translation>Zhambyl district</translation>
    </message>
    <message>
        <source>Название (каз.):</source>
        <translation>Name (Kazakh):</translation>
    </message>
    <message>
        <source>Жамбыл ауданы</source>
        <translation>Zhambyl audany</translation>
    </message>
    <message>
        <source>Код КАТО:</source>
        <translation>KATO code:</translation>
    </message>
    <message>
        <source>9 цифр, если известен</source>
        <translation>9 digits, if known</translation>
    </message>
</context>
<context>
    <name>SetupGroupForm</name>
    <message>
        <source>Название:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Рабочая группа № 1</source>
        <translation>Working group No. 1</translation>
    </message>
    <message>
        <source>Код:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>РГ1</source>
        <translation>WG1</translation>
    </message>
    <message>
        <source>Направление:</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <source>Руководитель:</source>
        <translation>Head:</translation>
    </message>
    <message>
        <source>Состав группы</source>
        <translation>Members of the group</translation>
    </message>
    <message>
        <source>роль в группе</source>
        <translation>role in the group</translation>
    </message>
    <message>
        <source>Включить</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Включить выбранного участника в группу</source>
        <translation>Add the chosen member to the group</translation>
    </message>
    <message>
        <source>Исключить</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Исключить отмеченного участника из группы</source>
        <translation>Remove the selected member from the group</translation>
    </message>
    <message>
        <source>Состав можно менять после сохранения группы.</source>
        <translation>Members can be changed once the group is saved.</translation>
    </message>
</context>
<context>
    <name>SetupMemberForm</name>
    <message>
        <source>Фамилия, имя, отчество:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Должность:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Звание:</source>
        <translation>Rank:</translation>
    </message>
    <message>
        <source>Организация:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Телефон:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>+7 701 123 45 67</source>
        <translation>+7 701 123 45 67</translation>
    </message>
</context>
<context>
    <name>SetupOrganizationForm</name>
    <message>
        <source>Название (рус.):</source>
        <translation>Name (Russian):</translation>
    </message>
    <message>
        <source>Название (каз.):</source>
        <translation>Name (Kazakh):</translation>
    </message>
    <message>
        <source>Краткое название:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>Вид:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>БИН:</source>
        <translation>BIN:</translation>
    </message>
    <message>
        <source>12 цифр</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>Область:</source>
        <translation>Region:</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Настройка кампании</source>
        <translation>Campaign setup</translation>
    </message>
    <message>
        <source>Всё, что нужно кампании, по порядку: места, организации, участники, кампания, рабочие группы. Удалённое исчезает из списков выбора, но остаётся в истории.</source>
        <translation>Everything a campaign needs, in order: places, organisations, members, the campaign, working groups. What is deleted leaves the pickers but stays in the history.</translation>
    </message>
    <message>
        <source>Кампании</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Направления</source>
        <translation>Directions</translation>
    </message>
    <message>
        <source>Рабочие группы</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <source>Участники</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Организации</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Места</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Области</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Районы</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Населённые пункты</source>
        <translation>Settlements</translation>
    </message>
    <message>
        <source>Только просмотр: %1.</source>
        <translation>View only: %1.</translation>
    </message>
</context>
<context>
    <name>SetupRegionForm</name>
    <message>
        <source>Название (рус.):</source>
        <translation>Name (Russian):</translation>
    </message>
    <message>
        <source>Жамбылская область</source>
        <translation>Zhambyl region</translation>
    </message>
    <message>
        <source>Название (каз.):</source>
        <translation>Name (Kazakh):</translation>
    </message>
    <message>
        <source>Жамбыл облысы</source>
        <translation>Zhambyl oblysy</translation>
    </message>
    <message>
        <source>Код КАТО:</source>
        <translation>KATO code:</translation>
    </message>
    <message>
        <source>9 цифр, если известен</source>
        <translation>9 digits, if known</translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message>
        <source>Кампания:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>Найти в списке</source>
        <translation>Find in the list</translation>
    </message>
    <message>
        <source>Пока ничего нет</source>
        <translation>Nothing yet</translation>
    </message>
    <message>
        <source>Добавить</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Очистить форму для нового (Ctrl+N)</source>
        <translation>Clear the form for a new one (Ctrl+N)</translation>
    </message>
    <message>
        <source>Новая запись</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Сохранить (Enter или Ctrl+S)</source>
        <translation>Save (Enter or Ctrl+S)</translation>
    </message>
    <message>
        <source>История</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Все изменения этой записи: когда, кто, что было и что стало</source>
        <translation>Every change of this record: when, who, what it was and what it became</translation>
    </message>
    <message>
        <source>Удалить…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Удалить после подтверждения (Delete в списке)</source>
        <translation>Delete after a confirmation (Delete in the list)</translation>
    </message>
</context>
<context>
    <name>SetupSettlementForm</name>
    <message>
        <source>Район:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Название (рус.):</source>
        <translation>Name (Russian):</translation>
    </message>
    <message>
        <source>Аса</source>
        <translation>Asa</translation>
    </message>
    <message>
        <source>Название (каз.):</source>
        <translation>Name (Kazakh):</translation>
    </message>
    <message>
        <source>Код КАТО:</source>
        <translation>KATO code:</translation>
    </message>
    <message>
        <source>9 цифр, если известен</source>
        <translation>9 digits, if known</translation>
    </message>
    <message>
        <source>Координаты:</source>
        <translation>Coordinates:</translation>
    </message>
    <message>
        <source>42.8833, 71.3667 или ссылка на карту</source>
        <translation>42.8833, 71.3667 or a map link</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Горячие клавиши</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Клавиши меню действуют везде, клавиши страницы — когда она открыта.</source>
        <translation>Menu keys work everywhere, a page&apos;s keys while that page is open.</translation>
    </message>
    <message>
        <source>Клавиши</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Где</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Действие</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Поиск</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>История изменений</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Новая запись</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>Отменить ввод</source>
        <translation>Discard the input</translation>
    </message>
    <message>
        <source>Список</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Копировать</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Крупнее</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Мельче</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Показать всё</source>
        <translation>Show everything</translation>
    </message>
    <message>
        <source>Отметить ответ с этим номером</source>
        <translation>Count the answer of this number</translation>
    </message>
    <message>
        <source>Убрать отмеченный ответ с этим номером</source>
        <translation>Take back an answer of this number</translation>
    </message>
    <message>
        <source>Главное окно</source>
        <translation>Main window</translation>
    </message>
    <message>
        <source>Действие страницы</source>
        <translation>A page action</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Вход</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>База данных защищена паролем</source>
        <translation>The database is password-protected</translation>
    </message>
    <message>
        <source>Войдите под своей учётной записью: имя и пароль выдаёт координатор группы.</source>
        <translation>Sign in with your own account: the group coordinator gives out the name and password.</translation>
    </message>
    <message>
        <source>&amp;Учётная запись:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Пароль:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message numerus="yes">
        <source>Слишком много неудачных попыток. Следующая попытка через %n с.</source>
        <translation>
            <numerusform>Too many failed attempts. Next attempt in %n second.</numerusform>
            <numerusform>Too many failed attempts. Next attempt in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Войти</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>В базе есть учётные записи</source>
        <translation>This database has accounts</translation>
    </message>
    <message>
        <source>Только &amp;чтение</source>
        <translation>&amp;Read only</translation>
    </message>
    <message>
        <source>Открыть без входа: всё видно, ничего нельзя изменить</source>
        <translation>Open without signing in: everything can be seen, nothing changed</translation>
    </message>
</context>
<context>
    <name>SignalIntakeDialog</name>
    <message>
        <source>Сигналы из фото</source>
        <translation>Signals from photos</translation>
    </message>
    <message>
        <source>&amp;Вид сигналов:</source>
        <translation>Signal &amp;kind:</translation>
    </message>
    <message>
        <source>Объединить</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Выбранные строки — один сигнал со всеми их фото (Ctrl+M)</source>
        <translation>The selected rows as one signal with all their photos (Ctrl+M)</translation>
    </message>
    <message>
        <source>Не брать</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>Убрать выбранные строки: по ним сигналы не создаются (Delete)</source>
        <translation>Remove the selected rows: no signals are created from them (Delete)</translation>
    </message>
    <message>
        <source>&amp;Координаты:</source>
        <translation>&amp;Coordinates:</translation>
    </message>
    <message>
        <source>54.8731, 69.1520 или ссылка на карту</source>
        <translation>54.8731, 69.1520 or a map link</translation>
    </message>
    <message>
        <source>Поставить</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Поставить выбранные строки в эти координаты (Enter в поле)</source>
        <translation>Place the selected rows at these coordinates (Enter in the field)</translation>
    </message>
    <message>
        <source>GPS фото</source>
        <translation>photo GPS</translation>
    </message>
    <message>
        <source>в сообщении</source>
        <translation>in the message</translation>
    </message>
    <message>
        <source>геопозиция рядом</source>
        <translation>location sent beside</translation>
    </message>
    <message>
        <source>вручную</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>нет координат</source>
        <translation>no position</translation>
    </message>
    <message>
        <source>%1 фото: %2</source>
        <translation>%1 photos: %2</translation>
    </message>
    <message>
        <source>вставьте координаты</source>
        <translation>paste coordinates</translation>
    </message>
    <message>
        <source>сейчас</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Без координат: %1 — выберите строку и вставьте координаты</source>
        <translation>Without a position: %1 — choose a row and paste coordinates</translation>
    </message>
    <message>
        <source>Все сигналы с координатами</source>
        <translation>Every signal has a position</translation>
    </message>
    <message>
        <source>Создать сигналы: %1</source>
        <translation>Create signals: %1</translation>
    </message>
    <message>
        <source>Пропущено или прочитано не полностью: %1</source>
        <translation>Skipped or read in part: %1</translation>
    </message>
    <message>
        <source>Создаются сигналы…</source>
        <translation>Creating signals…</translation>
    </message>
    <message>
        <source>Фото: %1, из переписок: %2. Каждое фото — отдельный сигнал с этим фото «до»; место взято из GPS фото или из геопозиции и координат в сообщении. Несколько фото одного места объедините, лишнее не берите.</source>
        <translation>Photos: %1, from chats: %2. Each photo is a signal of its own with the photo as «before»; its place comes from the photo&apos;s GPS or from the location and coordinates in the message. Merge several photos of one place, drop what is not needed.</translation>
    </message>
    <message>
        <source>Фото</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Координаты</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Откуда место</source>
        <translation>Placed by</translation>
    </message>
    <message>
        <source>Получен</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Отправитель</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Текст сообщения</source>
        <translation>Message text</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignalModel</name>
    <message>
        <source>анонимно</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>Сообщил: %1</source>
        <translation>Reported by: %1</translation>
    </message>
    <message>
        <source>Получен</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Адрес или описание</source>
        <translation>Address or description</translation>
    </message>
    <message>
        <source>Координаты</source>
        <translation>Coordinates</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>Сигналы</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Из фото…</source>
        <translation>From photos…</translation>
    </message>
    <message>
        <source>Сигналы из фото жителей или из выгрузки чата Telegram или WhatsApp (их можно и перетащить на список)</source>
        <translation>Signals from residents&apos; photos or from a Telegram or WhatsApp chat export (they can also be dropped on the list)</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Перечитать список сигналов (F5)</source>
        <translation>Reload the list of signals (F5)</translation>
    </message>
    <message>
        <source>Поиск: адрес, описание, вид</source>
        <translation>Search: address, description, kind</translation>
    </message>
    <message>
        <source>Показывать только то, где есть этот текст: название, населённый пункт или описание (Ctrl+F)</source>
        <translation>Show only what holds this text: title, settlement or description (Ctrl+F)</translation>
    </message>
    <message>
        <source>Статус:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Вид:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Новый сигнал</source>
        <translation>New signal</translation>
    </message>
    <message>
        <source>Вид сигнала</source>
        <translation>Kind of signal</translation>
    </message>
    <message>
        <source>Описание</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Что сообщили: надпись, место, приметы</source>
        <translation>What was reported: the writing, the place, how to find it</translation>
    </message>
    <message>
        <source>Адрес</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Улица, дом или ориентир</source>
        <translation>Street, house or landmark</translation>
    </message>
    <message>
        <source>Координаты</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Широта и долгота из мессенджера или ссылка Google, Яндекс, 2ГИС, OpenStreetMap</source>
        <translation>Latitude and longitude from a messenger, or a Google, Yandex, 2GIS or OpenStreetMap link</translation>
    </message>
    <message>
        <source>Канал</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Кто сообщил</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Пусто — анонимно</source>
        <translation>Empty — anonymous</translation>
    </message>
    <message>
        <source>Получен</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Когда пришёл сигнал: для нового — сейчас, если не исправить; не позже текущего времени</source>
        <translation>When the signal came in: now for a new one unless corrected; not later than the present time</translation>
    </message>
    <message>
        <source>Проверяет</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>Кто из участников проверяет сигнал на месте (можно не указывать)</source>
        <translation>Which member checks the signal on the spot (may be left empty)</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Сохранить сигнал (Ctrl+S)</source>
        <translation>Save the signal (Ctrl+S)</translation>
    </message>
    <message>
        <source>Новый</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Очистить форму для нового сигнала (Ctrl+N)</source>
        <translation>Clear the form for a new signal (Ctrl+N)</translation>
    </message>
    <message>
        <source>История</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Кто и когда менял этот сигнал (Ctrl+H)</source>
        <translation>Who changed this signal, and when (Ctrl+H)</translation>
    </message>
    <message>
        <source>Показать на карте</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <source>Открыть карту с этим сигналом в центре</source>
        <translation>Open the map centred on this signal</translation>
    </message>
    <message>
        <source>Проверка</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Подтвердился</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>На месте проверили: сигнал подтвердился</source>
        <translation>Checked on the spot: the signal is confirmed</translation>
    </message>
    <message>
        <source>Устранён</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Надпись закрашена, нарушение устранено</source>
        <translation>The writing is painted over, the violation removed</translation>
    </message>
    <message>
        <source>Не подтвердился</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>На месте ничего не нашли</source>
        <translation>Nothing was found on the spot</translation>
    </message>
    <message>
        <source>Фото до и после</source>
        <translation>Photos before and after</translation>
    </message>
    <message>
        <source>До</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Добавить…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Фото места до проверки: файлы с диска (их можно и перетащить на полосу)</source>
        <translation>The place before the check: files from disk (they can also be dragged onto the strip)</translation>
    </message>
    <message>
        <source>Подпись…</source>
        <translation>Caption…</translation>
    </message>
    <message>
        <source>Исправить подпись и автора выбранного фото (или дважды щёлкните по нему)</source>
        <translation>Correct the caption and credit of the selected photo (or double-click it)</translation>
    </message>
    <message>
        <source>Убрать</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>54.8730, 69.1500 или ссылка на карту</source>
        <translation>54.8730, 69.1500 or a map link</translation>
    </message>
    <message>
        <source>Убрать выбранное фото</source>
        <translation>Remove the selected photo</translation>
    </message>
    <message>
        <source>После</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Фото места после: закрашено, убрано (файлы можно и перетащить на полосу)</source>
        <translation>The place afterwards: painted over, cleaned up (files can also be dragged onto the strip)</translation>
    </message>
    <message>
        <source>все</source>
        <translation>all</translation>
    </message>
    <message>
        <source>— не назначен —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <source>Показано %1 из %2</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>не проверено: %1</source>
        <translation>not checked: %1</translation>
    </message>
    <message>
        <source>Сигналов пока нет</source>
        <translation>No signals yet</translation>
    </message>
    <message>
        <source>участник удалён</source>
        <translation>member deleted</translation>
    </message>
    <message>
        <source>Сигнал от %1</source>
        <translation>Signal of %1</translation>
    </message>
    <message>
        <source>Статус появится после сохранения: новый сигнал получает статус «получен».</source>
        <translation>The status appears once saved: a new signal starts as «received».</translation>
    </message>
    <message>
        <source>Статус: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>закрыт %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <source>Координаты не указаны</source>
        <translation>No coordinates given</translation>
    </message>
    <message>
        <source>широта %1, долгота %2</source>
        <translation>latitude %1, longitude %2</translation>
    </message>
    <message>
        <source>Перетащите снимки на полосу «До» или «После» или нажмите «Добавить…».</source>
        <translation>Drag pictures onto the “Before” or “After” strip, or press “Add…”.</translation>
    </message>
    <message>
        <source>Фото прикрепляются к сохранённому сигналу: сначала сохраните его.</source>
        <translation>Photos are attached to a saved signal: save it first.</translation>
    </message>
    <message>
        <source>Фото места до проверки</source>
        <translation>Photos of the place before the check</translation>
    </message>
    <message>
        <source>Фото места после</source>
        <translation>Photos of the place afterwards</translation>
    </message>
    <message>
        <source>Фото и выгрузки чатов (%1);;Все файлы (*)</source>
        <translation>Photos and chat exports (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Сигналы из фото</source>
        <translation>Signals from photos</translation>
    </message>
    <message>
        <source>Читаются фото…</source>
        <translation>Reading photos…</translation>
    </message>
    <message>
        <source>Фото не найдено.</source>
        <translation>No photo found.</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Остановка маршрута</source>
        <translation>Route stop</translation>
    </message>
    <message>
        <source>Населённый пункт:</source>
        <translation>Settlement:</translation>
    </message>
    <message>
        <source>Начните вводить название по-русски или по-казахски и выберите из списка (стрелки и Enter)</source>
        <translation>Start typing the name in Russian or Kazakh and pick it from the list (arrows and Enter)</translation>
    </message>
    <message>
        <source>Дата по плану:</source>
        <translation>Planned date:</translation>
    </message>
    <message>
        <source>Вид площадки:</source>
        <translation>Venue type:</translation>
    </message>
    <message>
        <source>Площадка:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <source>Например: Дом культуры села Аса</source>
        <translation>For example: the house of culture in Asa</translation>
    </message>
    <message>
        <source>Примечание:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Новая остановка</source>
        <translation>New stop</translation>
    </message>
</context>
<context>
    <name>StopPage</name>
    <message>
        <source>Остановка</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Остановка:</source>
        <translation>Stop:</translation>
    </message>
    <message>
        <source>История</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Кто и когда менял эту остановку (Ctrl+H)</source>
        <translation>Who changed this stop, and when (Ctrl+H)</translation>
    </message>
    <message>
        <source>Показать на карте</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <source>Открыть карту с этой остановкой в центре</source>
        <translation>Open the map centred on this stop</translation>
    </message>
    <message>
        <source>Сколько жителей пришло</source>
        <translation>How many residents came</translation>
    </message>
    <message>
        <source>Пришло жителей (с этого ноутбука):</source>
        <translation>Residents who came (counted on this laptop):</translation>
    </message>
    <message>
        <source>число примерное («около 600»)</source>
        <translation>an estimate (“about 600”)</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Организации-участники</source>
        <translation>Participating organisations</translation>
    </message>
    <message>
        <source>Добавить</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Убрать</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Мероприятия</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Аудитория</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Название</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Например: встреча в сельском клубе</source>
        <translation>For example: a meeting in the village club</translation>
    </message>
    <message>
        <source>Участников</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Раздаточных материалов</source>
        <translation>Handouts</translation>
    </message>
    <message>
        <source>Сколько буклетов, листовок, памяток роздано</source>
        <translation>How many booklets, leaflets and memos were handed out</translation>
    </message>
    <message>
        <source>Публикаций в СМИ</source>
        <translation>Media publications</translation>
    </message>
    <message>
        <source>Сколько материалов вышло в СМИ и соцсетях</source>
        <translation>How many pieces appeared in the media and on social networks</translation>
    </message>
    <message>
        <source>Описание</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Что было: кто выступал, о чём говорили, что раздали</source>
        <translation>What happened: who spoke, what about, what was handed out</translation>
    </message>
    <message>
        <source>Новое</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Очистить форму для нового мероприятия</source>
        <translation>Clear the form for a new activity (Ctrl+N)</translation>
    </message>
    <message>
        <source>Добавить мероприятие</source>
        <translation>Add an activity</translation>
    </message>
    <message>
        <source>Удалить…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Фотографии</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Перетащите фотографии сюда или нажмите «Добавить фото…». Подпись и автор ставятся под каждым добавленным фото.</source>
        <translation>Drag photos here or press “Add photos…”. The caption and the credit go with every photo added.</translation>
    </message>
    <message>
        <source>Подпись: что на фото</source>
        <translation>Caption: what the photo shows</translation>
    </message>
    <message>
        <source>Фото: акимат …</source>
        <translation>Photo: akimat …</translation>
    </message>
    <message>
        <source>Добавить фото…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Удалить фото</source>
        <translation>Delete the photo</translation>
    </message>
    <message>
        <source>Остановок пока нет</source>
        <translation>No stops yet</translation>
    </message>
    <message>
        <source>Создайте выезд и его маршрут на странице «Выезды» (Ctrl+N — новый выезд, Insert — остановка). Здесь потом отмечают, сколько жителей пришло, проведённые мероприятия, организации-участники и фотографии.</source>
        <translation>Create a tour and its route on the «Tours» page (Ctrl+N — a new tour, Insert — a stop). Here you then record how many residents came, the activities held, the participating organisations and photos.</translation>
    </message>
    <message>
        <source>Всего по всем ноутбукам: %1 (записей: %2)</source>
        <translation>All laptops together: %1 (records: %2)</translation>
    </message>
    <message>
        <source>Сохранить изменения</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Правка выбранного мероприятия</source>
        <translation>Correcting the chosen activity</translation>
    </message>
    <message>
        <source>Удалить мероприятие</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Удалить мероприятие «%1» (участников: %2)?</source>
        <translation>Delete the activity «%1» (participants: %2)?</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Не удалять</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Фотографии остановки</source>
        <translation>Photos of the stop</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>(пусто)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 байт</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 (это устройство)</source>
        <translation>%1 (this device)</translation>
    </message>
    <message>
        <source>Запись</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Какая</source>
        <translation>Which</translation>
    </message>
    <message>
        <source>Поле</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Вариантов</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Сейчас показано</source>
        <translation>Shown now</translation>
    </message>
    <message>
        <source>Значение</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Устройство</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Кто</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Когда</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Сейчас</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Вариант %1</source>
        <translation>Value %1</translation>
    </message>
    <message>
        <source>не указан</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>показано</source>
        <translation>shown</translation>
    </message>
    <message>
        <source>свой ключ</source>
        <translation>own key</translation>
    </message>
    <message>
        <source>не зарегистрирован</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>%1 (офис)</source>
        <translation>%1 (office)</translation>
    </message>
    <message>
        <source>отозван %1</source>
        <translation>revoked %1</translation>
    </message>
    <message>
        <source>пакетов не было</source>
        <translation>no packages yet</translation>
    </message>
    <message>
        <source>Ключ</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Изменений получено</source>
        <translation>Changes received</translation>
    </message>
    <message>
        <source>Последний пакет</source>
        <translation>Last package</translation>
    </message>
    <message>
        <source>Недостаёт изменений</source>
        <translation>Missing changes</translation>
    </message>
    <message>
        <source>отклонён: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>создан новой версией программы: отложен до обновления</source>
        <translation>made by a newer version of the app: kept until the upgrade</translation>
    </message>
    <message>
        <source>уже был загружен</source>
        <translation>already imported</translation>
    </message>
    <message>
        <source>ничего нового</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <source>загружен</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>будет загружен</source>
        <translation>will be imported</translation>
    </message>
    <message>
        <source>часы устройства спешат</source>
        <translation>the device&apos;s clock runs ahead</translation>
    </message>
    <message>
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <source>От устройства</source>
        <translation>From device</translation>
    </message>
    <message>
        <source>Новых изменений</source>
        <translation>New changes</translation>
    </message>
    <message>
        <source>Добавлено записей</source>
        <translation>Records added</translation>
    </message>
    <message>
        <source>Обновлено полей</source>
        <translation>Fields updated</translation>
    </message>
    <message>
        <source>Конфликтов</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Итог</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>событие вопроса на контроле</source>
        <translation>control item event</translation>
    </message>
    <message>
        <source>состав рабочей группы</source>
        <translation>working-group membership</translation>
    </message>
    <message>
        <source>группа выезда</source>
        <translation>tour group</translation>
    </message>
    <message>
        <source>подсчёт ответов</source>
        <translation>answer tally</translation>
    </message>
    <message>
        <source>число пришедших</source>
        <translation>head count</translation>
    </message>
    <message>
        <source>организация на остановке</source>
        <translation>organisation at a stop</translation>
    </message>
    <message>
        <source>обращение по вопросу на контроле</source>
        <translation>appeal on a control item</translation>
    </message>
    <message>
        <source>рабочая группа</source>
        <translation>working group</translation>
    </message>
    <message>
        <source>график ротации</source>
        <translation>rotation plan</translation>
    </message>
    <message>
        <source>вариант ответа</source>
        <translation>answer option</translation>
    </message>
    <message>
        <source>удаление записи</source>
        <translation>deletion of the record</translation>
    </message>
    <message>
        <source>заметки</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>описание</source>
        <translation>description</translation>
    </message>
    <message>
        <source>дата начала</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>дата окончания</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>плановая дата</source>
        <translation>planned date</translation>
    </message>
    <message>
        <source>место проведения</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>время прибытия</source>
        <translation>arrival time</translation>
    </message>
    <message>
        <source>причина отмены</source>
        <translation>reason for cancelling</translation>
    </message>
    <message>
        <source>суть обращения</source>
        <translation>substance of the appeal</translation>
    </message>
    <message>
        <source>адрес заявителя</source>
        <translation>applicant&apos;s address</translation>
    </message>
    <message>
        <source>телефон заявителя</source>
        <translation>applicant&apos;s phone</translation>
    </message>
    <message>
        <source>ИИН заявителя</source>
        <translation>applicant&apos;s IIN</translation>
    </message>
    <message>
        <source>номер талона</source>
        <translation>ticket number</translation>
    </message>
    <message>
        <source>время поступления</source>
        <translation>time received</translation>
    </message>
    <message>
        <source>адрес</source>
        <translation>address</translation>
    </message>
    <message>
        <source>кто сообщил</source>
        <translation>reported by</translation>
    </message>
    <message>
        <source>вопрос (рус.)</source>
        <translation>question (Russian)</translation>
    </message>
    <message>
        <source>вопрос (каз.)</source>
        <translation>question (Kazakh)</translation>
    </message>
    <message>
        <source>вариант (рус.)</source>
        <translation>option (Russian)</translation>
    </message>
    <message>
        <source>вариант (каз.)</source>
        <translation>option (Kazakh)</translation>
    </message>
    <message>
        <source>название (рус.)</source>
        <translation>name (Russian)</translation>
    </message>
    <message>
        <source>название (каз.)</source>
        <translation>name (Kazakh)</translation>
    </message>
    <message>
        <source>ответственное лицо</source>
        <translation>person responsible</translation>
    </message>
    <message>
        <source>время проведения</source>
        <translation>time held</translation>
    </message>
    <message>
        <source>номер по порядку</source>
        <translation>sequence number</translation>
    </message>
    <message>
        <source>цель</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>должность</source>
        <translation>position</translation>
    </message>
    <message>
        <source>звание</source>
        <translation>rank</translation>
    </message>
    <message>
        <source>подпись к фото</source>
        <translation>photo caption</translation>
    </message>
    <message>
        <source>автор фото</source>
        <translation>photo credit</translation>
    </message>
    <message>
        <source>краткое название</source>
        <translation>short name</translation>
    </message>
    <message>
        <source>дата постановки на контроль</source>
        <translation>date taken under control</translation>
    </message>
    <message>
        <source>примечание</source>
        <translation>note</translation>
    </message>
    <message>
        <source>новый срок</source>
        <translation>new deadline</translation>
    </message>
    <message>
        <source>время закрытия</source>
        <translation>time closed</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Синхронизация</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Перечитать состояние синхронизации (F5)</source>
        <translation>Reread the synchronisation state (F5)</translation>
    </message>
    <message>
        <source>Выгрузить изменения…</source>
        <translation>Export changes…</translation>
    </message>
    <message>
        <source>Записать пакет с изменениями в папку или на флешку (Ctrl+E)</source>
        <translation>Write a package of changes to a folder or a USB stick (Ctrl+E)</translation>
    </message>
    <message>
        <source>Загрузить пакеты…</source>
        <translation>Import packages…</translation>
    </message>
    <message>
        <source>Выбрать файлы .fieldsync коллег: сначала будет показано, что изменится (Ctrl+I)</source>
        <translation>Choose colleagues&apos; .fieldsync files: what would change is shown first (Ctrl+I)</translation>
    </message>
    <message>
        <source>Обмен</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Выгрузка</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Что выгрузить</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>Шифрование</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Ключи получателей…</source>
        <translation>Recipients&apos; keys…</translation>
    </message>
    <message>
        <source>Зашифровать пакет так, чтобы прочитать его могли только выбранные устройства</source>
        <translation>Encrypt the package so that only the chosen devices can read it</translation>
    </message>
    <message>
        <source>Для всех устройств</source>
        <translation>For all devices</translation>
    </message>
    <message>
        <source>Зашифровать пакет для всех зарегистрированных устройств</source>
        <translation>Encrypt the package for every enrolled device</translation>
    </message>
    <message>
        <source>Без шифрования</source>
        <translation>No encryption</translation>
    </message>
    <message>
        <source>Записать пакет открытым текстом: прочитать его сможет любой, у кого окажется файл</source>
        <translation>Write the package in clear: anyone holding the file can read it</translation>
    </message>
    <message>
        <source>Пакет будет записан без шифрования: любой, у кого окажется этот файл, сможет прочитать все данные в нём, включая персональные.</source>
        <translation>The package will be written without encryption: anyone holding this file can read all the data in it, personal data included.</translation>
    </message>
    <message>
        <source>Показать в папке</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>Разобрать конфликты</source>
        <translation>Review conflicts</translation>
    </message>
    <message>
        <source>Доверять ключу…</source>
        <translation>Trust key…</translation>
    </message>
    <message>
        <source>Выбрать файл ключа этого устройства, полученный от его владельца, и принимать его пакеты; затем файлы будут проверены снова</source>
        <translation>Choose this device&apos;s key file, received from its owner, and accept its packages; the files are then checked again</translation>
    </message>
    <message>
        <source>Применить</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Загрузить показанные изменения в базу (Ctrl+Return)</source>
        <translation>Load the changes shown into the database (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Конфликты</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Оставить выбранное значение</source>
        <translation>Keep the chosen value</translation>
    </message>
    <message>
        <source>Оставить значение из выбранного столбца</source>
        <translation>Keep the value of the chosen column</translation>
    </message>
    <message>
        <source>Или введите новое значение:</source>
        <translation>Or type a new value:</translation>
    </message>
    <message>
        <source>Записать</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Устройства</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Это устройство</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Код устройства</source>
        <translation>Device code</translation>
    </message>
    <message>
        <source>Идентификатор</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Отпечаток ключа</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Сохранить файл ключа…</source>
        <translation>Save key file…</translation>
    </message>
    <message>
        <source>Файл ключа этого устройства для коллег: их программа будет принимать наши пакеты</source>
        <translation>This device&apos;s key file for colleagues: their app will accept our packages</translation>
    </message>
    <message>
        <source>Устройства и их ключи</source>
        <translation>Devices and their keys</translation>
    </message>
    <message>
        <source>Зарегистрировать ключ…</source>
        <translation>Enrol a key…</translation>
    </message>
    <message>
        <source>Принимать пакеты от устройства коллеги по его файлу ключа</source>
        <translation>Accept packages from a colleague&apos;s device by its key file</translation>
    </message>
    <message>
        <source>Ключ офиса координатора</source>
        <translation>Coordinator&apos;s office key</translation>
    </message>
    <message>
        <source>Отметьте для ключа офиса координатора: его пакеты могут нести изменения других устройств (собранные данные, которые офис рассылает обратно). Ключу ноутбука это не нужно: он передаёт только свои изменения.</source>
        <translation>Tick for a coordinator&apos;s office key: its packages may carry other devices&apos; changes (the merged data the office sends back). A laptop&apos;s key needs none of this: it sends only its own changes.</translation>
    </message>
    <message>
        <source>Отозвать ключ…</source>
        <translation>Revoke key…</translation>
    </message>
    <message>
        <source>Больше не принимать пакеты, подписанные ключом выбранного устройства</source>
        <translation>Stop accepting packages signed with the chosen device&apos;s key</translation>
    </message>
    <message>
        <source>Конфликты (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>Устройства (%1)</source>
        <translation>Devices (%1)</translation>
    </message>
    <message>
        <source>Одно и то же поле изменили на разных устройствах. Выберите строку, сравните варианты и оставьте верный или введите новое значение: решение уйдёт на другие устройства со следующим пакетом.</source>
        <translation>The same field was changed on different devices. Choose a row, compare the values and keep the right one or type a new one: the decision goes to the other devices with the next package.</translation>
    </message>
    <message>
        <source>Конфликтов нет: все правки с разных устройств совпали или касались разных полей.</source>
        <translation>No conflicts: the edits from different devices agreed or concerned different fields.</translation>
    </message>
    <message>
        <source>Не выгружено изменений: %1</source>
        <translation>Changes not exported: %1</translation>
    </message>
    <message>
        <source>Все изменения выгружены</source>
        <translation>All changes exported</translation>
    </message>
    <message>
        <source>конфликтов: %1</source>
        <translation>conflicts: %1</translation>
    </message>
    <message>
        <source>Изменений этой базы, ещё не выгруженных: %1. Нажмите «Выгрузить изменения…» и передайте файл координатору.</source>
        <translation>Changes of this database not exported yet: %1. Click «Export changes…» and hand the file to the coordinator.</translation>
    </message>
    <message>
        <source>Все изменения этой базы уже выгружены.</source>
        <translation>All changes of this database have been exported.</translation>
    </message>
    <message>
        <source>Загружены пакеты от устройств: %1. Последний — от %2, %3.</source>
        <translation>Packages imported from devices: %1. The last one from %2, %3.</translation>
    </message>
    <message>
        <source>Пакетов от других устройств ещё не было.</source>
        <translation>No packages from other devices yet.</translation>
    </message>
    <message>
        <source>Открытых конфликтов: %1 — разберите их на вкладке «Конфликты».</source>
        <translation>Open conflicts: %1 — review them on the «Conflicts» tab.</translation>
    </message>
    <message>
        <source>Недостаёт изменений %1 устройства %2: попросите его выгрузить изменения ещё раз.</source>
        <translation>Changes %1 of device %2 are missing: ask it to export its changes again.</translation>
    </message>
    <message>
        <source>всё, что есть в этой базе</source>
        <translation>everything in this database</translation>
    </message>
    <message>
        <source>только то, чего нет у устройства %1</source>
        <translation>only what device %1 lacks</translation>
    </message>
    <message>
        <source>Куда выгрузить изменения</source>
        <translation>Where to export the changes</translation>
    </message>
    <message>
        <source>Выгрузка изменений…</source>
        <translation>Exporting changes…</translation>
    </message>
    <message>
        <source>Пакет не записан.</source>
        <translation>The package was not written.</translation>
    </message>
    <message>
        <source>Файл не записан</source>
        <translation>File not written</translation>
    </message>
    <message>
        <source>Не удалось записать файл %1: %2. Проверьте, что флешка вставлена, не защищена от записи и на ней есть место, или выберите другую папку.</source>
        <translation>Could not write the file %1: %2. Check that the USB stick is inserted, not write-protected and has room, or choose another folder.</translation>
    </message>
    <message>
        <source>Выгрузка отменена — файл не записан.</source>
        <translation>Export cancelled — no file was written.</translation>
    </message>
    <message>
        <source>Пакет — один файл .fieldsync: его можно записать на флешку или отправить. Повторная загрузка того же пакета ничего не меняет.</source>
        <translation>A package is one .fieldsync file: write it to a USB stick or send it. Importing the same package again changes nothing.</translation>
    </message>
    <message>
        <source>Пакет записан: %1 — изменений: %2, фото: %3, %4 КБ.</source>
        <translation>Package written: %1 — changes: %2, photos: %3, %4 KB.</translation>
    </message>
    <message>
        <source>Зашифрован для получателей: %1.</source>
        <translation>Encrypted for recipients: %1.</translation>
    </message>
    <message>
        <source>Ключи получателей</source>
        <translation>Recipients&apos; keys</translation>
    </message>
    <message>
        <source>только для: %1</source>
        <translation>only for: %1</translation>
    </message>
    <message>
        <source>без шифрования</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <source>Пакет не записан: нет ни одного зарегистрированного устройства, для которого его можно зашифровать. Зарегистрируйте ключ устройства на вкладке «Устройства» или отметьте «Без шифрования».</source>
        <translation>The package was not written: no device is enrolled to encrypt it for. Enrol a device key on the «Devices» tab or tick «No encryption».</translation>
    </message>
    <message>
        <source>Пакет не зашифрован: любой, у кого окажется этот файл, может прочитать его.</source>
        <translation>The package is not encrypted: anyone holding this file can read it.</translation>
    </message>
    <message>
        <source>для всех зарегистрированных устройств</source>
        <translation>for every enrolled device</translation>
    </message>
    <message>
        <source>Файлы ключей (*.fieldkey *.key *.json);;Все файлы (*)</source>
        <translation>Key files (*.fieldkey *.key *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Пакеты для загрузки</source>
        <translation>Packages to import</translation>
    </message>
    <message>
        <source>Пакеты синхронизации (*.fieldsync);;Все файлы (*)</source>
        <translation>Sync packages (*.fieldsync);;All files (*)</translation>
    </message>
    <message>
        <source>Проверка пакетов…</source>
        <translation>Checking packages…</translation>
    </message>
    <message>
        <source>Загрузка пакетов…</source>
        <translation>Importing packages…</translation>
    </message>
    <message>
        <source>Загрузка отменена — база не изменилась.</source>
        <translation>Import cancelled — the database is unchanged.</translation>
    </message>
    <message>
        <source>Перетащите сюда файлы .fieldsync от коллег или нажмите «Загрузить пакеты…». Сначала будет показано, что изменится; в базу ничего не запишется, пока вы не нажмёте «Применить».</source>
        <translation>Drag colleagues&apos; .fieldsync files here or click «Import packages…». What would change is shown first; nothing is written to the database until you click «Apply».</translation>
    </message>
    <message>
        <source>Загружено файлов: %1 из %2</source>
        <translation>Files imported: %1 of %2</translation>
    </message>
    <message>
        <source>Предварительный просмотр: в базу ещё ничего не записано</source>
        <translation>Preview: nothing has been written to the database yet</translation>
    </message>
    <message>
        <source>Отменить</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Загружать нечего: все файлы отклонены, база не изменится.</source>
        <translation>Nothing to import: every file was refused, the database will not change.</translation>
    </message>
    <message>
        <source>Всё из этих файлов уже есть в базе: ничего не изменится.</source>
        <translation>Everything in these files is already in the database: nothing will change.</translation>
    </message>
    <message>
        <source>Добавлено записей: %1.</source>
        <translation>Records added: %1.</translation>
    </message>
    <message>
        <source>Будет добавлено записей: %1.</source>
        <translation>Records to be added: %1.</translation>
    </message>
    <message>
        <source>Обновлено полей: %1.</source>
        <translation>Fields updated: %1.</translation>
    </message>
    <message>
        <source>Будет обновлено полей: %1.</source>
        <translation>Fields to be updated: %1.</translation>
    </message>
    <message>
        <source>Новых конфликтов: %1 — разберите их на вкладке «Конфликты».</source>
        <translation>New conflicts: %1 — review them on the «Conflicts» tab.</translation>
    </message>
    <message>
        <source>Новых конфликтов: %1.</source>
        <translation>New conflicts: %1.</translation>
    </message>
    <message>
        <source>Отклонено файлов: %1 — они не загружены, причина в таблице.</source>
        <translation>Files refused: %1 — they were not imported, the reason is in the table.</translation>
    </message>
    <message>
        <source>Отклонено файлов: %1 — они не будут загружены, причина в таблице.</source>
        <translation>Files refused: %1 — they will not be imported, the reason is in the table.</translation>
    </message>
    <message>
        <source>Эта база оказалась старой копией: дальше она работает как новое устройство.</source>
        <translation>This database turned out to be an older copy: it goes on as a new device.</translation>
    </message>
    <message>
        <source>%1: поле «%2»</source>
        <translation>%1: field «%2»</translation>
    </message>
    <message>
        <source>Запись: %1. Зелёным отмечено значение, которое показано сейчас.</source>
        <translation>Record: %1. The value shown now is marked green.</translation>
    </message>
    <message>
        <source>Конфликт не выбран</source>
        <translation>No conflict chosen</translation>
    </message>
    <message>
        <source>Конфликт разрешён: «%1» — %2.</source>
        <translation>Conflict resolved: «%1» — %2.</translation>
    </message>
    <message>
        <source>Сохранить файл ключа</source>
        <translation>Save key file</translation>
    </message>
    <message>
        <source>Файл ключа сохранён: %1. Передайте его коллегам: их программа будет принимать пакеты этого устройства.</source>
        <translation>Key file saved: %1. Give it to colleagues: their app will accept this device&apos;s packages.</translation>
    </message>
    <message>
        <source>Файл ключа устройства</source>
        <translation>Device key file</translation>
    </message>
    <message>
        <source>Ключ офиса %1 зарегистрирован: его пакеты будут приниматься вместе с собранными в нём данными других устройств.</source>
        <translation>Office key %1 enrolled: its packages will be accepted together with the other devices&apos; data merged in it.</translation>
    </message>
    <message>
        <source>Ключ %1 зарегистрирован: пакеты этого устройства будут приниматься.</source>
        <translation>Key %1 enrolled: this device&apos;s packages will be accepted.</translation>
    </message>
    <message>
        <source>Отозвать ключ</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <source>Больше не принимать пакеты устройства %1 (ключ %2)? Уже загруженные данные останутся.</source>
        <translation>Stop accepting packages from device %1 (key %2)? Data already imported stays.</translation>
    </message>
    <message>
        <source>Ключ %1 отозван: пакеты, подписанные им, больше не принимаются.</source>
        <translation>Key %1 revoked: packages signed with it are no longer accepted.</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>Выезд</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Кампания:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>Название:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Например: Жамбылский район, март</source>
        <translation>For example: Zhambyl district, March</translation>
    </message>
    <message>
        <source>Период:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Рабочие группы:</source>
        <translation>Working groups:</translation>
    </message>
    <message>
        <source>Отметьте группы, которые едут (пробел ставит и снимает отметку)</source>
        <translation>Tick the groups that go (Space ticks and unticks)</translation>
    </message>
    <message>
        <source>Примечание:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Сначала создайте кампанию на странице «Настройка»: выезд входит в кампанию.</source>
        <translation>First create a campaign on the «Setup» page: a tour belongs to a campaign.</translation>
    </message>
    <message>
        <source>В этой кампании ещё нет рабочих групп: их заводят на странице настройки кампании. Выезд можно сохранить и без них.</source>
        <translation>This campaign has no working groups yet: they are added on the campaign setup page. The tour can be saved without them.</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Новый выезд</source>
        <translation>New tour</translation>
    </message>
</context>
<context>
    <name>ToursPage</name>
    <message>
        <source>Выезды и маршруты</source>
        <translation>Tours and routes</translation>
    </message>
    <message>
        <source>Показывать только то, где есть этот текст: название, населённый пункт или описание (Ctrl+F)</source>
        <translation>Show only what holds this text: title, settlement or description (Ctrl+F)</translation>
    </message>
    <message>
        <source>Новый выезд</source>
        <translation>New tour</translation>
    </message>
    <message>
        <source>Создать выезд и его маршрут (Ctrl+N)</source>
        <translation>Create a tour and its route (Ctrl+N)</translation>
    </message>
    <message>
        <source>Изменить выезд…</source>
        <translation>Edit tour…</translation>
    </message>
    <message>
        <source>Название, период и рабочие группы выезда (Ctrl+E)</source>
        <translation>The tour&apos;s title, period and working groups (Ctrl+E)</translation>
    </message>
    <message>
        <source>Удалить выезд…</source>
        <translation>Delete tour…</translation>
    </message>
    <message>
        <source>Удалить выезд из списков; записанное на его остановках сохраняется</source>
        <translation>Remove the tour from the lists; what was recorded at its stops is kept</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Перечитать выезды (F5)</source>
        <translation>Read the tours again (F5)</translation>
    </message>
    <message>
        <source>Выберите выезд в списке</source>
        <translation>Choose a tour in the list</translation>
    </message>
    <message>
        <source>Маршрут</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Добавить остановку…</source>
        <translation>Add stop…</translation>
    </message>
    <message>
        <source>Новая остановка маршрута после выбранной (Insert)</source>
        <translation>A new stop after the chosen one (Insert)</translation>
    </message>
    <message>
        <source>Изменить…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Населённый пункт, дата и площадка остановки (F2)</source>
        <translation>The stop&apos;s settlement, date and venue (F2)</translation>
    </message>
    <message>
        <source>Перенести на другой день…</source>
        <translation>Move to another day…</translation>
    </message>
    <message>
        <source>Поменять дату остановки</source>
        <translation>Change the stop&apos;s date</translation>
    </message>
    <message>
        <source>Выше</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Переставить остановку раньше по маршруту (Alt+↑)</source>
        <translation>Move the stop earlier in the route (Alt+↑)</translation>
    </message>
    <message>
        <source>Ниже</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Переставить остановку позже по маршруту (Alt+↓)</source>
        <translation>Move the stop later in the route (Alt+↓)</translation>
    </message>
    <message>
        <source>Удалить остановку…</source>
        <translation>Delete stop…</translation>
    </message>
    <message>
        <source>Убрать остановку из маршрута (Delete)</source>
        <translation>Remove the stop from the route (Delete)</translation>
    </message>
    <message>
        <source>Отметить остановку проведённой</source>
        <translation>Mark the stop as held</translation>
    </message>
    <message>
        <source>Отменить…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Отменить остановку с указанием причины</source>
        <translation>Cancel the stop, giving a reason</translation>
    </message>
    <message>
        <source>Создать выезд (Ctrl+N)</source>
        <translation>Create a tour (Ctrl+N)</translation>
    </message>
    <message>
        <source>Проведена</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Найти выезд: название, кампания</source>
        <translation>Search tours: title, campaign</translation>
    </message>
    <message>
        <source>Вернуть в план</source>
        <translation>Back to planned</translation>
    </message>
    <message>
        <source>Снова запланированная: отмена или отметка о проведении снимается</source>
        <translation>Planned again: the cancellation or the held mark is removed</translation>
    </message>
    <message>
        <source>Открыть остановку (Enter)</source>
        <translation>Open the stop (Enter)</translation>
    </message>
    <message>
        <source>Выездов пока нет</source>
        <translation>No tours yet</translation>
    </message>
    <message>
        <source>%1 · остановок: %2, проведено: %3</source>
        <translation>%1 · stops: %2, done: %3</translation>
    </message>
    <message>
        <source>В маршруте пока нет остановок: добавьте первую — Insert.</source>
        <translation>The route has no stops yet: add the first one — Insert.</translation>
    </message>
    <message>
        <source>Удалить выезд</source>
        <translation>Delete tour</translation>
    </message>
    <message>
        <source>Удалить выезд «%1»? Он исчезнет из списков и выбора остановок; приёмы, мероприятия и фото, записанные на его остановках, сохранятся.</source>
        <translation>Delete the tour «%1»? It disappears from the lists and from choosing a stop; the receptions, activities and photos recorded at its stops are kept.</translation>
    </message>
    <message>
        <source>Перенести остановку на другой день</source>
        <translation>Move the stop to another day</translation>
    </message>
    <message>
        <source>Удалить остановку</source>
        <translation>Delete stop</translation>
    </message>
    <message>
        <source>Убрать из маршрута остановку «%1» (%2)? Записанное на ней сохранится, но в выборе остановок её больше не будет.</source>
        <translation>Remove the stop «%1» (%2) from the route? What was recorded there is kept, but it is no longer offered as a stop.</translation>
    </message>
    <message>
        <source>Отменить остановку</source>
        <translation>Cancel stop</translation>
    </message>
    <message>
        <source>Почему отменена остановка «%1» (%2)?</source>
        <translation>Why is the stop «%1» (%2) cancelled?</translation>
    </message>
    <message>
        <source>Не отменять</source>
        <translation>Keep the stop</translation>
    </message>
    <message>
        <source>Остановка ещё впереди</source>
        <translation>The stop is still ahead</translation>
    </message>
    <message>
        <source>Остановка запланирована на %1 — отметить проведённой раньше срока?</source>
        <translation>The stop is planned for %1 — mark it held ahead of time?</translation>
    </message>
    <message>
        <source>Выезд — это поездка рабочей группы по маршруту: населённые пункты по порядку с датами. Выезды создаёт руководитель или координатор; они приходят и при обмене данными с коллегами.</source>
        <translation>A tour is a working group&apos;s trip along a route: settlements in order, with dates. Tours are created by a supervisor or a coordinator; they also arrive when data is exchanged with colleagues.</translation>
    </message>
    <message>
        <source>Создайте выезд: Ctrl+N. Выезд — это поездка рабочей группы по маршруту: населённые пункты по порядку с датами. Выезды приходят и из плана кампании (меню «Файл» → «Импорт плана кампании»), и при обмене данными с коллегами.</source>
        <translation>Create a tour: Ctrl+N. A tour is a working group&apos;s trip along a route: settlements in order, with dates. Tours also come from the campaign plan (menu «File» → «Import campaign plan») and when data is exchanged with colleagues.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Добро пожаловать в полевой журнал</source>
        <translation>Welcome to the field journal</translation>
    </message>
    <message>
        <source>Программа работает без интернета: выезды, мероприятия, приём граждан и вопросы на контроле хранятся в файле базы данных на этом компьютере. Выберите, с чего начать.</source>
        <translation>The program works without internet: tours, activities, citizen receptions and problems under control are kept in a database file on this computer. Choose how to start.</translation>
    </message>
    <message>
        <source>Создать локальную базу</source>
        <translation>Create a local database</translation>
    </message>
    <message>
        <source>Новая пустая база для работы в поле. Она будет создана в папке данных пользователя:</source>
        <translation>A new empty database for field work. It will be created in the user’s data folder:</translation>
    </message>
    <message>
        <source>Открыть демо</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <source>Учебная база с примерами: автокараван в Карагандинской области, пилотный проект «Мир и согласие», опросы и сигналы жителей. Подходит, чтобы осмотреться; ваши данные в неё не попадут.</source>
        <translation>A training database with examples: a motor caravan in Karaganda region, the pilot project “Peace and Harmony”, polls and residents’ signals. Good for a look around; your own data never goes into it.</translation>
    </message>
    <message>
        <source>Открыть файл…</source>
        <translation>Open a file…</translation>
    </message>
    <message>
        <source>База, полученная с другого ноутбука или из резервной копии (файл .db).</source>
        <translation>A database from another laptop or from a backup (a .db file).</translation>
    </message>
    <message>
        <source>Язык интерфейса можно сменить в меню «Язык»: Русский, Қазақша, English.</source>
        <translation>The interface language can be changed in the “Language” menu: Русский, Қазақша, English.</translation>
    </message>
</context>
</TS>
