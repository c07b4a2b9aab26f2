<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="ru_RU">
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
    <name>ProgressDialog</name>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
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
