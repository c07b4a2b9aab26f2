<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="ru_RU">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Применены пакеты, отложенные до обновления программы: %n</source>
        <translation>
            <numerusform>Применён %n пакет, отложенный до обновления программы</numerusform>
            <numerusform>Применены %n пакета, отложенные до обновления программы</numerusform>
            <numerusform>Применены %n пакетов, отложенных до обновления программы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Не выгружено: %n изменений</source>
        <translation>
            <numerusform>Не выгружено: %n изменение</numerusform>
            <numerusform>Не выгружено: %n изменения</numerusform>
            <numerusform>Не выгружено: %n изменений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message numerus="yes">
        <source>Житель уже обращался %n раз</source>
        <translation>
            <numerusform>Житель уже обращался %n раз</numerusform>
            <numerusform>Житель уже обращался %n раза</numerusform>
            <numerusform>Житель уже обращался %n раз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message numerus="yes">
        <source>Слишком много неудачных попыток. Следующая попытка через %n с.</source>
        <translation>
            <numerusform>Слишком много неудачных попыток. Следующая попытка через %n секунду.</numerusform>
            <numerusform>Слишком много неудачных попыток. Следующая попытка через %n секунды.</numerusform>
            <numerusform>Слишком много неудачных попыток. Следующая попытка через %n секунд.</numerusform>
        </translation>
    </message>
</context>
</TS>
