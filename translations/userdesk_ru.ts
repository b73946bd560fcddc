<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Proprietary software; all rights reserved.</source>
        <translation>Проприетарное программное обеспечение; все права защищены.</translation>
    </message>
    <message>
        <source>Licence: %1.</source>
        <translation>Лицензия: %1.</translation>
    </message>
    <message>
        <source>About Userdesk</source>
        <translation>О программе Userdesk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Browse, edit, import, export and delete Wazzup employees and WoowUp customers, with a snapshot of every deleted record that you can restore.</source>
        <translation>Просмотр, редактирование, импорт, экспорт и удаление сотрудников Wazzup и клиентов WoowUp; копия каждой удалённой записи сохраняется, и её можно восстановить.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Собрано с Qt %1, работает на Qt %2.</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>form: %1</source>
        <translation>форма: %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>service UID</source>
        <translation>внешний ID</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>тип документа</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>street</source>
        <translation>улица</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>индекс</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>department</source>
        <translation>район</translation>
    </message>
    <message>
        <source>state</source>
        <translation>штат или провинция</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>marital status</source>
        <translation>семейное положение</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>теги</translation>
    </message>
    <message>
        <source>points</source>
        <translation>баллы</translation>
    </message>
    <message>
        <source>Wazzup accepts at most 100 users in one request.</source>
        <translation>Wazzup принимает не больше 100 пользователей за один запрос.</translation>
    </message>
    <message>
        <source>The Wazzup account already has the maximum number of users (1,000). Delete users who no longer need access before adding new ones.</source>
        <translation>В аккаунте Wazzup уже максимальное число пользователей (1000). Прежде чем добавлять новых, удалите тех, кому доступ больше не нужен.</translation>
    </message>
    <message>
        <source>Wazzup did not accept user “%1”: the %2 is missing or not valid.</source>
        <translation>Wazzup не принял пользователя «%1»: поле «%2» не заполнено или заполнено неверно.</translation>
    </message>
    <message>
        <source>Wazzup did not accept the user data: the %1 is missing or not valid.</source>
        <translation>Wazzup не принял данные пользователя: поле «%1» не заполнено или заполнено неверно.</translation>
    </message>
    <message>
        <source>Wazzup did not accept the user data: a required field is empty or a value is not valid.</source>
        <translation>Wazzup не принял данные пользователя: обязательное поле не заполнено или значение неверно.</translation>
    </message>
    <message>
        <source>Wazzup did not accept the request.</source>
        <translation>Wazzup не принял запрос.</translation>
    </message>
    <message>
        <source>Wazzup did not accept the request: %1.</source>
        <translation>Wazzup не принял запрос: %1.</translation>
    </message>
    <message>
        <source>WoowUp did not accept the customer data.</source>
        <translation>WoowUp не принял данные клиента.</translation>
    </message>
    <message>
        <source>WoowUp did not accept the customer data: %1.</source>
        <translation>WoowUp не принял данные клиента: %1.</translation>
    </message>
    <message>
        <source>WoowUp did not accept the data of customer “%1”.</source>
        <translation>WoowUp не принял данные клиента «%1».</translation>
    </message>
    <message>
        <source>WoowUp did not accept the data of customer “%1”: %2.</source>
        <translation>WoowUp не принял данные клиента «%1»: %2.</translation>
    </message>
    <message>
        <source>The address “%1” is not a valid web address. Check the base URL in the connection settings.</source>
        <translation>«%1» не является правильным веб-адресом. Проверьте адрес в настройках аккаунта.</translation>
    </message>
    <message>
        <source>The address “%1” does not use HTTPS. API keys are only sent over HTTPS; plain HTTP is allowed only to this computer.</source>
        <translation>Адрес «%1» не использует HTTPS. API-ключи передаются только по HTTPS; обычный HTTP разрешён только для этого компьютера.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check the internet connection and try again.</source>
        <translation>
            <numerusform>%1 не ответил за %n секунду. Проверьте подключение к интернету и повторите попытку.</numerusform>
            <numerusform>%1 не ответил за %n секунды. Проверьте подключение к интернету и повторите попытку.</numerusform>
            <numerusform>%1 не ответил за %n секунд. Проверьте подключение к интернету и повторите попытку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect to %1: the server at %2 refused the connection. Check the base URL in the connection settings.</source>
        <translation>Не удалось подключиться к %1: сервер %2 отклонил подключение. Проверьте адрес в настройках аккаунта.</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the base URL in the connection settings and the internet connection.</source>
        <translation>Сервер %1 не найден. Проверьте адрес в настройках аккаунта и подключение к интернету.</translation>
    </message>
    <message>
        <source>%1 closed the connection before its answer arrived. Try again.</source>
        <translation>%1 закрыл соединение, не отправив ответ. Повторите попытку.</translation>
    </message>
    <message>
        <source>Could not reach %1 because of a network problem. Check the internet connection and try again.</source>
        <translation>Не удалось связаться с %1 из-за проблемы с сетью. Проверьте подключение к интернету и повторите попытку.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established (%2). Userdesk does not send data to a server whose certificate cannot be verified.</source>
        <translation>Не удалось установить защищённое соединение с %1 (%2). Userdesk не отправляет данные на сервер, сертификат которого нельзя проверить.</translation>
    </message>
    <message>
        <source>%1 sent an answer that Userdesk cannot read. Try again; if this keeps happening, check that the base URL points to the %1 API.</source>
        <translation>%1 прислал ответ, который Userdesk не может прочитать. Повторите попытку; если ошибка повторяется, проверьте, что адрес в настройках аккаунта указывает на API %1.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>Wazzup refused this action for the API key. Check that the key in the connection settings is correct and allowed to manage users.</source>
        <translation>Wazzup запретил это действие для данного API-ключа. Проверьте, что ключ в настройках аккаунта указан верно и имеет право управлять пользователями.</translation>
    </message>
    <message>
        <source>%1 did not accept the API key. Check the key in the connection settings.</source>
        <translation>%1 не принял API-ключ. Проверьте ключ в настройках аккаунта.</translation>
    </message>
    <message>
        <source>A customer with the same %1 already exists in WoowUp.</source>
        <translation>В WoowUp уже есть клиент с таким же значением поля «%1».</translation>
    </message>
    <message>
        <source>This customer already exists in WoowUp.</source>
        <translation>Такой клиент уже есть в WoowUp.</translation>
    </message>
    <message>
        <source>User “%1” was not found in Wazzup; it may have been deleted already.</source>
        <translation>Пользователь «%1» не найден в Wazzup; возможно, он уже удалён.</translation>
    </message>
    <message>
        <source>The user was not found in Wazzup; it may have been deleted already.</source>
        <translation>Пользователь не найден в Wazzup; возможно, он уже удалён.</translation>
    </message>
    <message>
        <source>Customer “%1” was not found in WoowUp.</source>
        <translation>Клиент «%1» не найден в WoowUp.</translation>
    </message>
    <message>
        <source>No matching record was found in WoowUp.</source>
        <translation>В WoowUp не найдено подходящей записи.</translation>
    </message>
    <message>
        <source>The requested record was not found.</source>
        <translation>Запрошенная запись не найдена.</translation>
    </message>
    <message>
        <source>%1 does not offer this action at this address. Check that the base URL in the connection settings points to the %1 API.</source>
        <translation>%1 не поддерживает это действие по этому адресу. Проверьте, что адрес в настройках аккаунта указывает на API %1.</translation>
    </message>
    <message>
        <source>The %1 account of this API key has been deleted.</source>
        <translation>Аккаунт %1, к которому относится этот API-ключ, удалён.</translation>
    </message>
    <message>
        <source>%1 received too many requests from this account. Wait a minute and try again.</source>
        <translation>%1 получил слишком много запросов от этого аккаунта. Подождите минуту и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 reported an internal error. Try again later; if the problem persists, contact %1 support.</source>
        <translation>%1 сообщил о внутренней ошибке. Повторите попытку позже; если ошибка не исчезнет, обратитесь в поддержку %1.</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable (HTTP %2). Try again in a few minutes.</source>
        <translation>%1 временно недоступен (HTTP %2). Повторите попытку через несколько минут.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2): %3.</source>
        <translation>%1 отклонил запрос (HTTP %2): %3.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 отклонил запрос (HTTP %2).</translation>
    </message>
    <message>
        <source>“Club member since” date</source>
        <translation>дата «В клубе с»</translation>
    </message>
</context>
<context>
    <name>ApiRequest</name>
    <message>
        <source>the server ended the connection during the TLS handshake</source>
        <translation>сервер разорвал соединение во время согласования TLS</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Demo shop</source>
        <translation>Демо-магазин</translation>
    </message>
    <message>
        <source>Demo team</source>
        <translation>Демо-команда</translation>
    </message>
    <message>
        <source>No system keychain is available: the key will be kept only until Userdesk closes.</source>
        <translation>Системная связка ключей недоступна: ключ будет храниться только до закрытия Userdesk.</translation>
    </message>
    <message>
        <source>Connected: the key works.</source>
        <translation>Подключено: ключ работает.</translation>
    </message>
</context>
<context>
    <name>BulkDelete</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The local journal is not open.</source>
        <translation>Локальный журнал не открыт.</translation>
    </message>
    <message>
        <source>Nothing was deleted, because the local journal could not be written: %1</source>
        <translation>Ничего не удалено, потому что не удалось записать локальный журнал: %1</translation>
    </message>
    <message>
        <source>the local journal is not open.</source>
        <translation>локальный журнал не открыт.</translation>
    </message>
    <message>
        <source>not deleted, because the deletion was cancelled.</source>
        <translation>не удалено: удаление отменено.</translation>
    </message>
    <message>
        <source>not deleted, because the local journal could not be written.</source>
        <translation>не удалено: не удалось записать локальный журнал.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n выбран</numerusform>
            <numerusform>%n выбрано</numerusform>
            <numerusform>%n выбрано</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDeleteReport</name>
    <message>
        <source>not sent yet</source>
        <translation>ещё не отправлено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>уже удалено ранее</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>не удалено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Не удалось сохранить отчёт в %1: %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>changed since, left alone</source>
        <translation>изменено с тех пор, оставлено как есть</translation>
    </message>
</context>
<context>
    <name>BulkDeleteWazzup</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not deleted: the account was closed.</source>
        <translation>не удалено: аккаунт закрыт в Userdesk.</translation>
    </message>
    <message>
        <source>not deleted, because its full record could not be read first. %1</source>
        <translation>не удалено: не удалось предварительно прочитать полную запись. %1</translation>
    </message>
    <message>
        <source>the server did not say whether it was deleted.</source>
        <translation>сервер не сообщил, удалена ли запись.</translation>
    </message>
</context>
<context>
    <name>BulkDeleteWoowUp</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not deleted: the account was closed.</source>
        <translation>не удалено: аккаунт закрыт в Userdesk.</translation>
    </message>
    <message>
        <source>not deleted, because its full record could not be read first. %1</source>
        <translation>не удалено: не удалось предварительно прочитать полную запись. %1</translation>
    </message>
    <message>
        <source>not deleted: the customer has no e-mail, document, telephone or external ID to delete it by.</source>
        <translation>не удалено: у клиента нет эл. почты, документа, телефона или внешнего ID, по которым его можно удалить.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Choose the column with the user ID: Wazzup needs it.</source>
        <translation>Выберите столбец с ID пользователя: он обязателен для Wazzup.</translation>
    </message>
    <message>
        <source>Choose the column with the user’s name: Wazzup needs it.</source>
        <translation>Выберите столбец с именем пользователя: оно обязательно для Wazzup.</translation>
    </message>
    <message>
        <source>Choose at least one column that identifies the customer: an external ID, an e-mail address, a document number or a telephone number.</source>
        <translation>Выберите хотя бы один столбец, по которому можно определить клиента: внешний ID, адрес эл. почты, номер документа или номер телефона.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Someone changed these fields on the server while you were editing. Nothing was saved yet: choose which value to keep, then save again.</source>
        <translation>Пока вы редактировали, кто-то изменил эти поля на сервере. Ничего ещё не сохранено: выберите, какое значение оставить, и сохраните снова.</translation>
    </message>
    <message>
        <source>%1: now %2 on the server, yours %3.</source>
        <translation>%1: на сервере теперь %2, у вас %3.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Use the server’s</source>
        <translation>Взять с сервера</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>Can receive</source>
        <translation>Может получать</translation>
    </message>
    <message>
        <source>Can&apos;t receive</source>
        <translation>Не может получать</translation>
    </message>
    <message>
        <source>“Not set” sends nothing for this channel, so WoowUp keeps what it has.</source>
        <translation>При значении «Не задано» по этому каналу ничего не отправляется, и WoowUp оставляет текущее значение.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Причина не указана</translation>
    </message>
    <message>
        <source>WoowUp stores “Can receive” for a new customer unless you choose otherwise.</source>
        <translation>Для нового клиента WoowUp сохраняет «Может получать», если не выбрать иное.</translation>
    </message>
</context>
<context>
    <name>ConsentReasons</name>
    <message>
        <source>Bounced</source>
        <translation>Недоставка</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Отписка</translation>
    </message>
    <message>
        <source>Reported as spam</source>
        <translation>Жалоба на спам</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The file is not open for writing.</source>
        <translation>Файл не открыт для записи.</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Файл не открыт для чтения.</translation>
    </message>
    <message>
        <source>The encoding “%1” is not supported. Choose another one.</source>
        <translation>Кодировка «%1» не поддерживается. Выберите другую.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <source>The file ends inside a quoted cell that starts on line %1. A closing quote (%2) is probably missing on that line.</source>
        <translation>Файл заканчивается внутри ячейки в кавычках, которая начинается в строке %1. Вероятно, в этой строке не хватает закрывающей кавычки (%2).</translation>
    </message>
    <message>
        <source>The file “%1” could not be opened: %2</source>
        <translation>Не удалось открыть файл «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Row %1: the cell in column %2 is longer than %n character(s); it was cut.</source>
        <translation>
            <numerusform>Строка %1: ячейка в столбце %2 длиннее %n символа; она обрезана.</numerusform>
            <numerusform>Строка %1: ячейка в столбце %2 длиннее %n символов; она обрезана.</numerusform>
            <numerusform>Строка %1: ячейка в столбце %2 длиннее %n символов; она обрезана.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 has more than %n cell(s); the cells after that were left out.</source>
        <translation>
            <numerusform>В строке %1 больше %n ячейки; лишние ячейки пропущены.</numerusform>
            <numerusform>В строке %1 больше %n ячеек; лишние ячейки пропущены.</numerusform>
            <numerusform>В строке %1 больше %n ячеек; лишние ячейки пропущены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomAttributeEditor</name>
    <message>
        <source>Attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Choose an attribute or type a new name</source>
        <translation>Выберите атрибут или введите новое название</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор из списка</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Да или нет</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Not defined</source>
        <translation>Не определён</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This account does not define this attribute.</source>
        <translation>В этом аккаунте такой атрибут не определён.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>yyyy-mm-dd hh:mm:ss</source>
        <translation>гггг-мм-дд чч:мм:сс</translation>
    </message>
    <message>
        <source>A date like 2017-08-03, or a date and time like 2017-08-03 14:00:00. Leave it empty to clear the value.</source>
        <translation>Дата, например 2017-08-03, или дата и время, например 2017-08-03 14:00:00. Оставьте поле пустым, чтобы очистить значение.</translation>
    </message>
    <message>
        <source>e.g. 5 or 20.3</source>
        <translation>например, 5 или 20.3</translation>
    </message>
    <message>
        <source>Leave it empty to clear the value.</source>
        <translation>Оставьте поле пустым, чтобы очистить значение.</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>значения через запятую</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear this attribute&apos;s value on the customer: saving sends an empty value for it</source>
        <translation>Очистить значение этого атрибута у клиента: при сохранении будет отправлено пустое значение</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Идентификаторы</translation>
    </message>
    <message>
        <source>Your shop&apos;s or CRM&apos;s ID</source>
        <translation>ID в вашем магазине или CRM</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>&amp;Внешний ID:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>e.g. DNI, passport</source>
        <translation>например, DNI, паспорт</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>гггг-мм-дд</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Холост / не замужем</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>В отношениях</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Женат / замужем</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>В разводе</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Вдовец / вдова</translation>
    </message>
    <message>
        <source>separated by commas, e.g. vip, newsletter</source>
        <translation>через запятую, например: vip, newsletter</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>yyyy-mm-dd or yyyy-mm-dd hh:mm:ss</source>
        <translation>гггг-мм-дд или гггг-мм-дд чч:мм:сс</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Ф&amp;амилия:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>&amp;Баллы:</translation>
    </message>
    <message>
        <source>&amp;Club member since:</source>
        <translation>В &amp;клубе с:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>three-letter ISO code, e.g. ARG</source>
        <translation>трёхбуквенный код ISO, например ARG</translation>
    </message>
    <message>
        <source>A country name or two-letter code is turned into the three-letter code when you leave the field.</source>
        <translation>Когда вы уходите из поля, название страны или двухбуквенный код заменяется трёхбуквенным кодом.</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>State or pro&amp;vince:</source>
        <translation>&amp;Штат или провинция:</translation>
    </message>
    <message>
        <source>Channel consent</source>
        <translation>Согласие по каналам</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>Дополнительные атрибуты</translation>
    </message>
    <message>
        <source>Custom attribute %1</source>
        <translation>Дополнительный атрибут %1</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Редактирование клиента</translation>
    </message>
    <message>
        <source>WoowUp customer %1</source>
        <translation>Клиент WoowUp %1</translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation>%1, создан %2</translation>
    </message>
    <message>
        <source>%1, last updated %2</source>
        <translation>%1, изменён %2</translation>
    </message>
    <message>
        <source>%1. This customer is blocked.</source>
        <translation>%1. Этот клиент заблокирован.</translation>
    </message>
    <message>
        <source>Enter the points as a whole number, like 150, or leave the field empty.</source>
        <translation>Укажите баллы целым числом, например 150, или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Document t&amp;ype:</source>
        <translation>&amp;Тип документа:</translation>
    </message>
    <message>
        <source>Telep&amp;hone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>Marital stat&amp;us:</source>
        <translation>Се&amp;мейное положение:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Т&amp;еги:</translation>
    </message>
    <message>
        <source>St&amp;reet:</source>
        <translation>&amp;Улица:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>И&amp;ндекс:</translation>
    </message>
    <message>
        <source>Dep&amp;artment:</source>
        <translation>Ра&amp;йон:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>A new customer can receive every channel unless you choose otherwise: that is what WoowUp stores when a channel is not sent.</source>
        <translation>Новый клиент может получать сообщения по всем каналам, если не выбрать иное: именно это WoowUp сохраняет, когда канал не передан.</translation>
    </message>
    <message>
        <source>can receive</source>
        <translation>может получать</translation>
    </message>
    <message>
        <source>can&apos;t receive</source>
        <translation>не может получать</translation>
    </message>
    <message>
        <source>can&apos;t receive (%1)</source>
        <translation>не может получать (%1)</translation>
    </message>
    <message>
        <source>WoowUp kept “%1” when you cleared this field: it was not removed.</source>
        <translation>WoowUp оставил «%1», хотя вы очистили это поле: значение не удалено.</translation>
    </message>
    <message>
        <source>WoowUp can&apos;t remove a customer&apos;s points; enter 0 to set them to none.</source>
        <translation>WoowUp не может удалить баллы клиента; введите 0, чтобы обнулить их.</translation>
    </message>
    <message>
        <source>Changed on the server while you edited: choose above which value to keep.</source>
        <translation>Изменено на сервере, пока вы редактировали: выберите выше, какое значение оставить.</translation>
    </message>
    <message>
        <source>WoowUp cannot remove a marital status once it is set; another one can be chosen.</source>
        <translation>WoowUp не может убрать семейное положение, если оно задано; можно выбрать другое.</translation>
    </message>
    <message>
        <source>E-&amp;mail consent:</source>
        <translation>Согласие на эл. п&amp;очту:</translation>
    </message>
    <message>
        <source>&amp;WhatsApp consent:</source>
        <translation>Согласие на &amp;WhatsApp:</translation>
    </message>
    <message>
        <source>&amp;SMS consent:</source>
        <translation>Согласие на &amp;SMS:</translation>
    </message>
</context>
<context>
    <name>CustomerFormFlow</name>
    <message>
        <source>Reading the customer…</source>
        <translation>Чтение клиента…</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmDialog</name>
    <message>
        <source>Delete records</source>
        <translation>Удаление записей</translation>
    </message>
    <message>
        <source>A copy of each record is kept on this computer first, so that you can restore it later from “Recently deleted…”.</source>
        <translation>Сначала копия каждой записи сохраняется на этом компьютере, чтобы позже её можно было восстановить в окне «Недавно удалённые…».</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…и ещё %n.</numerusform>
            <numerusform>…и ещё %n.</numerusform>
            <numerusform>…и ещё %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteProgressDialog</name>
    <message>
        <source>Deleting records</source>
        <translation>Удаление записей</translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation>&amp;Повторить для не удалённых</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Сохранить отчёт…</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the answers to the requests already sent…</source>
        <translation>Отмена: ожидание ответов на уже отправленные запросы…</translation>
    </message>
    <message numerus="yes">
        <source>Deleting… %1 of %n record(s) done.</source>
        <translation>
            <numerusform>Удаление… Готово %1 из %n записи.</numerusform>
            <numerusform>Удаление… Готово %1 из %n записей.</numerusform>
            <numerusform>Удаление… Готово %1 из %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted.</source>
        <translation>
            <numerusform>Удалена %n запись.</numerusform>
            <numerusform>Удалено %n записи.</numerusform>
            <numerusform>Удалено %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were already gone.</source>
        <translation>
            <numerusform>%n запись уже была удалена ранее.</numerusform>
            <numerusform>%n записи уже были удалены ранее.</numerusform>
            <numerusform>%n записей уже были удалены ранее.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were not deleted; see below why.</source>
        <translation>
            <numerusform>%n запись не удалена; причины — ниже.</numerusform>
            <numerusform>%n записи не удалены; причины — ниже.</numerusform>
            <numerusform>%n записей не удалено; причины — ниже.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already gone, nothing to delete.</source>
        <translation>%1: уже удалено ранее, удалять нечего.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>deletion-report.csv</source>
        <translation>отчёт-об-удалении.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open Recently &amp;deleted…</source>
        <translation>&amp;Открыть «Недавно удалённые»…</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsModel</name>
    <message>
        <source>Deleted at</source>
        <translation>Время удаления</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>For &amp;Excel: UTF-8 with a byte order mark</source>
        <translation>Для &amp;Excel: UTF-8 с меткой порядка байтов (BOM)</translation>
    </message>
    <message>
        <source>&amp;Protect against formulas: put &apos; before cells that start with =, +, - or @</source>
        <translation>&amp;Защита от формул: &apos; перед ячейками с =, +, - или @</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n loaded row(s)</source>
        <translation>
            <numerusform>&amp;Все загруженные строки (%n)</numerusform>
            <numerusform>&amp;Все загруженные строки (%n)</numerusform>
            <numerusform>&amp;Все загруженные строки (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n &amp;selected row(s)</source>
        <translation>
            <numerusform>&amp;Только выделенные строки (%n)</numerusform>
            <numerusform>&amp;Только выделенные строки (%n)</numerusform>
            <numerusform>&amp;Только выделенные строки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the &amp;selected rows (none are selected)</source>
        <translation>&amp;Только выделенные строки (ничего не выделено)</translation>
    </message>
    <message>
        <source>Excel reads a UTF-8 file without it in the local code page and garbles Cyrillic and accented letters. Other programs may show it as stray characters at the start.</source>
        <translation>Без неё Excel читает файл UTF-8 в локальной кодировке и искажает кириллицу и буквы с диакритикой. Другие программы могут показать её как лишние символы в начале файла.</translation>
    </message>
    <message>
        <source>A spreadsheet runs such a cell as a formula, which a malicious record could use. Turn it off only to open the file in a program other than a spreadsheet.</source>
        <translation>Электронная таблица выполняет такую ячейку как формулу, чем может воспользоваться вредоносная запись. Отключайте защиту, только если файл будет открываться не в электронной таблице.</translation>
    </message>
    <message>
        <source>userdesk</source>
        <translation>userdesk</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>More rows are on the server. Scroll to the end of the table (or search) to load the ones you want to export.</source>
        <translation>На сервере есть ещё строки. Прокрутите таблицу до конца (или воспользуйтесь поиском), чтобы загрузить те, которые нужно экспортировать.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Строки:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>Нет таблицы для экспорта.</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>Не удалось создать «%1»: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Не удалось сохранить «%1»: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>E&amp;very customer in the account (loaded from the server)</source>
        <translation>&amp;Каждый клиент аккаунта (загрузить с сервера)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>CSV (text, opens in any spreadsheet)</source>
        <translation>CSV (текст, открывается в любой программе таблиц)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Запятая (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Точка с запятой (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Excel splits a CSV file into columns by the list separator of the system&apos;s region: a semicolon where numbers are written with a decimal comma (Spanish, Russian), a comma elsewhere.</source>
        <translation>Excel делит файл CSV на столбцы по разделителю списков из региональных настроек системы: точка с запятой там, где в числах десятичная запятая (русский, испанский), иначе запятая.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Не удалось создать папку «%1».</translation>
    </message>
    <message>
        <source>Loading every customer…</source>
        <translation>Загрузка всех клиентов…</translation>
    </message>
    <message numerus="yes">
        <source>Loading every customer: %n loaded…</source>
        <translation>
            <numerusform>Загрузка всех клиентов: загружен %n…</numerusform>
            <numerusform>Загрузка всех клиентов: загружено %n…</numerusform>
            <numerusform>Загрузка всех клиентов: загружено %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>The customers could not be loaded: %1</source>
        <translation>Не удалось загрузить клиентов: %1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Книги Excel (*.xlsx);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>FieldProblemLabel</name>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n problem(s) before saving: %1</source>
        <translation>
            <numerusform>Перед сохранением исправьте %n ошибку: %1</numerusform>
            <numerusform>Перед сохранением исправьте %n ошибки: %1</numerusform>
            <numerusform>Перед сохранением исправьте %n ошибок: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (и ещё %n)</numerusform>
            <numerusform>%1 (и ещё %n)</numerusform>
            <numerusform>%1 (и ещё %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix %n problem(s) before saving:</source>
        <translation>
            <numerusform>Перед сохранением исправьте %n ошибку:</numerusform>
            <numerusform>Перед сохранением исправьте %n ошибки:</numerusform>
            <numerusform>Перед сохранением исправьте %n ошибок:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
</context>
<context>
    <name>FieldSynonyms</name>
    <message>
        <source>Custom attribute “%1”</source>
        <translation>Дополнительный атрибут «%1»</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID пользователя</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Внешний ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Адрес (улица и дом)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Штат или провинция</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Семейное положение</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Reason WhatsApp is off</source>
        <translation>Причина отказа от WhatsApp</translation>
    </message>
    <message>
        <source>Club member since</source>
        <translation>В клубе с</translation>
    </message>
    <message>
        <source>E-mail consent</source>
        <translation>Согласие на эл. почту</translation>
    </message>
    <message>
        <source>Reason e-mail is off</source>
        <translation>Причина отключения эл. почты</translation>
    </message>
    <message>
        <source>WhatsApp consent</source>
        <translation>Согласие на WhatsApp</translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation>Согласие на SMS</translation>
    </message>
    <message>
        <source>Reason SMS is off</source>
        <translation>Причина отказа от SMS</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>Userdesk imports CSV and other text files, Excel workbooks (.xlsx) and OpenDocument spreadsheets (.ods).</source>
        <translation>Userdesk импортирует CSV и другие текстовые файлы, книги Excel (.xlsx) и электронные таблицы OpenDocument (.ods).</translation>
    </message>
    <message>
        <source>This is an Excel 97–2003 workbook (.xls), which Userdesk does not read: open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>Это книга Excel 97–2003 (.xls), которую Userdesk не читает: откройте её в Excel или LibreOffice и сохраните как .xlsx или CSV.</translation>
    </message>
    <message>
        <source>This workbook is password-protected: save it without a password and choose it again.</source>
        <translation>Эта книга защищена паролем: сохраните её без пароля и выберите снова.</translation>
    </message>
    <message>
        <source>not a table</source>
        <translation>не таблица</translation>
    </message>
    <message>
        <source>This file is %1. %2</source>
        <translation>Этот файл — %1. %2</translation>
    </message>
</context>
<context>
    <name>FileFormatSniffer</name>
    <message>
        <source>a damaged zip archive</source>
        <translation>повреждённый zip-архив</translation>
    </message>
    <message>
        <source>an OpenDocument text document (.odt)</source>
        <translation>текстовый документ OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>an OpenDocument presentation (.odp)</source>
        <translation>презентация OpenDocument (.odp)</translation>
    </message>
    <message>
        <source>an e-book (EPUB)</source>
        <translation>электронная книга (EPUB)</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>документ Word (.docx)</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx)</source>
        <translation>презентация PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>a password-protected zip archive</source>
        <translation>zip-архив, защищённый паролем</translation>
    </message>
    <message>
        <source>a zip archive without a workbook in it</source>
        <translation>zip-архив без книги внутри</translation>
    </message>
    <message>
        <source>a Word 97–2003 document (.doc)</source>
        <translation>документ Word 97–2003 (.doc)</translation>
    </message>
    <message>
        <source>a PowerPoint 97–2003 presentation (.ppt)</source>
        <translation>презентация PowerPoint 97–2003 (.ppt)</translation>
    </message>
    <message>
        <source>an Office 97–2003 file that is not a workbook</source>
        <translation>файл Office 97–2003, но не книга</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>изображение PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>изображение JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>изображение GIF</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>изображение TIFF</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>архив gzip</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>архив 7-Zip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>архив RAR</translation>
    </message>
    <message>
        <source>a program, not a table</source>
        <translation>программа, а не таблица</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>документ RTF</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>изображение WebP</translation>
    </message>
    <message>
        <source>a binary file, not text</source>
        <translation>двоичный файл, а не текст</translation>
    </message>
    <message>
        <source>a file that cannot be read</source>
        <translation>файл, который не удаётся прочитать</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>until I clear it</source>
        <translation>пока я её не очищу</translation>
    </message>
    <message>
        <source>for a year</source>
        <translation>один год</translation>
    </message>
    <message numerus="yes">
        <source>for %n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Every change Userdesk sent to this account, newest first. Undo takes one back: what it created is deleted, the fields it changed get their earlier values, what it deleted is created again. An undo is in the history too, so it can be undone.</source>
        <translation>Все изменения, которые Userdesk отправил в этот аккаунт, новые сверху. Отмена возвращает одно из них: созданное удаляется, изменённые поля получают прежние значения, удалённое создаётся снова. Отмена тоже попадает в историю, и её можно отменить.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Keep the history:</source>
        <translation>Хранить историю:</translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Отменить…</translation>
    </message>
    <message>
        <source>&amp;Overwrite changes…</source>
        <translation>&amp;Перезаписать изменения…</translation>
    </message>
    <message>
        <source>Undo again, also for the records that changed on the server since and were left alone</source>
        <translation>Отменить ещё раз, в том числе для записей, которые с тех пор изменились на сервере и остались как есть</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>О&amp;чистить историю…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 из %n записи</numerusform>
            <numerusform>%1 из %n записей</numerusform>
            <numerusform>%1 из %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the undo?</source>
        <translation>Остановить отмену?</translation>
    </message>
    <message>
        <source>An undo is running. Stop it and close? What it has reverted stays reverted; it can be taken up again from the History.</source>
        <translation>Идёт отмена. Остановить её и закрыть? Уже возвращённое останется возвращённым; продолжить можно из истории.</translation>
    </message>
    <message>
        <source>Records of no. %1 (%2 %3):</source>
        <translation>Записи № %1 (%2 %3):</translation>
    </message>
    <message>
        <source>&amp;Resume the undo</source>
        <translation>&amp;Продолжить отмену</translation>
    </message>
    <message>
        <source>Already undone by no. %1: undo that one to have the changes back.</source>
        <translation>Уже отменено операцией № %1: отмените её, чтобы вернуть изменения.</translation>
    </message>
    <message>
        <source>It changed nothing on the server.</source>
        <translation>Она ничего не изменила на сервере.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) it created will be deleted.</source>
        <translation>
            <numerusform>%n созданная ею запись будет удалена.</numerusform>
            <numerusform>%n созданные ею записи будут удалены.</numerusform>
            <numerusform>%n созданных ею записей будут удалены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) it changed get the earlier values of those fields back.</source>
        <translation>
            <numerusform>%n изменённой ею записи вернутся прежние значения этих полей.</numerusform>
            <numerusform>%n изменённым ею записям вернутся прежние значения этих полей.</numerusform>
            <numerusform>%n изменённым ею записям вернутся прежние значения этих полей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) it deleted will be created again.</source>
        <translation>
            <numerusform>%n удалённая ею запись будет создана снова.</numerusform>
            <numerusform>%n удалённые ею записи будут созданы снова.</numerusform>
            <numerusform>%n удалённых ею записей будут созданы снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each record is read first: one that changed on the server since is left alone and listed.</source>
        <translation>Сначала читается каждая запись: изменённая с тех пор на сервере остаётся как есть и попадает в список.</translation>
    </message>
    <message>
        <source>Undo no. %1?</source>
        <translation>Отменить № %1?</translation>
    </message>
    <message>
        <source>Undo no. %1 (%2 %3)?</source>
        <translation>Отменить № %1 (%2 %3)?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Overwrite changes?</source>
        <translation>Перезаписать изменения?</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on the server after no. %1 and were left alone.</source>
        <translation>
            <numerusform>%n запись изменилась на сервере после № %1 и осталась как есть.</numerusform>
            <numerusform>%n записи изменились на сервере после № %1 и остались как есть.</numerusform>
            <numerusform>%n записей изменились на сервере после № %1 и остались как есть.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Перезаписать</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>Очистить историю?</translation>
    </message>
    <message>
        <source>Clear this account’s history?</source>
        <translation>Очистить историю этого аккаунта?</translation>
    </message>
    <message>
        <source>The operations and the copies of the records they changed are removed from this computer. They can no longer be undone, and deleted records can no longer be restored. Nothing changes on the server.</source>
        <translation>Операции и копии изменённых ими записей удаляются с этого компьютера. Их больше нельзя будет отменить, а удалённые записи — восстановить. На сервере ничего не меняется.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <source>Kept on this computer only, readable by you alone: %1 (%2).</source>
        <translation>Хранится только на этом компьютере, доступно только вам: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) reverted.</source>
        <translation>
            <numerusform>Возвращена %n запись.</numerusform>
            <numerusform>Возвращены %n записи.</numerusform>
            <numerusform>Возвращено %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on the server since and were left alone: see them below; Overwrite changes… reverts them too.</source>
        <translation>
            <numerusform>%n запись с тех пор изменилась на сервере и осталась как есть: см. ниже; «Перезаписать изменения…» вернёт и её.</numerusform>
            <numerusform>%n записи с тех пор изменились на сервере и остались как есть: см. ниже; «Перезаписать изменения…» вернёт и их.</numerusform>
            <numerusform>%n записей с тех пор изменились на сервере и остались как есть: см. ниже; «Перезаписать изменения…» вернёт и их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be reverted: see why below; Undo again tries them again.</source>
        <translation>
            <numerusform>%n запись не удалось вернуть: причина ниже; повторная отмена попробует снова.</numerusform>
            <numerusform>%n записи не удалось вернуть: причина ниже; повторная отмена попробует снова.</numerusform>
            <numerusform>%n записей не удалось вернуть: причина ниже; повторная отмена попробует снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>История «%1»</translation>
    </message>
    <message>
        <source>Undo no. %1 again and overwrite them: what the server holds now is replaced by the values from before no. %1. This goes into the history too and can be undone.</source>
        <translation>Отменить № %1 ещё раз и перезаписать их: то, что сейчас на сервере, заменится значениями до № %1. Это тоже попадёт в историю, и это можно отменить.</translation>
    </message>
    <message>
        <source>The undo of no. %1 was interrupted before it finished. Open File › History… to resume it.</source>
        <translation>Отмена № %1 была прервана до конца. Откройте «Файл › История…», чтобы продолжить её.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Form save</source>
        <translation>Сохранение формы</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Undo of no. %1</source>
        <translation>Отмена № %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n changed</source>
        <translation>
            <numerusform>изменено %1 из %n</numerusform>
            <numerusform>изменено %1 из %n</numerusform>
            <numerusform>изменено %1 из %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Прервана</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Undone by no. %1</source>
        <translation>Отменена операцией № %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Остановлена</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>ImportChangesModel</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record or field</source>
        <translation>Запись или поле</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>&amp;Start import</source>
        <translation>Начать &amp;импорт</translation>
    </message>
    <message>
        <source>&amp;Delete Wazzup users that are not in this file</source>
        <translation>&amp;Удалить пользователей Wazzup, которых нет в этом файле</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step 3 of 4:&lt;/b&gt; check the rows and the plan. Nothing is sent before you press “Start import”.</source>
        <translation>&lt;b&gt;Шаг 3 из 4:&lt;/b&gt; проверьте строки и план. Ничего не отправляется, пока вы не нажмёте «Начать импорт».</translation>
    </message>
    <message>
        <source>Reading and checking every row…</source>
        <translation>Чтение и проверка всех строк…</translation>
    </message>
    <message>
        <source>Nothing was sent: the local journal, which lets an import resume after a crash, cannot be used.</source>
        <translation>Ничего не отправлено: нельзя использовать локальный журнал, который позволяет продолжить импорт после сбоя.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n строку можно импортировать.</numerusform>
            <numerusform>%n строки можно импортировать.</numerusform>
            <numerusform>%n строк можно импортировать.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be skipped.</source>
        <translation>
            <numerusform>В %n строке есть ошибки, она будет пропущена.</numerusform>
            <numerusform>В %n строках есть ошибки, они будут пропущены.</numerusform>
            <numerusform>В %n строках есть ошибки, они будут пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the account what already exists…</source>
        <translation>Проверка, что уже есть в аккаунте…</translation>
    </message>
    <message numerus="yes">
        <source>Continue the unfinished import of this file (%n row(s) left) instead of starting again</source>
        <translation>
            <numerusform>Продолжить незавершённый импорт этого файла (осталась %n строка), а не начинать заново</numerusform>
            <numerusform>Продолжить незавершённый импорт этого файла (осталось %n строки), а не начинать заново</numerusform>
            <numerusform>Продолжить незавершённый импорт этого файла (осталось %n строк), а не начинать заново</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is done.</source>
        <translation>Проверка завершена.</translation>
    </message>
    <message>
        <source>The account could not be checked: %1</source>
        <translation>Не удалось проверить аккаунт: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>создать — %n</numerusform>
            <numerusform>создать — %n</numerusform>
            <numerusform>создать — %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>обновить — %n</numerusform>
            <numerusform>обновить — %n</numerusform>
            <numerusform>обновить — %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>без изменений — %n</numerusform>
            <numerusform>без изменений — %n</numerusform>
            <numerusform>без изменений — %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>удалить — %n</numerusform>
            <numerusform>удалить — %n</numerusform>
            <numerusform>удалить — %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan: %1.</source>
        <translation>План: %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete the %n Wazzup user(s) that are not in this file</source>
        <translation>
            <numerusform>&amp;Удалить %n пользователя Wazzup, которого нет в этом файле</numerusform>
            <numerusform>&amp;Удалить %n пользователей Wazzup, которых нет в этом файле</numerusform>
            <numerusform>&amp;Удалить %n пользователей Wazzup, которых нет в этом файле</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs to be sent.</source>
        <translation>Отправлять ничего не нужно.</translation>
    </message>
    <message numerus="yes">
        <source>Sending takes %n request(s).</source>
        <translation>
            <numerusform>Отправка займёт %n запрос.</numerusform>
            <numerusform>Отправка займёт %n запроса.</numerusform>
            <numerusform>Отправка займёт %n запросов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending takes %n request(s), %1 at the account’s rate limit.</source>
        <translation>
            <numerusform>Отправка займёт %n запрос: %1 с учётом ограничения частоты запросов аккаунта.</numerusform>
            <numerusform>Отправка займёт %n запроса: %1 с учётом ограничения частоты запросов аккаунта.</numerusform>
            <numerusform>Отправка займёт %n запросов: %1 с учётом ограничения частоты запросов аккаунта.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n Wazzup user(s) are not in the file and will be deleted. A copy of each is kept on this computer first, so that you can restore them from “Recently deleted…”.</source>
        <translation>
            <numerusform>Этого %n пользователя Wazzup нет в файле, и он будет удалён. Сначала копия каждого сохраняется на этом компьютере, чтобы их можно было восстановить в окне «Недавно удалённые…».</numerusform>
            <numerusform>Этих %n пользователей Wazzup нет в файле, и они будут удалены. Сначала копия каждого сохраняется на этом компьютере, чтобы их можно было восстановить в окне «Недавно удалённые…».</numerusform>
            <numerusform>Этих %n пользователей Wazzup нет в файле, и они будут удалены. Сначала копия каждого сохраняется на этом компьютере, чтобы их можно было восстановить в окне «Недавно удалённые…».</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent of new customers</source>
        <translation>Согласие новых клиентов</translation>
    </message>
    <message>
        <source>WoowUp stores “can receive” for every channel a new customer is created without. Choose what a blank cell means:</source>
        <translation>Для каждого канала, без которого создаётся новый клиент, WoowUp сохраняет «может получать». Выберите, что означает пустая ячейка:</translation>
    </message>
    <message>
        <source>Leave WoowUp’s default (can receive)</source>
        <translation>Как по умолчанию в WoowUp (может получать)</translation>
    </message>
    <message>
        <source>Can receive</source>
        <translation>Может получать</translation>
    </message>
    <message>
        <source>Can&apos;t receive</source>
        <translation>Не может получать</translation>
    </message>
    <message>
        <source>Why these customers can&apos;t receive messages</source>
        <translation>Почему эти клиенты не могут получать сообщения</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new customer(s) have no value in the file.</source>
        <translation>
            <numerusform>%1: у %n нового клиента в файле нет значения.</numerusform>
            <numerusform>%1: у %n новых клиентов в файле нет значения.</numerusform>
            <numerusform>%1: у %n новых клиентов в файле нет значения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to update have blank consent cells: they keep the value the server has.</source>
        <translation>
            <numerusform>У %n обновляемого клиента пустые ячейки согласия: для них остаётся значение на сервере.</numerusform>
            <numerusform>У %n обновляемых клиентов пустые ячейки согласия: для них остаётся значение на сервере.</numerusform>
            <numerusform>У %n обновляемых клиентов пустые ячейки согласия: для них остаётся значение на сервере.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message numerus="yes">
        <source>All rows (%n)</source>
        <translation>
            <numerusform>Все строки (%n)</numerusform>
            <numerusform>Все строки (%n)</numerusform>
            <numerusform>Все строки (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To create (%n)</source>
        <translation>
            <numerusform>Создать (%n)</numerusform>
            <numerusform>Создать (%n)</numerusform>
            <numerusform>Создать (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To update (%n)</source>
        <translation>
            <numerusform>Обновить (%n)</numerusform>
            <numerusform>Обновить (%n)</numerusform>
            <numerusform>Обновить (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%n)</source>
        <translation>
            <numerusform>Без изменений (%n)</numerusform>
            <numerusform>Без изменений (%n)</numerusform>
            <numerusform>Без изменений (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To delete (%n)</source>
        <translation>
            <numerusform>Удалить (%n)</numerusform>
            <numerusform>Удалить (%n)</numerusform>
            <numerusform>Удалить (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>С ошибками (%n)</numerusform>
            <numerusform>С ошибками (%n)</numerusform>
            <numerusform>С ошибками (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit row…</source>
        <translation>&amp;Изменить строку…</translation>
    </message>
    <message>
        <source>Correct the cells of the selected row and check it again</source>
        <translation>Исправить ячейки выбранной строки и проверить её снова</translation>
    </message>
    <message>
        <source>Checking row %1 again…</source>
        <translation>Строка %1 проверяется снова…</translation>
    </message>
    <message>
        <source>Row %1 was checked again and still has a problem.</source>
        <translation>Строка %1 проверена снова, и в ней всё ещё есть ошибка.</translation>
    </message>
    <message>
        <source>Row %1 was checked again: it will be created.</source>
        <translation>Строка %1 проверена снова: она будет создана.</translation>
    </message>
    <message>
        <source>Row %1 was checked again: it will update a record.</source>
        <translation>Строка %1 проверена снова: она обновит запись.</translation>
    </message>
    <message>
        <source>Row %1 was checked again: the account has these values already.</source>
        <translation>Строка %1 проверена снова: в аккаунте уже есть эти значения.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>около %n секунды</numerusform>
            <numerusform>около %n секунд</numerusform>
            <numerusform>около %n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>около %n минуты</numerusform>
            <numerusform>около %n минут</numerusform>
            <numerusform>около %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>около %n часа</numerusform>
            <numerusform>около %n часов</numerusform>
            <numerusform>около %n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>Сохранение отчёта об ошибках</translation>
    </message>
    <message>
        <source>%1 - not imported.csv</source>
        <translation>%1 - не импортировано.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import users from a file or workbook</source>
        <translation>Импорт пользователей из файла или книги</translation>
    </message>
    <message>
        <source>Import customers from a file or workbook</source>
        <translation>Импорт клиентов из файла или книги</translation>
    </message>
    <message numerus="yes">
        <source>An import of “%1” stopped before it finished, with %n row(s) left. Choose “Import…” and the same file to continue it.</source>
        <translation>
            <numerusform>Импорт «%1» остановился, не завершившись: осталась %n строка. Выберите «Импорт…» и тот же файл, чтобы продолжить его.</numerusform>
            <numerusform>Импорт «%1» остановился, не завершившись: осталось %n строки. Выберите «Импорт…» и тот же файл, чтобы продолжить его.</numerusform>
            <numerusform>Импорт «%1» остановился, не завершившись: осталось %n строк. Выберите «Импорт…» и тот же файл, чтобы продолжить его.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportEngine</name>
    <message>
        <source>not deleted.</source>
        <translation>не удалён.</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Запятая (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Точка с запятой (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Вертикальная черта (|)</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>В первой строке — названия столбцов</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step 1 of 4:&lt;/b&gt; choose the file.</source>
        <translation>&lt;b&gt;Шаг 1 из 4:&lt;/b&gt; выберите файл.</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>Первые строки файла:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Some characters could not be read in this encoding: choose another one.</source>
        <translation>Некоторые символы не удалось прочитать в этой кодировке: выберите другую.</translation>
    </message>
    <message>
        <source>The account could not be checked: %1</source>
        <translation>Не удалось проверить аккаунт: %1</translation>
    </message>
    <message>
        <source>Choose a CSV file or a workbook (.xlsx, .ods)…</source>
        <translation>Выберите файл CSV или книгу (.xlsx, .ods)…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>Choose a CSV file or a workbook</source>
        <translation>Выберите файл CSV или книгу</translation>
    </message>
    <message>
        <source>CSV files and workbooks (*.csv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Файлы CSV и книги (*.csv *.txt *.xlsx *.ods);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (скрытый)</translation>
    </message>
    <message>
        <source>%1 (empty)</source>
        <translation>%1 (пустой)</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>The import journal could not be written.</source>
        <translation>Не удалось записать журнал импорта.</translation>
    </message>
    <message>
        <source>The local journal is not open.</source>
        <translation>Локальный журнал не открыт.</translation>
    </message>
    <message>
        <source>The import journal could not be read.</source>
        <translation>Не удалось прочитать журнал импорта.</translation>
    </message>
    <message>
        <source>It cannot be checked whether another window or a script is importing this file into this account right now, so it is not imported: %1</source>
        <translation>Не удаётся проверить, не импортирует ли этот файл в этот аккаунт прямо сейчас другое окно или скрипт, поэтому он не импортируется: %1</translation>
    </message>
    <message>
        <source>This file is being imported into this account right now, in another window or by a script. Wait until it has finished.</source>
        <translation>Этот файл прямо сейчас импортируется в этот аккаунт — в другом окне или скриптом. Дождитесь окончания.</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>Импорта %1 нет.</translation>
    </message>
    <message>
        <source>Import %1 names an unknown service, %2.</source>
        <translation>Импорт %1 указывает неизвестный сервис: %2.</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>&amp;Check &gt;</source>
        <translation>&amp;Проверить &gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step 2 of 4:&lt;/b&gt; choose which field each column fills. Columns set to “Ignore” are not imported.</source>
        <translation>&lt;b&gt;Шаг 2 из 4:&lt;/b&gt; выберите, какое поле заполняет каждый столбец. Столбцы со значением «Не импортировать» пропускаются.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>%1 (custom attribute)</source>
        <translation>%1 (дополнительный атрибут)</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1 (не импортируется)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>What a blank cell of this column does to a record that exists: leave the server’s value as it is, or remove it.</source>
        <translation>Что пустая ячейка этого столбца делает с существующей записью: оставляет значение на сервере как есть или стирает его.</translation>
    </message>
    <message>
        <source>If blank: keep the value</source>
        <translation>Если пусто: не менять</translation>
    </message>
    <message>
        <source>If blank: clear the value</source>
        <translation>Если пусто: стереть</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>Measuring the account…</source>
        <translation>Оценка размера аккаунта…</translation>
    </message>
    <message>
        <source>The connection to the account was closed.</source>
        <translation>Подключение к аккаунту закрыто.</translation>
    </message>
    <message>
        <source>Looking up the customers…</source>
        <translation>Поиск клиентов…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>“%1” is not a phone number Wazzup accepts: the row will be skipped.</source>
        <translation>«%1» — не номер телефона, который принимает Wazzup: строка будет пропущена.</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>В файле: %1</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>The file “%1” could not be opened: %2</source>
        <translation>Не удалось открыть файл «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>The report “%1” could not be saved: %2</source>
        <translation>Не удалось сохранить отчёт «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ImportRowChecker</name>
    <message>
        <source>Row %1 has the same identifier (%2) as row %3; only the first one is imported.</source>
        <translation>У строки %1 тот же идентификатор (%2), что и у строки %3; импортируется только первая.</translation>
    </message>
</context>
<context>
    <name>ImportRowDialog</name>
    <message>
        <source>Correct row %1</source>
        <translation>Исправить строку %1</translation>
    </message>
    <message>
        <source>%1 → %2:</source>
        <translation>%1 → %2:</translation>
    </message>
    <message>
        <source>The file is not changed: the corrections are kept with this import and sent with it.</source>
        <translation>Файл не меняется: исправления хранятся вместе с этим импортом и отправляются с ним.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
</context>
<context>
    <name>ImportRowMapper</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Строка %1, столбец «%2»: %3</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it like 1989-06-22 or 22.06.1989.</source>
        <translation>«%1» — не дата. Запишите её в виде 1989-06-22 или 22.06.1989.</translation>
    </message>
    <message>
        <source>There is no date %1 in the calendar. Check the day and the month.</source>
        <translation>Даты %1 не существует. Проверьте день и месяц.</translation>
    </message>
    <message>
        <source>“%1” could be day/month or month/day. Write it as year-month-day, like 1989-06-22, or choose the date order for this file.</source>
        <translation>«%1» можно прочитать и как день/месяц, и как месяц/день. Запишите дату в формате год-месяц-день, например 1989-06-22, или выберите порядок дат для этого файла.</translation>
    </message>
    <message>
        <source>“%1” has a two-digit year; it was read as %2. Check the century.</source>
        <translation>В «%1» год из двух цифр; он прочитан как %2. Проверьте век.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number Wazzup accepts: it needs 10 to 15 digits with the country code, like 79261234567. Wazzup would silently drop it.</source>
        <translation>Wazzup не примет номер телефона «%1»: нужно от 10 до 15 цифр с кодом страны, например 79261234567. Wazzup молча отбросил бы его.</translation>
    </message>
    <message>
        <source>“%1” looks like a spreadsheet formula. It is imported as the text you see, not calculated.</source>
        <translation>«%1» похоже на формулу электронной таблицы. Значение импортируется как текст, без вычисления.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«%1» — не целое число.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
    <message>
        <source>“%1” is not a yes or no. Write yes or no (also sí/no, да/нет, 1/0).</source>
        <translation>«%1» — не «да» и не «нет». Напишите да или нет (также yes/no, sí/no, 1/0).</translation>
    </message>
    <message>
        <source>“%1” is not a yes or no. Write yes or no (also sí/no, да/нет, 1/0, enabled/disabled).</source>
        <translation>«%1» — не «да» и не «нет». Напишите да или нет (также yes/no, sí/no, 1/0, enabled/disabled).</translation>
    </message>
    <message>
        <source>“%1” is not a reason WoowUp knows. Use bounce, unsubscribe, spamreport, dropped or other.</source>
        <translation>WoowUp не знает причины «%1». Используйте bounce, unsubscribe, spamreport, dropped или other.</translation>
    </message>
    <message>
        <source>“%1” is not a gender WoowUp knows. Write F or M (also female/male, mujer/hombre, ж/м).</source>
        <translation>WoowUp не знает пола «%1». Напишите F или M (также ж/м, female/male, mujer/hombre).</translation>
    </message>
    <message>
        <source>“%1” is not a country Userdesk knows. Write its three-letter ISO code, like ARG, ESP or RUS.</source>
        <translation>Userdesk не знает страны «%1». Укажите её трёхбуквенный код ISO, например ARG, ESP или RUS.</translation>
    </message>
    <message>
        <source>“%1” is not a marital status WoowUp knows. Write single, commited, married, divorced or widowed.</source>
        <translation>WoowUp не знает семейного положения «%1». Напишите single, commited, married, divorced или widowed.</translation>
    </message>
    <message numerus="yes">
        <source>it has %n cell(s) but the header has %1, so the cells may be in the wrong columns. A cell probably contains the delimiter without quotes.</source>
        <translation>
            <numerusform>в ней %n ячейка, а в заголовке — %1, поэтому ячейки могут оказаться не в тех столбцах. Вероятно, какая-то ячейка содержит разделитель без кавычек.</numerusform>
            <numerusform>в ней %n ячейки, а в заголовке — %1, поэтому ячейки могут оказаться не в тех столбцах. Вероятно, какая-то ячейка содержит разделитель без кавычек.</numerusform>
            <numerusform>в ней %n ячеек, а в заголовке — %1, поэтому ячейки могут оказаться не в тех столбцах. Вероятно, какая-то ячейка содержит разделитель без кавычек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n cell(s) but the header has %1; the missing cells are read as empty.</source>
        <translation>
            <numerusform>в ней %n ячейка, а в заголовке — %1; недостающие ячейки считаются пустыми.</numerusform>
            <numerusform>в ней %n ячейки, а в заголовке — %1; недостающие ячейки считаются пустыми.</numerusform>
            <numerusform>в ней %n ячеек, а в заголовке — %1; недостающие ячейки считаются пустыми.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSendPage</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>&amp;Save error report…</source>
        <translation>&amp;Сохранить отчёт об ошибках…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step 4 of 4:&lt;/b&gt; sending.</source>
        <translation>&lt;b&gt;Шаг 4 из 4:&lt;/b&gt; отправка.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) sent.</source>
        <translation>
            <numerusform>Отправлено %1 из %n строки.</numerusform>
            <numerusform>Отправлено %1 из %n строк.</numerusform>
            <numerusform>Отправлено %1 из %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Приостановлено.</translation>
    </message>
    <message>
        <source>%1 rows per second, %2 left.</source>
        <translation>%1 строк/с, осталось %2.</translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; %n row(s) were not sent. Importing the same file again continues where it stopped.</source>
        <translation>
            <numerusform>Импорт отменён; %n строка не отправлена. Повторный импорт того же файла продолжится с места остановки.</numerusform>
            <numerusform>Импорт отменён; %n строки не отправлены. Повторный импорт того же файла продолжится с места остановки.</numerusform>
            <numerusform>Импорт отменён; %n строк не отправлено. Повторный импорт того же файла продолжится с места остановки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created: %1. Updated: %2. Unchanged: %3. Skipped as invalid: %4. Failed: %5.</source>
        <translation>Создано: %1. Обновлено: %2. Без изменений: %3. Пропущено из-за ошибок: %4. Не удалось: %5.</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>Удалено: %1.</translation>
    </message>
    <message>
        <source>Error report saved to %1</source>
        <translation>Отчёт об ошибках сохранён в %1</translation>
    </message>
    <message>
        <source>Show &amp;imported customers</source>
        <translation>Показать &amp;импортированных клиентов</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The local journal could not be written.</source>
        <translation>Не удалось записать локальный журнал.</translation>
    </message>
    <message>
        <source>The local journal is not open.</source>
        <translation>Локальный журнал не открыт.</translation>
    </message>
    <message>
        <source>The local journal could not be read.</source>
        <translation>Не удалось прочитать локальный журнал.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Userdesk.</source>
        <translation>Новый язык будет применён при следующем запуске Userdesk.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Userdesk</source>
        <translation>Userdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Userdesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать в Userdesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Add a Wazzup or WoowUp account with its API key to manage its users, or try everything first on demo data.</source>
        <translation>Добавьте аккаунт Wazzup или WoowUp с его API-ключом, чтобы управлять пользователями, или сначала попробуйте всё на демо-данных.</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Добавить аккаунт…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Попробовать демо</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Account: </source>
        <translation>Аккаунт: </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Find by identifier…</source>
        <translation>Найти по идентификатору…</translation>
    </message>
    <message>
        <source>%1 (Wazzup)</source>
        <translation>%1 (Wazzup)</translation>
    </message>
    <message>
        <source>%1 (WoowUp)</source>
        <translation>%1 (WoowUp)</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;Добавить аккаунт…</translation>
    </message>
    <message>
        <source>&amp;Edit this account…</source>
        <translation>&amp;Изменить этот аккаунт…</translation>
    </message>
    <message>
        <source>&amp;Remove this account…</source>
        <translation>&amp;Убрать этот аккаунт…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Убрать аккаунт</translation>
    </message>
    <message>
        <source>Remove “%1” from Userdesk? Its API key is deleted from the keychain. Nothing changes on the service.</source>
        <translation>Убрать «%1» из Userdesk? Его API-ключ будет удалён из системной связки ключей. В самом сервисе ничего не изменится.</translation>
    </message>
    <message>
        <source>Open the &amp;demo accounts</source>
        <translation>&amp;Открыть демо-аккаунты</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Add, edit or remove accounts</source>
        <translation>Добавить, изменить или убрать аккаунты</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Userdesk</source>
        <translation>&amp;О программе Userdesk</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %n строка в %1.</numerusform>
            <numerusform>Экспортировано %n строки в %1.</numerusform>
            <numerusform>Экспортировано %n строк в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Столбцы…</translation>
    </message>
    <message>
        <source>Recently &amp;deleted…</source>
        <translation>Нед&amp;авно удалённые…</translation>
    </message>
    <message>
        <source>Restore deleted records of this account, or finish an interrupted deletion</source>
        <translation>Восстановить удалённые записи этого аккаунта или завершить прерванное удаление</translation>
    </message>
    <message>
        <source>%1 — demo: changes are not kept after closing — Userdesk</source>
        <translation>%1 — демо: изменения не сохранятся после закрытия — Userdesk</translation>
    </message>
    <message>
        <source>%1 — Userdesk</source>
        <translation>%1 — Userdesk</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>See every change sent to this account, field by field, and undo one</source>
        <translation>Все изменения, отправленные в этот аккаунт, поле за полем, и их отмена</translation>
    </message>
</context>
<context>
    <name>OdsWorkbook</name>
    <message>
        <source>This workbook is password-protected: save it without a password and choose it again.</source>
        <translation>Эта книга защищена паролем: сохраните её без пароля и выберите снова.</translation>
    </message>
    <message>
        <source>This workbook is damaged: the part “%1” is missing.</source>
        <translation>Эта книга повреждена: в ней нет части «%1».</translation>
    </message>
    <message>
        <source>This workbook has no sheets.</source>
        <translation>В этой книге нет листов.</translation>
    </message>
    <message>
        <source>This workbook has no sheet number %1.</source>
        <translation>В этой книге нет листа номер %1.</translation>
    </message>
    <message>
        <source>The sheet “%1” has a row numbered %2, past the last row a spreadsheet has (%3); the workbook is not read.</source>
        <translation>На листе «%1» есть строка номер %2 — дальше последней строки таблицы (%3); книга не читается.</translation>
    </message>
    <message>
        <source>The sheet “%1” has a cell past column %2, the last one a spreadsheet has; the workbook is not read.</source>
        <translation>На листе «%1» есть ячейка правее столбца %2, последнего в таблице; книга не читается.</translation>
    </message>
</context>
<context>
    <name>OperationChangesModel</name>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменена</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>не отправлено</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>уже удалено ранее</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>left alone</source>
        <translation>оставлена как есть</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n поле</numerusform>
            <numerusform>%n поля</numerusform>
            <numerusform>%n полей</numerusform>
        </translation>
    </message>
    <message>
        <source>Record or field</source>
        <translation>Запись или поле</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Fields: before → after</source>
        <translation>Поля: было → стало</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>e.g. Shop customers</source>
        <translation>например, Клиенты магазина</translation>
    </message>
    <message>
        <source>WoowUp customers</source>
        <translation>Клиенты WoowUp</translation>
    </message>
    <message>
        <source>Wazzup employees</source>
        <translation>Сотрудники Wazzup</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Хранится в системной связке ключей</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Сервис:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;ключ:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Укажите название аккаунта.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address, e.g. %1.</source>
        <translation>Укажите адрес сервиса, например %1.</translation>
    </message>
    <message>
        <source>Enter the API key from the service&apos;s settings.</source>
        <translation>Укажите API-ключ из настроек сервиса.</translation>
    </message>
    <message>
        <source>requests per second</source>
        <translation>запросов в секунду</translation>
    </message>
    <message>
        <source>requests per minute</source>
        <translation>запросов в минуту</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Лимит запросов:</translation>
    </message>
    <message>
        <source>Wazzup documents 500 requests per 5 seconds (100 per second).</source>
        <translation>Wazzup допускает 500 запросов за 5 секунд (100 в секунду).</translation>
    </message>
    <message>
        <source>WoowUp documents 140 requests per minute.</source>
        <translation>WoowUp допускает 140 запросов в минуту.</translation>
    </message>
    <message>
        <source>Every operation of this account (loading, saving, import, delete, restore) stays just under this limit; lower it if the account is shared with other tools.</source>
        <translation>Все операции этого аккаунта (загрузка, сохранение, импорт, удаление, восстановление) держатся чуть ниже этого лимита; уменьшите его, если аккаунтом пользуются и другие программы.</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <source>&amp;Resume the deletion</source>
        <translation>&amp;Продолжить удаление</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Недавно удалённые</translation>
    </message>
    <message>
        <source>R&amp;estore selected</source>
        <translation>&amp;Восстановить выбранные</translation>
    </message>
    <message numerus="yes">
        <source>The deletion started on %1 was interrupted: %n record(s) were never sent. They are listed below as “not sent yet”.</source>
        <translation>
            <numerusform>Удаление, начатое %1, было прервано: %n запись так и не была отправлена. Она показана ниже как «ещё не отправлено».</numerusform>
            <numerusform>Удаление, начатое %1, было прервано: %n записи так и не были отправлены. Они показаны ниже как «ещё не отправлено».</numerusform>
            <numerusform>Удаление, начатое %1, было прервано: %n записей так и не были отправлены. Они показаны ниже как «ещё не отправлено».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>What you changed in this form is not saved.</source>
        <translation>Изменения в этой форме не сохранены.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
</context>
<context>
    <name>RestoreRecords</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not restored, because the restore was cancelled.</source>
        <translation>не восстановлено: восстановление отменено.</translation>
    </message>
    <message>
        <source>not restored: the account was closed.</source>
        <translation>не восстановлено: аккаунт закрыт в Userdesk.</translation>
    </message>
    <message>
        <source>not restored. %1</source>
        <translation>не восстановлено. %1</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Недавно удалённые</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available, so the API key is kept only until Userdesk closes.</source>
        <translation>Системная связка ключей недоступна, поэтому API-ключ хранится только до закрытия Userdesk.</translation>
    </message>
    <message>
        <source>The system keychain did not accept the API key (%1). It is kept only until Userdesk closes.</source>
        <translation>Системная связка ключей не приняла API-ключ (%1). Он хранится только до закрытия Userdesk.</translation>
    </message>
    <message>
        <source>The system keychain could not be read (%1).</source>
        <translation>Не удалось прочитать системную связку ключей (%1).</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>The workbook cannot be read: it is not an open file.</source>
        <translation>Книгу не удаётся прочитать: это не открытый файл.</translation>
    </message>
    <message>
        <source>This file is text (such as CSV), not a workbook.</source>
        <translation>Этот файл — текст (например, CSV), а не книга.</translation>
    </message>
    <message>
        <source>This workbook is password-protected: save it without a password and choose it again.</source>
        <translation>Эта книга защищена паролем: сохраните её без пароля и выберите снова.</translation>
    </message>
    <message>
        <source>This workbook has no sheet number %1.</source>
        <translation>В этой книге нет листа номер %1.</translation>
    </message>
    <message>
        <source>The file “%1” could not be opened: %2</source>
        <translation>Не удалось открыть файл «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Row %1: the cell in column %2 is longer than %n character(s); it was cut.</source>
        <translation>
            <numerusform>Строка %1: ячейка в столбце %2 длиннее %n символа; она обрезана.</numerusform>
            <numerusform>Строка %1: ячейка в столбце %2 длиннее %n символов; она обрезана.</numerusform>
            <numerusform>Строка %1: ячейка в столбце %2 длиннее %n символов; она обрезана.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetWorkbook</name>
    <message numerus="yes">
        <source>This workbook has no sheet number %1: it has %n sheet(s), %2.</source>
        <translation>
            <numerusform>В этой книге нет листа номер %1: в ней %n лист, %2.</numerusform>
            <numerusform>В этой книге нет листа номер %1: в ней %n листа, %2.</numerusform>
            <numerusform>В этой книге нет листа номер %1: в ней %n листов, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This workbook has no sheet named “%1”: it has %n sheet(s), %2.</source>
        <translation>
            <numerusform>В этой книге нет листа «%1»: в ней %n лист, %2.</numerusform>
            <numerusform>В этой книге нет листа «%1»: в ней %n листа, %2.</numerusform>
            <numerusform>В этой книге нет листа «%1»: в ней %n листов, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The local journal could not be written.</source>
        <translation>Не удалось записать локальный журнал.</translation>
    </message>
    <message>
        <source>The folder of the local journal, %1, could not be created.</source>
        <translation>Не удалось создать папку локального журнала %1.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed.</source>
        <translation>Драйвер SQLite для Qt не установлен.</translation>
    </message>
    <message>
        <source>The local journal %1 could not be opened.</source>
        <translation>Не удалось открыть локальный журнал %1.</translation>
    </message>
    <message>
        <source>The local journal %1 could not be switched to write-ahead logging.</source>
        <translation>Не удалось перевести локальный журнал %1 в режим упреждающей записи (WAL).</translation>
    </message>
    <message>
        <source>The local journal %1 could not be created.</source>
        <translation>Не удалось создать локальный журнал %1.</translation>
    </message>
</context>
<context>
    <name>TypedCountConfirmation</name>
    <message>
        <source>To confirm, type the number of records to delete (%1):</source>
        <translation>Для подтверждения введите количество удаляемых записей (%1):</translation>
    </message>
</context>
<context>
    <name>UndoEngine</name>
    <message>
        <source>The local journal is not open.</source>
        <translation>Локальный журнал не открыт.</translation>
    </message>
    <message>
        <source>There is no operation %1 in this account’s history.</source>
        <translation>В истории этого аккаунта нет операции %1.</translation>
    </message>
    <message>
        <source>Operation %1 is still running.</source>
        <translation>Операция %1 ещё выполняется.</translation>
    </message>
    <message>
        <source>operation %1</source>
        <translation>операция %1</translation>
    </message>
    <message>
        <source>the account was closed.</source>
        <translation>аккаунт был закрыт.</translation>
    </message>
    <message>
        <source>already gone.</source>
        <translation>уже удалено.</translation>
    </message>
    <message>
        <source>it no longer exists on the server.</source>
        <translation>его больше нет на сервере.</translation>
    </message>
    <message>
        <source>already as before.</source>
        <translation>уже как было.</translation>
    </message>
    <message>
        <source>already back.</source>
        <translation>уже восстановлено.</translation>
    </message>
    <message>
        <source>%1 is “%2” (it wrote “%3”)</source>
        <translation>%1 сейчас «%2» (операция записала «%3»)</translation>
    </message>
    <message>
        <source>changed on the server since, left alone: %1.</source>
        <translation>с тех пор изменено на сервере, оставлено как есть: %1.</translation>
    </message>
</context>
<context>
    <name>UndoWoowUp</name>
    <message>
        <source>created again as customer %1 (WoowUp gives a new id).</source>
        <translation>создан заново как клиент %1 (WoowUp даёт новый id).</translation>
    </message>
    <message>
        <source>created again as customer %1; it was %2 (WoowUp gives a new id).</source>
        <translation>создан заново как клиент %1; был %2 (WoowUp даёт новый id).</translation>
    </message>
</context>
<context>
    <name>WazzupDeleteJob</name>
    <message>
        <source>The user has no ID.</source>
        <translation>У пользователя нет ID.</translation>
    </message>
</context>
<context>
    <name>WazzupImportStrategy</name>
    <message>
        <source>Reading the account’s users…</source>
        <translation>Чтение пользователей аккаунта…</translation>
    </message>
</context>
<context>
    <name>WazzupPage</name>
    <message>
        <source>Filter employees by name, ID or phone…</source>
        <translation>Фильтр сотрудников по имени, ID или телефону…</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n сотрудник</numerusform>
            <numerusform>%n сотрудника</numerusform>
            <numerusform>%n сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n employee(s) shown</source>
        <translation>
            <numerusform>Показано %1 из %n сотрудника</numerusform>
            <numerusform>Показано %1 из %n сотрудников</numerusform>
            <numerusform>Показано %1 из %n сотрудников</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · загрузка…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Delete employees</source>
        <translation>Удаление сотрудников</translation>
    </message>
    <message>
        <source>Edit employee</source>
        <translation>Редактирование сотрудника</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;New employee…</source>
        <translation>&amp;Новый сотрудник…</translation>
    </message>
    <message numerus="yes">
        <source>A deletion of %n employee(s) was interrupted before it finished. Open “Recently deleted…” to resume it.</source>
        <translation>
            <numerusform>Удаление %n сотрудника было прервано. Откройте «Недавно удалённые…», чтобы продолжить его.</numerusform>
            <numerusform>Удаление %n сотрудников было прервано. Откройте «Недавно удалённые…», чтобы продолжить его.</numerusform>
            <numerusform>Удаление %n сотрудников было прервано. Откройте «Недавно удалённые…», чтобы продолжить его.</numerusform>
        </translation>
    </message>
    <message>
        <source>Employees cannot be deleted now, because the local journal that keeps a copy of each record first is not available. %1</source>
        <translation>Сейчас нельзя удалять сотрудников: недоступен локальный журнал, в котором сначала сохраняется копия каждой записи. %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n employee(s) from the Wazzup account “%1”?</source>
        <translation>
            <numerusform>Удалить %n сотрудника из аккаунта Wazzup «%1»?</numerusform>
            <numerusform>Удалить %n сотрудников из аккаунта Wazzup «%1»?</numerusform>
            <numerusform>Удалить %n сотрудников из аккаунта Wazzup «%1»?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting employees</source>
        <translation>Удаление сотрудников</translation>
    </message>
    <message>
        <source>Recently deleted employees of “%1”</source>
        <translation>Недавно удалённые сотрудники аккаунта «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Restoring… %1 of %n employee(s) done.</source>
        <translation>
            <numerusform>Восстановление… Готово %1 из %n сотрудника.</numerusform>
            <numerusform>Восстановление… Готово %1 из %n сотрудников.</numerusform>
            <numerusform>Восстановление… Готово %1 из %n сотрудников.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) restored.</source>
        <translation>
            <numerusform>Восстановлен %n сотрудник.</numerusform>
            <numerusform>Восстановлено %n сотрудника.</numerusform>
            <numerusform>Восстановлено %n сотрудников.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) could not be restored:</source>
        <translation>
            <numerusform>Не удалось восстановить %n сотрудника:</numerusform>
            <numerusform>Не удалось восстановить %n сотрудников:</numerusform>
            <numerusform>Не удалось восстановить %n сотрудников:</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore employees</source>
        <translation>Восстановление сотрудников</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Recently &amp;deleted…</source>
        <translation>Нед&amp;авно удалённые…</translation>
    </message>
    <message>
        <source>This account has no employees yet.</source>
        <translation>В этом аккаунте пока нет сотрудников.</translation>
    </message>
    <message>
        <source>No employees match “%1”.</source>
        <translation>Нет сотрудников, подходящих под «%1».</translation>
    </message>
    <message>
        <source>Employee “%1” saved.</source>
        <translation>Сотрудник «%1» сохранён.</translation>
    </message>
    <message>
        <source>Employee “%1” created.</source>
        <translation>Сотрудник «%1» создан.</translation>
    </message>
    <message>
        <source>A copy of each employee (ID, name and phone) is kept on this computer first, so that you can restore them as they were from “Recently deleted…”.</source>
        <translation>Сначала копия каждого сотрудника (ID, имя и телефон) сохраняется на этом компьютере, чтобы их можно было восстановить как были через «Недавно удалённые…».</translation>
    </message>
    <message>
        <source>Restore adds each selected employee again with the same ID, name and phone.</source>
        <translation>Восстановление снова добавляет каждого выбранного сотрудника с тем же ID, именем и телефоном.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
</context>
<context>
    <name>WazzupUserDialog</name>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>The CRM&apos;s ID for this employee</source>
        <translation>ID этого сотрудника в CRM</translation>
    </message>
    <message>
        <source>e.g. 79261234567 (optional)</source>
        <translation>например, 79261234567 (необязательно)</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Only needed for the Wazzup mobile app. International format, digits only.</source>
        <translation>Нужен только для мобильного приложения Wazzup. Международный формат, только цифры.</translation>
    </message>
    <message>
        <source>Wazzup knows the employee by this ID, so it can&apos;t be changed.</source>
        <translation>Wazzup узнаёт сотрудника по этому ID, поэтому его нельзя изменить.</translation>
    </message>
    <message>
        <source>Saved as %1, the international format Wazzup keeps.</source>
        <translation>Будет сохранён как %1 — в международном формате, который хранит Wazzup.</translation>
    </message>
    <message>
        <source>Saving removes this employee’s phone from Wazzup.</source>
        <translation>При сохранении телефон этого сотрудника будет удалён из Wazzup.</translation>
    </message>
</context>
<context>
    <name>WazzupUserFormFlow</name>
    <message>
        <source>Reading the employee…</source>
        <translation>Чтение сотрудника…</translation>
    </message>
</context>
<context>
    <name>WazzupUserJob</name>
    <message>
        <source>The user has no ID.</source>
        <translation>У пользователя нет ID.</translation>
    </message>
</context>
<context>
    <name>WazzupUserTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Wazzup’s list of users does not include phones: open the employee to read theirs.</source>
        <translation>В списке пользователей Wazzup нет телефонов: откройте сотрудника, чтобы увидеть его телефон.</translation>
    </message>
</context>
<context>
    <name>WazzupValidator</name>
    <message>
        <source>Enter an ID: Wazzup uses it to tell this user apart from the others.</source>
        <translation>Укажите ID: по нему Wazzup отличает этого пользователя от остальных.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Укажите имя пользователя.</translation>
    </message>
    <message>
        <source>Wazzup would silently drop this phone number. Write it in international format, digits only with the country code, like 79261234567.</source>
        <translation>Wazzup молча отбросит этот номер телефона. Запишите его в международном формате: только цифры, с кодом страны, например 79261234567.</translation>
    </message>
    <message>
        <source>Wazzup would silently drop this phone number. Write it in international format, digits only with the country code: %1.</source>
        <translation>Wazzup молча отбросит этот номер телефона. Запишите его в международном формате: только цифры, с кодом страны: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The ID is %n character(s) long; Wazzup accepts at most %1.</source>
        <translation>
            <numerusform>ID длиной %n символ; Wazzup допускает не больше %1.</numerusform>
            <numerusform>ID длиной %n символа; Wazzup допускает не больше %1.</numerusform>
            <numerusform>ID длиной %n символов; Wazzup допускает не больше %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is %n character(s) long; Wazzup accepts at most %1.</source>
        <translation>
            <numerusform>Имя длиной %n символ; Wazzup допускает не больше %1.</numerusform>
            <numerusform>Имя длиной %n символа; Wazzup допускает не больше %1.</numerusform>
            <numerusform>Имя длиной %n символов; Wazzup допускает не больше %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WoowUpAccount</name>
    <message>
        <source>WoowUp customer %1 no longer exists: it was deleted after this form opened.</source>
        <translation>Клиента WoowUp %1 больше нет: его удалили после того, как открылась эта форма.</translation>
    </message>
    <message>
        <source>“%1” belongs to another customer, %2. Nothing was saved.</source>
        <translation>«%1» принадлежит другому клиенту: %2. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>%1 (WoowUp customer %2)</source>
        <translation>%1 (клиент WoowUp %2)</translation>
    </message>
    <message>
        <source>WoowUp customer %1</source>
        <translation>Клиент WoowUp %1</translation>
    </message>
</context>
<context>
    <name>WoowUpCustomerJob</name>
    <message>
        <source>The customer has no identifier. Enter a service UID, an e-mail, a document or a telephone.</source>
        <translation>У клиента нет идентификатора. Укажите внешний ID, эл. почту, документ или телефон.</translation>
    </message>
    <message>
        <source>“%1” is not a customer identifier; use service_uid, email, document or telephone.</source>
        <translation>«%1» не является идентификатором клиента; используйте service_uid, email, document или telephone.</translation>
    </message>
</context>
<context>
    <name>WoowUpCustomerTableModel</name>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>Can receive messages</source>
        <translation>Может получать сообщения</translation>
    </message>
    <message>
        <source>Can&apos;t receive messages</source>
        <translation>Не может получать сообщения</translation>
    </message>
    <message>
        <source>Can&apos;t receive messages: %1</source>
        <translation>Не может получать сообщения: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Внешний ID</translation>
    </message>
    <message>
        <source>E-mail consent</source>
        <translation>Согласие на эл. почту</translation>
    </message>
    <message>
        <source>WhatsApp consent</source>
        <translation>Согласие на WhatsApp</translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation>Согласие на SMS</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
</context>
<context>
    <name>WoowUpImportStrategy</name>
    <message>
        <source>Reading the account’s customers…</source>
        <translation>Чтение клиентов аккаунта…</translation>
    </message>
</context>
<context>
    <name>WoowUpPage</name>
    <message>
        <source>Search customers by name, e-mail, document or phone…</source>
        <translation>Поиск клиентов по имени, эл. почте, документу или телефону…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) loaded, more on scrolling</source>
        <translation>
            <numerusform>Загружен %n клиент, остальные — при прокрутке</numerusform>
            <numerusform>Загружено %n клиента, остальные — при прокрутке</numerusform>
            <numerusform>Загружено %n клиентов, остальные — при прокрутке</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · загрузка…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Удаление клиентов</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Редактирование клиента</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Поиск клиента</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Внешний ID</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Check it exists</source>
        <translation>Проверить наличие</translation>
    </message>
    <message>
        <source>Find by:</source>
        <translation>Искать по:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <source>A customer with “%1” exists.</source>
        <translation>Клиент со значением «%1» есть.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Нет клиентов со значением «%1».</translation>
    </message>
    <message>
        <source>Segment membership</source>
        <translation>Принадлежность к сегменту</translation>
    </message>
    <message>
        <source>Segment ID:</source>
        <translation>ID сегмента:</translation>
    </message>
    <message>
        <source>%1 belongs to segment %2.</source>
        <translation>%1 входит в сегмент %2.</translation>
    </message>
    <message>
        <source>%1 does not belong to segment %2.</source>
        <translation>%1 не входит в сегмент %2.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Check &amp;segment membership…</source>
        <translation>Проверить принадлежность к &amp;сегменту…</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <source>&amp;Find by identifier…</source>
        <translation>Найти по и&amp;дентификатору…</translation>
    </message>
    <message numerus="yes">
        <source>A deletion of %n customer(s) was interrupted before it finished. Open “Recently deleted…” to resume it.</source>
        <translation>
            <numerusform>Удаление %n клиента было прервано. Откройте «Недавно удалённые…», чтобы продолжить его.</numerusform>
            <numerusform>Удаление %n клиентов было прервано. Откройте «Недавно удалённые…», чтобы продолжить его.</numerusform>
            <numerusform>Удаление %n клиентов было прервано. Откройте «Недавно удалённые…», чтобы продолжить его.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading every customer matching the search…</source>
        <translation>Загрузка всех клиентов, подходящих под запрос…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Delete all matching customers</source>
        <translation>Удалить всех подходящих клиентов</translation>
    </message>
    <message numerus="yes">
        <source>Loading every customer matching the search… %n loaded.</source>
        <translation>
            <numerusform>Загрузка всех клиентов, подходящих под запрос… Загружен %n.</numerusform>
            <numerusform>Загрузка всех клиентов, подходящих под запрос… Загружено %n.</numerusform>
            <numerusform>Загрузка всех клиентов, подходящих под запрос… Загружено %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers cannot be deleted now, because the local journal that keeps a copy of each record first is not available. %1</source>
        <translation>Сейчас нельзя удалять клиентов: недоступен локальный журнал, в котором сначала сохраняется копия каждой записи. %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s) from the WoowUp account “%1”?</source>
        <translation>
            <numerusform>Удалить %n клиента из аккаунта WoowUp «%1»?</numerusform>
            <numerusform>Удалить %n клиентов из аккаунта WoowUp «%1»?</numerusform>
            <numerusform>Удалить %n клиентов из аккаунта WoowUp «%1»?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting customers</source>
        <translation>Удаление клиентов</translation>
    </message>
    <message>
        <source>Recently deleted customers of “%1”</source>
        <translation>Недавно удалённые клиенты аккаунта «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Restoring… %1 of %n customer(s) done.</source>
        <translation>
            <numerusform>Восстановление… Готово %1 из %n клиента.</numerusform>
            <numerusform>Восстановление… Готово %1 из %n клиентов.</numerusform>
            <numerusform>Восстановление… Готово %1 из %n клиентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) restored.</source>
        <translation>
            <numerusform>Восстановлен %n клиент.</numerusform>
            <numerusform>Восстановлено %n клиента.</numerusform>
            <numerusform>Восстановлено %n клиентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) could not be restored:</source>
        <translation>
            <numerusform>Не удалось восстановить %n клиента:</numerusform>
            <numerusform>Не удалось восстановить %n клиентов:</numerusform>
            <numerusform>Не удалось восстановить %n клиентов:</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore customers</source>
        <translation>Восстановление клиентов</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete &amp;all customers…</source>
        <translation>Удалить &amp;всех клиентов…</translation>
    </message>
    <message>
        <source>Delete &amp;all customers matching “%1”…</source>
        <translation>Удалить &amp;всех клиентов, подходящих под «%1»…</translation>
    </message>
    <message>
        <source>Recently &amp;deleted…</source>
        <translation>Нед&amp;авно удалённые…</translation>
    </message>
    <message>
        <source>Load all and sort</source>
        <translation>Загрузить всех и отсортировать</translation>
    </message>
    <message>
        <source>Loads every customer of the search from WoowUp, within the account&apos;s rate limit, so that the sort covers all of them.</source>
        <translation>Загружает из WoowUp всех клиентов по этому поиску, не превышая лимит запросов аккаунта, чтобы сортировка охватила их всех.</translation>
    </message>
    <message numerus="yes">
        <source>Sorted by %1 among the %n customer(s) loaded so far, not the whole account.</source>
        <translation>
            <numerusform>Отсортировано по столбцу «%1» среди %n загруженного пока клиента, а не по всему аккаунту.</numerusform>
            <numerusform>Отсортировано по столбцу «%1» среди %n загруженных пока клиентов, а не по всему аккаунту.</numerusform>
            <numerusform>Отсортировано по столбцу «%1» среди %n загруженных пока клиентов, а не по всему аккаунту.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account has no customers yet.</source>
        <translation>В этом аккаунте пока нет клиентов.</translation>
    </message>
    <message>
        <source>No customers match “%1”.</source>
        <translation>Нет клиентов, подходящих под «%1».</translation>
    </message>
    <message>
        <source>Load all customers</source>
        <translation>Загрузка всех клиентов</translation>
    </message>
    <message numerus="yes">
        <source>Loading every customer, within the account&apos;s rate limit… %n loaded.</source>
        <translation>
            <numerusform>Загрузка всех клиентов в пределах лимита запросов аккаунта… Загружен %n.</numerusform>
            <numerusform>Загрузка всех клиентов в пределах лимита запросов аккаунта… Загружено %n.</numerusform>
            <numerusform>Загрузка всех клиентов в пределах лимита запросов аккаунта… Загружено %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer “%1” saved.</source>
        <translation>Клиент «%1» сохранён.</translation>
    </message>
    <message>
        <source>Customer “%1” created.</source>
        <translation>Клиент «%1» создан.</translation>
    </message>
    <message>
        <source>Enter the e-mail address to look for.</source>
        <translation>Введите адрес эл. почты, который нужно найти.</translation>
    </message>
    <message>
        <source>Enter the document number to look for.</source>
        <translation>Введите номер документа, который нужно найти.</translation>
    </message>
    <message>
        <source>Enter the telephone number to look for.</source>
        <translation>Введите номер телефона, который нужно найти.</translation>
    </message>
    <message>
        <source>Enter the external ID to look for.</source>
        <translation>Введите внешний ID, который нужно найти.</translation>
    </message>
    <message>
        <source>A copy of each customer, as WoowUp has it, is kept on this computer first, so that you can restore it from “Recently deleted…”. %1</source>
        <translation>Сначала копия каждого клиента, как он хранится в WoowUp, сохраняется на этом компьютере, чтобы его можно было восстановить через «Недавно удалённые…». %1</translation>
    </message>
    <message>
        <source>Restore creates each selected customer again from its copy: identifiers, personal data, address, consent, points balance, tags and attributes come back. %1</source>
        <translation>Восстановление заново создаёт каждого выбранного клиента по его копии: возвращаются идентификаторы, личные данные, адрес, согласия, баланс баллов, теги и атрибуты. %1</translation>
    </message>
    <message>
        <source>A restored customer is created anew, with a new WoowUp ID and creation date; what WoowUp does not let a program set (blocked, notes, family, purchase and points history) does not come back.</source>
        <translation>Восстановленный клиент создаётся заново, с новым ID WoowUp и новой датой создания; то, что WoowUp не позволяет задать программе (блокировка, заметки, семья, история покупок и баллов), не возвращается.</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Показать всех клиентов</translation>
    </message>
    <message numerus="yes">
        <source>Showing only the %n customer(s) the import created or updated.</source>
        <translation>
            <numerusform>Показан только %n клиент, созданный или обновлённый импортом.</numerusform>
            <numerusform>Показаны только %n клиента, созданных или обновлённых импортом.</numerusform>
            <numerusform>Показаны только %n клиентов, созданных или обновлённых импортом.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
</context>
<context>
    <name>WoowUpValidator</name>
    <message>
        <source>Enter at least one way to identify the customer: an external ID, an e-mail address, a document number or a telephone number.</source>
        <translation>Укажите хотя бы один идентификатор клиента: внешний ID, адрес эл. почты, номер документа или номер телефона.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>Укажите адрес эл. почты в виде name@example.com.</translation>
    </message>
    <message>
        <source>Enter the gender as F (female) or M (male), or leave it empty.</source>
        <translation>Укажите пол: F (женский) или M (мужской), или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Enter the birth date as year-month-day, like 1989-06-22.</source>
        <translation>Укажите дату рождения в формате год-месяц-день, например 1989-06-22.</translation>
    </message>
    <message>
        <source>There is no date %1 in the calendar. Check the month and the day.</source>
        <translation>Даты %1 не существует. Проверьте месяц и день.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>Дата рождения %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>Enter the country as its three-letter ISO code, like ARG, ESP or USA.</source>
        <translation>Укажите страну трёхбуквенным кодом ISO, например ARG, ESP или USA.</translation>
    </message>
    <message>
        <source>Enter the country as its three-letter ISO code: for “%1” that is %2.</source>
        <translation>Укажите страну трёхбуквенным кодом ISO: для «%1» это %2.</translation>
    </message>
    <message>
        <source>“%1” is not a marital status WoowUp knows. Choose one of: %2.</source>
        <translation>WoowUp не знает семейного положения «%1». Выберите одно из значений: %2.</translation>
    </message>
    <message>
        <source>A reason for not sending WhatsApp messages only makes sense when WhatsApp is disabled.</source>
        <translation>Причину отказа от сообщений WhatsApp можно указать, только если WhatsApp отключён.</translation>
    </message>
    <message>
        <source>A reason for not sending text messages only makes sense when text messages are disabled.</source>
        <translation>Причину отказа от SMS можно указать, только если SMS отключены.</translation>
    </message>
    <message>
        <source>“%1” is not a reason WoowUp knows. Choose one of: %2.</source>
        <translation>WoowUp не знает причины «%1». Выберите одну из: %2.</translation>
    </message>
    <message>
        <source>Points can&apos;t be negative.</source>
        <translation>Баллы не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>The tag “%1” contains a comma, so WoowUp will store it as several tags.</source>
        <translation>Тег «%1» содержит запятую, поэтому WoowUp сохранит его как несколько тегов.</translation>
    </message>
    <message>
        <source>This account has no custom attribute “%1”. Create it in WoowUp first or remove the value.</source>
        <translation>В этом аккаунте нет дополнительного атрибута «%1». Сначала создайте его в WoowUp или удалите значение.</translation>
    </message>
    <message>
        <source>“%1” needs a number.</source>
        <translation>В поле «%1» должно быть число.</translation>
    </message>
    <message>
        <source>“%1” needs a whole number.</source>
        <translation>В поле «%1» должно быть целое число.</translation>
    </message>
    <message>
        <source>“%1” is a checkbox: it needs yes or no.</source>
        <translation>«%1» — флажок: нужно значение «да» или «нет».</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation>В поле «%1» допустимы только значения: %2.</translation>
    </message>
    <message>
        <source>“%1” needs a date like 2017-08-03 or a date and time like 2017-08-03 14:00:00.</source>
        <translation>В поле «%1» должна быть дата, например 2017-08-03, или дата и время, например 2017-08-03 14:00:00.</translation>
    </message>
    <message>
        <source>“%1” needs a list of values.</source>
        <translation>В поле «%1» должен быть список значений.</translation>
    </message>
    <message>
        <source>“%1” needs text.</source>
        <translation>В поле «%1» должен быть текст.</translation>
    </message>
    <message>
        <source>“%1” accepts only: %2.</source>
        <translation>В поле «%1» допустимы только значения: %2.</translation>
    </message>
    <message>
        <source>Enter the “Club member since” date as year-month-day, with or without the time, like 2017-01-22 or 2017-01-22 18:26:16.</source>
        <translation>Укажите дату «В клубе с» в формате год-месяц-день, со временем или без, например 2017-01-22 или 2017-01-22 18:26:16.</translation>
    </message>
    <message>
        <source>A reason for not sending e-mail only makes sense when e-mail consent is off.</source>
        <translation>Причину отказа от эл. почты можно указать, только если согласие на эл. почту отключено.</translation>
    </message>
</context>
<context>
    <name>WorkbookArchive</name>
    <message>
        <source>The file is not a readable zip archive, so it is no workbook Userdesk can read (or it is damaged).</source>
        <translation>Файл не является читаемым zip-архивом, поэтому это не книга, которую Userdesk может прочитать (или она повреждена).</translation>
    </message>
    <message>
        <source>This workbook is damaged: its list of files cannot be read.</source>
        <translation>Эта книга повреждена: не удаётся прочитать список её файлов.</translation>
    </message>
    <message>
        <source>This workbook is damaged: the part “%1” is missing.</source>
        <translation>Эта книга повреждена: в ней нет части «%1».</translation>
    </message>
    <message>
        <source>This workbook is damaged: the part “%1” cannot be found.</source>
        <translation>Эта книга повреждена: часть «%1» не найдена.</translation>
    </message>
    <message>
        <source>This workbook is password-protected: save it without a password and choose it again.</source>
        <translation>Эта книга защищена паролем: сохраните её без пароля и выберите снова.</translation>
    </message>
    <message>
        <source>This workbook is damaged: the part “%1” cannot be unpacked.</source>
        <translation>Эта книга повреждена: часть «%1» не удаётся распаковать.</translation>
    </message>
    <message>
        <source>This workbook contains a file named “%1”, which points outside the workbook; such a file is made to attack, so it is not read.</source>
        <translation>В этой книге есть файл с именем «%1», указывающим за пределы книги; такие файлы делают для атак, поэтому книга не читается.</translation>
    </message>
    <message>
        <source>The part “%1” of this workbook unpacks to more than %2 MB; a workbook that large is more likely a zip bomb than a list, so it is not read.</source>
        <translation>Часть «%1» этой книги распаковывается в более чем %2 МБ; такая большая книга — скорее zip-бомба, чем список, поэтому она не читается.</translation>
    </message>
    <message>
        <source>This workbook unpacks to more than %1 MB; a workbook that large is more likely a zip bomb than a list, so it is not read.</source>
        <translation>Эта книга распаковывается в более чем %1 МБ; такая большая книга — скорее zip-бомба, чем список, поэтому она не читается.</translation>
    </message>
    <message numerus="yes">
        <source>This workbook holds %n file(s), more than any spreadsheet program writes; it is not read.</source>
        <translation>
            <numerusform>В этой книге %n файл — больше, чем записывает любая программа электронных таблиц; книга не читается.</numerusform>
            <numerusform>В этой книге %n файла — больше, чем записывает любая программа электронных таблиц; книга не читается.</numerusform>
            <numerusform>В этой книге %n файлов — больше, чем записывает любая программа электронных таблиц; книга не читается.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This workbook holds more than %n file(s), more than any spreadsheet program writes; it is not read.</source>
        <translation>
            <numerusform>В этой книге больше %n файла — больше, чем записывает любая программа электронных таблиц; книга не читается.</numerusform>
            <numerusform>В этой книге больше %n файлов — больше, чем записывает любая программа электронных таблиц; книга не читается.</numerusform>
            <numerusform>В этой книге больше %n файлов — больше, чем записывает любая программа электронных таблиц; книга не читается.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The part “%1” of this workbook is packed more than %n time(s) tighter than spreadsheets are, as zip bombs are; it is not read.</source>
        <translation>
            <numerusform>Часть «%1» этой книги сжата более чем в %n раз плотнее, чем бывают таблицы, — как zip-бомбы; книга не читается.</numerusform>
            <numerusform>Часть «%1» этой книги сжата более чем в %n раза плотнее, чем бывают таблицы, — как zip-бомбы; книга не читается.</numerusform>
            <numerusform>Часть «%1» этой книги сжата более чем в %n раз плотнее, чем бывают таблицы, — как zip-бомбы; книга не читается.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>No file to write the workbook to.</source>
        <translation>Нет файла, в который записать книгу.</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>Не удалось записать книгу: %1</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>The table has %n row(s) and %1; an Excel sheet holds at most 1,048,576 rows and 16,384 columns.</source>
        <translation>
            <numerusform>В таблице %n строка и %1; лист Excel вмещает не больше 1 048 576 строк и 16 384 столбцов.</numerusform>
            <numerusform>В таблице %n строки и %1; лист Excel вмещает не больше 1 048 576 строк и 16 384 столбцов.</numerusform>
            <numerusform>В таблице %n строк и %1; лист Excel вмещает не больше 1 048 576 строк и 16 384 столбцов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n столбец</numerusform>
            <numerusform>%n столбца</numerusform>
            <numerusform>%n столбцов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>This workbook refers to a part outside itself (“%1”); it is not read.</source>
        <translation>Эта книга ссылается на часть за своими пределами («%1»); книга не читается.</translation>
    </message>
    <message>
        <source>This workbook is damaged: it does not say where its sheets are.</source>
        <translation>Эта книга повреждена: в ней не указано, где её листы.</translation>
    </message>
    <message>
        <source>This workbook has no sheets.</source>
        <translation>В этой книге нет листов.</translation>
    </message>
    <message>
        <source>This workbook declares more cell formats than Excel allows; it is not read.</source>
        <translation>В этой книге объявлено больше форматов ячеек, чем допускает Excel; книга не читается.</translation>
    </message>
    <message>
        <source>This workbook has no sheet that can be read.</source>
        <translation>В этой книге нет листа, который можно прочитать.</translation>
    </message>
    <message>
        <source>The sheet “%1” is a chart, not a table.</source>
        <translation>Лист «%1» — диаграмма, а не таблица.</translation>
    </message>
    <message>
        <source>This workbook is damaged: cell %1 of the sheet “%2” refers to the shared strings table, which the workbook does not have.</source>
        <translation>Эта книга повреждена: ячейка %1 листа «%2» ссылается на таблицу общих строк, которой в книге нет.</translation>
    </message>
    <message>
        <source>This workbook is damaged: cell %1 of the sheet “%2” refers to shared string number %3, which the workbook does not have.</source>
        <translation>Эта книга повреждена: ячейка %1 листа «%2» ссылается на общую строку номер %3, которой в книге нет.</translation>
    </message>
    <message>
        <source>This workbook is damaged: the sheet “%1” has a cell named “%2”.</source>
        <translation>Эта книга повреждена: на листе «%1» есть ячейка с именем «%2».</translation>
    </message>
    <message>
        <source>The sheet “%1” has a cell past column %2, the last one Excel has; the workbook is not read.</source>
        <translation>На листе «%1» есть ячейка правее столбца %2, последнего в Excel; книга не читается.</translation>
    </message>
    <message>
        <source>The sheet “%1” has a row numbered %2, past the last row Excel has (%3); the workbook is not read.</source>
        <translation>На листе «%1» есть строка номер %2 — дальше последней строки Excel (%3); книга не читается.</translation>
    </message>
    <message numerus="yes">
        <source>This workbook&apos;s shared strings table holds more than %n string(s) or %1, more than a list needs; it is not read.</source>
        <translation>
            <numerusform>Таблица общих строк этой книги выходит за предел (%n строка или %1) — больше, чем нужно списку; книга не читается.</numerusform>
            <numerusform>Таблица общих строк этой книги выходит за предел (%n строки или %1) — больше, чем нужно списку; книга не читается.</numerusform>
            <numerusform>Таблица общих строк этой книги выходит за предел (%n строк или %1) — больше, чем нужно списку; книга не читается.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XmlPart</name>
    <message>
        <source>The part “%1” of this workbook declares a document type (DTD), which spreadsheet programs never write; it is not read.</source>
        <translation>Часть «%1» этой книги объявляет тип документа (DTD), который программы электронных таблиц никогда не записывают; книга не читается.</translation>
    </message>
    <message>
        <source>The part “%1” of this workbook refers to an undeclared entity “%2”; it is not read.</source>
        <translation>Часть «%1» этой книги ссылается на необъявленную сущность «%2»; книга не читается.</translation>
    </message>
    <message>
        <source>This workbook is damaged: the part “%1” is not well-formed XML (line %2: %3).</source>
        <translation>Эта книга повреждена: часть «%1» — некорректный XML (строка %2: %3).</translation>
    </message>
    <message>
        <source>There is not enough memory to read this workbook.</source>
        <translation>Не хватает памяти, чтобы прочитать эту книгу.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage Wazzup employees and WoowUp customers.</source>
        <translation>Управление сотрудниками Wazzup и клиентами WoowUp.</translation>
    </message>
    <message>
        <source>Start with a built-in sandbox and demo data; no account needed.</source>
        <translation>Запустить со встроенной песочницей и демо-данными; аккаунт не нужен.</translation>
    </message>
    <message>
        <source>Userdesk</source>
        <translation>Userdesk</translation>
    </message>
    <message>
        <source>The demo sandbox could not start.</source>
        <translation>Не удалось запустить демо-песочницу.</translation>
    </message>
</context>
</TS>
