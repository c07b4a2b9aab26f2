<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="ru_RU">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Учётные записи</source>
        <translation>Есептік жазбалар</translation>
    </message>
    <message>
        <source>Кто может открывать эту базу. Добавлять, менять пароли и отключать учётные записи может координатор.</source>
        <translation>Бұл дерекқорды кім аша алады. Есептік жазбаларды қосуды, құпиясөздерін ауыстыруды және өшіруді үйлестіруші жасай алады.</translation>
    </message>
    <message>
        <source>&amp;Имя:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Роль:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;Член группы (часть ФИО):</source>
        <translation>Топ &amp;мүшесі (аты-жөнінің бөлігі):</translation>
    </message>
    <message>
        <source>&amp;Пароль:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>П&amp;овторите пароль:</source>
        <translation>Құпиясөзді &amp;қайталаңыз:</translation>
    </message>
    <message>
        <source>&amp;Добавить</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>&amp;Задать пароль выбранной</source>
        <translation>Таңдалғанына құпиясөз &amp;орнату</translation>
    </message>
    <message>
        <source>&amp;Отключить выбранную</source>
        <translation>Таңдалғанын ө&amp;шіру</translation>
    </message>
    <message>
        <source>Пароли не совпадают.</source>
        <translation>Құпиясөздер сәйкес емес.</translation>
    </message>
    <message>
        <source>Учётная запись «%1» добавлена.</source>
        <translation>«%1» есептік жазбасы қосылды.</translation>
    </message>
    <message>
        <source>Пароль «%1» изменён.</source>
        <translation>«%1» құпиясөзі ауыстырылды.</translation>
    </message>
    <message>
        <source>Отключить учётную запись</source>
        <translation>Есептік жазбаны өшіру</translation>
    </message>
    <message>
        <source>Отключить «%1»? Эта учётная запись больше не сможет войти.</source>
        <translation>«%1» өшірілсін бе? Бұл есептік жазба енді кіре алмайды.</translation>
    </message>
    <message>
        <source>Учётная запись «%1» отключена.</source>
        <translation>«%1» есептік жазбасы өшірілді.</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Учётная запись</source>
        <translation>Есептік жазба</translation>
    </message>
    <message>
        <source>Роль</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Член рабочей группы</source>
        <translation>Жұмыс тобының мүшесі</translation>
    </message>
    <message>
        <source>Состояние</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>отключена</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <source>нужен новый пароль</source>
        <translation>жаңа құпиясөз қажет</translation>
    </message>
    <message>
        <source>действует</source>
        <translation>белсенді</translation>
    </message>
</context>
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
    <message>
        <source>Материалов</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <source>Публикаций</source>
        <translation>Жарияланым</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <source>День не утверждён</source>
        <translation>Күн бекітілмеген</translation>
    </message>
    <message>
        <source>Утвердить приёмы, мероприятия и численность этого дня: после этого их сможет изменить только руководитель или координатор</source>
        <translation>Осы күннің қабылдауларын, іс-шараларын және келгендер санын бекіту: содан кейін оларды тек басшы немесе үйлестіруші өзгерте алады</translation>
    </message>
    <message>
        <source>Утвердить день</source>
        <translation>Күнді бекіту</translation>
    </message>
    <message>
        <source>Правок из офлайна, расходящихся с утверждённым днём: %1 — это конфликты синхронизации, их разбирает координатор</source>
        <translation>Бекітілген күнмен сәйкес келмейтін желіден тыс түзетулер: %1 — бұл синхрондау қайшылықтары, оларды үйлестіруші қарайды</translation>
    </message>
    <message>
        <source>Записей, добавленных без утверждения: %1 — утвердите день ещё раз</source>
        <translation>Бекітусіз қосылған жазбалар: %1 — күнді қайта бекітіңіз</translation>
    </message>
    <message>
        <source>Утвердить день остановки? После этого изменять его приёмы, мероприятия и численность сможет только руководитель или координатор, и каждая правка будет отмечена в истории.</source>
        <translation>Аялдама күнін бекіту керек пе? Содан кейін оның қабылдауларын, іс-шараларын және келгендер санын тек басшы немесе үйлестіруші өзгерте алады, әр түзету тарихта белгіленеді.</translation>
    </message>
</context>
<context>
    <name>CampaignSection</name>
    <message>
        <source>Новая кампания</source>
        <translation>Жаңа науқан</translation>
    </message>
    <message>
        <source>Кампания</source>
        <translation>Науқан</translation>
    </message>
    <message>
        <source>Заполните форму справа — название, вид, сроки — и нажмите «Сохранить».</source>
        <translation>Оң жақтағы пішінді толтырыңыз — атауы, түрі, мерзімі — және «Сақтау» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Удалить кампанию «%1»? Она исчезнет из списков выбора; уже записанные выезды и приёмы останутся в истории.</source>
        <translation>«%1» науқанын жою керек пе? Ол таңдау тізімдерінен жоғалады; жазылған сапарлар мен қабылдаулар тарихта қалады.</translation>
    </message>
    <message>
        <source>Кампания сохранена.</source>
        <translation>Науқан сақталды.</translation>
    </message>
    <message>
        <source>Кампаний пока нет</source>
        <translation>Әзірге науқан жоқ</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Введите текущий пароль.</source>
        <translation>Ағымдағы құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Сменить пароль</source>
        <translation>Құпиясөзді ауыстыру</translation>
    </message>
    <message>
        <source>&amp;Текущий пароль:</source>
        <translation>&amp;Ағымдағы құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Новый пароль:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>П&amp;овторите новый пароль:</source>
        <translation>Жаңа құпиясөзді &amp;қайталаңыз:</translation>
    </message>
    <message>
        <source>Учётная запись: %1</source>
        <translation>Есептік жазба: %1</translation>
    </message>
    <message>
        <source>Сменить</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>кампании</source>
        <translation>науқандар</translation>
    </message>
    <message>
        <source>направления</source>
        <translation>бағыттар</translation>
    </message>
    <message>
        <source>рабочие группы</source>
        <translation>жұмыс топтары</translation>
    </message>
    <message>
        <source>план ротации</source>
        <translation>ротация жоспары</translation>
    </message>
    <message>
        <source>организации</source>
        <translation>ұйымдар</translation>
    </message>
    <message>
        <source>участники</source>
        <translation>қатысушылар</translation>
    </message>
    <message>
        <source>населённые пункты</source>
        <translation>елді мекендер</translation>
    </message>
    <message>
        <source>выезды</source>
        <translation>сапарлар</translation>
    </message>
    <message>
        <source>остановки</source>
        <translation>аялдамалар</translation>
    </message>
    <message>
        <source>мероприятия</source>
        <translation>іс-шаралар</translation>
    </message>
    <message>
        <source>приём граждан</source>
        <translation>азаматтарды қабылдау</translation>
    </message>
    <message>
        <source>контроль</source>
        <translation>бақылау</translation>
    </message>
    <message>
        <source>опросы</source>
        <translation>сауалнамалар</translation>
    </message>
    <message>
        <source>сигналы</source>
        <translation>сигналдар</translation>
    </message>
    <message>
        <source>фотографии</source>
        <translation>фотосуреттер</translation>
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
        <source>Поиск: вопрос или населённый пункт</source>
        <translation>Іздеу: мәселе немесе елді мекен</translation>
    </message>
    <message>
        <source>Показывать только то, где есть этот текст: название, населённый пункт или описание (Ctrl+F)</source>
        <translation>Тек осы мәтін бар жазбаларды көрсету: атауы, елді мекен немесе сипаттама (Ctrl+F)</translation>
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
        <source>Кто и когда менял этот вопрос (Ctrl+H)</source>
        <translation>Бұл мәселені кім және қашан өзгертті (Ctrl+H)</translation>
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
    <name>CreateDatabaseDialog</name>
    <message>
        <source>Новая база данных</source>
        <translation>Жаңа дерекқор</translation>
    </message>
    <message>
        <source>Первая учётная запись базы — координатор: он добавляет остальных участников и выдаёт им пароли.</source>
        <translation>Дерекқордың бірінші есептік жазбасы — үйлестіруші: ол қалған қатысушыларды қосып, оларға құпиясөз береді.</translation>
    </message>
    <message>
        <source>&amp;Имя координатора:</source>
        <translation>Үйлестірушінің &amp;аты:</translation>
    </message>
    <message>
        <source>&amp;Пароль:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>П&amp;овторите пароль:</source>
        <translation>Құпиясөзді &amp;қайталаңыз:</translation>
    </message>
    <message>
        <source>&amp;Защитить базу паролем</source>
        <translation>Дерекқорды құпиясөзбен &amp;қорғау</translation>
    </message>
    <message>
        <source>Без защиты любой, кто скопирует файл базы, прочтёт все записи, включая персональные данные жителей.</source>
        <translation>Қорғаусыз дерекқор файлын көшірген кез келген адам барлық жазбаларды, соның ішінде тұрғындардың дербес деректерін оқи алады.</translation>
    </message>
    <message>
        <source>Создать</source>
        <translation>Жасау</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
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
        <source>&amp;Кампания:</source>
        <translation>&amp;Науқан:</translation>
    </message>
    <message>
        <source>&amp;Район:</source>
        <translation>&amp;Аудан:</translation>
    </message>
    <message>
        <source>&amp;Период с</source>
        <translation>&amp;Кезең: басы</translation>
    </message>
    <message>
        <source>Считать только сделанное в эти дни (оба включительно)</source>
        <translation>Тек осы күндері жасалғанды санау (екі күн де қоса)</translation>
    </message>
    <message>
        <source>по</source>
        <translation>соңы</translation>
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
        <source>Сегодня</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Вопросы на контроле</source>
        <translation>Бақылаудағы мәселелер</translation>
    </message>
    <message>
        <source>Срок истёк — в первую очередь:</source>
        <translation>Мерзімі өтті — бірінші кезекте:</translation>
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
    <message>
        <source>Приём по темам обращений</source>
        <translation>Өтініш тақырыптары бойынша қабылдау</translation>
    </message>
    <message>
        <source>Приёмов пока нет. График появится, когда в разделе «Приём граждан» будут записаны обращения.</source>
        <translation>Әзірге қабылдау жоқ. «Азаматтарды қабылдау» бөлімінде өтініштер жазылғанда, график пайда болады.</translation>
    </message>
    <message>
        <source>Приём по результатам</source>
        <translation>Нәтижелері бойынша қабылдау</translation>
    </message>
    <message>
        <source>Приёмов пока нет: здесь будет видно, сколько обращений разъяснено, решено на месте, сколько людям помогли и что взято на контроль.</source>
        <translation>Әзірге қабылдау жоқ: мұнда қанша өтініш түсіндірілгені, орнында шешілгені, қанша адамға көмек көрсетілгені және не бақылауға алынғаны көрінеді.</translation>
    </message>
    <message>
        <source>Мероприятия по районам</source>
        <translation>Аудандар бойынша іс-шаралар</translation>
    </message>
    <message>
        <source>Мероприятий пока нет. Отметьте остановку проведённой и добавьте мероприятия в разделе «Остановка».</source>
        <translation>Әзірге іс-шара жоқ. «Аялдама» бөлімінде аялдаманы өткізілді деп белгілеп, іс-шараларды қосыңыз.</translation>
    </message>
    <message>
        <source>Все кампании</source>
        <translation>Барлық науқандар</translation>
    </message>
    <message>
        <source>Все районы</source>
        <translation>Барлық аудандар</translation>
    </message>
    <message>
        <source>Показатели: %1</source>
        <translation>Көрсеткіштер: %1</translation>
    </message>
    <message>
        <source>Сегодня, %1</source>
        <translation>Бүгін, %1</translation>
    </message>
    <message>
        <source>Выезд: %1 · остановка: %2 · %3</source>
        <translation>Сапар: %1 · аялдама: %2 · %3</translation>
    </message>
    <message>
        <source>Сегодня остановок нет.</source>
        <translation>Бүгін аялдама жоқ.</translation>
    </message>
    <message>
        <source>Ближайшая: %1 · выезд: %2 · остановка: %3</source>
        <translation>Ең жақыны: %1 · сапар: %2 · аялдама: %3</translation>
    </message>
    <message>
        <source>Запланированных остановок нет: создайте выезд и его маршрут в разделе «Выезды».</source>
        <translation>Жоспарланған аялдамалар жоқ: «Сапарлар» бөлімінде сапар мен оның бағдарын құрыңыз.</translation>
    </message>
    <message>
        <source>Просроченных вопросов нет.</source>
        <translation>Мерзімі өткен мәселелер жоқ.</translation>
    </message>
    <message>
        <source>срок %1</source>
        <translation>мерзімі %1</translation>
    </message>
    <message>
        <source>просрочено на %1 раб. дн.</source>
        <translation>%1 жұмыс күніне кешікті</translation>
    </message>
    <message>
        <source>…и ещё %1 — все в разделе «Контроль»</source>
        <translation>…тағы %1 — барлығы «Бақылау» бөлімінде</translation>
    </message>
    <message>
        <source>Приёмов</source>
        <translation>Қабылдаулар</translation>
    </message>
    <message>
        <source>Мероприятий</source>
        <translation>Іс-шаралар</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>Файл не записан</source>
        <translation>Файл жазылмады</translation>
    </message>
    <message>
        <source>Не удалось записать файл %1: %2. Выберите другую папку или закройте файл, если он открыт в другой программе.</source>
        <translation>%1 файлын жазу мүмкін болмады: %2. Басқа қалтаны таңдаңыз немесе файл басқа бағдарламада ашық болса, оны жабыңыз.</translation>
    </message>
    <message>
        <source>Сохранить шаблон журнала приёма</source>
        <translation>Қабылдау журналының үлгісін сақтау</translation>
    </message>
    <message>
        <source>Книга Excel (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Журнал приёма граждан</source>
        <translation>Азаматтарды қабылдау журналы</translation>
    </message>
    <message>
        <source>Шаблон журнала приёма</source>
        <translation>Қабылдау журналының үлгісі</translation>
    </message>
    <message>
        <source>Шаблон сохранён: %1

Заполните его в Excel — по строке на каждого принятого гражданина — и загрузите через «Файл» → «Импорт журнала приёма…».</source>
        <translation>Үлгі сақталды: %1

Оны Excel-де толтырыңыз — қабылданған әр азаматқа бір жол — және «Файл» → «Қабылдау журналын импорттау…» арқылы жүктеңіз.</translation>
    </message>
    <message>
        <source>Импорт журнала приёма</source>
        <translation>Қабылдау журналын импорттау</translation>
    </message>
    <message>
        <source>Книга Excel (*.xlsx);;Все файлы (*)</source>
        <translation>Excel кітабы (*.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Проверка журнала…</source>
        <translation>Журнал тексерілуде…</translation>
    </message>
    <message>
        <source>Сохранить шаблон плана кампании</source>
        <translation>Науқан жоспарының үлгісін сақтау</translation>
    </message>
    <message>
        <source>План кампании</source>
        <translation>Науқан жоспары</translation>
    </message>
    <message>
        <source>Шаблон плана кампании</source>
        <translation>Науқан жоспарының үлгісі</translation>
    </message>
    <message>
        <source>Шаблон сохранён: %1

Заполните в Excel маршрут (по строке на каждую остановку выезда) и состав групп (по строке на каждого участника) и загрузите через «Файл» → «Импорт плана кампании…».</source>
        <translation>Үлгі сақталды: %1

Excel-де бағдарды (сапардың әр аялдамасына бір жолдан) және топ құрамын (әр қатысушыға бір жолдан) толтырып, «Файл» → «Науқан жоспарын импорттау…» арқылы жүктеңіз.</translation>
    </message>
    <message>
        <source>Импорт плана кампании</source>
        <translation>Науқан жоспарын импорттау</translation>
    </message>
    <message>
        <source>Проверка плана…</source>
        <translation>Жоспарды тексеру…</translation>
    </message>
    <message>
        <source>Импорт классификатора КАТО</source>
        <translation>ӘАОЖ (КАТО) сыныптауышын импорттау</translation>
    </message>
    <message>
        <source>Версия классификатора</source>
        <translation>Сыныптауыш нұсқасы</translation>
    </message>
    <message>
        <source>Версия КАТО (например, дата выпуска). Оставьте как есть, если она в имени файла:</source>
        <translation>КАТО нұсқасы (мысалы, шыққан күні). Файл атауында болса, өзгертпеңіз:</translation>
    </message>
    <message>
        <source>Импорт КАТО…</source>
        <translation>КАТО импортталуда…</translation>
    </message>
    <message>
        <source>Классификатор КАТО %1 загружен: областей %2, районов %3, населённых пунктов %4 (новых %5, переименовано %6). Новые населённые пункты можно выбирать в маршрутах.</source>
        <translation>КАТО %1 сыныптауышы жүктелді: облыстар %2, аудандар %3, елді мекендер %4 (жаңа %5, атауы өзгерген %6). Жаңа елді мекендерді бағдарларда таңдауға болады.</translation>
    </message>
    <message>
        <source>Импорт КАТО</source>
        <translation>КАТО импорты</translation>
    </message>
    <message>
        <source>Остановки</source>
        <translation>Аялдамалар</translation>
    </message>
    <message>
        <source>Сигналы</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Приём граждан</source>
        <translation>Азаматтарды қабылдау</translation>
    </message>
    <message>
        <source>Вопросы на контроле</source>
        <translation>Бақылаудағы мәселелер</translation>
    </message>
    <message>
        <source>Таблица CSV (*.csv)</source>
        <translation>CSV кестесі (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Экспорт</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Экспорт…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <source>Записано: %1 — %2</source>
        <translation>Жазылды: %1 — %2</translation>
    </message>
    <message>
        <source>Пропущено без координат: %1</source>
        <translation>Координатсыз өткізілді: %1</translation>
    </message>
    <message>
        <source>Персональные данные не выгружены.</source>
        <translation>Дербес деректер шығарылмады.</translation>
    </message>
</context>
<context>
    <name>DirectionSection</name>
    <message>
        <source>Новое направление</source>
        <translation>Жаңа бағыт</translation>
    </message>
    <message>
        <source>Направление</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>Добавьте направление работы: название на русском и казахском — и «Сохранить».</source>
        <translation>Жұмыс бағытын қосыңыз: атауын орысша және қазақша жазып, «Сақтау» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Удалить направление «%1»? Оно исчезнет из списков выбора; группы, которые по нему работали, сохранят его в истории.</source>
        <translation>«%1» бағытын жою керек пе? Ол таңдау тізімдерінен жоғалады; осы бағытта жұмыс істеген топтардың тарихында сақталады.</translation>
    </message>
    <message>
        <source>Направление сохранено.</source>
        <translation>Бағыт сақталды.</translation>
    </message>
    <message>
        <source>Направлений нет</source>
        <translation>Бағыттар жоқ</translation>
    </message>
</context>
<context>
    <name>DistrictSection</name>
    <message>
        <source>Выберите область, впишите название района справа и нажмите «Сохранить».</source>
        <translation>Облысты таңдап, оң жақта ауданның атауын жазыңыз және «Сақтау» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Сначала добавьте область на вкладке «Области» — или загрузите классификатор КАТО: Файл → Импорт КАТО…</source>
        <translation>Алдымен «Облыстар» қойындысында облыс қосыңыз — немесе ӘАОЖ (КАТО) сыныптауышын жүктеңіз: Файл → КАТО импорты…</translation>
    </message>
    <message>
        <source>Районов нет</source>
        <translation>Аудандар жоқ</translation>
    </message>
    <message>
        <source>Новый район</source>
        <translation>Жаңа аудан</translation>
    </message>
    <message>
        <source>Район</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Удалить район «%1»? Он исчезнет из списков выбора; записи о нём останутся в истории.</source>
        <translation>«%1» ауданын жою керек пе? Ол таңдау тізімдерінен жоғалады; ол туралы жазбалар тарихта қалады.</translation>
    </message>
    <message>
        <source>Район сохранён.</source>
        <translation>Аудан сақталды.</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>Вернуть в форму всё, что было в ней набрано</source>
        <translation>Формаға онда терілгеннің бәрін қайтару</translation>
    </message>
    <message>
        <source>Восстановить</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Удалить черновик: набранное в нём не понадобится</source>
        <translation>Қараламаны жою: ондағы терілген мәтін қажет емес</translation>
    </message>
    <message>
        <source>Отбросить</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <source>Скрыть</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <source>Найден несохранённый черновик от %1</source>
        <translation>%1 уақыттағы сақталмаған қаралама табылды</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Экспорт данных</source>
        <translation>Деректерді экспорттау</translation>
    </message>
    <message>
        <source>Что выгрузить</source>
        <translation>Нені шығару керек</translation>
    </message>
    <message>
        <source>Остановки выездов — карта (GeoJSON)</source>
        <translation>Сапар аялдамалары — карта (GeoJSON)</translation>
    </message>
    <message>
        <source>Сигналы жителей — карта (GeoJSON)</source>
        <translation>Тұрғындардың белгілері — карта (GeoJSON)</translation>
    </message>
    <message>
        <source>Приём граждан — таблица для Excel (CSV или XLSX)</source>
        <translation>Азаматтарды қабылдау — Excel кестесі (CSV немесе XLSX)</translation>
    </message>
    <message>
        <source>Вопросы на контроле — таблица для Excel (CSV или XLSX)</source>
        <translation>Бақылаудағы мәселелер — Excel кестесі (CSV немесе XLSX)</translation>
    </message>
    <message>
        <source>GeoJSON открывается в QGIS и веб-картах; CSV и XLSX — в Excel и LibreOffice, с русскими и казахскими буквами и ИИН с ведущим нулём. Тип файла выбирается при сохранении.</source>
        <translation>GeoJSON QGIS пен веб-карталарда ашылады; CSV мен XLSX — Excel мен LibreOffice-те, орыс және қазақ әріптерімен, ЖСН бастапқы нөлімен. Файл түрі сақтау кезінде таңдалады.</translation>
    </message>
    <message>
        <source>Без персональных данных</source>
        <translation>Дербес деректерсіз</translation>
    </message>
    <message>
        <source>В файл не попадут ФИО, ИИН, телефоны и адреса заявителей и имена ответственных.</source>
        <translation>Файлға өтініш берушілердің аты-жөні, ЖСН, телефондары мен мекенжайлары және жауаптылардың аттары енгізілмейді.</translation>
    </message>
    <message>
        <source>Сохранить…</source>
        <translation>Сақтау…</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>GroupSection</name>
    <message>
        <source>Сначала создайте кампанию на вкладке «Кампании»: рабочие группы входят в кампанию.</source>
        <translation>Алдымен «Науқандар» қойындысында науқан құрыңыз: жұмыс топтары науқанға кіреді.</translation>
    </message>
    <message>
        <source>Заполните форму справа — название, направление, руководитель — и нажмите «Сохранить»; затем включите в группу участников.</source>
        <translation>Оң жақтағы пішінді толтырыңыз — атауы, бағыты, жетекшісі — және «Сақтау» түймесін басыңыз; содан кейін топқа қатысушыларды қосыңыз.</translation>
    </message>
    <message>
        <source>Новая рабочая группа</source>
        <translation>Жаңа жұмыс тобы</translation>
    </message>
    <message>
        <source>Рабочая группа</source>
        <translation>Жұмыс тобы</translation>
    </message>
    <message>
        <source>Удалить рабочую группу «%1»? Она исчезнет из списков выбора; её выезды и записи останутся в истории.</source>
        <translation>«%1» жұмыс тобын жою керек пе? Ол таңдау тізімдерінен жоғалады; оның сапарлары мен жазбалары тарихта қалады.</translation>
    </message>
    <message>
        <source>Рабочая группа сохранена.</source>
        <translation>Жұмыс тобы сақталды.</translation>
    </message>
    <message>
        <source>Кампания:</source>
        <translation>Науқан:</translation>
    </message>
    <message>
        <source>Рабочих групп нет</source>
        <translation>Жұмыс топтары жоқ</translation>
    </message>
</context>
<context>
    <name>HolidayCalendarsDialog</name>
    <message>
        <source>Календарь праздников</source>
        <translation>Мерекелер күнтізбесі</translation>
    </message>
    <message>
        <source>Год</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Откуда</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <source>Файл</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Импортировать файл…</source>
        <translation>Файлды &amp;импорттау…</translation>
    </message>
    <message>
        <source>Проверить файл календаря на год (JSON) и использовать его для сроков</source>
        <translation>Жылдың күнтізбе файлын (JSON) тексеріп, мерзімдерді есептеуге қолдану</translation>
    </message>
    <message>
        <source>Файл календаря праздников</source>
        <translation>Мерекелер күнтізбесінің файлы</translation>
    </message>
    <message>
        <source>Календарь праздников (*.json)</source>
        <translation>Мерекелер күнтізбесі (*.json)</translation>
    </message>
    <message>
        <source>поставляется с программой</source>
        <translation>бағдарламамен бірге келеді</translation>
    </message>
    <message>
        <source>импортирован, заменяет поставляемый</source>
        <translation>импортталған, бағдарламамен келгенін алмастырады</translation>
    </message>
    <message>
        <source>импортирован</source>
        <translation>импортталған</translation>
    </message>
    <message>
        <source>Сроки контроля считаются по рабочим дням этих лет: %1–%2. Срок, который уходит в следующий год, требует его календаря: импортируйте файл %3.json (образец и формат — resources/holidays/README.md).</source>
        <translation>Бақылау мерзімдері мына жылдардың жұмыс күндерімен есептеледі: %1–%2. Келесі жылға өтетін мерзімге сол жылдың күнтізбесі керек: %3.json файлын импорттаңыз (үлгісі мен пішімі — resources/holidays/README.md).</translation>
    </message>
    <message>
        <source>Нет ни одного календаря праздников: импортируйте файл года (формат — resources/holidays/README.md).</source>
        <translation>Бірде-бір мерекелер күнтізбесі жоқ: жылдың файлын импорттаңыз (пішімі — resources/holidays/README.md).</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Файл не импортирован</source>
        <translation>Файл импортталмады</translation>
    </message>
    <message>
        <source>В базу ничего не записано. Исправьте файл и загрузите его снова.</source>
        <translation>Дерекқорға ештеңе жазылмады. Файлды түзетіп, қайта жүктеңіз.</translation>
    </message>
    <message>
        <source>Скопировать список ошибок в буфер обмена, например чтобы отправить его коллеге</source>
        <translation>Қателер тізімін алмасу буферіне көшіру, мысалы әріптеске жіберу үшін</translation>
    </message>
    <message>
        <source>Скопировать список</source>
        <translation>Тізімді көшіру</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Файл: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Файл не импортирован: найдено ошибок — %1.</source>
        <translation>Файл импортталмады: табылған қателер саны — %1.</translation>
    </message>
</context>
<context>
    <name>JournalPreview</name>
    <message>
        <source>Лист</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <source>Строка</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Столбец</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Заголовок</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Что не так</source>
        <translation>Не дұрыс емес</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Район</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Заявитель</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Тема</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Суть обращения</source>
        <translation>Өтініштің мәні</translation>
    </message>
    <message>
        <source>Импорт завершён. Добавлено приёмов: %1, остановок: %2, вопросов на контроле: %3; уже были в базе: %4.</source>
        <translation>Импорт аяқталды. Қосылған қабылдаулар: %1, аялдамалар: %2, бақылаудағы мәселелер: %3; дерекқорда бұрыннан болғандары: %4.</translation>
    </message>
    <message>
        <source>Выезд: %1</source>
        <translation>Сапар: %1</translation>
    </message>
    <message>
        <source>Повторный импорт этого файла ничего не добавит: уже загруженные строки узнаются и пропускаются.</source>
        <translation>Бұл файлды қайта импорттау ештеңе қоспайды: жүктелген жолдар танылып, өткізіледі.</translation>
    </message>
</context>
<context>
    <name>JournalPreviewDialog</name>
    <message>
        <source>Импорт журнала приёма</source>
        <translation>Қабылдау журналын импорттау</translation>
    </message>
    <message>
        <source>Выезд:</source>
        <translation>Сапар:</translation>
    </message>
    <message>
        <source>Выезд, к которому добавить приёмы</source>
        <translation>Қабылдаулар қосылатын сапар</translation>
    </message>
    <message>
        <source>Ошибки</source>
        <translation>Қателер</translation>
    </message>
    <message>
        <source>Ошибки в файле</source>
        <translation>Файлдағы қателер</translation>
    </message>
    <message>
        <source>Строки к импорту</source>
        <translation>Импортталатын жолдар</translation>
    </message>
    <message>
        <source>Прочитать файл ещё раз — после того как вы исправили его</source>
        <translation>Файлды түзеткеннен кейін оны қайта оқу</translation>
    </message>
    <message>
        <source>Проверить снова</source>
        <translation>Қайта тексеру</translation>
    </message>
    <message>
        <source>Импортировать</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>новый выезд «%1» (по имени файла)</source>
        <translation>жаңа «%1» сапары (файл атауы бойынша)</translation>
    </message>
    <message>
        <source>Файл: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>на русском</source>
        <translation>орыс тілінде</translation>
    </message>
    <message>
        <source>на казахском</source>
        <translation>қазақ тілінде</translation>
    </message>
    <message>
        <source>на двух языках</source>
        <translation>екі тілде</translation>
    </message>
    <message>
        <source>Лист «%1», заголовки %2.</source>
        <translation>«%1» парағы, тақырыптары %2.</translation>
    </message>
    <message>
        <source>Другие листы не читаются: %1.</source>
        <translation>Басқа парақтар оқылмайды: %1.</translation>
    </message>
    <message>
        <source>Незнакомые столбцы пропущены: %1.</source>
        <translation>Белгісіз бағандар өткізілді: %1.</translation>
    </message>
    <message>
        <source>Найдено ошибок: %1. Пока они есть, ничего не будет импортировано: исправьте файл, сохраните его и нажмите «Проверить снова».</source>
        <translation>Табылған қателер: %1. Олар түзетілмейінше ештеңе импортталмайды: файлды түзетіп, сақтаңыз да, «Қайта тексеру» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Ошибок нет: файл можно импортировать.</source>
        <translation>Қате жоқ: файлды импорттауға болады.</translation>
    </message>
    <message>
        <source>Ошибки (%1)</source>
        <translation>Қателер (%1)</translation>
    </message>
    <message>
        <source>Строки к импорту (%1)</source>
        <translation>Импортталатын жолдар (%1)</translation>
    </message>
    <message>
        <source>Все строки этого файла уже есть в базе: импорт ничего не добавит.</source>
        <translation>Бұл файлдың барлық жолдары дерекқорда бар: импорт ештеңе қоспайды.</translation>
    </message>
    <message>
        <source>Будет добавлено приёмов: %1 (уже есть в базе: %2), остановок: %3, вопросов на контроле: %4.</source>
        <translation>Қосылатын қабылдаулар: %1 (дерекқорда бар: %2), аялдамалар: %3, бақылаудағы мәселелер: %4.</translation>
    </message>
    <message>
        <source>Готово</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Проверка журнала…</source>
        <translation>Журнал тексерілуде…</translation>
    </message>
    <message>
        <source>Импорт журнала приёма…</source>
        <translation>Қабылдау журналы импортталуда…</translation>
    </message>
    <message>
        <source>Импорт отменён — в базу ничего не записано.</source>
        <translation>Импорт тоқтатылды — дерекқорға ештеңе жазылған жоқ.</translation>
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
        <source>&amp;Шаблон журнала приёма…</source>
        <translation>Қабылдау журналының ү&amp;лгісі…</translation>
    </message>
    <message>
        <source>Сохранить пустой журнал приёма в Excel, чтобы заполнить его и загрузить</source>
        <translation>Толтырып, кейін жүктеу үшін бос қабылдау журналын Excel-ге сақтау</translation>
    </message>
    <message>
        <source>&amp;Импорт журнала приёма…</source>
        <translation>Қабылдау журналын &amp;импорттау…</translation>
    </message>
    <message>
        <source>Загрузить журнал приёма из Excel: сначала проверка и список ошибок</source>
        <translation>Қабылдау журналын Excel-ден жүктеу: алдымен тексеру және қателер тізімі</translation>
    </message>
    <message>
        <source>Шаблон &amp;плана кампании…</source>
        <translation>Науқан &amp;жоспарының үлгісі…</translation>
    </message>
    <message>
        <source>Сохранить пустой план кампании в Excel: маршрут выездов и состав рабочих групп</source>
        <translation>Бос науқан жоспарын Excel-ге сақтау: сапарлар бағдары және жұмыс топтарының құрамы</translation>
    </message>
    <message>
        <source>Импорт п&amp;лана кампании…</source>
        <translation>Науқан жоспарын и&amp;мпорттау…</translation>
    </message>
    <message>
        <source>Загрузить план кампании из Excel: кампании, рабочие группы, участники, выезды и остановки; сначала проверка и список ошибок</source>
        <translation>Науқан жоспарын Excel-ден жүктеу: науқандар, жұмыс топтары, қатысушылар, сапарлар және аялдамалар; алдымен тексеру және қателер тізімі</translation>
    </message>
    <message>
        <source>Импорт &amp;КАТО…</source>
        <translation>&amp;КАТО импорттау…</translation>
    </message>
    <message>
        <source>Загрузить классификатор административно-территориальных объектов (КАТО) из Excel</source>
        <translation>Әкімшілік-аумақтық объектілер сыныптауышын (КАТО) Excel-ден жүктеу</translation>
    </message>
    <message>
        <source>Календарь &amp;праздников…</source>
        <translation>&amp;Мерекелер күнтізбесі…</translation>
    </message>
    <message>
        <source>Годы, по которым считаются сроки, и импорт календаря на следующий год</source>
        <translation>Мерзімдер есептелетін жылдар және келесі жылдың күнтізбесін импорттау</translation>
    </message>
    <message>
        <source>&amp;Экспорт…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Выгрузить остановки и сигналы для карт (GeoJSON), приёмы и вопросы на контроле для Excel (CSV)</source>
        <translation>Аялдамалар мен белгілерді карталар үшін (GeoJSON), қабылдаулар мен бақылаудағы мәселелерді Excel үшін (CSV) шығару</translation>
    </message>
    <message>
        <source>&amp;Учётные записи…</source>
        <translation>&amp;Есептік жазбалар…</translation>
    </message>
    <message>
        <source>Журнал &amp;доступа к персональным данным…</source>
        <translation>Дербес деректерге қол &amp;жеткізу журналы…</translation>
    </message>
    <message>
        <source>Сменить &amp;пароль…</source>
        <translation>&amp;Құпиясөзді ауыстыру…</translation>
    </message>
    <message>
        <source>&amp;Настройки…</source>
        <translation>&amp;Параметрлер…</translation>
    </message>
    <message>
        <source>&amp;Горячие клавиши</source>
        <translation>&amp;Жылдам пернелер</translation>
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
        <source>Учётными записями управляет координатор</source>
        <translation>Есептік жазбаларды үйлестіруші басқарады</translation>
    </message>
    <message>
        <source>Журнал доступа смотрит координатор</source>
        <translation>Қол жеткізу журналын үйлестіруші көреді</translation>
    </message>
    <message numerus="yes">
        <source>Применены пакеты, отложенные до обновления программы: %n</source>
        <translation>
            <numerusform>Бағдарлама жаңартылғанша кейінге қалдырылған пакеттер қолданылды: %n</numerusform>
            <numerusform>Бағдарлама жаңартылғанша кейінге қалдырылған пакеттер қолданылды: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>новых изменений: %1</source>
        <translation>жаңа өзгерістер: %1</translation>
    </message>
    <message>
        <source>ещё ждут более новой версии: %1</source>
        <translation>әлі де жаңа нұсқаны күтуде: %1</translation>
    </message>
    <message>
        <source>Сохранено %1: %2</source>
        <translation>Сақталды %1: %2</translation>
    </message>
    <message>
        <source>Пароль изменён</source>
        <translation>Құпиясөз ауыстырылды</translation>
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
        <source>Открывается база %1…</source>
        <translation>%1 дерекқоры ашылуда…</translation>
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
        <source>База: %1 — только чтение, без входа</source>
        <translation>База: %1 — тек оқу, кірусіз</translation>
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
        <source>Конфликтов синхронизации: %1</source>
        <translation>Синхрондау қайшылықтары: %1</translation>
    </message>
    <message>
        <source>Правки с разных компьютеров расходятся: выберите верную на странице «Синхронизация»</source>
        <translation>Әр компьютердегі түзетулер сәйкес келмейді: дұрысын «Синхрондау» бетінде таңдаңыз</translation>
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
            <numerusform>Шығарылмаған өзгерістер: %n</numerusform>
            <numerusform>Шығарылмаған өзгерістер: %n</numerusform>
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
    <name>MapPage</name>
    <message>
        <source>Кампания:</source>
        <translation>Науқан:</translation>
    </message>
    <message>
        <source>Период:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>Сигналы</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Вид сигнала</source>
        <translation>Белгі түрі</translation>
    </message>
    <message>
        <source>Остановки</source>
        <translation>Аялдамалар</translation>
    </message>
    <message>
        <source>Контроль</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Уменьшить (−)</source>
        <translation>Кішірейту (−)</translation>
    </message>
    <message>
        <source>Увеличить (+)</source>
        <translation>Үлкейту (+)</translation>
    </message>
    <message>
        <source>Показать всю страну (0)</source>
        <translation>Бүкіл елді көрсету (0)</translation>
    </message>
    <message>
        <source>Вся страна</source>
        <translation>Бүкіл ел</translation>
    </message>
    <message>
        <source>все виды</source>
        <translation>барлық түрлері</translation>
    </message>
    <message>
        <source>за всё время</source>
        <translation>барлық уақыт</translation>
    </message>
    <message>
        <source>за 7 дней</source>
        <translation>7 күнде</translation>
    </message>
    <message>
        <source>за 30 дней</source>
        <translation>30 күнде</translation>
    </message>
    <message>
        <source>за 90 дней</source>
        <translation>90 күнде</translation>
    </message>
    <message>
        <source>за год</source>
        <translation>бір жылда</translation>
    </message>
    <message>
        <source>все</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <source>сигналов: %1</source>
        <translation>белгілер: %1</translation>
    </message>
    <message>
        <source>остановок: %1</source>
        <translation>аялдамалар: %1</translation>
    </message>
    <message>
        <source>мест с вопросами на контроле: %1</source>
        <translation>бақылаудағы мәселелері бар елді мекендер: %1</translation>
    </message>
    <message>
        <source>На карте — %1</source>
        <translation>Картада — %1</translation>
    </message>
    <message>
        <source>Ничего не выбрано</source>
        <translation>Ештеңе таңдалмаған</translation>
    </message>
    <message>
        <source>без координат: %1</source>
        <translation>координатсыз: %1</translation>
    </message>
    <message>
        <source>Ни у одной записи нет координат, поэтому точек на карте нет. Укажите широту и долготу населённых пунктов («Настройка» → «Населённые пункты»): остановки и вопросы на контроле встанут на карту по своему населённому пункту. Сигналу можно вставить координаты из сообщения на странице «Сигналы».</source>
        <translation>Бірде-бір жазбаның координаттары жоқ, сондықтан картада нүктелер жоқ. Елді мекендердің ендігі мен бойлығын көрсетіңіз («Баптау» → «Елді мекендер»): аялдамалар мен бақылаудағы мәселелер картаға өз елді мекені бойынша түседі. Белгіге хабарламадағы координаттарды «Белгілер» бетінде қоюға болады.</translation>
    </message>
    <message>
        <source>Часть записей без координат не показана (%1). Укажите широту и долготу их населённых пунктов в «Настройке» или координаты сигнала на странице «Сигналы».</source>
        <translation>Координатсыз жазбалардың бір бөлігі көрсетілмеді (%1). Олардың елді мекендерінің ендігі мен бойлығын «Баптау» бөлімінде немесе белгінің координаттарын «Белгілер» бетінде көрсетіңіз.</translation>
    </message>
    <message>
        <source>Для этого фильтра записей нет: выберите другую кампанию, период или слои.</source>
        <translation>Бұл сүзгі бойынша жазбалар жоқ: басқа науқанды, кезеңді немесе қабаттарды таңдаңыз.</translation>
    </message>
    <message>
        <source>Этой записи нет на карте: у неё нет координат. Укажите координаты сигнала на странице «Сигналы» или широту и долготу населённого пункта в «Настройке».</source>
        <translation>Бұл жазба картада жоқ: оның координаттары жоқ. Белгінің координаттарын «Белгілер» бетінде немесе елді мекеннің ендігі мен бойлығын «Баптау» бөлімінде көрсетіңіз.</translation>
    </message>
    <message>
        <source>проведена</source>
        <translation>өткізілді</translation>
    </message>
    <message>
        <source>запланирована</source>
        <translation>жоспарланған</translation>
    </message>
    <message>
        <source>просрочено</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <source>на контроле</source>
        <translation>бақылауда</translation>
    </message>
    <message>
        <source>решено</source>
        <translation>шешілді</translation>
    </message>
    <message>
        <source>Колёсико мыши или + и − меняют масштаб, перетаскивание сдвигает карту, 0 — вся страна. Щелчок по точке открывает её запись. Границы областей: Natural Earth (до 2022 года, см. resources/boundaries).</source>
        <translation>Тышқан дөңгелегі немесе + және − масштабты өзгертеді, сүйреу картаны жылжытады, 0 — бүкіл ел. Нүктені шерту оның жазбасын ашады. Облыстар шекаралары: Natural Earth (2022 жылға дейінгі, resources/boundaries қараңыз).</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>… ещё %1: приблизьте карту</source>
        <translation>… тағы %1: картаны жақындатыңыз</translation>
    </message>
</context>
<context>
    <name>MemberSection</name>
    <message>
        <source>Новый участник</source>
        <translation>Жаңа қатысушы</translation>
    </message>
    <message>
        <source>Участник</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Впишите ФИО, должность и организацию справа и нажмите «Сохранить»; затем включите участника в рабочую группу.</source>
        <translation>Оң жақта аты-жөнін, лауазымын және ұйымын жазып, «Сақтау» түймесін басыңыз; содан кейін қатысушыны жұмыс тобына қосыңыз.</translation>
    </message>
    <message>
        <source>Удалить участника «%1»? Он исчезнет из списков выбора и из составов групп; записанное им останется в истории.</source>
        <translation>«%1» қатысушысын жою керек пе? Ол таңдау тізімдерінен және топ құрамынан жоғалады; оның жазғандары тарихта қалады.</translation>
    </message>
    <message>
        <source>Участник сохранён.</source>
        <translation>Қатысушы сақталды.</translation>
    </message>
    <message>
        <source>Участников нет</source>
        <translation>Қатысушылар жоқ</translation>
    </message>
</context>
<context>
    <name>OrganizationSection</name>
    <message>
        <source>Новая организация</source>
        <translation>Жаңа ұйым</translation>
    </message>
    <message>
        <source>Организация</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Впишите название (акимат, полиция, общественное объединение…) справа и нажмите «Сохранить».</source>
        <translation>Оң жақта атауын (әкімдік, полиция, қоғамдық бірлестік…) жазып, «Сақтау» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Удалить организацию «%1»? Она исчезнет из списков выбора; её участники и поручения останутся в истории.</source>
        <translation>«%1» ұйымын жою керек пе? Ол таңдау тізімдерінен жоғалады; оның қатысушылары мен тапсырмалары тарихта қалады.</translation>
    </message>
    <message>
        <source>Организация сохранена.</source>
        <translation>Ұйым сақталды.</translation>
    </message>
    <message>
        <source>Организаций нет</source>
        <translation>Ұйымдар жоқ</translation>
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
        <source>Настройка</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <source>Планирование</source>
        <translation>Жоспарлау</translation>
    </message>
    <message>
        <source>Здесь будет план ротации рабочих групп по районам и охват каждого района всеми направлениями: запланировано и выполнено.</source>
        <translation>Мұнда жұмыс топтарының аудандар бойынша ротация жоспары және әр ауданның барлық бағыттармен қамтылуы болады: жоспарланғаны мен орындалғаны.</translation>
    </message>
    <message>
        <source>Карта</source>
        <translation>Карта</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>Введите имя учётной записи.</source>
        <translation>Есептік жазбаның атын енгізіңіз.</translation>
    </message>
    <message>
        <source>Введите пароль.</source>
        <translation>Құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Пароли не совпадают.</source>
        <translation>Құпиясөздер сәйкес емес.</translation>
    </message>
</context>
<context>
    <name>PhotoCaptionDialog</name>
    <message>
        <source>Подпись к фото</source>
        <translation>Фотоның жазуы</translation>
    </message>
    <message>
        <source>&amp;Подпись:</source>
        <translation>Сурет &amp;жазуы:</translation>
    </message>
    <message>
        <source>Что на снимке: надпись, место</source>
        <translation>Суретте не бар: жазу, орын</translation>
    </message>
    <message>
        <source>&amp;Автор:</source>
        <translation>&amp;Авторы:</translation>
    </message>
    <message>
        <source>Кто снимал, например «Фото: участковый Сейткали Н.»</source>
        <translation>Кім түсірді, мысалы «Фото: учаскелік Сейтқали Н.»</translation>
    </message>
    <message>
        <source>Добавлено фото: %1 (%2). Подпись и автор необязательны: их видно в подсказке к снимку.</source>
        <translation>Қосылған фото: %1 (%2). Жазуы мен авторы міндетті емес: олар суретке меңзерді апарғанда көрінеді.</translation>
    </message>
    <message>
        <source>Исправьте подпись и автора снимка (%1).</source>
        <translation>Суреттің жазуы мен авторын түзетіңіз (%1).</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Без подписи</source>
        <translation>Жазусыз</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>без подписи</source>
        <translation>қолтаңбасыз</translation>
    </message>
    <message>
        <source>Файла фото нет на этом ноутбуке</source>
        <translation>Фото файлы бұл ноутбукта жоқ</translation>
    </message>
    <message>
        <source>Изображения (%1);;Все файлы (*)</source>
        <translation>Суреттер (%1);;Барлық файлдар (*)</translation>
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
    <name>PlanPreview</name>
    <message>
        <source>Строка</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Кампания</source>
        <translation>Науқан</translation>
    </message>
    <message>
        <source>Рабочая группа</source>
        <translation>Жұмыс тобы</translation>
    </message>
    <message>
        <source>Направление</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>Выезд</source>
        <translation>Сапар</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Район</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Место проведения</source>
        <translation>Өткізу орны</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Импорт плана кампании</source>
        <translation>Науқан жоспарын импорттау</translation>
    </message>
    <message>
        <source>на русском</source>
        <translation>орыс тілінде</translation>
    </message>
    <message>
        <source>на казахском</source>
        <translation>қазақ тілінде</translation>
    </message>
    <message>
        <source>на двух языках</source>
        <translation>екі тілде</translation>
    </message>
    <message>
        <source>Листы %1, заголовки %2. Участников в составе групп: %3.</source>
        <translation>%1 парақтары, тақырыптар %2. Топ құрамындағы қатысушылар: %3.</translation>
    </message>
    <message>
        <source>Всё из этого файла уже есть в базе: импорт ничего не добавит.</source>
        <translation>Бұл файлдағының бәрі дерекқорда бар: импорт ештеңе қоспайды.</translation>
    </message>
    <message>
        <source>Будет создано: кампаний %1, рабочих групп %2, выездов %3, остановок %4, участников %5, населённых пунктов %6; всего записей: %7.</source>
        <translation>Құрылады: науқандар %1, жұмыс топтары %2, сапарлар %3, аялдамалар %4, қатысушылар %5, елді мекендер %6; барлық жазбалар: %7.</translation>
    </message>
    <message>
        <source>Импорт завершён. Создано: кампаний %1, рабочих групп %2, выездов %3, остановок %4, участников %5; всего записей: %6.</source>
        <translation>Импорт аяқталды. Құрылды: науқандар %1, жұмыс топтары %2, сапарлар %3, аялдамалар %4, қатысушылар %5; барлық жазбалар: %6.</translation>
    </message>
    <message>
        <source>Повторный импорт этого файла ничего не добавит: уже созданное узнаётся по названиям.</source>
        <translation>Бұл файлды қайта импорттау ештеңе қоспайды: бұрын құрылғандар атаулары бойынша танылады.</translation>
    </message>
    <message>
        <source>Проверка плана…</source>
        <translation>Жоспарды тексеру…</translation>
    </message>
    <message>
        <source>Импорт плана кампании…</source>
        <translation>Науқан жоспарын импорттау…</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Планирование ротации</source>
        <translation>Ротацияны жоспарлау</translation>
    </message>
    <message>
        <source>&amp;Кампания:</source>
        <translation>&amp;Науқан:</translation>
    </message>
    <message>
        <source>Составить ротацию…</source>
        <translation>Ротация құру…</translation>
    </message>
    <message>
        <source>Предложить ротацию групп по районам кампании на выбранный период (Ctrl+G)</source>
        <translation>Таңдалған кезеңге топтардың науқан аудандары бойынша ротациясын ұсыну (Ctrl+G)</translation>
    </message>
    <message>
        <source>Создать выезд</source>
        <translation>Сапар құру</translation>
    </message>
    <message>
        <source>Выезд выбранной группы на период слота с маршрутом по сёлам района: сначала не посещённые (Ctrl+T)</source>
        <translation>Таңдалған топтың слот кезеңіне сапары, аудан ауылдары бойынша бағдармен: алдымен барылмағандары (Ctrl+T)</translation>
    </message>
    <message>
        <source>Удалить слот</source>
        <translation>Слотты жою</translation>
    </message>
    <message>
        <source>Убрать выбранный слот из ротации (Delete)</source>
        <translation>Таңдалған слотты ротациядан алып тастау (Delete)</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Перечитать план из базы (F5)</source>
        <translation>Жоспарды дерекқордан қайта оқу (F5)</translation>
    </message>
    <message>
        <source>Период &amp;с</source>
        <translation>Кезең &amp;басы</translation>
    </message>
    <message>
        <source>&amp;по</source>
        <translation>&amp;соңы</translation>
    </message>
    <message>
        <source>Показать план</source>
        <translation>Жоспарды көрсету</translation>
    </message>
    <message>
        <source>Составить ротацию на этот период и показать её, ничего не записывая (Enter)</source>
        <translation>Осы кезеңге ротация құрып, ештеңе жазбай көрсету (Enter)</translation>
    </message>
    <message>
        <source>Принять</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Записать предложенную ротацию</source>
        <translation>Ұсынылған ротацияны жазу</translation>
    </message>
    <message>
        <source>Отказаться</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Закрыть предложение, ничего не записывая (Esc)</source>
        <translation>Ұсынысты ештеңе жазбай жабу (Esc)</translation>
    </message>
    <message>
        <source>Районы, по которым пройдёт ротация: снимите отметку с района, который в неё не входит (пробел)</source>
        <translation>Ротация өтетін аудандар: оған кірмейтін ауданның белгісін алып тастаңыз (бос орын пернесі)</translation>
    </message>
    <message>
        <source>Ротация: районы по периодам</source>
        <translation>Ротация: аудандар кезеңдер бойынша</translation>
    </message>
    <message>
        <source>Добавить слот…</source>
        <translation>Слот қосу…</translation>
    </message>
    <message>
        <source>Запланировать группу в район на период вручную (Insert)</source>
        <translation>Топты ауданға кезеңге қолмен жоспарлау (Insert)</translation>
    </message>
    <message>
        <source>Изменить слот…</source>
        <translation>Слотты өзгерту…</translation>
    </message>
    <message>
        <source>Другой район или другие дни выбранного слота (F2, двойной щелчок)</source>
        <translation>Таңдалған слоттың басқа ауданы немесе басқа күндері (F2, қос шерту)</translation>
    </message>
    <message>
        <source>Охват районов направлениями</source>
        <translation>Аудандарды бағыттармен қамту</translation>
    </message>
    <message>
        <source>В клетке: проведено остановок / запланировано слотов. Зелёный — район встретился с направлением, жёлтый — запланировано, но ещё не проведено, серый — не запланировано.</source>
        <translation>Ұяшықта: өткізілген аялдамалар / жоспарланған слоттар. Жасыл — аудан бағытпен кездесті, сары — жоспарланған, бірақ әлі өткізілмеген, сұр — жоспарланбаған.</translation>
    </message>
    <message>
        <source>Без выезда полгода</source>
        <translation>Жарты жыл бойы сапарсыз</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Последний выезд</source>
        <translation>Соңғы сапар</translation>
    </message>
    <message>
        <source>Предпросмотр — ещё не записано: слотов — %1, рабочих дней в периоде — %2. «Принять» запишет ротацию, «Отказаться» закроет предложение.</source>
        <translation>Алдын ала қарау — әлі жазылған жоқ: слоттар — %1, кезеңдегі жұмыс күндері — %2. «Қабылдау» ротацияны жазады, «Бас тарту» ұсынысты жабады.</translation>
    </message>
    <message>
        <source>Откройте базу данных, чтобы планировать ротацию.</source>
        <translation>Ротацияны жоспарлау үшін дерекқорды ашыңыз.</translation>
    </message>
    <message>
        <source>Сначала создайте кампанию на странице «Настройка»: ротация составляется для кампании, её рабочих групп и районов.</source>
        <translation>Алдымен «Баптау» бетінде науқан құрыңыз: ротация науқанға, оның жұмыс топтары мен аудандарына құрылады.</translation>
    </message>
    <message>
        <source>Ротации ещё нет. Нажмите «Составить ротацию…», выберите период и примите предложенный план: каждая группа побывает в каждом районе кампании, по одной группе в районе.</source>
        <translation>Ротация әлі жоқ. «Ротация құру…» батырмасын басып, кезеңді таңдаңыз және ұсынылған жоспарды қабылдаңыз: әр топ науқанның әр ауданында болады, бір ауданда бір топтан.</translation>
    </message>
    <message>
        <source>без направления</source>
        <translation>бағытсыз</translation>
    </message>
    <message>
        <source>%1, %2: проведено остановок — %3, запланировано слотов — %4</source>
        <translation>%1, %2: өткізілген аялдамалар — %3, жоспарланған слоттар — %4</translation>
    </message>
    <message>
        <source>У кампании нет районов: укажите в её настройке область с районами или запланируйте выезд в районы.</source>
        <translation>Науқанның аудандары жоқ: баптауында аудандары бар облысты көрсетіңіз немесе аудандарға сапар жоспарлаңыз.</translation>
    </message>
    <message>
        <source>У рабочих групп кампании не указаны направления: укажите их на странице «Настройка».</source>
        <translation>Науқанның жұмыс топтарының бағыттары көрсетілмеген: оларды «Баптау» бетінде көрсетіңіз.</translation>
    </message>
    <message>
        <source>Все населённые пункты районов кампании посещены после %1.</source>
        <translation>Науқан аудандарының барлық елді мекендеріне %1 кейін барылды.</translation>
    </message>
    <message>
        <source>Нет проведённых остановок с %1 (аким района встречается с каждым селом не реже раза в полгода): %2. Сначала — дольше всех не посещённые.</source>
        <translation>%1 бастап өткізілген аялдама жоқ (аудан әкімі әр ауылмен жарты жылда кемінде бір рет кездеседі): %2. Алдымен — ең ұзақ барылмағандары.</translation>
    </message>
    <message>
        <source>ни разу</source>
        <translation>бірде-бір рет</translation>
    </message>
    <message>
        <source>Групп: %1. Ротация пройдёт по отмеченным районам — по умолчанию тем, где кампания уже работает, или всем районам её области:</source>
        <translation>Топтар: %1. Ротация белгіленген аудандар бойынша өтеді — әдепкіде науқан жұмыс істеп жүрген аудандар немесе оның облысының барлық аудандары:</translation>
    </message>
    <message>
        <source>Ротацию составить нельзя: %1</source>
        <translation>Ротация құру мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Ротация не записана: %1</source>
        <translation>Ротация жазылмады: %1</translation>
    </message>
    <message>
        <source>Создан выезд «%1»: остановок — %2, по одной в рабочий день, сначала сёла, где давно не были. Маршрут меняется на странице «Выезды».</source>
        <translation>«%1» сапары құрылды: аялдамалар — %2, әр жұмыс күніне біреуден, алдымен көптен бері барылмаған ауылдар. Бағдар «Сапарлар» бетінде өзгертіледі.</translation>
    </message>
    <message>
        <source>Убрать из ротации группу «%1» в районе %2 на %3–%4? Выезды и остановки не изменятся.</source>
        <translation>«%1» тобын %2 ауданындағы %3–%4 ротациясынан алып тастау керек пе? Сапарлар мен аялдамалар өзгермейді.</translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message>
        <source>Новый опрос</source>
        <translation>Жаңа сауалнама</translation>
    </message>
    <message>
        <source>Вопрос (по-русски):</source>
        <translation>Сұрақ (орысша):</translation>
    </message>
    <message>
        <source>Вопрос (по-казахски):</source>
        <translation>Сұрақ (қазақша):</translation>
    </message>
    <message>
        <source>Варианты ответа:</source>
        <translation>Жауап нұсқалары:</translation>
    </message>
    <message>
        <source>По одному варианту в строке, не меньше двух. Казахский текст — после черты: «Да | Иә».</source>
        <translation>Әр жолға бір нұсқа, кемінде екеу. Қазақша мәтін сызықшадан кейін: «Да | Иә».</translation>
    </message>
    <message>
        <source>Кампания:</source>
        <translation>Науқан:</translation>
    </message>
    <message>
        <source>без кампании</source>
        <translation>науқансыз</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>PollStopModel</name>
    <message>
        <source>Остановка</source>
        <translation>Аялдама</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Всего</source>
        <translation>Барлығы</translation>
    </message>
</context>
<context>
    <name>PollsPage</name>
    <message>
        <source>Опросы</source>
        <translation>Сауалнамалар</translation>
    </message>
    <message>
        <source>Новый опрос…</source>
        <translation>Жаңа сауалнама…</translation>
    </message>
    <message>
        <source>Вопрос и варианты ответов (Ctrl+N)</source>
        <translation>Сұрақ және жауап нұсқалары (Ctrl+N)</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Перечитать опросы и итоги (F5)</source>
        <translation>Сауалнамалар мен қорытындыларды қайта оқу (F5)</translation>
    </message>
    <message>
        <source>Опросов пока нет</source>
        <translation>Әзірге сауалнама жоқ</translation>
    </message>
    <message>
        <source>Создайте опрос кнопкой «Новый опрос…»: вопрос по-русски и по-казахски, варианты ответов по одному в строке. Затем считайте ответы на каждой остановке.</source>
        <translation>«Жаңа сауалнама…» батырмасымен сауалнама құрыңыз: сұрақ орысша және қазақша, жауап нұсқалары әр жолға біреуден. Содан кейін әр аялдамада жауаптарды санаңыз.</translation>
    </message>
    <message>
        <source>Остановка:</source>
        <translation>Аялдама:</translation>
    </message>
    <message>
        <source>Ответы на этой остановке</source>
        <translation>Осы аялдамадағы жауаптар</translation>
    </message>
    <message>
        <source>С клавиатуры: цифра 1–9 добавляет ответ варианту с этим номером, Shift + цифра убирает один.</source>
        <translation>Пернетақтадан: 1–9 цифры осы нөмірлі нұсқаға бір жауап қосады, Shift + цифр бір жауапты алып тастайды.</translation>
    </message>
    <message>
        <source>Итоги по всем остановкам и ноутбукам</source>
        <translation>Барлық аялдамалар мен ноутбуктар бойынша қорытынды</translation>
    </message>
    <message>
        <source>ответов: %1</source>
        <translation>жауап: %1</translation>
    </message>
    <message>
        <source>Добавить ответ «%1» (клавиша %2)</source>
        <translation>«%1» жауабын қосу (%2 пернесі)</translation>
    </message>
    <message>
        <source>Убрать один ответ «%1» (Shift + %2)</source>
        <translation>«%1» жауабының бірін алып тастау (Shift + %2)</translation>
    </message>
    <message>
        <source>Ответы на этой остановке: %1</source>
        <translation>Осы аялдамадағы жауаптар: %1</translation>
    </message>
    <message>
        <source>У варианта %1 на этом ноутбуке нечего убирать</source>
        <translation>Бұл ноутбукта %1-нұсқадан алып тастайтын жауап жоқ</translation>
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
        <translation>Барлық жауап: %1</translation>
    </message>
    <message>
        <source>Ответов</source>
        <translation>Жауаптар</translation>
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
    <name>Questions</name>
    <message>
        <source>Да</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>Нет</source>
        <translation>Жоқ</translation>
    </message>
</context>
<context>
    <name>ReceptionEditDialog</name>
    <message>
        <source>Приём</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Заявитель</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Дата и время</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <source>ИИН</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>12 цифр</source>
        <translation>12 таңба</translation>
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
        <source>Адрес</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Елді мекен</translation>
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
        <source>Сохранить исправление (Enter)</source>
        <translation>Түзетуді сақтау (Enter)</translation>
    </message>
    <message>
        <source>Удалить… (Ctrl+Delete)</source>
        <translation>Жою… (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>История</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Закрыть (Esc)</source>
        <translation>Жабу (Esc)</translation>
    </message>
    <message>
        <source>не указан</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Приём по талону %1</source>
        <translation>%1 талоны бойынша қабылдау</translation>
    </message>
    <message>
        <source>Талон %1 · %2 · %3 · записал(а): %4</source>
        <translation>Талон %1 · %2 · %3 · жазған: %4</translation>
    </message>
    <message>
        <source>На контроле: «%1», %2, срок %3</source>
        <translation>Бақылауда: «%1», %2, мерзімі %3</translation>
    </message>
    <message>
        <source>Результат больше не «взято на контроль». Что делать с вопросом «%1» (срок %2)?</source>
        <translation>Нәтиже енді «бақылауға алынды» емес. «%1» мәселесін (мерзімі %2) не істейміз?</translation>
    </message>
    <message>
        <source>По этому вопросу обращались ещё жители: %1.</source>
        <translation>Бұл мәселе бойынша тағы өтініш берген тұрғындар: %1.</translation>
    </message>
    <message>
        <source>Вопрос на контроле</source>
        <translation>Бақылаудағы мәселе</translation>
    </message>
    <message>
        <source>Оставить на контроле</source>
        <translation>Бақылауда қалдыру</translation>
    </message>
    <message>
        <source>Снять с контроля</source>
        <translation>Бақылаудан алу</translation>
    </message>
    <message>
        <source>Исправлено: талон %1.</source>
        <translation>Түзетілді: талон %1.</translation>
    </message>
    <message>
        <source>Вопрос взят на контроль.</source>
        <translation>Мәселе бақылауға алынды.</translation>
    </message>
    <message>
        <source>Вопрос оставлен на контроле.</source>
        <translation>Мәселе бақылауда қалдырылды.</translation>
    </message>
    <message>
        <source>Вопрос снят с контроля.</source>
        <translation>Мәселе бақылаудан алынды.</translation>
    </message>
    <message>
        <source>Без согласия ИИН, телефон и адрес не сохранены.</source>
        <translation>Келісім болмағандықтан ЖСН, телефон мен мекенжай сақталмады.</translation>
    </message>
    <message>
        <source>Исправления не сохранены</source>
        <translation>Түзетулер сақталмады</translation>
    </message>
    <message>
        <source>Закрыть приём, не сохранив исправления?</source>
        <translation>Түзетулерді сақтамай, қабылдауды жабу керек пе?</translation>
    </message>
    <message>
        <source>Закрыть без сохранения</source>
        <translation>Сақтамай жабу</translation>
    </message>
    <message>
        <source>Вернуться к исправлению</source>
        <translation>Түзетуге оралу</translation>
    </message>
    <message>
        <source>Удалить приём</source>
        <translation>Қабылдауды жою</translation>
    </message>
    <message>
        <source>Удалить приём по талону %1 (%2)? Он исчезнет из списков, счётчиков и отчётов; в истории он останется вместе с причиной.

Причина удаления:</source>
        <translation>%1 талоны бойынша қабылдауды (%2) жою керек пе? Ол тізімдерден, есептегіштерден және есептерден жоғалады; тарихта себебімен бірге қалады.

Жою себебі:</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Не удалять</source>
        <translation>Жоймау</translation>
    </message>
    <message>
        <source>Приём по талону %1 удалён. Причина: %2</source>
        <translation>%1 талоны бойынша қабылдау жойылды. Себебі: %2</translation>
    </message>
</context>
<context>
    <name>ReceptionListDialog</name>
    <message>
        <source>Список приёмов</source>
        <translation>Қабылдаулар тізімі</translation>
    </message>
    <message>
        <source>Где искать: на выбранной остановке или на всех</source>
        <translation>Қайдан іздеу: таңдалған аялдамада немесе барлығында</translation>
    </message>
    <message>
        <source>Талон, ФИО, ИИН или телефон (Ctrl+F)</source>
        <translation>Талон, аты-жөні, ЖСН немесе телефон (Ctrl+F)</translation>
    </message>
    <message>
        <source>Тема обращения</source>
        <translation>Өтініш тақырыбы</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>День приёма; самый первый день списка — любая дата</source>
        <translation>Қабылдау күні; тізімдегі ең алғашқы күн — кез келген күн</translation>
    </message>
    <message>
        <source>Открыть и исправить (Enter)</source>
        <translation>Ашу және түзету (Enter)</translation>
    </message>
    <message>
        <source>Удалить… (Delete)</source>
        <translation>Жою… (Delete)</translation>
    </message>
    <message>
        <source>Показать ещё</source>
        <translation>Тағы көрсету</translation>
    </message>
    <message>
        <source>Закрыть (Esc)</source>
        <translation>Жабу (Esc)</translation>
    </message>
    <message>
        <source>Остановка: %1</source>
        <translation>Аялдама: %1</translation>
    </message>
    <message>
        <source>Все остановки</source>
        <translation>Барлық аялдамалар</translation>
    </message>
    <message>
        <source>Показано приёмов: %1.</source>
        <translation>Көрсетілген қабылдаулар: %1.</translation>
    </message>
    <message>
        <source>— есть ещё, нажмите «Показать ещё» или уточните поиск.</source>
        <translation>— тағы бар, «Тағы көрсету» басыңыз немесе іздеуді нақтылаңыз.</translation>
    </message>
    <message>
        <source>Enter — открыть и исправить, Delete — удалить.</source>
        <translation>Enter — ашу және түзету, Delete — жою.</translation>
    </message>
    <message>
        <source>На этой остановке ещё нет приёмов. Принятые на стойке приёма появятся здесь.</source>
        <translation>Бұл аялдамада әлі қабылдау жоқ. Қабылдау үстелінде қабылданғандар осында шығады.</translation>
    </message>
    <message>
        <source>Приёмов ещё нет.</source>
        <translation>Әлі қабылдау жоқ.</translation>
    </message>
    <message>
        <source>Ничего не нашлось. Проверьте номер талона или ФИО, уберите фильтры или выберите «Все остановки».</source>
        <translation>Ештеңе табылмады. Талон нөмірін немесе аты-жөнін тексеріңіз, сүзгілерді алып тастаңыз немесе «Барлық аялдамалар» таңдаңыз.</translation>
    </message>
    <message>
        <source>Удалить приём с указанием причины</source>
        <translation>Қабылдауды себебін көрсетіп жою</translation>
    </message>
    <message>
        <source>любая тема</source>
        <translation>кез келген тақырып</translation>
    </message>
    <message>
        <source>любой результат</source>
        <translation>кез келген нәтиже</translation>
    </message>
    <message>
        <source>любая дата</source>
        <translation>кез келген күн</translation>
    </message>
    <message>
        <source>Талон</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>Дата и время</source>
        <translation>Күні мен уақыты</translation>
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
        <source>Тема</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Остановка</source>
        <translation>Аялдама</translation>
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
        <source>Дата и время приёма:</source>
        <translation>Қабылдау күні мен уақыты:</translation>
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
        <translation>12 таңба</translation>
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
        <source>Населённый пункт</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Откуда житель: по умолчанию — село остановки. Начните вводить название, чтобы выбрать другое.</source>
        <translation>Тұрғын қайдан: әдепкіде — аялдаманың ауылы. Басқасын таңдау үшін атауын тере бастаңыз.</translation>
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
        <source>Список приёмов (Ctrl+L)</source>
        <translation>Қабылдаулар тізімі (Ctrl+L)</translation>
    </message>
    <message>
        <source>Приёмы этой остановки и поиск по всем: открыть, исправить или удалить сохранённый приём</source>
        <translation>Осы аялдаманың қабылдаулары және барлығы бойынша іздеу: сақталған қабылдауды ашу, түзету немесе жою</translation>
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
        <source>Остановка не сегодня: приём записывается на её день — проверьте время</source>
        <translation>Аялдама бүгін емес: қабылдау сол күнге жазылады — уақытын тексеріңіз</translation>
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
        <source>⚠ Согласие не дано: ИИН, телефон и адрес не будут сохранены — только ФИО и обращение.</source>
        <translation>⚠ Келісім берілмеген: ЖСН, телефон мен мекенжай сақталмайды — тек аты-жөні мен өтініш.</translation>
    </message>
    <message>
        <source>Без согласия сохраняются только ФИО и обращение; ИИН, телефон и адрес — нет.</source>
        <translation>Келісімсіз тек аты-жөні мен өтініш сақталады; ЖСН, телефон мен мекенжай — жоқ.</translation>
    </message>
    <message>
        <source>не указан — начните вводить название</source>
        <translation>көрсетілмеген — атауын тере бастаңыз</translation>
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
        <source>Без согласия ИИН, телефон и адрес не сохранены.</source>
        <translation>Келісім болмағандықтан ЖСН, телефон мен мекенжай сақталмады.</translation>
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
        <source>Черновик восстановлен: проверьте форму и сохраните приём.</source>
        <translation>Қаралама қалпына келтірілді: форманы тексеріп, қабылдауды сақтаңыз.</translation>
    </message>
    <message>
        <source>Никого не нашлось. Примите жителя как нового: заполните форму слева.</source>
        <translation>Ешкім табылмады. Тұрғынды жаңа адам ретінде қабылдаңыз: сол жақтағы пішінді толтырыңыз.</translation>
    </message>
</context>
<context>
    <name>RecordLog</name>
    <message>
        <source>Когда</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Кто</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Устройство</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <source>Поле</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Было</source>
        <translation>Болған</translation>
    </message>
    <message>
        <source>Стало</source>
        <translation>Болды</translation>
    </message>
    <message>
        <source>Что</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Охват</source>
        <translation>Қамту</translation>
    </message>
    <message>
        <source>Жителей</source>
        <translation>Тұрғындар</translation>
    </message>
    <message>
        <source>Файл</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>История: %1</source>
        <translation>Тарих: %1</translation>
    </message>
    <message>
        <source>Каждое изменение записи — здесь, в программе, при импорте или синхронизации: когда, кто, на каком устройстве, что было и что стало.</source>
        <translation>Жазбаның әрбір өзгерісі — бағдарламада, импортта немесе синхрондауда: қашан, кім, қай құрылғыда, не болған және не болды.</translation>
    </message>
    <message>
        <source>Личные данные жителя (•••) видят только руководитель и координатор.</source>
        <translation>Тұрғынның дербес деректерін (•••) тек басшы мен үйлестіруші көреді.</translation>
    </message>
    <message>
        <source>У этой записи нет изменений.</source>
        <translation>Бұл жазбаның өзгерістері жоқ.</translation>
    </message>
    <message>
        <source>Журнал доступа к персональным данным</source>
        <translation>Дербес деректерге қол жеткізу журналы</translation>
    </message>
    <message>
        <source>Кто печатал, выгружал или отправлял пакетом личные данные жителей: когда, что, сколько жителей и имя файла. Сами данные здесь не хранятся. Записи приходят со всех ноутбуков при синхронизации.</source>
        <translation>Тұрғындардың дербес деректерін кім басып шығарды, экспорттады немесе пакетпен жіберді: қашан, не, қанша тұрғын және файл атауы. Деректердің өзі мұнда сақталмайды. Жазбалар синхрондау кезінде барлық ноутбуктерден келеді.</translation>
    </message>
    <message>
        <source>Личные данные жителей ещё не печатались и не выгружались: здесь появится каждый отчёт, выгрузка или пакет с ними.</source>
        <translation>Тұрғындардың дербес деректері әлі басылмаған және экспортталмаған: олар бар әрбір есеп, экспорт немесе пакет осында көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>RecordLogDialog</name>
    <message>
        <source>История</source>
        <translation>Тарих</translation>
    </message>
</context>
<context>
    <name>RegionSection</name>
    <message>
        <source>Областей нет</source>
        <translation>Облыстар жоқ</translation>
    </message>
    <message>
        <source>Новая область</source>
        <translation>Жаңа облыс</translation>
    </message>
    <message>
        <source>Область</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Впишите название области справа и нажмите «Сохранить» — или загрузите классификатор КАТО: Файл → Импорт КАТО…</source>
        <translation>Оң жақта облыстың атауын жазып, «Сақтау» түймесін басыңыз — немесе ӘАОЖ (КАТО) сыныптауышын жүктеңіз: Файл → КАТО импорты…</translation>
    </message>
    <message>
        <source>Удалить область «%1»? Она исчезнет из списков выбора; записи о ней останутся в истории.</source>
        <translation>«%1» облысын жою керек пе? Ол таңдау тізімдерінен жоғалады; ол туралы жазбалар тарихта қалады.</translation>
    </message>
    <message>
        <source>Область сохранена.</source>
        <translation>Облыс сақталды.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Отчёты</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>PDF с блоком подписи, таблицы Excel для вышестоящих органов и абзац для пресс-релиза</source>
        <translation>Қол қою блогы бар PDF, жоғары тұрған органдарға арналған Excel кестелері және баспасөз релизіне арналған абзац</translation>
    </message>
    <message>
        <source>Списки загружаются…</source>
        <translation>Тізімдер жүктелуде…</translation>
    </message>
    <message>
        <source>В базе пока нет данных для отчёта</source>
        <translation>Дерекқорда есепке арналған деректер әлі жоқ</translation>
    </message>
    <message>
        <source>Отчёт собирается из выездов, проведённых остановок и принятых граждан. Создайте выезд в разделе «Выезды» или загрузите журнал приёма из Excel (меню «Файл»). Чтобы посмотреть, как выглядят отчёты, откройте демо-базу.</source>
        <translation>Есеп сапарлардан, өткізілген аялдамалардан және қабылданған азаматтардан құралады. «Сапарлар» бөлімінде сапар құрыңыз немесе қабылдау журналын Excel-ден жүктеңіз («Файл» мәзірі). Есептердің қандай болатынын көру үшін демо-дерекқорды ашыңыз.</translation>
    </message>
    <message>
        <source>Открыть демо</source>
        <translation>Демоны ашу</translation>
    </message>
    <message>
        <source>Что войдёт в отчёт</source>
        <translation>Есепке не кіреді</translation>
    </message>
    <message>
        <source>Вид отчёта:</source>
        <translation>Есеп түрі:</translation>
    </message>
    <message>
        <source>Вид отчёта</source>
        <translation>Есеп түрі</translation>
    </message>
    <message>
        <source>Кампания:</source>
        <translation>Науқан:</translation>
    </message>
    <message>
        <source>Кампания</source>
        <translation>Науқан</translation>
    </message>
    <message>
        <source>Выезд:</source>
        <translation>Сапар:</translation>
    </message>
    <message>
        <source>Выезд</source>
        <translation>Сапар</translation>
    </message>
    <message>
        <source>Остановка:</source>
        <translation>Аялдама:</translation>
    </message>
    <message>
        <source>Остановка</source>
        <translation>Аялдама</translation>
    </message>
    <message>
        <source>Вопрос на контроле:</source>
        <translation>Бақылаудағы мәселе:</translation>
    </message>
    <message>
        <source>Вопрос на контроле</source>
        <translation>Бақылаудағы мәселе</translation>
    </message>
    <message>
        <source>Район:</source>
        <translation>Аудан:</translation>
    </message>
    <message>
        <source>Район</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Период:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>с</source>
        <translation>басы</translation>
    </message>
    <message>
        <source>Начало периода</source>
        <translation>Кезеңнің басы</translation>
    </message>
    <message>
        <source>по</source>
        <translation>соңы</translation>
    </message>
    <message>
        <source>Конец периода</source>
        <translation>Кезеңнің соңы</translation>
    </message>
    <message>
        <source>Как оформить</source>
        <translation>Қалай ресімдеу керек</translation>
    </message>
    <message>
        <source>Язык отчёта:</source>
        <translation>Есеп тілі:</translation>
    </message>
    <message>
        <source>Язык отчёта</source>
        <translation>Есеп тілі</translation>
    </message>
    <message>
        <source>Формат:</source>
        <translation>Пішімі:</translation>
    </message>
    <message>
        <source>Формат</source>
        <translation>Пішімі</translation>
    </message>
    <message>
        <source>Без персональных данных</source>
        <translation>Дербес деректерсіз</translation>
    </message>
    <message>
        <source>В отчёт не попадут ФИО, ИИН, телефоны и адреса заявителей, имена ответственных и заметки; все цифры останутся прежними. Так отчёт можно отправить по почте или опубликовать.</source>
        <translation>Есепке өтініш берушілердің аты-жөні, ЖСН, телефондары мен мекенжайлары, жауаптылардың аттары мен жазбалары енгізілмейді; барлық сандар өзгеріссіз қалады. Мұндай есепті поштамен жіберуге немесе жариялауға болады.</translation>
    </message>
    <message>
        <source>Выбрать, куда сохранить файл, и сформировать отчёт (Ctrl+Enter)</source>
        <translation>Файлды қайда сақтайтынын таңдап, есепті құру (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Сформировать отчёт…</source>
        <translation>Есепті құру…</translation>
    </message>
    <message>
        <source>Открыть отчёт в программе просмотра</source>
        <translation>Есепті қарау бағдарламасында ашу</translation>
    </message>
    <message>
        <source>Открыть</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Открыть папку, в которой сохранён отчёт</source>
        <translation>Есеп сақталған қалтаны ашу</translation>
    </message>
    <message>
        <source>Показать в папке</source>
        <translation>Қалтада көрсету</translation>
    </message>
    <message>
        <source>PDF — для печати и подписи</source>
        <translation>PDF — басып шығару және қол қою үшін</translation>
    </message>
    <message>
        <source>Excel (.xlsx) — таблицы</source>
        <translation>Excel (.xlsx) — кестелер</translation>
    </message>
    <message>
        <source>Текст (.txt) — для пресс-релиза</source>
        <translation>Мәтін (.txt) — баспасөз релизі үшін</translation>
    </message>
    <message>
        <source>По каждой остановке выезда: населённый пункт, дата, мероприятия и участники, сколько пришло жителей, приём граждан по результатам, фотографии с подписями.</source>
        <translation>Сапардың әр аялдамасы бойынша: елді мекен, күні, іс-шаралар мен қатысушылар, қанша тұрғын келді, нәтижелері бойынша азаматтарды қабылдау, түсініктемесі бар фотосуреттер.</translation>
    </message>
    <message>
        <source>Ход кампании по рабочим группам, направлениям и районам; охват районов всеми направлениями; динамика по месяцам.</source>
        <translation>Науқанның жұмыс топтары, бағыттар және аудандар бойынша барысы; аудандардың барлық бағыттармен қамтылуы; айлар бойынша серпіні.</translation>
    </message>
    <message>
        <source>Реестр вопросов на контроле: сначала открытые и просроченные; ответственные, сроки, сколько дней осталось или просрочено, история каждого вопроса.</source>
        <translation>Бақылаудағы мәселелер тізілімі: алдымен ашық және мерзімі өткендері; жауаптылар, мерзімдер, қанша күн қалды немесе кешіктірілді, әр мәселенің тарихы.</translation>
    </message>
    <message>
        <source>Журнал личного приёма: номер талона, дата, заявитель, ИИН, адрес, суть обращения, результат, ответственный и срок. Страницы альбомные.</source>
        <translation>Жеке қабылдау журналы: талон нөмірі, күні, өтініш беруші, ЖСН, мекенжайы, өтініштің мәні, нәтижесі, жауаптысы және мерзімі. Беттері альбомдық.</translation>
    </message>
    <message>
        <source>Готовый абзац для публикации, составленный из цифр, — на русском или казахском.</source>
        <translation>Сандардан құрастырылған, жариялауға дайын абзац — орыс немесе қазақ тілінде.</translation>
    </message>
    <message>
        <source>План ротации одной кампании: группы по районам и периодам, охват районов направлениями, сёла без выезда полгода. Страницы альбомные.</source>
        <translation>Бір науқанның ротация жоспары: топтар аудандар мен кезеңдер бойынша, аудандарды бағыттармен қамту, жарты жыл сапарсыз ауылдар. Беттері альбомдық.</translation>
    </message>
    <message>
        <source>все кампании</source>
        <translation>барлық науқандар</translation>
    </message>
    <message>
        <source>все районы</source>
        <translation>барлық аудандар</translation>
    </message>
    <message>
        <source>все выезды</source>
        <translation>барлық сапарлар</translation>
    </message>
    <message>
        <source>все вопросы</source>
        <translation>барлық мәселелер</translation>
    </message>
    <message>
        <source>все остановки</source>
        <translation>барлық аялдамалар</translation>
    </message>
    <message>
        <source>сначала выберите выезд</source>
        <translation>алдымен сапарды таңдаңыз</translation>
    </message>
    <message>
        <source>Документ PDF (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <source>Книга Excel (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Текст (*.txt)</source>
        <translation>Мәтін (*.txt)</translation>
    </message>
    <message>
        <source>Сохранить отчёт</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <source>Формирование отчёта…</source>
        <translation>Есеп құрылуда…</translation>
    </message>
    <message>
        <source>Отчёт сохранён: %1</source>
        <translation>Есеп сақталды: %1</translation>
    </message>
    <message>
        <source>Формирование отчёта отменено — файл не записан.</source>
        <translation>Есепті құру тоқтатылды — файл жазылмады.</translation>
    </message>
    <message>
        <source>Отчёт не сформирован.</source>
        <translation>Есеп құрылмады.</translation>
    </message>
</context>
<context>
    <name>RotationSlotDialog</name>
    <message>
        <source>Слот ротации</source>
        <translation>Ротация слоты</translation>
    </message>
    <message>
        <source>&amp;Рабочая группа:</source>
        <translation>&amp;Жұмыс тобы:</translation>
    </message>
    <message>
        <source>&amp;Район:</source>
        <translation>&amp;Аудан:</translation>
    </message>
    <message>
        <source>&amp;С:</source>
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <source>&amp;По:</source>
        <translation>&amp;Соңы:</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Новый слот ротации</source>
        <translation>Жаңа ротация слоты</translation>
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
    <name>Section</name>
    <message>
        <source>Ничего не найдено</source>
        <translation>Ештеңе табылмады</translation>
    </message>
    <message>
        <source>Проверьте написание или сократите запрос.</source>
        <translation>Жазылуын тексеріңіз немесе сұрауды қысқартыңыз.</translation>
    </message>
    <message>
        <source>Изменения не сохранены</source>
        <translation>Өзгерістер сақталмады</translation>
    </message>
    <message>
        <source>В форме есть несохранённые изменения. Отказаться от них?</source>
        <translation>Пішінде сақталмаған өзгерістер бар. Олардан бас тартасыз ба?</translation>
    </message>
    <message>
        <source>Не сохранять</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>Вернуться к форме</source>
        <translation>Пішінге оралу</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Удалено. В истории запись сохранится.</source>
        <translation>Жойылды. Жазба тарихта сақталады.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Настройки</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>&amp;Язык интерфейса:</source>
        <translation>Интерфейс &amp;тілі:</translation>
    </message>
    <message>
        <source>Язык меню, страниц и отчётов по умолчанию; меняется сразу</source>
        <translation>Мәзірдің, беттердің және әдепкі есептердің тілі; бірден ауысады</translation>
    </message>
    <message>
        <source>Папка для &amp;экспорта и пакетов:</source>
        <translation>&amp;Экспорт пен пакеттер қалтасы:</translation>
    </message>
    <message>
        <source>Где открываются окна выбора файла для экспорта, отчётов и пакетов синхронизации, пока папка ещё не выбиралась</source>
        <translation>Экспорт, есептер және синхрондау пакеттері үшін файл таңдау терезесі қалта әлі таңдалмаған кезде осы жерден ашылады</translation>
    </message>
    <message>
        <source>&amp;Выбрать…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Документы</source>
        <translation>&amp;Құжаттар</translation>
    </message>
    <message>
        <source>Снова начинать с папки «Документы»</source>
        <translation>Қайтадан «Құжаттар» қалтасынан бастау</translation>
    </message>
    <message>
        <source>Учётная запись:</source>
        <translation>Есептік жазба:</translation>
    </message>
    <message>
        <source>Сменить &amp;пароль…</source>
        <translation>&amp;Құпиясөзді ауыстыру…</translation>
    </message>
    <message>
        <source>Папка данных:</source>
        <translation>Деректер қалтасы:</translation>
    </message>
    <message>
        <source>&amp;Открыть</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Показать папку с базой, фотографиями и календарями в проводнике</source>
        <translation>Дерекқор, фотосуреттер және күнтізбелер сақталған қалтаны файл менеджерінде көрсету</translation>
    </message>
    <message>
        <source>Календари праздников:</source>
        <translation>Мерекелер күнтізбелері:</translation>
    </message>
    <message>
        <source>Папка для экспорта и пакетов</source>
        <translation>Экспорт пен пакеттер қалтасы</translation>
    </message>
    <message>
        <source>Документы (%1)</source>
        <translation>Құжаттар (%1)</translation>
    </message>
    <message>
        <source>база не открыта</source>
        <translation>дерекқор ашылмаған</translation>
    </message>
    <message>
        <source>%1, роль: %2</source>
        <translation>%1, рөлі: %2</translation>
    </message>
    <message>
        <source>Участник: %1</source>
        <translation>Қатысушы: %1</translation>
    </message>
    <message>
        <source>вход не выполнен: база открыта только для чтения</source>
        <translation>кіру орындалмаған: дерекқор тек оқу үшін ашылған</translation>
    </message>
    <message>
        <source>база без учётных записей: вход не нужен</source>
        <translation>есептік жазбасыз дерекқор: кіру қажет емес</translation>
    </message>
    <message>
        <source>нет ни одного года: сроки считаются без праздников</source>
        <translation>бірде-бір жыл жоқ: мерзімдер мерекелерсіз есептеледі</translation>
    </message>
    <message>
        <source>импортирован</source>
        <translation>импортталған</translation>
    </message>
    <message>
        <source>Здесь база по умолчанию, фотографии, журналы работы и импортированные календари</source>
        <translation>Мұнда әдепкі дерекқор, фотосуреттер, жұмыс журналдары және импортталған күнтізбелер сақталады</translation>
    </message>
</context>
<context>
    <name>SettlementPicker</name>
    <message>
        <source>Начните вводить название населённого пункта</source>
        <translation>Елді мекеннің атауын тере бастаңыз</translation>
    </message>
</context>
<context>
    <name>SettlementSection</name>
    <message>
        <source>Впишите название справа и нажмите «Сохранить» — или найдите его в классификаторе КАТО поиском выше.</source>
        <translation>Оң жақта атауын жазып, «Сақтау» түймесін басыңыз — немесе оны жоғарыдағы іздеу арқылы ӘАОЖ (КАТО) сыныптауышынан табыңыз.</translation>
    </message>
    <message>
        <source>Сначала добавьте область и район — или загрузите классификатор КАТО: Файл → Импорт КАТО…</source>
        <translation>Алдымен облыс пен аудан қосыңыз — немесе ӘАОЖ (КАТО) сыныптауышын жүктеңіз: Файл → КАТО импорты…</translation>
    </message>
    <message>
        <source>Населённых пунктов нет</source>
        <translation>Елді мекендер жоқ</translation>
    </message>
    <message>
        <source>Новый населённый пункт</source>
        <translation>Жаңа елді мекен</translation>
    </message>
    <message>
        <source>Населённый пункт</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Удалить населённый пункт «%1»? Он исчезнет из списков выбора; остановки и приёмы в нём останутся в истории.</source>
        <translation>«%1» елді мекенін жою керек пе? Ол таңдау тізімдерінен жоғалады; ондағы аялдамалар мен қабылдаулар тарихта қалады.</translation>
    </message>
    <message>
        <source>Населённый пункт сохранён.</source>
        <translation>Елді мекен сақталды.</translation>
    </message>
    <message>
        <source>Район:</source>
        <translation>Аудан:</translation>
    </message>
    <message>
        <source>Найти по названию, в том числе в КАТО</source>
        <translation>Атауы бойынша іздеу, КАТО-да да</translation>
    </message>
    <message>
        <source>Начало любого слова названия, по-русски или по-казахски: «Карак» найдёт «село Каракемер»</source>
        <translation>Атаудың кез келген сөзінің басы, орысша немесе қазақша: «Қарак» «Қаракемер ауылын» табады</translation>
    </message>
</context>
<context>
    <name>SetupCampaignForm</name>
    <message>
        <source>Название (рус.):</source>
        <translation>Атауы (орысша):</translation>
    </message>
    <message>
        <source>Мир и согласие</source>
        <translation>Мир и согласие</translation>
    </message>
    <message>
        <source>Название (каз.):</source>
        <translation>Атауы (қазақша):</translation>
    </message>
    <message>
        <source>Бейбітшілік және келісім</source>
        <translation>Бейбітшілік және келісім</translation>
    </message>
    <message>
        <source>Вид:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Организатор:</source>
        <translation>Ұйымдастырушы:</translation>
    </message>
    <message>
        <source>Область:</source>
        <translation>Облыс:</translation>
    </message>
    <message>
        <source>Сроки:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Цель:</source>
        <translation>Мақсаты:</translation>
    </message>
</context>
<context>
    <name>SetupDirectionForm</name>
    <message>
        <source>Название (рус.):</source>
        <translation>Атауы (орысша):</translation>
    </message>
    <message>
        <source>Название (каз.):</source>
        <translation>Атауы (қазақша):</translation>
    </message>
    <message>
        <source>Название (англ.):</source>
        <translation>Атауы (ағылшынша):</translation>
    </message>
</context>
<context>
    <name>SetupDistrictForm</name>
    <message>
        <source>Область:</source>
        <translation>Облыс:</translation>
    </message>
    <message>
        <source>Название (рус.):</source>
        <translation>Атауы (орысша):</translation>
    </message>
    <message>
        <source>Жамбылский район</source>
        <translation>Жамбылский район</translation>
    </message>
    <message>
        <source>Название (каз.):</source>
        <translation>Атауы (қазақша):</translation>
    </message>
    <message>
        <source>Жамбыл ауданы</source>
        <translation>Жамбыл ауданы</translation>
    </message>
    <message>
        <source>Код КАТО:</source>
        <translation>ӘАОЖ (КАТО) коды:</translation>
    </message>
    <message>
        <source>9 цифр, если известен</source>
        <translation>белгілі болса, 9 цифр</translation>
    </message>
</context>
<context>
    <name>SetupGroupForm</name>
    <message>
        <source>Название:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Рабочая группа № 1</source>
        <translation>№ 1 жұмыс тобы</translation>
    </message>
    <message>
        <source>Код:</source>
        <translation>Коды:</translation>
    </message>
    <message>
        <source>РГ1</source>
        <translation>ЖТ1</translation>
    </message>
    <message>
        <source>Направление:</source>
        <translation>Бағыты:</translation>
    </message>
    <message>
        <source>Руководитель:</source>
        <translation>Жетекшісі:</translation>
    </message>
    <message>
        <source>Состав группы</source>
        <translation>Топ құрамы</translation>
    </message>
    <message>
        <source>роль в группе</source>
        <translation>топтағы рөлі</translation>
    </message>
    <message>
        <source>Включить</source>
        <translation>Топқа қосу</translation>
    </message>
    <message>
        <source>Включить выбранного участника в группу</source>
        <translation>Таңдалған қатысушыны топқа қосу</translation>
    </message>
    <message>
        <source>Исключить</source>
        <translation>Топтан шығару</translation>
    </message>
    <message>
        <source>Исключить отмеченного участника из группы</source>
        <translation>Белгіленген қатысушыны топтан шығару</translation>
    </message>
    <message>
        <source>Состав можно менять после сохранения группы.</source>
        <translation>Құрамын топты сақтағаннан кейін өзгертуге болады.</translation>
    </message>
</context>
<context>
    <name>SetupMemberForm</name>
    <message>
        <source>Фамилия, имя, отчество:</source>
        <translation>Тегі, аты, әкесінің аты:</translation>
    </message>
    <message>
        <source>Должность:</source>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <source>Звание:</source>
        <translation>Атағы:</translation>
    </message>
    <message>
        <source>Организация:</source>
        <translation>Ұйымы:</translation>
    </message>
    <message>
        <source>Телефон:</source>
        <translation>Телефоны:</translation>
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
        <translation>Атауы (орысша):</translation>
    </message>
    <message>
        <source>Название (каз.):</source>
        <translation>Атауы (қазақша):</translation>
    </message>
    <message>
        <source>Краткое название:</source>
        <translation>Қысқаша атауы:</translation>
    </message>
    <message>
        <source>Вид:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>БИН:</source>
        <translation>БСН:</translation>
    </message>
    <message>
        <source>12 цифр</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Область:</source>
        <translation>Облыс:</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Настройка кампании</source>
        <translation>Науқанды баптау</translation>
    </message>
    <message>
        <source>Всё, что нужно кампании, по порядку: места, организации, участники, кампания, рабочие группы. Удалённое исчезает из списков выбора, но остаётся в истории.</source>
        <translation>Науқанға қажеттінің бәрі, ретімен: елді мекендер, ұйымдар, қатысушылар, науқан, жұмыс топтары. Жойылғаны таңдау тізімдерінен жоғалады, бірақ тарихта қалады.</translation>
    </message>
    <message>
        <source>Кампании</source>
        <translation>Науқандар</translation>
    </message>
    <message>
        <source>Направления</source>
        <translation>Бағыттар</translation>
    </message>
    <message>
        <source>Рабочие группы</source>
        <translation>Жұмыс топтары</translation>
    </message>
    <message>
        <source>Участники</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Организации</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Места</source>
        <translation>Аумақтар</translation>
    </message>
    <message>
        <source>Области</source>
        <translation>Облыстар</translation>
    </message>
    <message>
        <source>Районы</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <source>Населённые пункты</source>
        <translation>Елді мекендер</translation>
    </message>
    <message>
        <source>Только просмотр: %1.</source>
        <translation>Тек қарау: %1.</translation>
    </message>
</context>
<context>
    <name>SetupRegionForm</name>
    <message>
        <source>Название (рус.):</source>
        <translation>Атауы (орысша):</translation>
    </message>
    <message>
        <source>Жамбылская область</source>
        <translation>Жамбылская область</translation>
    </message>
    <message>
        <source>Название (каз.):</source>
        <translation>Атауы (қазақша):</translation>
    </message>
    <message>
        <source>Жамбыл облысы</source>
        <translation>Жамбыл облысы</translation>
    </message>
    <message>
        <source>Код КАТО:</source>
        <translation>ӘАОЖ (КАТО) коды:</translation>
    </message>
    <message>
        <source>9 цифр, если известен</source>
        <translation>белгілі болса, 9 цифр</translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message>
        <source>Кампания:</source>
        <translation>Науқан:</translation>
    </message>
    <message>
        <source>Найти в списке</source>
        <translation>Тізімнен іздеу</translation>
    </message>
    <message>
        <source>Пока ничего нет</source>
        <translation>Әзірге ештеңе жоқ</translation>
    </message>
    <message>
        <source>Добавить</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Очистить форму для нового (Ctrl+N)</source>
        <translation>Жаңасы үшін пішінді тазарту (Ctrl+N)</translation>
    </message>
    <message>
        <source>Новая запись</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Сохранить (Enter или Ctrl+S)</source>
        <translation>Сақтау (Enter немесе Ctrl+S)</translation>
    </message>
    <message>
        <source>История</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Все изменения этой записи: когда, кто, что было и что стало</source>
        <translation>Осы жазбаның барлық өзгерістері: қашан, кім, бұрын не еді және енді не болды</translation>
    </message>
    <message>
        <source>Удалить…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <source>Удалить после подтверждения (Delete в списке)</source>
        <translation>Растағаннан кейін жою (тізімде Delete)</translation>
    </message>
</context>
<context>
    <name>SetupSettlementForm</name>
    <message>
        <source>Район:</source>
        <translation>Аудан:</translation>
    </message>
    <message>
        <source>Название (рус.):</source>
        <translation>Атауы (орысша):</translation>
    </message>
    <message>
        <source>Аса</source>
        <translation>Аса</translation>
    </message>
    <message>
        <source>Название (каз.):</source>
        <translation>Атауы (қазақша):</translation>
    </message>
    <message>
        <source>Код КАТО:</source>
        <translation>ӘАОЖ (КАТО) коды:</translation>
    </message>
    <message>
        <source>9 цифр, если известен</source>
        <translation>белгілі болса, 9 цифр</translation>
    </message>
    <message>
        <source>Координаты:</source>
        <translation>Координаттар:</translation>
    </message>
    <message>
        <source>42.8833, 71.3667 или ссылка на карту</source>
        <translation>42.8833, 71.3667 немесе картаға сілтеме</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Горячие клавиши</source>
        <translation>Жылдам пернелер</translation>
    </message>
    <message>
        <source>Клавиши меню действуют везде, клавиши страницы — когда она открыта.</source>
        <translation>Мәзір пернелері барлық жерде, бет пернелері — бет ашық кезде әрекет етеді.</translation>
    </message>
    <message>
        <source>Клавиши</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>Где</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Действие</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Поиск</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>История изменений</source>
        <translation>Өзгерістер тарихы</translation>
    </message>
    <message>
        <source>Новая запись</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <source>Отменить ввод</source>
        <translation>Енгізуден бас тарту</translation>
    </message>
    <message>
        <source>Список</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Копировать</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Крупнее</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Мельче</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Показать всё</source>
        <translation>Барлығын көрсету</translation>
    </message>
    <message>
        <source>Отметить ответ с этим номером</source>
        <translation>Осы нөмірлі жауапты белгілеу</translation>
    </message>
    <message>
        <source>Убрать отмеченный ответ с этим номером</source>
        <translation>Осы нөмірлі белгіленген жауапты алып тастау</translation>
    </message>
    <message>
        <source>Главное окно</source>
        <translation>Негізгі терезе</translation>
    </message>
    <message>
        <source>Действие страницы</source>
        <translation>Бет әрекеті</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Вход</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>База данных защищена паролем</source>
        <translation>Дерекқор құпиясөзбен қорғалған</translation>
    </message>
    <message>
        <source>Войдите под своей учётной записью: имя и пароль выдаёт координатор группы.</source>
        <translation>Өз тіркелгіңізбен кіріңіз: атын және құпиясөзді топ үйлестірушісі береді.</translation>
    </message>
    <message>
        <source>&amp;Учётная запись:</source>
        <translation>&amp;Тіркелгі:</translation>
    </message>
    <message>
        <source>&amp;Пароль:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message numerus="yes">
        <source>Слишком много неудачных попыток. Следующая попытка через %n с.</source>
        <translation>
            <numerusform>Сәтсіз әрекеттер тым көп. Келесі әрекет %n секундтан кейін.</numerusform>
            <numerusform>Сәтсіз әрекеттер тым көп. Келесі әрекет %n секундтан кейін.</numerusform>
        </translation>
    </message>
    <message>
        <source>Войти</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>В базе есть учётные записи</source>
        <translation>Базада есептік жазбалар бар</translation>
    </message>
    <message>
        <source>Только &amp;чтение</source>
        <translation>Тек &amp;оқу</translation>
    </message>
    <message>
        <source>Открыть без входа: всё видно, ничего нельзя изменить</source>
        <translation>Кірмей ашу: бәрі көрінеді, ештеңені өзгертуге болмайды</translation>
    </message>
</context>
<context>
    <name>SignalIntakeDialog</name>
    <message>
        <source>Сигналы из фото</source>
        <translation>Фотодан белгілер</translation>
    </message>
    <message>
        <source>&amp;Вид сигналов:</source>
        <translation>Белгілер &amp;түрі:</translation>
    </message>
    <message>
        <source>Объединить</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>Выбранные строки — один сигнал со всеми их фото (Ctrl+M)</source>
        <translation>Таңдалған жолдар — барлық фотосымен бір белгі (Ctrl+M)</translation>
    </message>
    <message>
        <source>Не брать</source>
        <translation>Алмау</translation>
    </message>
    <message>
        <source>Убрать выбранные строки: по ним сигналы не создаются (Delete)</source>
        <translation>Таңдалған жолдарды алып тастау: олар бойынша белгі жасалмайды (Delete)</translation>
    </message>
    <message>
        <source>&amp;Координаты:</source>
        <translation>&amp;Координаттар:</translation>
    </message>
    <message>
        <source>54.8731, 69.1520 или ссылка на карту</source>
        <translation>54.8731, 69.1520 немесе картаға сілтеме</translation>
    </message>
    <message>
        <source>Поставить</source>
        <translation>Қою</translation>
    </message>
    <message>
        <source>Поставить выбранные строки в эти координаты (Enter в поле)</source>
        <translation>Таңдалған жолдарды осы координаттарға қою (өрісте Enter)</translation>
    </message>
    <message>
        <source>GPS фото</source>
        <translation>фото GPS-і</translation>
    </message>
    <message>
        <source>в сообщении</source>
        <translation>хабарламада</translation>
    </message>
    <message>
        <source>геопозиция рядом</source>
        <translation>қасындағы геопозиция</translation>
    </message>
    <message>
        <source>вручную</source>
        <translation>қолмен</translation>
    </message>
    <message>
        <source>нет координат</source>
        <translation>координат жоқ</translation>
    </message>
    <message>
        <source>%1 фото: %2</source>
        <translation>%1 фото: %2</translation>
    </message>
    <message>
        <source>вставьте координаты</source>
        <translation>координаттарды қойыңыз</translation>
    </message>
    <message>
        <source>сейчас</source>
        <translation>қазір</translation>
    </message>
    <message>
        <source>Без координат: %1 — выберите строку и вставьте координаты</source>
        <translation>Координатсыз: %1 — жолды таңдап, координаттарды қойыңыз</translation>
    </message>
    <message>
        <source>Все сигналы с координатами</source>
        <translation>Барлық белгінің координаттары бар</translation>
    </message>
    <message>
        <source>Создать сигналы: %1</source>
        <translation>Белгілер жасау: %1</translation>
    </message>
    <message>
        <source>Пропущено или прочитано не полностью: %1</source>
        <translation>Өткізілді немесе толық оқылмады: %1</translation>
    </message>
    <message>
        <source>Создаются сигналы…</source>
        <translation>Белгілер жасалуда…</translation>
    </message>
    <message>
        <source>Фото: %1, из переписок: %2. Каждое фото — отдельный сигнал с этим фото «до»; место взято из GPS фото или из геопозиции и координат в сообщении. Несколько фото одного места объедините, лишнее не берите.</source>
        <translation>Фото: %1, хат алмасулардан: %2. Әр фото — осы «дейін» фотосы бар жеке белгі; орны фото GPS-інен немесе хабарламадағы геопозиция мен координаттардан алынды. Бір жердің бірнеше фотосын біріктіріңіз, артығын алмаңыз.</translation>
    </message>
    <message>
        <source>Фото</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Координаты</source>
        <translation>Координаттар</translation>
    </message>
    <message>
        <source>Откуда место</source>
        <translation>Орын қайдан</translation>
    </message>
    <message>
        <source>Получен</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Отправитель</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <source>Текст сообщения</source>
        <translation>Хабарлама мәтіні</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>SignalModel</name>
    <message>
        <source>анонимно</source>
        <translation>анонимді</translation>
    </message>
    <message>
        <source>Сообщил: %1</source>
        <translation>Хабарлаған: %1</translation>
    </message>
    <message>
        <source>Получен</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Адрес или описание</source>
        <translation>Мекенжай не сипаттама</translation>
    </message>
    <message>
        <source>Координаты</source>
        <translation>Координаттар</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>Сигналы</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Из фото…</source>
        <translation>Фотодан…</translation>
    </message>
    <message>
        <source>Сигналы из фото жителей или из выгрузки чата Telegram или WhatsApp (их можно и перетащить на список)</source>
        <translation>Тұрғындардың фотосынан немесе Telegram не WhatsApp чатының экспортынан белгілер (оларды тізімге сүйреп апаруға да болады)</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Перечитать список сигналов (F5)</source>
        <translation>Белгілер тізімін қайта оқу (F5)</translation>
    </message>
    <message>
        <source>Поиск: адрес, описание, вид</source>
        <translation>Іздеу: мекенжай, сипаттама, түрі</translation>
    </message>
    <message>
        <source>Показывать только то, где есть этот текст: название, населённый пункт или описание (Ctrl+F)</source>
        <translation>Тек осы мәтін бар жазбаларды көрсету: атауы, елді мекен немесе сипаттама (Ctrl+F)</translation>
    </message>
    <message>
        <source>Статус:</source>
        <translation>Мәртебе:</translation>
    </message>
    <message>
        <source>Вид:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Новый сигнал</source>
        <translation>Жаңа белгі</translation>
    </message>
    <message>
        <source>Вид сигнала</source>
        <translation>Белгі түрі</translation>
    </message>
    <message>
        <source>Описание</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Что сообщили: надпись, место, приметы</source>
        <translation>Не хабарланды: жазу, орны, белгілері</translation>
    </message>
    <message>
        <source>Адрес</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Улица, дом или ориентир</source>
        <translation>Көше, үй немесе бағдар</translation>
    </message>
    <message>
        <source>Координаты</source>
        <translation>Координаттар</translation>
    </message>
    <message>
        <source>Широта и долгота из мессенджера или ссылка Google, Яндекс, 2ГИС, OpenStreetMap</source>
        <translation>Мессенджерден алынған ендік пен бойлық немесе Google, Яндекс, 2ГИС, OpenStreetMap сілтемесі</translation>
    </message>
    <message>
        <source>Канал</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Кто сообщил</source>
        <translation>Кім хабарлады</translation>
    </message>
    <message>
        <source>Пусто — анонимно</source>
        <translation>Бос — анонимді</translation>
    </message>
    <message>
        <source>Получен</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Когда пришёл сигнал: для нового — сейчас, если не исправить; не позже текущего времени</source>
        <translation>Белгі қашан түсті: жаңасы үшін — қазір, егер түзетпесеңіз; қазіргі уақыттан кеш емес</translation>
    </message>
    <message>
        <source>Проверяет</source>
        <translation>Тексереді</translation>
    </message>
    <message>
        <source>Кто из участников проверяет сигнал на месте (можно не указывать)</source>
        <translation>Қатысушылардың қайсысы белгіні орнында тексереді (көрсетпеуге болады)</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Сохранить сигнал (Ctrl+S)</source>
        <translation>Белгіні сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>Новый</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Очистить форму для нового сигнала (Ctrl+N)</source>
        <translation>Жаңа белгі үшін форманы тазарту (Ctrl+N)</translation>
    </message>
    <message>
        <source>История</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Кто и когда менял этот сигнал (Ctrl+H)</source>
        <translation>Бұл сигналды кім және қашан өзгертті (Ctrl+H)</translation>
    </message>
    <message>
        <source>Показать на карте</source>
        <translation>Картадан көрсету</translation>
    </message>
    <message>
        <source>Открыть карту с этим сигналом в центре</source>
        <translation>Осы белгі ортасында тұрған картаны ашу</translation>
    </message>
    <message>
        <source>Проверка</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Подтвердился</source>
        <translation>Расталды</translation>
    </message>
    <message>
        <source>На месте проверили: сигнал подтвердился</source>
        <translation>Орнында тексерілді: белгі расталды</translation>
    </message>
    <message>
        <source>Устранён</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Надпись закрашена, нарушение устранено</source>
        <translation>Жазу боялды, бұзушылық жойылды</translation>
    </message>
    <message>
        <source>Не подтвердился</source>
        <translation>Расталмады</translation>
    </message>
    <message>
        <source>На месте ничего не нашли</source>
        <translation>Орнында ештеңе табылмады</translation>
    </message>
    <message>
        <source>Фото до и после</source>
        <translation>Дейінгі және кейінгі фото</translation>
    </message>
    <message>
        <source>До</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>Добавить…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Фото места до проверки: файлы с диска (их можно и перетащить на полосу)</source>
        <translation>Тексеруге дейінгі орынның фотосы: дискідегі файлдар (оларды жолаққа сүйреп әкелуге де болады)</translation>
    </message>
    <message>
        <source>Подпись…</source>
        <translation>Сурет жазуы…</translation>
    </message>
    <message>
        <source>Исправить подпись и автора выбранного фото (или дважды щёлкните по нему)</source>
        <translation>Таңдалған фотоның жазуы мен авторын түзету (немесе оны екі рет басыңыз)</translation>
    </message>
    <message>
        <source>Убрать</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>54.8730, 69.1500 или ссылка на карту</source>
        <translation>54.8730, 69.1500 немесе карта сілтемесі</translation>
    </message>
    <message>
        <source>Убрать выбранное фото</source>
        <translation>Таңдалған фотоны алып тастау</translation>
    </message>
    <message>
        <source>После</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>Фото места после: закрашено, убрано (файлы можно и перетащить на полосу)</source>
        <translation>Кейінгі орынның фотосы: боялды, тазартылды (файлдарды жолаққа сүйреп әкелуге де болады)</translation>
    </message>
    <message>
        <source>все</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <source>— не назначен —</source>
        <translation>— тағайындалмаған —</translation>
    </message>
    <message>
        <source>Показано %1 из %2</source>
        <translation>%2 ішінен %1 көрсетілді</translation>
    </message>
    <message>
        <source>не проверено: %1</source>
        <translation>тексерілмеген: %1</translation>
    </message>
    <message>
        <source>Сигналов пока нет</source>
        <translation>Әзірге белгілер жоқ</translation>
    </message>
    <message>
        <source>участник удалён</source>
        <translation>қатысушы жойылған</translation>
    </message>
    <message>
        <source>Сигнал от %1</source>
        <translation>%1 алынған белгі</translation>
    </message>
    <message>
        <source>Статус появится после сохранения: новый сигнал получает статус «получен».</source>
        <translation>Мәртебе сақтағаннан кейін пайда болады: жаңа белгі «алынды» мәртебесін алады.</translation>
    </message>
    <message>
        <source>Статус: %1</source>
        <translation>Мәртебесі: %1</translation>
    </message>
    <message>
        <source>закрыт %1</source>
        <translation>жабылды %1</translation>
    </message>
    <message>
        <source>Координаты не указаны</source>
        <translation>Координаттар көрсетілмеген</translation>
    </message>
    <message>
        <source>широта %1, долгота %2</source>
        <translation>ендік %1, бойлық %2</translation>
    </message>
    <message>
        <source>Перетащите снимки на полосу «До» или «После» или нажмите «Добавить…».</source>
        <translation>Суреттерді «Дейін» немесе «Кейін» жолағына сүйреп әкеліңіз не «Қосу…» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Фото прикрепляются к сохранённому сигналу: сначала сохраните его.</source>
        <translation>Фото сақталған белгіге тіркеледі: алдымен оны сақтаңыз.</translation>
    </message>
    <message>
        <source>Фото места до проверки</source>
        <translation>Тексеруге дейінгі орынның фотосы</translation>
    </message>
    <message>
        <source>Фото места после</source>
        <translation>Кейінгі орынның фотосы</translation>
    </message>
    <message>
        <source>Фото и выгрузки чатов (%1);;Все файлы (*)</source>
        <translation>Фото және чат экспорттары (%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Сигналы из фото</source>
        <translation>Фотодан белгілер</translation>
    </message>
    <message>
        <source>Читаются фото…</source>
        <translation>Фотолар оқылуда…</translation>
    </message>
    <message>
        <source>Фото не найдено.</source>
        <translation>Фото табылмады.</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Остановка маршрута</source>
        <translation>Бағдар аялдамасы</translation>
    </message>
    <message>
        <source>Населённый пункт:</source>
        <translation>Елді мекен:</translation>
    </message>
    <message>
        <source>Начните вводить название по-русски или по-казахски и выберите из списка (стрелки и Enter)</source>
        <translation>Атауын орысша немесе қазақша тере бастап, тізімнен таңдаңыз (көрсеткі пернелер мен Enter)</translation>
    </message>
    <message>
        <source>Дата по плану:</source>
        <translation>Жоспар бойынша күні:</translation>
    </message>
    <message>
        <source>Вид площадки:</source>
        <translation>Алаң түрі:</translation>
    </message>
    <message>
        <source>Площадка:</source>
        <translation>Алаң:</translation>
    </message>
    <message>
        <source>Например: Дом культуры села Аса</source>
        <translation>Мысалы: Аса ауылының мәдениет үйі</translation>
    </message>
    <message>
        <source>Примечание:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Новая остановка</source>
        <translation>Жаңа аялдама</translation>
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
        <source>История</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Кто и когда менял эту остановку (Ctrl+H)</source>
        <translation>Бұл аялдаманы кім және қашан өзгертті (Ctrl+H)</translation>
    </message>
    <message>
        <source>Показать на карте</source>
        <translation>Картадан көрсету</translation>
    </message>
    <message>
        <source>Открыть карту с этой остановкой в центре</source>
        <translation>Осы аялдама ортасында тұрған картаны ашу</translation>
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
        <source>Раздаточных материалов</source>
        <translation>Таратылған материалдар</translation>
    </message>
    <message>
        <source>Сколько буклетов, листовок, памяток роздано</source>
        <translation>Қанша буклет, парақша, жадынама таратылды</translation>
    </message>
    <message>
        <source>Публикаций в СМИ</source>
        <translation>БАҚ-тағы жарияланымдар</translation>
    </message>
    <message>
        <source>Сколько материалов вышло в СМИ и соцсетях</source>
        <translation>БАҚ пен әлеуметтік желілерде қанша материал жарияланды</translation>
    </message>
    <message>
        <source>Описание</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Что было: кто выступал, о чём говорили, что раздали</source>
        <translation>Не болды: кім сөйледі, не туралы айтылды, не таратылды</translation>
    </message>
    <message>
        <source>Новое</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Очистить форму для нового мероприятия</source>
        <translation>Жаңа іс-шара үшін форманы тазарту (Ctrl+N)</translation>
    </message>
    <message>
        <source>Добавить мероприятие</source>
        <translation>Іс-шара қосу</translation>
    </message>
    <message>
        <source>Удалить…</source>
        <translation>Жою…</translation>
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
        <source>Создайте выезд и его маршрут на странице «Выезды» (Ctrl+N — новый выезд, Insert — остановка). Здесь потом отмечают, сколько жителей пришло, проведённые мероприятия, организации-участники и фотографии.</source>
        <translation>«Сапарлар» бетінде сапар мен оның бағдарын құрыңыз (Ctrl+N — жаңа сапар, Insert — аялдама). Кейін мұнда қанша тұрғын келгенін, өткізілген іс-шараларды, қатысушы ұйымдар мен фотосуреттерді белгілейді.</translation>
    </message>
    <message>
        <source>Всего по всем ноутбукам: %1 (записей: %2)</source>
        <translation>Барлық ноутбуктар бойынша: %1 (жазбалар: %2)</translation>
    </message>
    <message>
        <source>Сохранить изменения</source>
        <translation>Өзгерістерді сақтау</translation>
    </message>
    <message>
        <source>Правка выбранного мероприятия</source>
        <translation>Таңдалған іс-шара түзетілуде</translation>
    </message>
    <message>
        <source>Удалить мероприятие</source>
        <translation>Іс-шараны жою</translation>
    </message>
    <message>
        <source>Удалить мероприятие «%1» (участников: %2)?</source>
        <translation>«%1» іс-шарасын жою керек пе (қатысушылар: %2)?</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Не удалять</source>
        <translation>Жоймау</translation>
    </message>
    <message>
        <source>Фотографии остановки</source>
        <translation>Аялдама фотосуреттері</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>(пусто)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>%1 байт</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>%1 (это устройство)</source>
        <translation>%1 (осы құрылғы)</translation>
    </message>
    <message>
        <source>Запись</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Какая</source>
        <translation>Қайсысы</translation>
    </message>
    <message>
        <source>Поле</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Вариантов</source>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <source>Сейчас показано</source>
        <translation>Қазір көрсетілген</translation>
    </message>
    <message>
        <source>Значение</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Устройство</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <source>Кто</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Когда</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Сейчас</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>Вариант %1</source>
        <translation>%1-нұсқа</translation>
    </message>
    <message>
        <source>не указан</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>показано</source>
        <translation>көрсетілген</translation>
    </message>
    <message>
        <source>свой ключ</source>
        <translation>өз кілті</translation>
    </message>
    <message>
        <source>не зарегистрирован</source>
        <translation>тіркелмеген</translation>
    </message>
    <message>
        <source>%1 (офис)</source>
        <translation>%1 (кеңсе)</translation>
    </message>
    <message>
        <source>отозван %1</source>
        <translation>%1 кері қайтарылған</translation>
    </message>
    <message>
        <source>пакетов не было</source>
        <translation>пакет болған жоқ</translation>
    </message>
    <message>
        <source>Ключ</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <source>Изменений получено</source>
        <translation>Алынған өзгерістер</translation>
    </message>
    <message>
        <source>Последний пакет</source>
        <translation>Соңғы пакет</translation>
    </message>
    <message>
        <source>Недостаёт изменений</source>
        <translation>Жетіспейтін өзгерістер</translation>
    </message>
    <message>
        <source>отклонён: %1</source>
        <translation>қабылданбады: %1</translation>
    </message>
    <message>
        <source>создан новой версией программы: отложен до обновления</source>
        <translation>бағдарламаның жаңа нұсқасында жасалған: жаңартуға дейін кейінге қалдырылды</translation>
    </message>
    <message>
        <source>уже был загружен</source>
        <translation>бұрын жүктелген</translation>
    </message>
    <message>
        <source>ничего нового</source>
        <translation>жаңа ештеңе жоқ</translation>
    </message>
    <message>
        <source>загружен</source>
        <translation>жүктелді</translation>
    </message>
    <message>
        <source>будет загружен</source>
        <translation>жүктеледі</translation>
    </message>
    <message>
        <source>часы устройства спешат</source>
        <translation>құрылғының сағаты алға кеткен</translation>
    </message>
    <message>
        <source>Файл</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>От устройства</source>
        <translation>Құрылғыдан</translation>
    </message>
    <message>
        <source>Новых изменений</source>
        <translation>Жаңа өзгерістер</translation>
    </message>
    <message>
        <source>Добавлено записей</source>
        <translation>Қосылған жазбалар</translation>
    </message>
    <message>
        <source>Обновлено полей</source>
        <translation>Жаңартылған өрістер</translation>
    </message>
    <message>
        <source>Конфликтов</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>Итог</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>событие вопроса на контроле</source>
        <translation>бақылаудағы мәселенің оқиғасы</translation>
    </message>
    <message>
        <source>состав рабочей группы</source>
        <translation>жұмыс тобының құрамы</translation>
    </message>
    <message>
        <source>группа выезда</source>
        <translation>сапар тобы</translation>
    </message>
    <message>
        <source>подсчёт ответов</source>
        <translation>жауаптарды санау</translation>
    </message>
    <message>
        <source>число пришедших</source>
        <translation>келгендер саны</translation>
    </message>
    <message>
        <source>организация на остановке</source>
        <translation>аялдамадағы ұйым</translation>
    </message>
    <message>
        <source>обращение по вопросу на контроле</source>
        <translation>бақылаудағы мәселе бойынша өтініш</translation>
    </message>
    <message>
        <source>рабочая группа</source>
        <translation>жұмыс тобы</translation>
    </message>
    <message>
        <source>график ротации</source>
        <translation>ротация кестесі</translation>
    </message>
    <message>
        <source>вариант ответа</source>
        <translation>жауап нұсқасы</translation>
    </message>
    <message>
        <source>удаление записи</source>
        <translation>жазбаны жою</translation>
    </message>
    <message>
        <source>заметки</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <source>описание</source>
        <translation>сипаттама</translation>
    </message>
    <message>
        <source>дата начала</source>
        <translation>басталу күні</translation>
    </message>
    <message>
        <source>дата окончания</source>
        <translation>аяқталу күні</translation>
    </message>
    <message>
        <source>плановая дата</source>
        <translation>жоспарлы күні</translation>
    </message>
    <message>
        <source>место проведения</source>
        <translation>өткізілетін орны</translation>
    </message>
    <message>
        <source>время прибытия</source>
        <translation>келу уақыты</translation>
    </message>
    <message>
        <source>причина отмены</source>
        <translation>болдырмау себебі</translation>
    </message>
    <message>
        <source>суть обращения</source>
        <translation>өтініштің мәні</translation>
    </message>
    <message>
        <source>адрес заявителя</source>
        <translation>өтініш берушінің мекенжайы</translation>
    </message>
    <message>
        <source>телефон заявителя</source>
        <translation>өтініш берушінің телефоны</translation>
    </message>
    <message>
        <source>ИИН заявителя</source>
        <translation>өтініш берушінің ЖСН-і</translation>
    </message>
    <message>
        <source>номер талона</source>
        <translation>талон нөмірі</translation>
    </message>
    <message>
        <source>время поступления</source>
        <translation>түскен уақыты</translation>
    </message>
    <message>
        <source>адрес</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <source>кто сообщил</source>
        <translation>кім хабарлады</translation>
    </message>
    <message>
        <source>вопрос (рус.)</source>
        <translation>сұрақ (орысша)</translation>
    </message>
    <message>
        <source>вопрос (каз.)</source>
        <translation>сұрақ (қазақша)</translation>
    </message>
    <message>
        <source>вариант (рус.)</source>
        <translation>нұсқа (орысша)</translation>
    </message>
    <message>
        <source>вариант (каз.)</source>
        <translation>нұсқа (қазақша)</translation>
    </message>
    <message>
        <source>название (рус.)</source>
        <translation>атауы (орысша)</translation>
    </message>
    <message>
        <source>название (каз.)</source>
        <translation>атауы (қазақша)</translation>
    </message>
    <message>
        <source>ответственное лицо</source>
        <translation>жауапты тұлға</translation>
    </message>
    <message>
        <source>время проведения</source>
        <translation>өткізілген уақыты</translation>
    </message>
    <message>
        <source>номер по порядку</source>
        <translation>реттік нөмірі</translation>
    </message>
    <message>
        <source>цель</source>
        <translation>мақсаты</translation>
    </message>
    <message>
        <source>должность</source>
        <translation>лауазымы</translation>
    </message>
    <message>
        <source>звание</source>
        <translation>атағы</translation>
    </message>
    <message>
        <source>подпись к фото</source>
        <translation>фотоға жазу</translation>
    </message>
    <message>
        <source>автор фото</source>
        <translation>фото авторы</translation>
    </message>
    <message>
        <source>краткое название</source>
        <translation>қысқа атауы</translation>
    </message>
    <message>
        <source>дата постановки на контроль</source>
        <translation>бақылауға алынған күні</translation>
    </message>
    <message>
        <source>примечание</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>новый срок</source>
        <translation>жаңа мерзім</translation>
    </message>
    <message>
        <source>время закрытия</source>
        <translation>жабылған уақыты</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Синхронизация</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Перечитать состояние синхронизации (F5)</source>
        <translation>Синхрондау күйін қайта оқу (F5)</translation>
    </message>
    <message>
        <source>Выгрузить изменения…</source>
        <translation>Өзгерістерді шығару…</translation>
    </message>
    <message>
        <source>Записать пакет с изменениями в папку или на флешку (Ctrl+E)</source>
        <translation>Өзгерістер пакетін қалтаға немесе флешкаға жазу (Ctrl+E)</translation>
    </message>
    <message>
        <source>Загрузить пакеты…</source>
        <translation>Пакеттерді жүктеу…</translation>
    </message>
    <message>
        <source>Выбрать файлы .fieldsync коллег: сначала будет показано, что изменится (Ctrl+I)</source>
        <translation>Әріптестердің .fieldsync файлдарын таңдау: алдымен не өзгеретіні көрсетіледі (Ctrl+I)</translation>
    </message>
    <message>
        <source>Обмен</source>
        <translation>Алмасу</translation>
    </message>
    <message>
        <source>Выгрузка</source>
        <translation>Шығару</translation>
    </message>
    <message>
        <source>Что выгрузить</source>
        <translation>Нені шығару</translation>
    </message>
    <message>
        <source>Шифрование</source>
        <translation>Шифрлау</translation>
    </message>
    <message>
        <source>Ключи получателей…</source>
        <translation>Алушылардың кілттері…</translation>
    </message>
    <message>
        <source>Зашифровать пакет так, чтобы прочитать его могли только выбранные устройства</source>
        <translation>Пакетті тек таңдалған құрылғылар оқи алатындай етіп шифрлау</translation>
    </message>
    <message>
        <source>Для всех устройств</source>
        <translation>Барлық құрылғыларға</translation>
    </message>
    <message>
        <source>Зашифровать пакет для всех зарегистрированных устройств</source>
        <translation>Пакетті барлық тіркелген құрылғыларға шифрлау</translation>
    </message>
    <message>
        <source>Без шифрования</source>
        <translation>Шифрлаусыз</translation>
    </message>
    <message>
        <source>Записать пакет открытым текстом: прочитать его сможет любой, у кого окажется файл</source>
        <translation>Пакетті ашық мәтінмен жазу: файл қолына түскен кез келген адам оны оқи алады</translation>
    </message>
    <message>
        <source>Пакет будет записан без шифрования: любой, у кого окажется этот файл, сможет прочитать все данные в нём, включая персональные.</source>
        <translation>Пакет шифрсыз жазылады: бұл файл қолына түскен кез келген адам ондағы барлық деректерді, соның ішінде дербес деректерді оқи алады.</translation>
    </message>
    <message>
        <source>Показать в папке</source>
        <translation>Қалтада көрсету</translation>
    </message>
    <message>
        <source>Разобрать конфликты</source>
        <translation>Қайшылықтарды қарау</translation>
    </message>
    <message>
        <source>Доверять ключу…</source>
        <translation>Кілтке сену…</translation>
    </message>
    <message>
        <source>Выбрать файл ключа этого устройства, полученный от его владельца, и принимать его пакеты; затем файлы будут проверены снова</source>
        <translation>Иесінен алынған осы құрылғының кілт файлын таңдап, оның пакеттерін қабылдау; содан кейін файлдар қайта тексеріледі</translation>
    </message>
    <message>
        <source>Применить</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Загрузить показанные изменения в базу (Ctrl+Return)</source>
        <translation>Көрсетілген өзгерістерді базаға жүктеу (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Конфликты</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>Оставить выбранное значение</source>
        <translation>Таңдалған мәнді қалдыру</translation>
    </message>
    <message>
        <source>Оставить значение из выбранного столбца</source>
        <translation>Таңдалған бағандағы мәнді қалдыру</translation>
    </message>
    <message>
        <source>Или введите новое значение:</source>
        <translation>Немесе жаңа мән енгізіңіз:</translation>
    </message>
    <message>
        <source>Записать</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <source>Устройства</source>
        <translation>Құрылғылар</translation>
    </message>
    <message>
        <source>Это устройство</source>
        <translation>Осы құрылғы</translation>
    </message>
    <message>
        <source>Код устройства</source>
        <translation>Құрылғы коды</translation>
    </message>
    <message>
        <source>Идентификатор</source>
        <translation>Сәйкестендіргіш</translation>
    </message>
    <message>
        <source>Отпечаток ключа</source>
        <translation>Кілттің саусақ ізі</translation>
    </message>
    <message>
        <source>Сохранить файл ключа…</source>
        <translation>Кілт файлын сақтау…</translation>
    </message>
    <message>
        <source>Файл ключа этого устройства для коллег: их программа будет принимать наши пакеты</source>
        <translation>Әріптестерге арналған осы құрылғының кілт файлы: олардың бағдарламасы біздің пакеттерді қабылдайтын болады</translation>
    </message>
    <message>
        <source>Устройства и их ключи</source>
        <translation>Құрылғылар және олардың кілттері</translation>
    </message>
    <message>
        <source>Зарегистрировать ключ…</source>
        <translation>Кілтті тіркеу…</translation>
    </message>
    <message>
        <source>Принимать пакеты от устройства коллеги по его файлу ключа</source>
        <translation>Әріптестің құрылғысынан пакеттерді оның кілт файлы бойынша қабылдау</translation>
    </message>
    <message>
        <source>Ключ офиса координатора</source>
        <translation>Үйлестіруші кеңсесінің кілті</translation>
    </message>
    <message>
        <source>Отметьте для ключа офиса координатора: его пакеты могут нести изменения других устройств (собранные данные, которые офис рассылает обратно). Ключу ноутбука это не нужно: он передаёт только свои изменения.</source>
        <translation>Үйлестіруші кеңсесінің кілті үшін белгілеңіз: оның пакеттерінде басқа құрылғылардың өзгерістері болуы мүмкін (кеңсе кері жіберетін жиналған деректер). Ноутбук кілтіне бұл қажет емес: ол тек өз өзгерістерін береді.</translation>
    </message>
    <message>
        <source>Отозвать ключ…</source>
        <translation>Кілтті кері қайтарып алу…</translation>
    </message>
    <message>
        <source>Больше не принимать пакеты, подписанные ключом выбранного устройства</source>
        <translation>Таңдалған құрылғының кілтімен қол қойылған пакеттерді бұдан былай қабылдамау</translation>
    </message>
    <message>
        <source>Конфликты (%1)</source>
        <translation>Қайшылықтар (%1)</translation>
    </message>
    <message>
        <source>Устройства (%1)</source>
        <translation>Құрылғылар (%1)</translation>
    </message>
    <message>
        <source>Одно и то же поле изменили на разных устройствах. Выберите строку, сравните варианты и оставьте верный или введите новое значение: решение уйдёт на другие устройства со следующим пакетом.</source>
        <translation>Бір өрісті әртүрлі құрылғыларда өзгерткен. Жолды таңдап, нұсқаларды салыстырыңыз да, дұрысын қалдырыңыз немесе жаңа мән енгізіңіз: шешім келесі пакетпен басқа құрылғыларға жіберіледі.</translation>
    </message>
    <message>
        <source>Конфликтов нет: все правки с разных устройств совпали или касались разных полей.</source>
        <translation>Қайшылықтар жоқ: әртүрлі құрылғылардағы түзетулер сәйкес келді немесе әртүрлі өрістерге қатысты болды.</translation>
    </message>
    <message>
        <source>Не выгружено изменений: %1</source>
        <translation>Шығарылмаған өзгерістер: %1</translation>
    </message>
    <message>
        <source>Все изменения выгружены</source>
        <translation>Барлық өзгерістер шығарылды</translation>
    </message>
    <message>
        <source>конфликтов: %1</source>
        <translation>қайшылықтар: %1</translation>
    </message>
    <message>
        <source>Изменений этой базы, ещё не выгруженных: %1. Нажмите «Выгрузить изменения…» и передайте файл координатору.</source>
        <translation>Осы базаның әлі шығарылмаған өзгерістері: %1. «Өзгерістерді шығару…» батырмасын басып, файлды үйлестірушіге беріңіз.</translation>
    </message>
    <message>
        <source>Все изменения этой базы уже выгружены.</source>
        <translation>Осы базаның барлық өзгерістері шығарылған.</translation>
    </message>
    <message>
        <source>Загружены пакеты от устройств: %1. Последний — от %2, %3.</source>
        <translation>Пакеттер жүктелген құрылғылар саны: %1. Соңғысы — %2 құрылғысынан, %3.</translation>
    </message>
    <message>
        <source>Пакетов от других устройств ещё не было.</source>
        <translation>Басқа құрылғылардан әлі пакет болған жоқ.</translation>
    </message>
    <message>
        <source>Открытых конфликтов: %1 — разберите их на вкладке «Конфликты».</source>
        <translation>Ашық қайшылықтар: %1 — оларды «Қайшылықтар» қойындысында қараңыз.</translation>
    </message>
    <message>
        <source>Недостаёт изменений %1 устройства %2: попросите его выгрузить изменения ещё раз.</source>
        <translation>%2 құрылғысының %1 өзгерістері жетіспейді: одан өзгерістерді қайта шығаруды сұраңыз.</translation>
    </message>
    <message>
        <source>всё, что есть в этой базе</source>
        <translation>осы базадағының бәрі</translation>
    </message>
    <message>
        <source>только то, чего нет у устройства %1</source>
        <translation>тек %1 құрылғысында жоқ нәрсе</translation>
    </message>
    <message>
        <source>Куда выгрузить изменения</source>
        <translation>Өзгерістерді қайда шығару керек</translation>
    </message>
    <message>
        <source>Выгрузка изменений…</source>
        <translation>Өзгерістерді шығару…</translation>
    </message>
    <message>
        <source>Пакет не записан.</source>
        <translation>Пакет жазылмады.</translation>
    </message>
    <message>
        <source>Файл не записан</source>
        <translation>Файл жазылмады</translation>
    </message>
    <message>
        <source>Не удалось записать файл %1: %2. Проверьте, что флешка вставлена, не защищена от записи и на ней есть место, или выберите другую папку.</source>
        <translation>%1 файлын жазу мүмкін болмады: %2. Флешканың салынғанын, жазудан қорғалмағанын және онда орын бар екенін тексеріңіз немесе басқа қалта таңдаңыз.</translation>
    </message>
    <message>
        <source>Выгрузка отменена — файл не записан.</source>
        <translation>Шығару тоқтатылды — файл жазылмады.</translation>
    </message>
    <message>
        <source>Пакет — один файл .fieldsync: его можно записать на флешку или отправить. Повторная загрузка того же пакета ничего не меняет.</source>
        <translation>Пакет — бір .fieldsync файлы: оны флешкаға жазуға немесе жіберуге болады. Сол пакетті қайта жүктеу ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>Пакет записан: %1 — изменений: %2, фото: %3, %4 КБ.</source>
        <translation>Пакет жазылды: %1 — өзгерістер: %2, фото: %3, %4 КБ.</translation>
    </message>
    <message>
        <source>Зашифрован для получателей: %1.</source>
        <translation>Алушылар үшін шифрланған: %1.</translation>
    </message>
    <message>
        <source>Ключи получателей</source>
        <translation>Алушылардың кілттері</translation>
    </message>
    <message>
        <source>только для: %1</source>
        <translation>тек мыналар үшін: %1</translation>
    </message>
    <message>
        <source>без шифрования</source>
        <translation>шифрлаусыз</translation>
    </message>
    <message>
        <source>Пакет не записан: нет ни одного зарегистрированного устройства, для которого его можно зашифровать. Зарегистрируйте ключ устройства на вкладке «Устройства» или отметьте «Без шифрования».</source>
        <translation>Пакет жазылмады: оны шифрлауға болатын бірде-бір тіркелген құрылғы жоқ. «Құрылғылар» қойындысында құрылғы кілтін тіркеңіз немесе «Шифрлаусыз» белгісін қойыңыз.</translation>
    </message>
    <message>
        <source>Пакет не зашифрован: любой, у кого окажется этот файл, может прочитать его.</source>
        <translation>Пакет шифрланбаған: бұл файл қолына түскен кез келген адам оны оқи алады.</translation>
    </message>
    <message>
        <source>для всех зарегистрированных устройств</source>
        <translation>барлық тіркелген құрылғыларға</translation>
    </message>
    <message>
        <source>Файлы ключей (*.fieldkey *.key *.json);;Все файлы (*)</source>
        <translation>Кілт файлдары (*.fieldkey *.key *.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Пакеты для загрузки</source>
        <translation>Жүктелетін пакеттер</translation>
    </message>
    <message>
        <source>Пакеты синхронизации (*.fieldsync);;Все файлы (*)</source>
        <translation>Синхрондау пакеттері (*.fieldsync);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Проверка пакетов…</source>
        <translation>Пакеттерді тексеру…</translation>
    </message>
    <message>
        <source>Загрузка пакетов…</source>
        <translation>Пакеттерді жүктеу…</translation>
    </message>
    <message>
        <source>Загрузка отменена — база не изменилась.</source>
        <translation>Жүктеу тоқтатылды — база өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Перетащите сюда файлы .fieldsync от коллег или нажмите «Загрузить пакеты…». Сначала будет показано, что изменится; в базу ничего не запишется, пока вы не нажмёте «Применить».</source>
        <translation>Әріптестерден келген .fieldsync файлдарын осында сүйреп әкеліңіз немесе «Пакеттерді жүктеу…» батырмасын басыңыз. Алдымен не өзгеретіні көрсетіледі; «Қолдану» батырмасын баспайынша базаға ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Загружено файлов: %1 из %2</source>
        <translation>Жүктелген файлдар: %1, барлығы %2</translation>
    </message>
    <message>
        <source>Предварительный просмотр: в базу ещё ничего не записано</source>
        <translation>Алдын ала қарау: базаға әлі ештеңе жазылған жоқ</translation>
    </message>
    <message>
        <source>Отменить</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Загружать нечего: все файлы отклонены, база не изменится.</source>
        <translation>Жүктейтін ештеңе жоқ: барлық файлдар қабылданбады, база өзгермейді.</translation>
    </message>
    <message>
        <source>Всё из этих файлов уже есть в базе: ничего не изменится.</source>
        <translation>Бұл файлдардағының бәрі базада бар: ештеңе өзгермейді.</translation>
    </message>
    <message>
        <source>Добавлено записей: %1.</source>
        <translation>Қосылған жазбалар: %1.</translation>
    </message>
    <message>
        <source>Будет добавлено записей: %1.</source>
        <translation>Қосылатын жазбалар: %1.</translation>
    </message>
    <message>
        <source>Обновлено полей: %1.</source>
        <translation>Жаңартылған өрістер: %1.</translation>
    </message>
    <message>
        <source>Будет обновлено полей: %1.</source>
        <translation>Жаңартылатын өрістер: %1.</translation>
    </message>
    <message>
        <source>Новых конфликтов: %1 — разберите их на вкладке «Конфликты».</source>
        <translation>Жаңа қайшылықтар: %1 — оларды «Қайшылықтар» қойындысында қараңыз.</translation>
    </message>
    <message>
        <source>Новых конфликтов: %1.</source>
        <translation>Жаңа қайшылықтар: %1.</translation>
    </message>
    <message>
        <source>Отклонено файлов: %1 — они не загружены, причина в таблице.</source>
        <translation>Қабылданбаған файлдар: %1 — олар жүктелмеді, себебі кестеде.</translation>
    </message>
    <message>
        <source>Отклонено файлов: %1 — они не будут загружены, причина в таблице.</source>
        <translation>Қабылданбаған файлдар: %1 — олар жүктелмейді, себебі кестеде.</translation>
    </message>
    <message>
        <source>Эта база оказалась старой копией: дальше она работает как новое устройство.</source>
        <translation>Бұл база ескі көшірме болып шықты: енді ол жаңа құрылғы ретінде жұмыс істейді.</translation>
    </message>
    <message>
        <source>%1: поле «%2»</source>
        <translation>%1: «%2» өрісі</translation>
    </message>
    <message>
        <source>Запись: %1. Зелёным отмечено значение, которое показано сейчас.</source>
        <translation>Жазба: %1. Қазір көрсетіліп тұрған мән жасылмен белгіленген.</translation>
    </message>
    <message>
        <source>Конфликт не выбран</source>
        <translation>Қайшылық таңдалмаған</translation>
    </message>
    <message>
        <source>Конфликт разрешён: «%1» — %2.</source>
        <translation>Қайшылық шешілді: «%1» — %2.</translation>
    </message>
    <message>
        <source>Сохранить файл ключа</source>
        <translation>Кілт файлын сақтау</translation>
    </message>
    <message>
        <source>Файл ключа сохранён: %1. Передайте его коллегам: их программа будет принимать пакеты этого устройства.</source>
        <translation>Кілт файлы сақталды: %1. Оны әріптестерге беріңіз: олардың бағдарламасы осы құрылғының пакеттерін қабылдайтын болады.</translation>
    </message>
    <message>
        <source>Файл ключа устройства</source>
        <translation>Құрылғының кілт файлы</translation>
    </message>
    <message>
        <source>Ключ офиса %1 зарегистрирован: его пакеты будут приниматься вместе с собранными в нём данными других устройств.</source>
        <translation>%1 кеңсе кілті тіркелді: оның пакеттері онда жиналған басқа құрылғылардың деректерімен бірге қабылданатын болады.</translation>
    </message>
    <message>
        <source>Ключ %1 зарегистрирован: пакеты этого устройства будут приниматься.</source>
        <translation>%1 кілті тіркелді: осы құрылғының пакеттері қабылданатын болады.</translation>
    </message>
    <message>
        <source>Отозвать ключ</source>
        <translation>Кілтті кері қайтарып алу</translation>
    </message>
    <message>
        <source>Больше не принимать пакеты устройства %1 (ключ %2)? Уже загруженные данные останутся.</source>
        <translation>%1 құрылғысының пакеттерін (кілт %2) бұдан былай қабылдамау керек пе? Жүктелген деректер сақталады.</translation>
    </message>
    <message>
        <source>Ключ %1 отозван: пакеты, подписанные им, больше не принимаются.</source>
        <translation>%1 кілті кері қайтарылды: онымен қол қойылған пакеттер бұдан былай қабылданбайды.</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>Выезд</source>
        <translation>Сапар</translation>
    </message>
    <message>
        <source>Кампания:</source>
        <translation>Науқан:</translation>
    </message>
    <message>
        <source>Название:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Например: Жамбылский район, март</source>
        <translation>Мысалы: Жамбыл ауданы, наурыз</translation>
    </message>
    <message>
        <source>Период:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>Рабочие группы:</source>
        <translation>Жұмыс топтары:</translation>
    </message>
    <message>
        <source>Отметьте группы, которые едут (пробел ставит и снимает отметку)</source>
        <translation>Сапарға шығатын топтарды белгілеңіз (бос орын пернесі белгіні қояды және алады)</translation>
    </message>
    <message>
        <source>Примечание:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <source>Сначала создайте кампанию на странице «Настройка»: выезд входит в кампанию.</source>
        <translation>Алдымен «Баптау» бетінде науқан құрыңыз: сапар науқанның құрамына кіреді.</translation>
    </message>
    <message>
        <source>В этой кампании ещё нет рабочих групп: их заводят на странице настройки кампании. Выезд можно сохранить и без них.</source>
        <translation>Бұл науқанда әлі жұмыс топтары жоқ: олар науқанды баптау бетінде қосылады. Сапарды оларсыз да сақтауға болады.</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Новый выезд</source>
        <translation>Жаңа сапар</translation>
    </message>
</context>
<context>
    <name>ToursPage</name>
    <message>
        <source>Выезды и маршруты</source>
        <translation>Сапарлар мен бағдарлар</translation>
    </message>
    <message>
        <source>Показывать только то, где есть этот текст: название, населённый пункт или описание (Ctrl+F)</source>
        <translation>Тек осы мәтін бар жазбаларды көрсету: атауы, елді мекен немесе сипаттама (Ctrl+F)</translation>
    </message>
    <message>
        <source>Новый выезд</source>
        <translation>Жаңа сапар</translation>
    </message>
    <message>
        <source>Создать выезд и его маршрут (Ctrl+N)</source>
        <translation>Сапар мен оның бағдарын құру (Ctrl+N)</translation>
    </message>
    <message>
        <source>Изменить выезд…</source>
        <translation>Сапарды өзгерту…</translation>
    </message>
    <message>
        <source>Название, период и рабочие группы выезда (Ctrl+E)</source>
        <translation>Сапардың атауы, кезеңі және жұмыс топтары (Ctrl+E)</translation>
    </message>
    <message>
        <source>Удалить выезд…</source>
        <translation>Сапарды жою…</translation>
    </message>
    <message>
        <source>Удалить выезд из списков; записанное на его остановках сохраняется</source>
        <translation>Сапарды тізімдерден жою; оның аялдамаларында жазылғандар сақталады</translation>
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
        <source>Добавить остановку…</source>
        <translation>Аялдама қосу…</translation>
    </message>
    <message>
        <source>Новая остановка маршрута после выбранной (Insert)</source>
        <translation>Таңдалғаннан кейін бағдарға жаңа аялдама (Insert)</translation>
    </message>
    <message>
        <source>Изменить…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Населённый пункт, дата и площадка остановки (F2)</source>
        <translation>Аялдаманың елді мекені, күні және алаңы (F2)</translation>
    </message>
    <message>
        <source>Перенести на другой день…</source>
        <translation>Басқа күнге ауыстыру…</translation>
    </message>
    <message>
        <source>Поменять дату остановки</source>
        <translation>Аялдаманың күнін өзгерту</translation>
    </message>
    <message>
        <source>Выше</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Переставить остановку раньше по маршруту (Alt+↑)</source>
        <translation>Аялдаманы бағдарда ертерек қою (Alt+↑)</translation>
    </message>
    <message>
        <source>Ниже</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Переставить остановку позже по маршруту (Alt+↓)</source>
        <translation>Аялдаманы бағдарда кейінірек қою (Alt+↓)</translation>
    </message>
    <message>
        <source>Удалить остановку…</source>
        <translation>Аялдаманы жою…</translation>
    </message>
    <message>
        <source>Убрать остановку из маршрута (Delete)</source>
        <translation>Аялдаманы бағдардан алып тастау (Delete)</translation>
    </message>
    <message>
        <source>Отметить остановку проведённой</source>
        <translation>Аялдаманы өтті деп белгілеу</translation>
    </message>
    <message>
        <source>Отменить…</source>
        <translation>Болдырмау…</translation>
    </message>
    <message>
        <source>Отменить остановку с указанием причины</source>
        <translation>Аялдаманы себебін көрсетіп болдырмау</translation>
    </message>
    <message>
        <source>Создать выезд (Ctrl+N)</source>
        <translation>Сапар құру (Ctrl+N)</translation>
    </message>
    <message>
        <source>Проведена</source>
        <translation>Өткізілді</translation>
    </message>
    <message>
        <source>Найти выезд: название, кампания</source>
        <translation>Сапарды іздеу: атауы, науқан</translation>
    </message>
    <message>
        <source>Вернуть в план</source>
        <translation>Жоспарға қайтару</translation>
    </message>
    <message>
        <source>Снова запланированная: отмена или отметка о проведении снимается</source>
        <translation>Қайта жоспарланған: болдырмау немесе өтті деген белгі алынады</translation>
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
        <source>%1 · остановок: %2, проведено: %3</source>
        <translation>%1 · аялдамалар: %2, өткізілгені: %3</translation>
    </message>
    <message>
        <source>В маршруте пока нет остановок: добавьте первую — Insert.</source>
        <translation>Бағдарда әзірге аялдамалар жоқ: біріншісін қосыңыз — Insert.</translation>
    </message>
    <message>
        <source>Удалить выезд</source>
        <translation>Сапарды жою</translation>
    </message>
    <message>
        <source>Удалить выезд «%1»? Он исчезнет из списков и выбора остановок; приёмы, мероприятия и фото, записанные на его остановках, сохранятся.</source>
        <translation>«%1» сапарын жою керек пе? Ол тізімдерден және аялдамаларды таңдаудан жоғалады; оның аялдамаларында жазылған қабылдаулар, іс-шаралар мен фотосуреттер сақталады.</translation>
    </message>
    <message>
        <source>Перенести остановку на другой день</source>
        <translation>Аялдаманы басқа күнге ауыстыру</translation>
    </message>
    <message>
        <source>Удалить остановку</source>
        <translation>Аялдаманы жою</translation>
    </message>
    <message>
        <source>Убрать из маршрута остановку «%1» (%2)? Записанное на ней сохранится, но в выборе остановок её больше не будет.</source>
        <translation>«%1» (%2) аялдамасын бағдардан алып тастау керек пе? Онда жазылғандар сақталады, бірақ ол енді аялдамаларды таңдауда болмайды.</translation>
    </message>
    <message>
        <source>Отменить остановку</source>
        <translation>Аялдаманы болдырмау</translation>
    </message>
    <message>
        <source>Почему отменена остановка «%1» (%2)?</source>
        <translation>«%1» (%2) аялдамасы неге болдырылмады?</translation>
    </message>
    <message>
        <source>Не отменять</source>
        <translation>Аялдаманы қалдыру</translation>
    </message>
    <message>
        <source>Остановка ещё впереди</source>
        <translation>Аялдама әлі алда</translation>
    </message>
    <message>
        <source>Остановка запланирована на %1 — отметить проведённой раньше срока?</source>
        <translation>Аялдама %1 күніне жоспарланған — мерзімінен бұрын өтті деп белгілеу керек пе?</translation>
    </message>
    <message>
        <source>Выезд — это поездка рабочей группы по маршруту: населённые пункты по порядку с датами. Выезды создаёт руководитель или координатор; они приходят и при обмене данными с коллегами.</source>
        <translation>Сапар — жұмыс тобының бағдар бойынша сапары: күндері көрсетілген, ретімен тізілген елді мекендер. Сапарларды басшы немесе үйлестіруші құрады; олар әріптестермен деректер алмасқанда да келеді.</translation>
    </message>
    <message>
        <source>Создайте выезд: Ctrl+N. Выезд — это поездка рабочей группы по маршруту: населённые пункты по порядку с датами. Выезды приходят и из плана кампании (меню «Файл» → «Импорт плана кампании»), и при обмене данными с коллегами.</source>
        <translation>Сапар құрыңыз: Ctrl+N. Сапар — жұмыс тобының бағдар бойынша сапары: күндері көрсетілген, ретімен тізілген елді мекендер. Сапарлар науқан жоспарынан да («Файл» мәзірі → «Науқан жоспарын импорттау»), әріптестермен деректер алмасқанда да келеді.</translation>
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
