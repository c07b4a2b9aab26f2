<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="ru_RU">
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
