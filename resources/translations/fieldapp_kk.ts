<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="ru_RU">
<context>
    <name>ActivityModel</name>
    <message>
        <source>Вид</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Аудитория</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Название</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Участников</source>
        <translation>Қатысушылар</translation>
    </message>
</context>
<context>
    <name>ControlPage</name>
    <message>
        <source>Вопросы на контроле</source>
        <translation>Бақылаудағы мәселелер</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Перечитать список (F5)</source>
        <translation>Тізімді қайта оқу (F5)</translation>
    </message>
    <message>
        <source>Статус:</source>
        <translation>Мәртебе:</translation>
    </message>
    <message>
        <source>только просроченные</source>
        <translation>тек мерзімі өткендер</translation>
    </message>
    <message>
        <source>Район:</source>
        <translation>Аудан:</translation>
    </message>
    <message>
        <source>Ответственный:</source>
        <translation>Жауапты:</translation>
    </message>
    <message>
        <source>Выберите вопрос в списке</source>
        <translation>Тізімнен мәселені таңдаңыз</translation>
    </message>
    <message>
        <source>История</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <source>Действия</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <source>Причина или примечание</source>
        <translation>Себеп немесе ескертпе</translation>
    </message>
    <message>
        <source>Для продления и отказа обязательна</source>
        <translation>Ұзарту мен бас тарту үшін міндетті</translation>
    </message>
    <message>
        <source>Новый срок</source>
        <translation>Жаңа мерзім</translation>
    </message>
    <message>
        <source>В работу</source>
        <translation>Жұмысқа алу</translation>
    </message>
    <message>
        <source>Продлить срок</source>
        <translation>Мерзімді ұзарту</translation>
    </message>
    <message>
        <source>Решено</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <source>Отказать</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Вопросов на контроле нет</source>
        <translation>Бақылаудағы мәселелер жоқ</translation>
    </message>
    <message>
        <source>Вопрос берут на контроль на приёме граждан: выберите результат «взято на контроль» и укажите ответственный орган. Срок — 15 рабочих дней; здесь будут видны просроченные вопросы, продление, решение и отказ. Если фильтры скрыли все вопросы, снимите их.</source>
        <translation>Мәселе азаматтарды қабылдау кезінде бақылауға алынады: «бақылауға алынды» нәтижесін таңдап, жауапты органды көрсетіңіз. Мерзімі — 15 жұмыс күні; мұнда мерзімі өткен мәселелер, ұзарту, шешім және бас тарту көрінеді. Егер сүзгілер барлық мәселені жасырса, оларды алып тастаңыз.</translation>
    </message>
    <message>
        <source>Загрузка…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>все</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <source>все районы</source>
        <translation>барлық аудандар</translation>
    </message>
    <message>
        <source>Показано %1 из %2</source>
        <translation>%2 ішінен %1 көрсетілді</translation>
    </message>
    <message>
        <source>просрочено: %1</source>
        <translation>мерзімі өткен: %1</translation>
    </message>
    <message>
        <source>Статус: %1</source>
        <translation>Мәртебесі: %1</translation>
    </message>
    <message>
        <source>Срок: %1</source>
        <translation>Мерзімі: %1</translation>
    </message>
    <message>
        <source>истёк</source>
        <translation>өтіп кетті</translation>
    </message>
    <message>
        <source>Ответственный: %1</source>
        <translation>Жауапты: %1</translation>
    </message>
    <message>
        <source>Населённый пункт: %1</source>
        <translation>Елді мекен: %1</translation>
    </message>
    <message>
        <source>Взят на контроль %1; уведомить заявителя до %2</source>
        <translation>%1 бақылауға алынды; өтініш берушіге %2 дейін хабарлау</translation>
    </message>
    <message>
        <source>не позже %1 — два месяца со дня взятия на контроль</source>
        <translation>%1 кешіктірмей — бақылауға алынған күннен бастап екі ай</translation>
    </message>
</context>
<context>
    <name>ControlTableModel</name>
    <message>
        <source>Вопрос</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Срок</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Рабочих дней осталось</source>
        <translation>Қалған жұмыс күндері</translation>
    </message>
    <message>
        <source>Ответственный</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Взят на контроль</source>
        <translation>Бақылауға алынған күні</translation>
    </message>
    <message>
        <source>Обращений</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>%1, срок истёк</source>
        <translation>%1, мерзімі өтті</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Обзор</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Показатели по всей базе</source>
        <translation>Бүкіл дерекқор бойынша көрсеткіштер</translation>
    </message>
    <message>
        <source>Пересчитать показатели (F5)</source>
        <translation>Көрсеткіштерді қайта есептеу (F5)</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Показатели считаются…</source>
        <translation>Көрсеткіштер есептелуде…</translation>
    </message>
    <message>
        <source>В базе пока нет данных</source>
        <translation>Дерекқорда әзірге деректер жоқ</translation>
    </message>
    <message>
        <source>Показатели появятся, когда в базе будут выезды, проведённые остановки и принятые граждане. Начните с раздела «Выезды»: создайте выезд и его маршрут. Чтобы посмотреть, как выглядит заполненная база, откройте демо: меню «Файл» → «Открыть демо».</source>
        <translation>Көрсеткіштер дерекқорда сапарлар, өткізілген аялдамалар мен қабылданған азаматтар пайда болғанда көрінеді. «Сапарлар» бөлімінен бастаңыз: сапар мен оның бағдарын жасаңыз. Толтырылған дерекқордың қалай көрінетінін көру үшін демоны ашыңыз: «Файл» мәзірі → «Демоны ашу».</translation>
    </message>
    <message>
        <source>Вопросы на контроле</source>
        <translation>Бақылаудағы мәселелер</translation>
    </message>
    <message>
        <source>Приём граждан</source>
        <translation>Азаматтарды қабылдау</translation>
    </message>
    <message>
        <source>Выезды и мероприятия</source>
        <translation>Сапарлар мен іс-шаралар</translation>
    </message>
    <message>
        <source>Опросы и сигналы</source>
        <translation>Сауалнамалар мен белгілер</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Проверьте данные</source>
        <translation>Деректерді тексеріңіз</translation>
    </message>
    <message>
        <source>Файл базы данных</source>
        <translation>Дерекқор файлы</translation>
    </message>
    <message>
        <source>Нет доступа</source>
        <translation>Рұқсат жоқ</translation>
    </message>
    <message>
        <source>Не найдено</source>
        <translation>Табылмады</translation>
    </message>
    <message>
        <source>Не удалось выполнить действие</source>
        <translation>Әрекетті орындау мүмкін болмады</translation>
    </message>
    <message>
        <source>(журнал не ведётся)</source>
        <translation>(журнал жүргізілмейді)</translation>
    </message>
    <message>
        <source>Произошла внутренняя ошибка программы. Уже сохранённые данные не потеряны.

Подробности записаны в журнал работы:
%1

Передайте этот файл службе поддержки.</source>
        <translation>Бағдарламада ішкі қате орын алды. Бұрын сақталған деректер жоғалған жоқ.

Толығырақ мәлімет жұмыс журналына жазылды:
%1

Бұл файлды қолдау қызметіне жіберіңіз.</translation>
    </message>
    <message>
        <source>Ошибка программы</source>
        <translation>Бағдарлама қатесі</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Полевой журнал</source>
        <translation>Далалық журнал</translation>
    </message>
    <message>
        <source>Разделы</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>&amp;Файл</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Недавние базы</source>
        <translation>&amp;Соңғы дерекқорлар</translation>
    </message>
    <message>
        <source>&amp;Вид</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Язык</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Справка</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Открыть базу данных…</source>
        <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
        <source>Открыть файл базы данных (.db)</source>
        <translation>Дерекқор файлын ашу (.db)</translation>
    </message>
    <message>
        <source>Открыть &amp;демо</source>
        <translation>&amp;Демоны ашу</translation>
    </message>
    <message>
        <source>Открыть учебную базу с примерами</source>
        <translation>Мысалдары бар оқу дерекқорын ашу</translation>
    </message>
    <message>
        <source>В&amp;ыход</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Панель разделов</source>
        <translation>&amp;Бөлімдер тақтасы</translation>
    </message>
    <message>
        <source>Папка &amp;журналов работы</source>
        <translation>&amp;Жұмыс журналдарының қалтасы</translation>
    </message>
    <message>
        <source>Открыть папку с журналом работы программы (для службы поддержки)</source>
        <translation>Бағдарламаның жұмыс журналы сақталған қалтаны ашу (қолдау қызметі үшін)</translation>
    </message>
    <message>
        <source>&amp;О программе</source>
        <translation>&amp;Бағдарлама туралы</translation>
    </message>
    <message>
        <source>Создание демо-базы…</source>
        <translation>Демо дерекқор жасалуда…</translation>
    </message>
    <message>
        <source>Открыть базу данных</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <source>Базы данных (*.db *.sqlite *.sqlite3);;Все файлы (*)</source>
        <translation>Дерекқорлар (*.db *.sqlite *.sqlite3);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Список пуст</source>
        <translation>Тізім бос</translation>
    </message>
    <message>
        <source>База не открыта</source>
        <translation>Дерекқор ашылмаған</translation>
    </message>
    <message>
        <source>База: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>Участник: %1</source>
        <translation>Қатысушы: %1</translation>
    </message>
    <message>
        <source>не выбран</source>
        <translation>таңдалмаған</translation>
    </message>
    <message>
        <source>Выезд: %1</source>
        <translation>Сапар: %1</translation>
    </message>
    <message>
        <source>Остановка: %1</source>
        <translation>Аялдама: %1</translation>
    </message>
    <message>
        <source>не выбрана</source>
        <translation>таңдалмаған</translation>
    </message>
    <message>
        <source>Синхронизация: нет сведений</source>
        <translation>Синхрондау: мәлімет жоқ</translation>
    </message>
    <message>
        <source>Все изменения выгружены</source>
        <translation>Барлық өзгерістер жүктеп шығарылды</translation>
    </message>
    <message numerus="yes">
        <source>Не выгружено: %n изменений</source>
        <translation>
            <numerusform>Жүктеп шығарылмаған өзгерістер: %n</numerusform>
            <numerusform>Жүктеп шығарылмаған өзгерістер: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Полевой журнал %1

Выезды рабочих групп, мероприятия, приём граждан, вопросы на контроле, опросы и сигналы — без интернета, на одном ноутбуке. Отчёты в PDF и Excel, обмен данными через файлы.</source>
        <translation>Далалық журнал %1

Жұмыс топтарының сапарлары, іс-шаралар, азаматтарды қабылдау, бақылаудағы мәселелер, сауалнамалар мен белгілер — интернетсіз, бір ноутбукта. PDF және Excel есептері, файлдар арқылы деректер алмасу.</translation>
    </message>
    <message>
        <source>О программе</source>
        <translation>Бағдарлама туралы</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Обзор</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Выезды</source>
        <translation>Сапарлар</translation>
    </message>
    <message>
        <source>Здесь будут выезды и их маршруты: населённые пункты по порядку с датами, отметка проведённых и отменённых остановок.</source>
        <translation>Мұнда сапарлар мен олардың бағдарлары болады: күндері көрсетілген елді мекендер ретімен, өткізілген және болдырылмаған аялдамалар белгісімен.</translation>
    </message>
    <message>
        <source>Остановка</source>
        <translation>Аялдама</translation>
    </message>
    <message>
        <source>Здесь будет текущая остановка: сколько жителей пришло, проведённые мероприятия и их участники, организации-участники и фотографии с подписями.</source>
        <translation>Мұнда ағымдағы аялдама болады: қанша тұрғын келді, өткізілген іс-шаралар мен оларға қатысушылар, қатысушы ұйымдар және жазулары бар фотосуреттер.</translation>
    </message>
    <message>
        <source>Приём граждан</source>
        <translation>Азаматтарды қабылдау</translation>
    </message>
    <message>
        <source>Здесь будет приём граждан по очереди, с клавиатуры: проверка ИИН при вводе, прежние обращения жителя, тема, результат и согласие на обработку данных.</source>
        <translation>Мұнда азаматтарды кезекпен, пернетақтадан қабылдау болады: енгізу кезінде ЖСН тексеру, тұрғынның бұрынғы өтініштері, тақырып, нәтиже және деректерді өңдеуге келісім.</translation>
    </message>
    <message>
        <source>Контроль</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Здесь будет реестр вопросов на контроле: ответственные, сроки в рабочих днях, продление, решение и вопросы с истёкшим сроком в начале списка.</source>
        <translation>Мұнда бақылаудағы мәселелер тізілімі болады: жауаптылар, жұмыс күндерімен есептелген мерзімдер, мерзімді ұзарту, шешу және тізім басында мерзімі өткен мәселелер.</translation>
    </message>
    <message>
        <source>Опросы</source>
        <translation>Сауалнамалар</translation>
    </message>
    <message>
        <source>Здесь будут опросы: вопрос и варианты ответов, подсчёт ответов на каждой остановке крупными кнопками и диаграмма результатов.</source>
        <translation>Мұнда сауалнамалар болады: сұрақ пен жауап нұсқалары, әр аялдамада үлкен батырмалармен жауаптарды санау және нәтижелер диаграммасы.</translation>
    </message>
    <message>
        <source>Сигналы</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Здесь будут сигналы жителей с координатами, например о граффити с рекламой наркотиков, и их проверка до устранения, с фотографиями до и после.</source>
        <translation>Мұнда тұрғындардан түскен координаттары бар белгілер болады, мысалы есірткі жарнамасы бар граффити туралы: оларды жойылғанға дейін тексеру, дейінгі және кейінгі фотосуреттер.</translation>
    </message>
    <message>
        <source>Отчёты</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Здесь будут отчёты: PDF с блоком подписи, таблицы Excel для вышестоящих органов и готовый абзац для пресс-релиза.</source>
        <translation>Мұнда есептер болады: қол қою блогы бар PDF, жоғары тұрған органдарға арналған Excel кестелері және баспасөз релизіне арналған дайын абзац.</translation>
    </message>
    <message>
        <source>Синхронизация</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>Здесь будет обмен данными между ноутбуками: выгрузка изменений в файл, загрузка файлов коллег и разбор конфликтующих правок.</source>
        <translation>Мұнда ноутбуктар арасындағы деректер алмасу болады: өзгерістерді файлға жүктеп шығару, әріптестердің файлдарын жүктеу және бір-біріне қайшы түзетулерді талдау.</translation>
    </message>
    <message>
        <source>Планирование</source>
        <translation>Жоспарлау</translation>
    </message>
    <message>
        <source>Здесь будет план ротации рабочих групп по районам и охват каждого района всеми направлениями: запланировано и выполнено.</source>
        <translation>Мұнда жұмыс топтарының аудандар бойынша ротация жоспары және әр ауданның барлық бағыттармен қамтылуы болады: жоспарланғаны мен орындалғаны.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Раздел в разработке</source>
        <translation>Бөлім әзірленуде</translation>
    </message>
    <message>
        <source>Другие разделы — в списке слева или по клавишам Ctrl+1 … Ctrl+9.</source>
        <translation>Басқа бөлімдер — сол жақтағы тізімде немесе Ctrl+1 … Ctrl+9 пернелерімен.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Приём граждан</source>
        <translation>Азаматтарды қабылдау</translation>
    </message>
    <message>
        <source>Остановка:</source>
        <translation>Аялдама:</translation>
    </message>
    <message>
        <source>принято жителей</source>
        <translation>тұрғын қабылданды</translation>
    </message>
    <message>
        <source>оказана помощь</source>
        <translation>көмек көрсетілді</translation>
    </message>
    <message>
        <source>взято на контроль</source>
        <translation>бақылауға алынды</translation>
    </message>
    <message>
        <source>Заявитель</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>ИИН</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>12 цифр</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>ФИО *</source>
        <translation>Аты-жөні *</translation>
    </message>
    <message>
        <source>Фамилия Имя Отчество</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Телефон</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>+7 7xx xxx xx xx</source>
        <translation>+7 7xx xxx xx xx</translation>
    </message>
    <message>
        <source>Адрес</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Социальная категория</source>
        <translation>Әлеуметтік санат</translation>
    </message>
    <message>
        <source>Согласие</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>дано на обработку персональных данных</source>
        <translation>дербес деректерді өңдеуге берілді</translation>
    </message>
    <message>
        <source>Обращение</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Форма обращения</source>
        <translation>Өтініш нысаны</translation>
    </message>
    <message>
        <source>Тема</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Суть обращения</source>
        <translation>Өтініштің мәні</translation>
    </message>
    <message>
        <source>Кратко: о чём просит или сообщает житель</source>
        <translation>Қысқаша: тұрғын не сұрайды немесе не хабарлайды</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Вид помощи</source>
        <translation>Көмек түрі</translation>
    </message>
    <message>
        <source>Ответственный орган</source>
        <translation>Жауапты орган</translation>
    </message>
    <message>
        <source>Нужен, если обращение направлено или взято на контроль</source>
        <translation>Өтініш жіберілсе немесе бақылауға алынса қажет</translation>
    </message>
    <message>
        <source>Ответственное лицо</source>
        <translation>Жауапты тұлға</translation>
    </message>
    <message>
        <source>ФИО и должность</source>
        <translation>Аты-жөні және лауазымы</translation>
    </message>
    <message>
        <source>Срок</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Сохранить и принять следующего (Enter)</source>
        <translation>Сақтап, келесіні қабылдау (Enter)</translation>
    </message>
    <message>
        <source>Очистить (Esc)</source>
        <translation>Тазарту (Esc)</translation>
    </message>
    <message>
        <source>Отменить последний (Ctrl+Z)</source>
        <translation>Соңғысын болдырмау (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Прежние обращения</source>
        <translation>Бұрынғы өтініштер</translation>
    </message>
    <message>
        <source>Введите ИИН или ФИО — здесь появятся прежние обращения жителя.</source>
        <translation>ЖСН немесе аты-жөнін енгізіңіз — тұрғынның бұрынғы өтініштері осында шығады.</translation>
    </message>
    <message>
        <source>Поиск жителя</source>
        <translation>Тұрғынды іздеу</translation>
    </message>
    <message>
        <source>ФИО, ИИН или телефон (Ctrl+F)</source>
        <translation>Аты-жөні, ЖСН немесе телефон (Ctrl+F)</translation>
    </message>
    <message>
        <source>Найденного жителя можно выбрать клавишей Enter: его данные перейдут в форму.</source>
        <translation>Табылған тұрғынды Enter пернесімен таңдаңыз: оның деректері пішінге көшеді.</translation>
    </message>
    <message>
        <source>Нет остановки для приёма</source>
        <translation>Қабылдау үшін аялдама жоқ</translation>
    </message>
    <message>
        <source>Приём ведётся на остановке выезда. Создайте выезд и его маршрут в разделе «Выезды» — остановки появятся в списке вверху этой страницы. Чтобы посмотреть, как работает приём, откройте демо: меню «Файл» → «Открыть демо».</source>
        <translation>Қабылдау сапар аялдамасында жүргізіледі. «Сапарлар» бөлімінде сапар мен оның бағдарын құрыңыз — аялдамалар осы беттің жоғарғы жағындағы тізімде пайда болады. Қабылдаудың қалай жұмыс істейтінін көру үшін демоны ашыңыз: «Файл» мәзірі → «Демоны ашу».</translation>
    </message>
    <message>
        <source>— не указана —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <source>— выберите вид помощи —</source>
        <translation>— көмек түрін таңдаңыз —</translation>
    </message>
    <message>
        <source>без даты</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <source>не нужен: срок ставится, когда вопрос берут на контроль</source>
        <translation>қажет емес: мерзім мәселе бақылауға алынғанда қойылады</translation>
    </message>
    <message>
        <source>до %1 — %2 рабочих дней; уведомить заявителя до %3</source>
        <translation>%1 дейін — %2 жұмыс күні; өтініш берушіге %3 дейін хабарлау</translation>
    </message>
    <message>
        <source>Необязательно. По ИИН находятся прежние обращения жителя.</source>
        <translation>Міндетті емес. ЖСН бойынша тұрғынның бұрынғы өтініштері табылады.</translation>
    </message>
    <message>
        <source>ИИН состоит только из цифр</source>
        <translation>ЖСН тек цифрлардан тұрады</translation>
    </message>
    <message numerus="yes">
        <source>ещё %n цифр</source>
        <translation>
            <numerusform>тағы %n цифр</numerusform>
            <numerusform>тағы %n цифр</numerusform>
        </translation>
    </message>
    <message>
        <source>В ИИН 12 цифр, введено %1</source>
        <translation>ЖСН-де 12 цифр, енгізілгені %1</translation>
    </message>
    <message>
        <source>ИИН верен</source>
        <translation>ЖСН дұрыс</translation>
    </message>
    <message>
        <source>Контрольная цифра не сходится — проверьте ИИН</source>
        <translation>Бақылау цифры сәйкес келмейді — ЖСН-ді тексеріңіз</translation>
    </message>
    <message>
        <source>дата рождения %1</source>
        <translation>туған күні %1</translation>
    </message>
    <message>
        <source>мужчина</source>
        <translation>ер адам</translation>
    </message>
    <message>
        <source>женщина</source>
        <translation>әйел адам</translation>
    </message>
    <message>
        <source>Данные заявителя заполнены по прежнему обращению — проверьте их.</source>
        <translation>Өтініш берушінің деректері бұрынғы өтініш бойынша толтырылды — тексеріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Житель уже обращался %n раз</source>
        <translation>
            <numerusform>Тұрғын бұрын %n рет өтініш берген</numerusform>
            <numerusform>Тұрғын бұрын %n рет өтініш берген</numerusform>
        </translation>
    </message>
    <message>
        <source>Сохранено: талон %1.</source>
        <translation>Сақталды: талон %1.</translation>
    </message>
    <message>
        <source>Вопрос взят на контроль.</source>
        <translation>Мәселе бақылауға алынды.</translation>
    </message>
    <message>
        <source>Ctrl+Z — отменить.</source>
        <translation>Ctrl+Z — болдырмау.</translation>
    </message>
    <message>
        <source>Приём по талону %1 отменён. Ctrl+Shift+Z — вернуть.</source>
        <translation>%1 талоны бойынша қабылдау болдырылмады. Ctrl+Shift+Z — қайтару.</translation>
    </message>
    <message>
        <source>Приём по талону %1 возвращён.</source>
        <translation>%1 талоны бойынша қабылдау қайтарылды.</translation>
    </message>
    <message>
        <source>Никого не нашлось. Примите жителя как нового: заполните форму слева.</source>
        <translation>Ешкім табылмады. Тұрғынды жаңа адам ретінде қабылдаңыз: сол жақтағы пішінді толтырыңыз.</translation>
    </message>
</context>
<context>
    <name>RouteModel</name>
    <message>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Площадка</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Пришло</source>
        <translation>Келді</translation>
    </message>
    <message>
        <source>Отменена: %1</source>
        <translation>Болдырылмады: %1</translation>
    </message>
</context>
<context>
    <name>StopPage</name>
    <message>
        <source>Остановка</source>
        <translation>Аялдама</translation>
    </message>
    <message>
        <source>Остановка:</source>
        <translation>Аялдама:</translation>
    </message>
    <message>
        <source>Сколько жителей пришло</source>
        <translation>Қанша тұрғын келді</translation>
    </message>
    <message>
        <source>Пришло жителей (с этого ноутбука):</source>
        <translation>Келген тұрғындар (осы ноутбуктан):</translation>
    </message>
    <message>
        <source>число примерное («около 600»)</source>
        <translation>сан шамамен («600-ге жуық»)</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Организации-участники</source>
        <translation>Қатысушы ұйымдар</translation>
    </message>
    <message>
        <source>Добавить</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Убрать</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Мероприятия</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Аудитория</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Название</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Например: встреча в сельском клубе</source>
        <translation>Мысалы: ауылдық клубтағы кездесу</translation>
    </message>
    <message>
        <source>Участников</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Добавить мероприятие</source>
        <translation>Іс-шара қосу</translation>
    </message>
    <message>
        <source>Удалить выбранное</source>
        <translation>Таңдалғанды жою</translation>
    </message>
    <message>
        <source>Фотографии</source>
        <translation>Фотосуреттер</translation>
    </message>
    <message>
        <source>Перетащите фотографии сюда или нажмите «Добавить фото…». Подпись и автор ставятся под каждым добавленным фото.</source>
        <translation>Фотосуреттерді осында сүйреп әкеліңіз немесе «Фото қосу…» түймесін басыңыз. Қолтаңба мен авторы әр қосылған фотоға қойылады.</translation>
    </message>
    <message>
        <source>Подпись: что на фото</source>
        <translation>Қолтаңба: фотода не бар</translation>
    </message>
    <message>
        <source>Фото: акимат …</source>
        <translation>Фото: әкімдік …</translation>
    </message>
    <message>
        <source>Добавить фото…</source>
        <translation>Фото қосу…</translation>
    </message>
    <message>
        <source>Удалить фото</source>
        <translation>Фотоны жою</translation>
    </message>
    <message>
        <source>Остановок пока нет</source>
        <translation>Әзірге аялдамалар жоқ</translation>
    </message>
    <message>
        <source>Остановка — это населённый пункт на маршруте выезда. Когда в базе появится выезд с маршрутом, здесь отмечают, сколько жителей пришло, проведённые мероприятия, организации-участники и фотографии. Чтобы посмотреть на заполненную остановку, откройте демо: меню «Файл» → «Открыть демо».</source>
        <translation>Аялдама — сапар бағдарындағы елді мекен. Дерекқорда бағдары бар сапар пайда болғанда, мұнда қанша тұрғын келгені, өткізілген іс-шаралар, қатысушы ұйымдар мен фотосуреттер белгіленеді. Толтырылған аялдаманы көру үшін демоны ашыңыз: «Файл» мәзірі → «Демоны ашу».</translation>
    </message>
    <message>
        <source>Всего по всем ноутбукам: %1 (записей: %2)</source>
        <translation>Барлық ноутбуктар бойынша: %1 (жазбалар: %2)</translation>
    </message>
    <message>
        <source>без подписи</source>
        <translation>қолтаңбасыз</translation>
    </message>
    <message>
        <source>Файла фото нет на этом ноутбуке</source>
        <translation>Фото файлы бұл ноутбукта жоқ</translation>
    </message>
    <message>
        <source>Фотографии остановки</source>
        <translation>Аялдама фотосуреттері</translation>
    </message>
    <message>
        <source>Изображения (%1);;Все файлы (*)</source>
        <translation>Суреттер (%1);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>ToursPage</name>
    <message>
        <source>Выезды и маршруты</source>
        <translation>Сапарлар мен бағдарлар</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Перечитать выезды (F5)</source>
        <translation>Сапарларды қайта оқу (F5)</translation>
    </message>
    <message>
        <source>Выберите выезд в списке</source>
        <translation>Тізімнен сапарды таңдаңыз</translation>
    </message>
    <message>
        <source>Маршрут</source>
        <translation>Бағдар</translation>
    </message>
    <message>
        <source>Причина отмены:</source>
        <translation>Болдырмау себебі:</translation>
    </message>
    <message>
        <source>Например: дорогу размыло</source>
        <translation>Мысалы: жолды су шайып кетті</translation>
    </message>
    <message>
        <source>Проведена</source>
        <translation>Өткізілді</translation>
    </message>
    <message>
        <source>Отменить</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Вернуть в план</source>
        <translation>Жоспарға қайтару</translation>
    </message>
    <message>
        <source>Открыть остановку (Enter)</source>
        <translation>Аялдаманы ашу (Enter)</translation>
    </message>
    <message>
        <source>Выездов пока нет</source>
        <translation>Әзірге сапарлар жоқ</translation>
    </message>
    <message>
        <source>Выезд — это поездка рабочей группы по маршруту: населённые пункты по порядку с датами. Выезды появляются в базе при импорте плана, при обмене данными с коллегами или в демо (меню «Файл» → «Открыть демо»). Здесь отмечают проведённые и отменённые остановки.</source>
        <translation>Сапар — жұмыс тобының бағдар бойынша сапары: елді мекендер күндерімен ретімен. Сапарлар дерекқорға жоспарды импорттағанда, әріптестермен деректер алмасқанда немесе демода пайда болады («Файл» мәзірі → «Демоны ашу»). Мұнда өткізілген және болдырылмаған аялдамалар белгіленеді.</translation>
    </message>
    <message>
        <source>%1 · остановок: %2, проведено: %3</source>
        <translation>%1 · аялдамалар: %2, өткізілгені: %3</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Добро пожаловать в полевой журнал</source>
        <translation>Далалық журналға қош келдіңіз</translation>
    </message>
    <message>
        <source>Программа работает без интернета: выезды, мероприятия, приём граждан и вопросы на контроле хранятся в файле базы данных на этом компьютере. Выберите, с чего начать.</source>
        <translation>Бағдарлама интернетсіз жұмыс істейді: сапарлар, іс-шаралар, азаматтарды қабылдау және бақылаудағы мәселелер осы компьютердегі дерекқор файлында сақталады. Неден бастайтыныңызды таңдаңыз.</translation>
    </message>
    <message>
        <source>Создать локальную базу</source>
        <translation>Жергілікті дерекқор жасау</translation>
    </message>
    <message>
        <source>Новая пустая база для работы в поле. Она будет создана в папке данных пользователя:</source>
        <translation>Далалық жұмысқа арналған жаңа бос дерекқор. Ол пайдаланушы деректерінің қалтасында жасалады:</translation>
    </message>
    <message>
        <source>Открыть демо</source>
        <translation>Демоны ашу</translation>
    </message>
    <message>
        <source>Учебная база с примерами: автокараван в Карагандинской области, пилотный проект «Мир и согласие», опросы и сигналы жителей. Подходит, чтобы осмотреться; ваши данные в неё не попадут.</source>
        <translation>Мысалдары бар оқу дерекқоры: Қарағанды облысындағы автокерует, «Бейбітшілік және келісім» пилоттық жобасы, сауалнамалар мен тұрғындардың белгілері. Бағдарламамен танысуға ыңғайлы; сіздің деректеріңіз оған түспейді.</translation>
    </message>
    <message>
        <source>Открыть файл…</source>
        <translation>Файлды ашу…</translation>
    </message>
    <message>
        <source>База, полученная с другого ноутбука или из резервной копии (файл .db).</source>
        <translation>Басқа ноутбуктан немесе сақтық көшірмеден алынған дерекқор (.db файлы).</translation>
    </message>
    <message>
        <source>Язык интерфейса можно сменить в меню «Язык»: Русский, Қазақша, English.</source>
        <translation>Интерфейс тілін «Тіл» мәзірінен ауыстыруға болады: Русский, Қазақша, English.</translation>
    </message>
</context>
</TS>
