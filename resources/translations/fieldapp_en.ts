<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="ru_RU">
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
        <source>Вопросы на контроле</source>
        <translation>Problems under control</translation>
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
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>Файл не импортирован</source>
        <translation>The file was not imported</translation>
    </message>
    <message>
        <source>В базу ничего не записано. Исправьте файл и загрузите его снова.</source>
        <translation>Nothing was written to the database. Fix the file and load it again.</translation>
    </message>
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
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Таблица CSV (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
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
        <source>Приём граждан — таблица для Excel (CSV)</source>
        <translation>Citizen receptions — table for Excel (CSV)</translation>
    </message>
    <message>
        <source>Вопросы на контроле — таблица для Excel (CSV)</source>
        <translation>Control items — table for Excel (CSV)</translation>
    </message>
    <message>
        <source>GeoJSON открывается в QGIS и веб-картах; CSV — в Excel, с русскими и казахскими буквами.</source>
        <translation>GeoJSON opens in QGIS and web maps; CSV opens in Excel with its Russian and Kazakh letters intact.</translation>
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
    <name>JournalPreview</name>
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
        <source>Импорт &amp;КАТО…</source>
        <translation>Import &amp;KATO…</translation>
    </message>
    <message>
        <source>Загрузить классификатор административно-территориальных объектов (КАТО) из Excel</source>
        <translation>Load the classifier of administrative-territorial objects (KATO) from Excel</translation>
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
        <source>База не открыта</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>База: %1</source>
        <translation>Database: %1</translation>
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
        <source>Здесь будет обмен данными между ноутбуками: выгрузка изменений в файл, загрузка файлов коллег и разбор конфликтующих правок.</source>
        <translation>Data exchange between laptops will be here: exporting changes to a file, loading colleagues’ files, and sorting out conflicting edits.</translation>
    </message>
    <message>
        <source>Планирование</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Здесь будет план ротации рабочих групп по районам и охват каждого района всеми направлениями: запланировано и выполнено.</source>
        <translation>The rotation plan of working groups over districts will be here, with how each district is covered by every direction: planned and done.</translation>
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
    <message numerus="yes">
        <source>ещё %n цифр</source>
        <translation>
            <numerusform>%n more digit</numerusform>
            <numerusform>%n more digits</numerusform>
        </translation>
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
        <source>Никого не нашлось. Примите жителя как нового: заполните форму слева.</source>
        <translation>Nobody found. Receive the resident as a new one: fill in the form on the left.</translation>
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
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Перечитать список сигналов (F5)</source>
        <translation>Reload the list of signals (F5)</translation>
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
        <source>Вставьте «54.8730, 69.1500» или ссылку на карту</source>
        <translation>Paste «54.8730, 69.1500» or a map link</translation>
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
        <source>все</source>
        <translation>all</translation>
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
        <source>Добавить мероприятие</source>
        <translation>Add an activity</translation>
    </message>
    <message>
        <source>Удалить выбранное</source>
        <translation>Delete the one chosen</translation>
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
        <source>Остановка — это населённый пункт на маршруте выезда. Когда в базе появится выезд с маршрутом, здесь отмечают, сколько жителей пришло, проведённые мероприятия, организации-участники и фотографии. Чтобы посмотреть на заполненную остановку, откройте демо: меню «Файл» → «Открыть демо».</source>
        <translation>A stop is a settlement on a tour&apos;s route. Once the database has a tour with a route, this page records how many residents came, the activities held, the organisations taking part and the photos. To see a stop filled in, open the demo: File → Open demo.</translation>
    </message>
    <message>
        <source>Всего по всем ноутбукам: %1 (записей: %2)</source>
        <translation>All laptops together: %1 (records: %2)</translation>
    </message>
    <message>
        <source>без подписи</source>
        <translation>no caption</translation>
    </message>
    <message>
        <source>Файла фото нет на этом ноутбуке</source>
        <translation>The photo file is not on this laptop</translation>
    </message>
    <message>
        <source>Фотографии остановки</source>
        <translation>Photos of the stop</translation>
    </message>
    <message>
        <source>Изображения (%1);;Все файлы (*)</source>
        <translation>Images (%1);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ToursPage</name>
    <message>
        <source>Выезды и маршруты</source>
        <translation>Tours and routes</translation>
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
        <source>Причина отмены:</source>
        <translation>Reason for cancelling:</translation>
    </message>
    <message>
        <source>Например: дорогу размыло</source>
        <translation>For example: the road is washed out</translation>
    </message>
    <message>
        <source>Проведена</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Отменить</source>
        <translation>Cancel the stop</translation>
    </message>
    <message>
        <source>Вернуть в план</source>
        <translation>Back to planned</translation>
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
        <source>Выезд — это поездка рабочей группы по маршруту: населённые пункты по порядку с датами. Выезды появляются в базе при импорте плана, при обмене данными с коллегами или в демо (меню «Файл» → «Открыть демо»). Здесь отмечают проведённые и отменённые остановки.</source>
        <translation>A tour is a working group&apos;s journey along a route: settlements in order, with dates. Tours come into the database with an imported plan, a data exchange with colleagues, or the demo (File → Open demo). Done and cancelled stops are marked here.</translation>
    </message>
    <message>
        <source>%1 · остановок: %2, проведено: %3</source>
        <translation>%1 · stops: %2, done: %3</translation>
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
