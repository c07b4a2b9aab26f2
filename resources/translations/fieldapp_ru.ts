<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="ru_RU">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Не выгружено: %n изменений</source>
        <translation>
            <numerusform>Не выгружено: %n изменение</numerusform>
            <numerusform>Не выгружено: %n изменения</numerusform>
            <numerusform>Не выгружено: %n изменений</numerusform>
        </translation>
    </message>
</context>
</TS>
