# Userdesk translations, one t(...) per English source text. fill_translations.py
# copies them into userdesk_ru.ts, userdesk_es.ts and userdesk_en.ts.
#
#   t(source, ru=..., es=..., en=..., context=None, comment=None)
#
# - An entry without context applies to every context that has the source
#   text; add context="ClassName" for a context-specific override.
# - Plurals (tr("...%n...", "", n)): ru takes 3 forms [one, few, many]
#   (1 клиент, 3 клиента, 5 клиентов; 21 → one, 11 → many), es and en
#   take 2 [one, other]. English (en) is needed for plurals only.
# - Keep %1..%9, %n, HTML tags, "…" and exactly one "&" mnemonic where the
#   source has one; pick a mnemonic letter not used elsewhere in the same
#   dialog or menu.
#
# Glossary: employee = сотрудник / empleado; customer = клиент / cliente;
# account = аккаунт / cuenta; API key = API-ключ / clave de API;
# system keychain = системная связка ключей / llavero del sistema;
# consent = согласие / consentimiento; sandbox = песочница / entorno de
# pruebas; e-mail = эл. почта / correo electrónico; telephone/phone =
# телефон / teléfono; external ID (service_uid) = внешний ID / ID externo;
# "connection settings"/"base URL" = the account dialog's address:
# "адрес в настройках аккаунта" / "la dirección en la configuración de la cuenta".
# Spanish uses "usted" and Latin-American words (computadora, agregar, ingresar).

_entries = {}


def t(source, ru=None, es=None, en=None, context=None, comment=None):
    key = (context, source, comment or "")
    if key in _entries:
        raise ValueError("duplicate phrasebook entry: %r" % (key,))
    _entries[key] = {"ru": ru, "es": es, "en": en}


def lookup(context, source, comment=""):
    generic = _entries.get((None, source, comment or ""))
    specific = _entries.get((context, source, comment or ""))
    if generic is None and specific is None:
        return None
    merged = dict(generic or {})
    for lang, value in (specific or {}).items():
        if value is not None:
            merged[lang] = value
    return merged


# ---------------------------------------------------------------- main
t("Manage Wazzup employees and WoowUp customers.",
  ru="Управление сотрудниками Wazzup и клиентами WoowUp.",
  es="Administre empleados de Wazzup y clientes de WoowUp.")
t("Start with a built-in sandbox and demo data; no account needed.",
  ru="Запустить со встроенной песочницей и демо-данными; аккаунт не нужен.",
  es="Iniciar con un entorno de pruebas integrado y datos de demostración; no se necesita una cuenta.")
t("Userdesk", ru="Userdesk", es="Userdesk")
t("The demo sandbox could not start.",
  ru="Не удалось запустить демо-песочницу.",
  es="No se pudo iniciar el entorno de pruebas de demostración.")

# ---------------------------------------------------------------- Application / SecretStore
t("Demo shop", ru="Демо-магазин", es="Tienda de demostración")
t("Demo team", ru="Демо-команда", es="Equipo de demostración")
t("No system keychain is available: the key will be kept only until Userdesk closes.",
  ru="Системная связка ключей недоступна: ключ будет храниться только до закрытия Userdesk.",
  es="No hay un llavero del sistema disponible: la clave se guardará solo hasta que se cierre Userdesk.")
t("Connected: the key works.", ru="Подключено: ключ работает.", es="Conectado: la clave funciona.")
t("No system keychain is available, so the API key is kept only until Userdesk closes.",
  ru="Системная связка ключей недоступна, поэтому API-ключ хранится только до закрытия Userdesk.",
  es="No hay un llavero del sistema disponible, así que la clave de API se guarda solo hasta que se cierre Userdesk.")
t("The system keychain did not accept the API key (%1). It is kept only until Userdesk closes.",
  ru="Системная связка ключей не приняла API-ключ (%1). Он хранится только до закрытия Userdesk.",
  es="El llavero del sistema no aceptó la clave de API (%1). Se guarda solo hasta que se cierre Userdesk.")
t("The system keychain could not be read (%1).",
  ru="Не удалось прочитать системную связку ключей (%1).",
  es="No se pudo leer el llavero del sistema (%1).")

# ---------------------------------------------------------------- MainWindow
t("<h2>Welcome to Userdesk</h2>",
  ru="<h2>Добро пожаловать в Userdesk</h2>",
  es="<h2>Le damos la bienvenida a Userdesk</h2>")
t("Add a Wazzup or WoowUp account with its API key to manage its users, or try everything first on demo data.",
  ru="Добавьте аккаунт Wazzup или WoowUp с его API-ключом, чтобы управлять пользователями, или сначала попробуйте всё на демо-данных.",
  es="Agregue una cuenta de Wazzup o WoowUp con su clave de API para administrar sus usuarios, o pruebe todo primero con datos de demostración.")
t("Add an account…", ru="Добавить аккаунт…", es="Agregar una cuenta…")
t("Try the demo", ru="Попробовать демо", es="Probar la demostración")
t("Main", ru="Основная", es="Principal")
t("Account: ", ru="Аккаунт: ", es="Cuenta: ")
t("Accounts…", ru="Аккаунты…", es="Cuentas…")
t("Add an account or change the current one",
  ru="Добавить аккаунт или сменить текущий", es="Agregar una cuenta o cambiar la actual")
t("New", ru="Создать", es="Nuevo")
t("Edit", ru="Изменить", es="Editar")
t("Delete", ru="Удалить", es="Eliminar")
t("Refresh", ru="Обновить", es="Actualizar")
t("Search", ru="Поиск", es="Buscar")
t("Find by identifier…", ru="Найти по идентификатору…", es="Buscar por identificador…")
t("Columns…", ru="Столбцы…", es="Columnas…")
t("Columns", ru="Столбцы", es="Columnas")
t("%1 (Wazzup)", ru="%1 (Wazzup)", es="%1 (Wazzup)")
t("%1 (WoowUp)", ru="%1 (WoowUp)", es="%1 (WoowUp)")

# ---------------------------------------------------------------- ProfileDialog
t("Test connection", ru="Проверить подключение", es="Probar conexión")
t("Account", ru="Аккаунт", es="Cuenta")
t("e.g. Shop customers", ru="например, Клиенты магазина", es="p. ej., Clientes de la tienda")
t("WoowUp customers", ru="Клиенты WoowUp", es="Clientes de WoowUp")
t("Wazzup employees", ru="Сотрудники Wazzup", es="Empleados de Wazzup")
t("Stored in the system keychain", ru="Хранится в системной связке ключей",
  es="Se guarda en el llavero del sistema")
t("&Name:", ru="&Название:", es="&Nombre:", context="ProfileDialog")
t("&Service:", ru="&Сервис:", es="&Servicio:")
t("&Address:", ru="&Адрес:", es="&Dirección:")
t("API &key:", ru="API-&ключ:", es="&Clave de API:")
t("Checking…", ru="Проверка…", es="Comprobando…")
t("Give the account a name.", ru="Укажите название аккаунта.", es="Ponga un nombre a la cuenta.")
t("Enter the service's address, e.g. %1.", ru="Укажите адрес сервиса, например %1.",
  es="Ingrese la dirección del servicio, p. ej., %1.")
t("Enter the API key from the service's settings.", ru="Укажите API-ключ из настроек сервиса.",
  es="Ingrese la clave de API que figura en la configuración del servicio.")

# ---------------------------------------------------------------- WazzupPage / WazzupUserDialog
t("Filter employees by name, ID or phone…", ru="Фильтр сотрудников по имени, ID или телефону…",
  es="Filtrar empleados por nombre, ID o teléfono…")
t("%n employee(s)",
  ru=["%n сотрудник", "%n сотрудника", "%n сотрудников"],
  es=["%n empleado", "%n empleados"],
  en=["%n employee", "%n employees"])
t("%1 of %n employee(s) shown",
  ru=["Показано %1 из %n сотрудника", "Показано %1 из %n сотрудников", "Показано %1 из %n сотрудников"],
  es=["Se muestran %1 de %n empleado", "Se muestran %1 de %n empleados"],
  en=["%1 of %n employee shown", "%1 of %n employees shown"])
t("%1 · loading…", ru="%1 · загрузка…", es="%1 · cargando…")
t("%1 · %2", ru="%1 · %2", es="%1 · %2")
t("Delete employees", ru="Удаление сотрудников", es="Eliminar empleados")
t("Deleting employees is not available in this version yet.",
  ru="В этой версии удаление сотрудников пока недоступно.",
  es="Eliminar empleados todavía no está disponible en esta versión.")
t("Edit employee", ru="Редактирование сотрудника", es="Editar empleado")
t("New employee", ru="Новый сотрудник", es="Nuevo empleado")
t("&Edit…", ru="&Изменить…", es="&Editar…")
t("&New employee…", ru="&Новый сотрудник…", es="&Nuevo empleado…")
t("Employee", ru="Сотрудник", es="Empleado")
t("The CRM's ID for this employee", ru="ID этого сотрудника в CRM", es="ID de este empleado en el CRM")
t("e.g. 79261234567 (optional)", ru="например, 79261234567 (необязательно)",
  es="p. ej., 79261234567 (opcional)")
t("&ID:", ru="&ID:", es="&ID:")
t("&Name:", ru="&Имя:", es="&Nombre:", context="WazzupUserDialog")
t("&Phone:", ru="&Телефон:", es="&Teléfono:")
t("Only needed for the Wazzup mobile app. International format, digits only.",
  ru="Нужен только для мобильного приложения Wazzup. Международный формат, только цифры.",
  es="Solo se necesita para la app móvil de Wazzup. Formato internacional, solo dígitos.")
t("Wazzup knows the employee by this ID, so it can't be changed.",
  ru="Wazzup узнаёт сотрудника по этому ID, поэтому его нельзя изменить.",
  es="Wazzup identifica al empleado por este ID, por eso no se puede cambiar.")
t("Saving…", ru="Сохранение…", es="Guardando…")
t("Discard changes?", ru="Отменить изменения?", es="¿Descartar los cambios?")
t("What you changed in this form is not saved.", ru="Изменения в этой форме не сохранены.",
  es="Lo que cambió en este formulario no está guardado.")
t("Discard changes", ru="Отменить изменения", es="Descartar los cambios")
t("Keep editing", ru="Продолжить редактирование", es="Seguir editando")
t("The user has no ID.", ru="У пользователя нет ID.", es="El usuario no tiene ID.")

# ---------------------------------------------------------------- WazzupUserTableModel / WazzupValidator
t("Name", ru="Имя", es="Nombre")
t("ID", ru="ID", es="ID")
t("Phone", ru="Телефон", es="Teléfono")
t("Enter an ID: Wazzup uses it to tell this user apart from the others.",
  ru="Укажите ID: по нему Wazzup отличает этого пользователя от остальных.",
  es="Ingrese un ID: Wazzup lo usa para distinguir a este usuario de los demás.")
t('The ID is %n character(s) long; Wazzup accepts at most %1.',
  ru=['ID длиной %n символ; Wazzup допускает не больше %1.', 'ID длиной %n символа; Wazzup допускает не больше %1.', 'ID длиной %n символов; Wazzup допускает не больше %1.'],
  es=['El ID tiene %n carácter; Wazzup acepta como máximo %1.', 'El ID tiene %n caracteres; Wazzup acepta como máximo %1.'],
  en=['The ID is %n character long; Wazzup accepts at most %1.', 'The ID is %n characters long; Wazzup accepts at most %1.'])
t("Enter the user's name.", ru="Укажите имя пользователя.", es="Ingrese el nombre del usuario.")
t('The name is %n character(s) long; Wazzup accepts at most %1.',
  ru=['Имя длиной %n символ; Wazzup допускает не больше %1.', 'Имя длиной %n символа; Wazzup допускает не больше %1.', 'Имя длиной %n символов; Wazzup допускает не больше %1.'],
  es=['El nombre tiene %n carácter; Wazzup acepta como máximo %1.', 'El nombre tiene %n caracteres; Wazzup acepta como máximo %1.'],
  en=['The name is %n character long; Wazzup accepts at most %1.', 'The name is %n characters long; Wazzup accepts at most %1.'])
t("Wazzup would silently drop this phone number. Write it in international format, digits only with the country code, like 79261234567.",
  ru="Wazzup молча отбросит этот номер телефона. Запишите его в международном формате: только цифры, с кодом страны, например 79261234567.",
  es="Wazzup descartaría este número de teléfono sin avisar. Escríbalo en formato internacional, solo dígitos y con el código de país, como 79261234567.")
t("Wazzup would silently drop this phone number. Write it in international format, digits only with the country code: %1.",
  ru="Wazzup молча отбросит этот номер телефона. Запишите его в международном формате: только цифры, с кодом страны: %1.",
  es="Wazzup descartaría este número de teléfono sin avisar. Escríbalo en formato internacional, solo dígitos y con el código de país: %1.")

# ---------------------------------------------------------------- WoowUpPage
t("Search customers by name, e-mail, document or phone…",
  ru="Поиск клиентов по имени, эл. почте, документу или телефону…",
  es="Buscar clientes por nombre, correo electrónico, documento o teléfono…")
t("%n customer(s)",
  ru=["%n клиент", "%n клиента", "%n клиентов"],
  es=["%n cliente", "%n clientes"],
  en=["%n customer", "%n customers"])
t("%n customer(s) loaded, more on scrolling",
  ru=["Загружен %n клиент, остальные — при прокрутке",
      "Загружено %n клиента, остальные — при прокрутке",
      "Загружено %n клиентов, остальные — при прокрутке"],
  es=["%n cliente cargado; se cargan más al desplazarse",
      "%n clientes cargados; se cargan más al desplazarse"],
  en=["%n customer loaded, more on scrolling", "%n customers loaded, more on scrolling"])
t("Delete customers", ru="Удаление клиентов", es="Eliminar clientes")
t("Deleting customers is not available in this version yet.",
  ru="В этой версии удаление клиентов пока недоступно.",
  es="Eliminar clientes todavía no está disponible en esta versión.")
t("Edit customer", ru="Редактирование клиента", es="Editar cliente")
t("New customer", ru="Новый клиент", es="Nuevo cliente")
t("Find a customer", ru="Поиск клиента", es="Buscar un cliente")
t("E-mail", ru="Эл. почта", es="Correo electrónico")
t("Document", ru="Документ", es="Documento")
t("Telephone", ru="Телефон", es="Teléfono")
t("External ID", ru="Внешний ID", es="ID externo")
t("Find", ru="Найти", es="Buscar")
t("Check it exists", ru="Проверить наличие", es="Comprobar si existe")
t("Find by:", ru="Искать по:", es="Buscar por:")
t("Value:", ru="Значение:", es="Valor:")
t("A customer with “%1” exists.", ru="Клиент со значением «%1» есть.",
  es="Existe un cliente con “%1”.")
t("No customer matches “%1”.", ru="Нет клиентов со значением «%1».",
  es="Ningún cliente coincide con “%1”.")
t("Segment membership", ru="Принадлежность к сегменту", es="Pertenencia a un segmento")
t("Segment ID:", ru="ID сегмента:", es="ID del segmento:")
t("%1 belongs to segment %2.", ru="%1 входит в сегмент %2.", es="%1 pertenece al segmento %2.")
t("%1 does not belong to segment %2.", ru="%1 не входит в сегмент %2.",
  es="%1 no pertenece al segmento %2.")
t("Check &segment membership…", ru="Проверить принадлежность к &сегменту…",
  es="Comprobar pertenencia a un &segmento…")
t("&New customer…", ru="&Новый клиент…", es="&Nuevo cliente…")
t("&Find by identifier…", ru="Найти по и&дентификатору…", es="&Buscar por identificador…")

# ---------------------------------------------------------------- WoowUpCustomerTableModel
t("Not set", ru="Не задано", es="Sin definir")
t("Can receive messages", ru="Может получать сообщения", es="Puede recibir mensajes")
t("Can't receive messages", ru="Не может получать сообщения", es="No puede recibir mensajes")
t("Can't receive messages: %1", ru="Не может получать сообщения: %1",
  es="No puede recibir mensajes: %1")
t("E-mail consent", ru="Согласие на эл. почту", es="Consentimiento de correo electrónico")
# Short column headers (one icon each; the tooltip explains).
t("WhatsApp", ru="WhatsApp", es="WhatsApp")
t("SMS", ru="SMS", es="SMS")
t("WhatsApp consent", ru="Согласие на WhatsApp", es="Consentimiento de WhatsApp")
t("SMS consent", ru="Согласие на SMS", es="Consentimiento de SMS")
t("City", ru="Город", es="Ciudad")
t("Country", ru="Страна", es="País")
t("Points", ru="Баллы", es="Puntos")
t("Tags", ru="Теги", es="Etiquetas")
t("Birth date", ru="Дата рождения", es="Fecha de nacimiento")
t("Created", ru="Создан", es="Creado")

# ---------------------------------------------------------------- CustomerDialog
# Mnemonics are unique within the dialog:
#   ru: В Э Д Т Ф | И А Р П М Е Б К | У Н Г Й Ш С | О W S
#   es: x e d t f | b a h g s q u i | l o c n v p | r w m
t("Identifiers", ru="Идентификаторы", es="Identificadores")
t("Your shop's or CRM's ID", ru="ID в вашем магазине или CRM", es="ID en su tienda o CRM")
t("name@example.com", ru="name@example.com", es="nombre@ejemplo.com")
t("E&xternal ID:", ru="&Внешний ID:", es="ID e&xterno:")
t("&E-mail:", ru="&Эл. почта:", es="Correo &electrónico:")
t("&Document:", ru="&Документ:", es="&Documento:")
t("Document t&ype:", ru="&Тип документа:", es="&Tipo de documento:")
t("Telep&hone:", ru="Теле&фон:", es="Telé&fono:")
t("e.g. DNI, passport", ru="например, DNI, паспорт", es="p. ej., DNI, pasaporte")
t("Personal data", ru="Личные данные", es="Datos personales")
t("yyyy-mm-dd", ru="гггг-мм-дд", es="aaaa-mm-dd")
t("—", ru="—", es="—")
t("Female", ru="Женский", es="Femenino")
t("Male", ru="Мужской", es="Masculino")
t("Single", ru="Холост / не замужем", es="Soltero/a")
t("Committed", ru="В отношениях", es="En pareja")
t("Married", ru="Женат / замужем", es="Casado/a")
t("Divorced", ru="В разводе", es="Divorciado/a")
t("Widowed", ru="Вдовец / вдова", es="Viudo/a")
t("separated by commas, e.g. vip, newsletter", ru="через запятую, например: vip, newsletter",
  es="separadas por comas, p. ej., vip, newsletter")
t("not set", ru="не задано", es="sin definir")
t("yyyy-mm-dd or yyyy-mm-dd hh:mm:ss", ru="гггг-мм-дд или гггг-мм-дд чч:мм:сс",
  es="aaaa-mm-dd o aaaa-mm-dd hh:mm:ss")
t("&First name:", ru="&Имя:", es="Nom&bre:")
t("&Last name:", ru="Ф&амилия:", es="&Apellido:")
t("&Birth date:", ru="Дата &рождения:", es="Fec&ha de nacimiento:")
t("&Gender:", ru="&Пол:", es="&Género:")
t("Marital stat&us:", ru="Се&мейное положение:", es="E&stado civil:")
t("&Tags:", ru="Т&еги:", es="Eti&quetas:")
t("P&oints:", ru="&Баллы:", es="P&untos:")
t("&Club member since:", ru="В &клубе с:", es="M&iembro del club desde:")
t("Address", ru="Адрес", es="Dirección")
t("three-letter ISO code, e.g. ARG", ru="трёхбуквенный код ISO, например ARG",
  es="código ISO de tres letras, p. ej., ARG")
t("A country name or two-letter code is turned into the three-letter code when you leave the field.",
  ru="Когда вы уходите из поля, название страны или двухбуквенный код заменяется трёхбуквенным кодом.",
  es="Al salir del campo, el nombre del país o el código de dos letras se convierte en el código de tres letras.")
t("St&reet:", ru="&Улица:", es="Ca&lle:")
t("&Postcode:", ru="И&ндекс:", es="Código p&ostal:")
t("C&ity:", ru="&Город:", es="&Ciudad:")
t("Dep&artment:", ru="Ра&йон:", es="Departame&nto:")
t("State or pro&vince:", ru="&Штат или провинция:", es="Estado o pro&vincia:")
t("Cou&ntry:", ru="&Страна:", es="&País:")
t("Channel consent", ru="Согласие по каналам", es="Consentimiento por canal")
t("E-&mail consent:", ru="Согласие на эл. п&очту:", es="Consentimiento de co&rreo electrónico:")
t("&WhatsApp consent:", ru="Согласие на &WhatsApp:", es="Consentimiento de &WhatsApp:")
t("&SMS consent:", ru="Согласие на &SMS:", es="Consentimiento de S&MS:")
t("Custom attributes", ru="Дополнительные атрибуты", es="Atributos personalizados")
t("Custom attribute %1", ru="Дополнительный атрибут %1", es="Atributo personalizado %1")
t("WoowUp customer %1", ru="Клиент WoowUp %1", es="Cliente de WoowUp %1")
t("%1, created %2", ru="%1, создан %2", es="%1, creado el %2")
t("%1, last updated %2", ru="%1, изменён %2", es="%1, última actualización: %2")
t("%1. This customer is blocked.", ru="%1. Этот клиент заблокирован.",
  es="%1. Este cliente está bloqueado.")
t("Enter the points as a whole number, like 150, or leave the field empty.",
  ru="Укажите баллы целым числом, например 150, или оставьте поле пустым.",
  es="Ingrese los puntos como un número entero, como 150, o deje el campo vacío.")

# ---------------------------------------------------------------- ConsentEditor
t("Reason:", ru="Причина:", es="Motivo:")
t("Can receive", ru="Может получать", es="Puede recibir")
t("Can't receive", ru="Не может получать", es="No puede recibir")
t("“Not set” sends nothing for this channel, so WoowUp keeps what it has.",
  ru="При значении «Не задано» по этому каналу ничего не отправляется, и WoowUp оставляет текущее значение.",
  es="“Sin definir” no envía nada para este canal, así que WoowUp conserva el valor que tiene.")
t("No reason given", ru="Причина не указана", es="Sin motivo indicado")
t("Bounced", ru="Недоставка", es="Rebote")
t("Unsubscribed", ru="Отписка", es="Baja de la suscripción")
t("Reported as spam", ru="Жалоба на спам", es="Denuncia de spam")
t("Dropped", ru="Отклонено", es="Descartado")
t("Other", ru="Другое", es="Otro")

# ---------------------------------------------------------------- CustomAttributeEditor
t("Attribute", ru="Атрибут", es="Atributo")
t("Type", ru="Тип", es="Tipo")
t("Value", ru="Значение", es="Valor")
t("Choose an attribute or type a new name", ru="Выберите атрибут или введите новое название",
  es="Elija un atributo o escriba un nombre nuevo")
t("Text", ru="Текст", es="Texto")
t("Choice", ru="Выбор из списка", es="Selección")
t("Date and time", ru="Дата и время", es="Fecha y hora")
t("Yes or no", ru="Да или нет", es="Sí o no")
t("Number", ru="Число", es="Número")
t("List", ru="Список", es="Lista")
t("Not defined", ru="Не определён", es="No definido")
t("%1 (%2)", ru="%1 (%2)", es="%1 (%2)")
t("Remove", ru="Удалить", es="Quitar")
t("Remove this attribute from the customer", ru="Удалить этот атрибут у клиента",
  es="Quitar este atributo del cliente")
t("This account does not define this attribute.", ru="В этом аккаунте такой атрибут не определён.",
  es="Esta cuenta no define este atributo.")
t("— choose —", ru="— выберите —", es="— elija —")
t("Yes", ru="Да", es="Sí")
t("yyyy-mm-dd hh:mm:ss", ru="гггг-мм-дд чч:мм:сс", es="aaaa-mm-dd hh:mm:ss")
t("A date like 2017-08-03, or a date and time like 2017-08-03 14:00:00. Leave it empty to clear the value.",
  ru="Дата, например 2017-08-03, или дата и время, например 2017-08-03 14:00:00. Оставьте поле пустым, чтобы очистить значение.",
  es="Una fecha como 2017-08-03, o una fecha y hora como 2017-08-03 14:00:00. Déjelo vacío para borrar el valor.")
t("e.g. 5 or 20.3", ru="например, 5 или 20.3", es="p. ej., 5 o 20.3")
t("Leave it empty to clear the value.", ru="Оставьте поле пустым, чтобы очистить значение.",
  es="Déjelo vacío para borrar el valor.")
t("values separated by commas", ru="значения через запятую", es="valores separados por comas")
t("Add", ru="Добавить", es="Agregar")

# ---------------------------------------------------------------- FieldProblemLabel / FieldProblems
t("Warning: %1", ru="Предупреждение: %1", es="Advertencia: %1")
t("%1: %2", ru="%1: %2", es="%1: %2")
t("Fix %n problem(s) before saving: %1",
  ru=["Перед сохранением исправьте %n ошибку: %1",
      "Перед сохранением исправьте %n ошибки: %1",
      "Перед сохранением исправьте %n ошибок: %1"],
  es=["Corrija %n problema antes de guardar: %1", "Corrija %n problemas antes de guardar: %1"],
  en=["Fix %n problem before saving: %1", "Fix %n problems before saving: %1"])
t("%1 (and %n more)",
  ru=["%1 (и ещё %n)", "%1 (и ещё %n)", "%1 (и ещё %n)"],
  es=["%1 (y %n más)", "%1 (y %n más)"],
  en=["%1 (and %n more)", "%1 (and %n more)"])
t("Fix %n problem(s) before saving:",
  ru=["Перед сохранением исправьте %n ошибку:",
      "Перед сохранением исправьте %n ошибки:",
      "Перед сохранением исправьте %n ошибок:"],
  es=["Corrija %n problema antes de guardar:", "Corrija %n problemas antes de guardar:"],
  en=["Fix %n problem before saving:", "Fix %n problems before saving:"])
t("• %1", ru="• %1", es="• %1")

# ---------------------------------------------------------------- WoowUpValidator / WoowUpCustomerJob
t("Enter at least one way to identify the customer: an external ID, an e-mail address, a document number or a telephone number.",
  ru="Укажите хотя бы один идентификатор клиента: внешний ID, адрес эл. почты, номер документа или номер телефона.",
  es="Ingrese al menos un dato para identificar al cliente: un ID externo, un correo electrónico, un número de documento o un número de teléfono.")
t("Enter an e-mail address like name@example.com.",
  ru="Укажите адрес эл. почты в виде name@example.com.",
  es="Ingrese un correo electrónico como nombre@ejemplo.com.")
t("Enter the gender as F (female) or M (male), or leave it empty.",
  ru="Укажите пол: F (женский) или M (мужской), или оставьте поле пустым.",
  es="Ingrese el género como F (femenino) o M (masculino), o déjelo vacío.")
t("Enter the birth date as year-month-day, like 1989-06-22.",
  ru="Укажите дату рождения в формате год-месяц-день, например 1989-06-22.",
  es="Ingrese la fecha de nacimiento como año-mes-día, por ejemplo 1989-06-22.")
t("There is no date %1 in the calendar. Check the month and the day.",
  ru="Даты %1 не существует. Проверьте месяц и день.",
  es="La fecha %1 no existe en el calendario. Revise el mes y el día.")
t("The birth date %1 is in the future.", ru="Дата рождения %1 ещё не наступила.",
  es="La fecha de nacimiento %1 está en el futuro.")
t("Enter the “Club member since” date as year-month-day, with or without the time, like 2017-01-22 or 2017-01-22 18:26:16.",
  ru="Укажите дату «В клубе с» в формате год-месяц-день, со временем или без, например 2017-01-22 или 2017-01-22 18:26:16.",
  es="Ingrese la fecha de “Miembro del club desde” como año-mes-día, con o sin la hora, por ejemplo 2017-01-22 o 2017-01-22 18:26:16.")
t("Enter the country as its three-letter ISO code, like ARG, ESP or USA.",
  ru="Укажите страну трёхбуквенным кодом ISO, например ARG, ESP или USA.",
  es="Ingrese el país con su código ISO de tres letras, como ARG, ESP o USA.")
t("Enter the country as its three-letter ISO code: for “%1” that is %2.",
  ru="Укажите страну трёхбуквенным кодом ISO: для «%1» это %2.",
  es="Ingrese el país con su código ISO de tres letras: para “%1” es %2.")
t("“%1” is not a marital status WoowUp knows. Choose one of: %2.",
  ru="WoowUp не знает семейного положения «%1». Выберите одно из значений: %2.",
  es="WoowUp no reconoce el estado civil “%1”. Elija uno de estos: %2.")
t("A reason for not sending e-mail only makes sense when e-mail consent is off.",
  ru="Причину отказа от эл. почты можно указать, только если согласие на эл. почту отключено.",
  es="El motivo solo tiene sentido si el consentimiento de correo electrónico está desactivado.")
t("A reason for not sending WhatsApp messages only makes sense when WhatsApp is disabled.",
  ru="Причину отказа от сообщений WhatsApp можно указать, только если WhatsApp отключён.",
  es="El motivo para no enviar mensajes de WhatsApp solo tiene sentido si WhatsApp está desactivado.")
t("A reason for not sending text messages only makes sense when text messages are disabled.",
  ru="Причину отказа от SMS можно указать, только если SMS отключены.",
  es="El motivo para no enviar SMS solo tiene sentido si los SMS están desactivados.")
t("“%1” is not a reason WoowUp knows. Choose one of: %2.",
  ru="WoowUp не знает причины «%1». Выберите одну из: %2.",
  es="WoowUp no reconoce el motivo “%1”. Elija uno de estos: %2.")
t("Points can't be negative.", ru="Баллы не могут быть отрицательными.",
  es="Los puntos no pueden ser negativos.")
t("The tag “%1” contains a comma, so WoowUp will store it as several tags.",
  ru="Тег «%1» содержит запятую, поэтому WoowUp сохранит его как несколько тегов.",
  es="La etiqueta “%1” contiene una coma, así que WoowUp la guardará como varias etiquetas.")
t("This account has no custom attribute “%1”. Create it in WoowUp first or remove the value.",
  ru="В этом аккаунте нет дополнительного атрибута «%1». Сначала создайте его в WoowUp или удалите значение.",
  es="Esta cuenta no tiene el atributo personalizado “%1”. Créelo primero en WoowUp o quite el valor.")
t("“%1” needs a number.", ru="В поле «%1» должно быть число.", es="“%1” debe ser un número.")
t("“%1” needs a whole number.", ru="В поле «%1» должно быть целое число.",
  es="“%1” debe ser un número entero.")
t("“%1” is a checkbox: it needs yes or no.", ru="«%1» — флажок: нужно значение «да» или «нет».",
  es="“%1” es una casilla: debe ser sí o no.")
t("“%1” must be one of: %2.", ru="В поле «%1» допустимы только значения: %2.",
  es="“%1” debe ser uno de estos valores: %2.")
t("“%1” needs a date like 2017-08-03 or a date and time like 2017-08-03 14:00:00.",
  ru="В поле «%1» должна быть дата, например 2017-08-03, или дата и время, например 2017-08-03 14:00:00.",
  es="“%1” debe ser una fecha como 2017-08-03 o una fecha y hora como 2017-08-03 14:00:00.")
t("“%1” needs a list of values.", ru="В поле «%1» должен быть список значений.",
  es="“%1” debe ser una lista de valores.")
t("“%1” needs text.", ru="В поле «%1» должен быть текст.", es="“%1” debe ser un texto.")
t("The customer has no identifier. Enter a service UID, an e-mail, a document or a telephone.",
  ru="У клиента нет идентификатора. Укажите внешний ID, эл. почту, документ или телефон.",
  es="El cliente no tiene identificador. Ingrese un ID externo, un correo electrónico, un documento o un teléfono.")
t("“%1” is not a customer identifier; use service_uid, email, document or telephone.",
  ru="«%1» не является идентификатором клиента; используйте service_uid, email, document или telephone.",
  es="“%1” no es un identificador de cliente; use service_uid, email, document o telephone.")

# ---------------------------------------------------------------- ApiError field labels
# Inserted into "поле «%1»" / "el campo “%1”", so plain nominative, lower case.
t("the server", ru="сервер", es="el servidor")
t("name", ru="имя", es="nombre")
t("phone", ru="телефон", es="teléfono")
t("service UID", ru="внешний ID", es="ID externo")
t("e-mail", ru="эл. почта", es="correo electrónico")
t("document", ru="документ", es="documento")
t("document type", ru="тип документа", es="tipo de documento")
t("telephone", ru="телефон", es="teléfono")
t("first name", ru="имя", es="nombre")
t("last name", ru="фамилия", es="apellido")
t("birth date", ru="дата рождения", es="fecha de nacimiento")
t("gender", ru="пол", es="género")
t("street", ru="улица", es="calle")
t("postcode", ru="индекс", es="código postal")
t("city", ru="город", es="ciudad")
t("department", ru="район", es="departamento")
t("state", ru="штат или провинция", es="estado o provincia")
t("country", ru="страна", es="país")
t("marital status", ru="семейное положение", es="estado civil")
t("tags", ru="теги", es="etiquetas")
t("points", ru="баллы", es="puntos")
t("“Club member since” date", ru="дата «В клубе с»", es="fecha de “Miembro del club desde”")

# ---------------------------------------------------------------- ApiError messages
# %1 is mostly "Wazzup"/"WoowUp" (not declined in Russian), rarely "сервер".
t("Wazzup accepts at most 100 users in one request.",
  ru="Wazzup принимает не больше 100 пользователей за один запрос.",
  es="Wazzup acepta como máximo 100 usuarios por solicitud.")
t("The Wazzup account already has the maximum number of users (1,000). Delete users who no longer need access before adding new ones.",
  ru="В аккаунте Wazzup уже максимальное число пользователей (1000). Прежде чем добавлять новых, удалите тех, кому доступ больше не нужен.",
  es="La cuenta de Wazzup ya tiene la cantidad máxima de usuarios (1000). Elimine a los usuarios que ya no necesitan acceso antes de agregar otros nuevos.")
t("Wazzup did not accept user “%1”: the %2 is missing or not valid.",
  ru="Wazzup не принял пользователя «%1»: поле «%2» не заполнено или заполнено неверно.",
  es="Wazzup no aceptó al usuario “%1”: el campo “%2” está vacío o no es válido.")
t("Wazzup did not accept the user data: the %1 is missing or not valid.",
  ru="Wazzup не принял данные пользователя: поле «%1» не заполнено или заполнено неверно.",
  es="Wazzup no aceptó los datos del usuario: el campo “%1” está vacío o no es válido.")
t("Wazzup did not accept the user data: a required field is empty or a value is not valid.",
  ru="Wazzup не принял данные пользователя: обязательное поле не заполнено или значение неверно.",
  es="Wazzup no aceptó los datos del usuario: hay un campo obligatorio vacío o un valor no válido.")
t("Wazzup did not accept the request.", ru="Wazzup не принял запрос.",
  es="Wazzup no aceptó la solicitud.")
t("Wazzup did not accept the request: %1.", ru="Wazzup не принял запрос: %1.",
  es="Wazzup no aceptó la solicitud: %1.")
t("WoowUp did not accept the customer data.", ru="WoowUp не принял данные клиента.",
  es="WoowUp no aceptó los datos del cliente.")
t("WoowUp did not accept the customer data: %1.", ru="WoowUp не принял данные клиента: %1.",
  es="WoowUp no aceptó los datos del cliente: %1.")
t("WoowUp did not accept the data of customer “%1”.", ru="WoowUp не принял данные клиента «%1».",
  es="WoowUp no aceptó los datos del cliente “%1”.")
t("WoowUp did not accept the data of customer “%1”: %2.",
  ru="WoowUp не принял данные клиента «%1»: %2.",
  es="WoowUp no aceptó los datos del cliente “%1”: %2.")
t("The address “%1” is not a valid web address. Check the base URL in the connection settings.",
  ru="«%1» не является правильным веб-адресом. Проверьте адрес в настройках аккаунта.",
  es="“%1” no es una dirección web válida. Revise la dirección en la configuración de la cuenta.")
t("The address “%1” does not use HTTPS. API keys are only sent over HTTPS; plain HTTP is allowed only to this computer.",
  ru="Адрес «%1» не использует HTTPS. API-ключи передаются только по HTTPS; обычный HTTP разрешён только для этого компьютера.",
  es="La dirección “%1” no usa HTTPS. Las claves de API solo se envían por HTTPS; HTTP sin cifrar solo se permite hacia esta computadora.")
t("%1 did not answer within %n second(s). Check the internet connection and try again.",
  ru=["%1 не ответил за %n секунду. Проверьте подключение к интернету и повторите попытку.",
      "%1 не ответил за %n секунды. Проверьте подключение к интернету и повторите попытку.",
      "%1 не ответил за %n секунд. Проверьте подключение к интернету и повторите попытку."],
  es=["%1 no respondió en %n segundo. Revise la conexión a internet e inténtelo de nuevo.",
      "%1 no respondió en %n segundos. Revise la conexión a internet e inténtelo de nuevo."],
  en=["%1 did not answer within %n second. Check the internet connection and try again.",
      "%1 did not answer within %n seconds. Check the internet connection and try again."])
t("Could not connect to %1: the server at %2 refused the connection. Check the base URL in the connection settings.",
  ru="Не удалось подключиться к %1: сервер %2 отклонил подключение. Проверьте адрес в настройках аккаунта.",
  es="No se pudo conectar con %1: el servidor %2 rechazó la conexión. Revise la dirección en la configuración de la cuenta.")
t("Could not find the server %1. Check the base URL in the connection settings and the internet connection.",
  ru="Сервер %1 не найден. Проверьте адрес в настройках аккаунта и подключение к интернету.",
  es="No se encontró el servidor %1. Revise la dirección en la configuración de la cuenta y la conexión a internet.")
t("%1 closed the connection before its answer arrived. Try again.",
  ru="%1 закрыл соединение, не отправив ответ. Повторите попытку.",
  es="%1 cerró la conexión antes de enviar la respuesta. Inténtelo de nuevo.")
t("Could not reach %1 because of a network problem. Check the internet connection and try again.",
  ru="Не удалось связаться с %1 из-за проблемы с сетью. Проверьте подключение к интернету и повторите попытку.",
  es="No se pudo comunicar con %1 por un problema de red. Revise la conexión a internet e inténtelo de nuevo.")
t("The secure connection to %1 could not be established (%2). Userdesk does not send data to a server whose certificate cannot be verified.",
  ru="Не удалось установить защищённое соединение с %1 (%2). Userdesk не отправляет данные на сервер, сертификат которого нельзя проверить.",
  es="No se pudo establecer la conexión segura con %1 (%2). Userdesk no envía datos a un servidor cuyo certificado no se puede verificar.")
t("the server ended the connection during the TLS handshake",
  ru="сервер разорвал соединение во время согласования TLS",
  es="el servidor cerró la conexión durante la negociación TLS")
t("%1 sent an answer that Userdesk cannot read. Try again; if this keeps happening, check that the base URL points to the %1 API.",
  ru="%1 прислал ответ, который Userdesk не может прочитать. Повторите попытку; если ошибка повторяется, проверьте, что адрес в настройках аккаунта указывает на API %1.",
  es="%1 envió una respuesta que Userdesk no puede leer. Inténtelo de nuevo; si vuelve a ocurrir, revise que la dirección en la configuración de la cuenta apunte a la API de %1.")
t("The request was cancelled.", ru="Запрос отменён.", es="Se canceló la solicitud.")
t("Wazzup refused this action for the API key. Check that the key in the connection settings is correct and allowed to manage users.",
  ru="Wazzup запретил это действие для данного API-ключа. Проверьте, что ключ в настройках аккаунта указан верно и имеет право управлять пользователями.",
  es="Wazzup rechazó esta acción para la clave de API. Revise que la clave en la configuración de la cuenta sea correcta y tenga permiso para administrar usuarios.")
t("%1 did not accept the API key. Check the key in the connection settings.",
  ru="%1 не принял API-ключ. Проверьте ключ в настройках аккаунта.",
  es="%1 no aceptó la clave de API. Revise la clave en la configuración de la cuenta.")
t("A customer with the same %1 already exists in WoowUp.",
  ru="В WoowUp уже есть клиент с таким же значением поля «%1».",
  es="Ya existe en WoowUp un cliente con el mismo valor en el campo “%1”.")
t("This customer already exists in WoowUp.", ru="Такой клиент уже есть в WoowUp.",
  es="Este cliente ya existe en WoowUp.")
t("User “%1” was not found in Wazzup; it may have been deleted already.",
  ru="Пользователь «%1» не найден в Wazzup; возможно, он уже удалён.",
  es="No se encontró al usuario “%1” en Wazzup; es posible que ya se haya eliminado.")
t("The user was not found in Wazzup; it may have been deleted already.",
  ru="Пользователь не найден в Wazzup; возможно, он уже удалён.",
  es="No se encontró al usuario en Wazzup; es posible que ya se haya eliminado.")
t("Customer “%1” was not found in WoowUp.", ru="Клиент «%1» не найден в WoowUp.",
  es="No se encontró al cliente “%1” en WoowUp.")
t("No matching record was found in WoowUp.", ru="В WoowUp не найдено подходящей записи.",
  es="No se encontró ningún registro coincidente en WoowUp.")
t("The requested record was not found.", ru="Запрошенная запись не найдена.",
  es="No se encontró el registro solicitado.")
t("%1 does not offer this action at this address. Check that the base URL in the connection settings points to the %1 API.",
  ru="%1 не поддерживает это действие по этому адресу. Проверьте, что адрес в настройках аккаунта указывает на API %1.",
  es="%1 no ofrece esta acción en esta dirección. Revise que la dirección en la configuración de la cuenta apunte a la API de %1.")
t("The %1 account of this API key has been deleted.",
  ru="Аккаунт %1, к которому относится этот API-ключ, удалён.",
  es="Se eliminó la cuenta de %1 a la que pertenece esta clave de API.")
t("%1 received too many requests from this account. Wait a minute and try again.",
  ru="%1 получил слишком много запросов от этого аккаунта. Подождите минуту и повторите попытку.",
  es="%1 recibió demasiadas solicitudes de esta cuenta. Espere un minuto e inténtelo de nuevo.")
t("%1 reported an internal error. Try again later; if the problem persists, contact %1 support.",
  ru="%1 сообщил о внутренней ошибке. Повторите попытку позже; если ошибка не исчезнет, обратитесь в поддержку %1.",
  es="%1 informó un error interno. Inténtelo de nuevo más tarde; si el problema continúa, comuníquese con el soporte de %1.")
t("%1 is temporarily unavailable (HTTP %2). Try again in a few minutes.",
  ru="%1 временно недоступен (HTTP %2). Повторите попытку через несколько минут.",
  es="%1 no está disponible temporalmente (HTTP %2). Inténtelo de nuevo en unos minutos.")
t("%1 refused the request (HTTP %2): %3.", ru="%1 отклонил запрос (HTTP %2): %3.",
  es="%1 rechazó la solicitud (HTTP %2): %3.")
t("%1 refused the request (HTTP %2).", ru="%1 отклонил запрос (HTTP %2).",
  es="%1 rechazó la solicitud (HTTP %2).")

# ---------------------------------------------------------------- Bulk delete, restore, local journal
# Reasons are shown after the record's name ("Ivan (42): not deleted: …"),
# hence lower case; Russian uses the neuter ("запись") for users and customers.
# Journal = локальный журнал / diario local (snapshots kept for restoring).
t("Nothing was deleted, because the local journal could not be written: %1",
  ru="Ничего не удалено, потому что не удалось записать локальный журнал: %1",
  es="No se eliminó nada porque no se pudo escribir en el diario local: %1")
t("the local journal is not open.", ru="локальный журнал не открыт.",
  es="el diario local no está abierto.")
t("The local journal is not open.", ru="Локальный журнал не открыт.",
  es="El diario local no está abierto.")
t("The local journal could not be read.", ru="Не удалось прочитать локальный журнал.",
  es="No se pudo leer el diario local.")
t("not deleted, because the deletion was cancelled.", ru="не удалено: удаление отменено.",
  es="no se eliminó porque se canceló la eliminación.")
t("not deleted, because the local journal could not be written.",
  ru="не удалено: не удалось записать локальный журнал.",
  es="no se eliminó porque no se pudo escribir en el diario local.")
t("not sent yet", ru="ещё не отправлено", es="aún no enviado")
t("deleted", ru="удалено", es="eliminado")
t("already gone", ru="уже удалено ранее", es="ya no existía")
t("not deleted", ru="не удалено", es="no eliminado")
t("cancelled", ru="отменено", es="cancelado")
t("restored", ru="восстановлено", es="restaurado")
t("Identifier", ru="Идентификатор", es="Identificador")
t("Outcome", ru="Результат", es="Resultado")
t("Reason", ru="Причина", es="Motivo")
t("Note", ru="Примечание", es="Nota")
t("Deleted at", ru="Время удаления", es="Fecha de eliminación")
t("The report could not be saved to %1: %2", ru="Не удалось сохранить отчёт в %1: %2",
  es="No se pudo guardar el informe en %1: %2")
t("not deleted: the account was closed.", ru="не удалено: аккаунт закрыт в Userdesk.",
  es="no se eliminó: la cuenta se cerró en Userdesk.")
t("not deleted, because its full record could not be read first. %1",
  ru="не удалено: не удалось предварительно прочитать полную запись. %1",
  es="no se eliminó porque antes no se pudo leer el registro completo. %1")
t("the server did not say whether it was deleted.", ru="сервер не сообщил, удалена ли запись.",
  es="el servidor no indicó si se eliminó.")
t("not deleted: the customer has no e-mail, document, telephone or external ID to delete it by.",
  ru="не удалено: у клиента нет эл. почты, документа, телефона или внешнего ID, по которым его можно удалить.",
  es="no se eliminó: el cliente no tiene correo electrónico, documento, teléfono ni ID externo con el que eliminarlo.")
t("not restored, because the restore was cancelled.", ru="не восстановлено: восстановление отменено.",
  es="no se restauró porque se canceló la restauración.")
t("not restored: the account was closed.", ru="не восстановлено: аккаунт закрыт в Userdesk.",
  es="no se restauró: la cuenta se cerró en Userdesk.")
t("not restored. %1", ru="не восстановлено. %1", es="no se restauró. %1")
t("The local journal could not be written.", ru="Не удалось записать локальный журнал.",
  es="No se pudo escribir en el diario local.")
t("The folder of the local journal, %1, could not be created.",
  ru="Не удалось создать папку локального журнала %1.",
  es="No se pudo crear la carpeta del diario local, %1.")
t("The local journal %1 could not be created.", ru="Не удалось создать локальный журнал %1.",
  es="No se pudo crear el diario local %1.")
t("The SQLite driver of Qt is not installed.", ru="Драйвер SQLite для Qt не установлен.",
  es="El controlador SQLite de Qt no está instalado.")
t("The local journal %1 could not be opened.", ru="Не удалось открыть локальный журнал %1.",
  es="No se pudo abrir el diario local %1.")
t("The local journal %1 could not be switched to write-ahead logging.",
  ru="Не удалось перевести локальный журнал %1 в режим упреждающей записи (WAL).",
  es="No se pudo cambiar el diario local %1 al modo de registro de escritura anticipada (WAL).")

# ---------------------------------------------------------------- CSV import
t("The file is not open for reading.", ru="Файл не открыт для чтения.",
  es="El archivo no está abierto para lectura.")
t("The encoding “%1” is not supported. Choose another one.",
  ru="Кодировка «%1» не поддерживается. Выберите другую.",
  es="La codificación “%1” no es compatible. Elija otra.")
t("The file could not be read: %1", ru="Не удалось прочитать файл: %1",
  es="No se pudo leer el archivo: %1")
t("The file ends inside a quoted cell that starts on line %1. A closing quote (%2) is probably missing on that line.",
  ru="Файл заканчивается внутри ячейки в кавычках, которая начинается в строке %1. Вероятно, в этой строке не хватает закрывающей кавычки (%2).",
  es="El archivo termina dentro de una celda entre comillas que empieza en la línea %1. Probablemente falta la comilla de cierre (%2) en esa línea.")
t("The file “%1” could not be opened: %2", ru="Не удалось открыть файл «%1»: %2",
  es="No se pudo abrir el archivo “%1”: %2")
t('Row %1 has more than %n cell(s); the cells after that were left out.',
  ru=['В строке %1 больше %n ячейки; лишние ячейки пропущены.', 'В строке %1 больше %n ячеек; лишние ячейки пропущены.', 'В строке %1 больше %n ячеек; лишние ячейки пропущены.'],
  es=['La fila %1 tiene más de %n celda; se omitieron las celdas sobrantes.', 'La fila %1 tiene más de %n celdas; se omitieron las celdas sobrantes.'],
  en=['Row %1 has more than %n cell; the cells after that were left out.', 'Row %1 has more than %n cells; the cells after that were left out.'])
t("“%1” accepts only: %2.", ru="В поле «%1» допустимы только значения: %2.",
  es="“%1” solo acepta: %2.")

# ---------------------------------------------------------------- Import: field names (FieldSynonyms)
t("Custom attribute “%1”", ru="Дополнительный атрибут «%1»", es="Atributo personalizado “%1”")
t("User ID", ru="ID пользователя", es="ID de usuario")
t("Document number", ru="Номер документа", es="Número de documento")
t("Document type", ru="Тип документа", es="Tipo de documento")
t("First name", ru="Имя", es="Nombre")
t("Last name", ru="Фамилия", es="Apellido")
t("Gender", ru="Пол", es="Género")
t("Street address", ru="Адрес (улица и дом)", es="Dirección (calle y número)")
t("Postcode", ru="Почтовый индекс", es="Código postal")
t("Department", ru="Район", es="Departamento")
t("State or province", ru="Штат или провинция", es="Estado o provincia")
t("Marital status", ru="Семейное положение", es="Estado civil")
t("Club member since", ru="В клубе с", es="Miembro del club desde")
t("Reason e-mail is off", ru="Причина отключения эл. почты",
  es="Motivo de correo electrónico desactivado")
t("Reason WhatsApp is off", ru="Причина отказа от WhatsApp", es="Motivo para no enviar WhatsApp")
t("Reason SMS is off", ru="Причина отказа от SMS", es="Motivo para no enviar SMS")

# ---------------------------------------------------------------- Import: column mapping
t("Choose the column with the user ID: Wazzup needs it.",
  ru="Выберите столбец с ID пользователя: он обязателен для Wazzup.",
  es="Elija la columna con el ID de usuario: Wazzup lo necesita.")
t("Choose the column with the user’s name: Wazzup needs it.",
  ru="Выберите столбец с именем пользователя: оно обязательно для Wazzup.",
  es="Elija la columna con el nombre del usuario: Wazzup lo necesita.")
t("Choose at least one column that identifies the customer: an external ID, an e-mail address, a document number or a telephone number.",
  ru="Выберите хотя бы один столбец, по которому можно определить клиента: внешний ID, адрес эл. почты, номер документа или номер телефона.",
  es="Elija al menos una columna que identifique al cliente: ID externo, correo electrónico, número de documento o número de teléfono.")

# ---------------------------------------------------------------- Accounts menu (MainWindow)
# Removing an account only forgets it in Userdesk: "убрать" / "quitar", not "удалить" / "eliminar".
# Menu mnemonics: ru Д И У О; es A E Q D.
t("&Add an account…", ru="&Добавить аккаунт…", es="&Agregar una cuenta…")
t("&Edit this account…", ru="&Изменить этот аккаунт…", es="&Editar esta cuenta…")
t("&Remove this account…", ru="&Убрать этот аккаунт…", es="&Quitar esta cuenta…")
t("Remove account", ru="Убрать аккаунт", es="Quitar cuenta")
t("Remove “%1” from Userdesk? Its API key is deleted from the keychain. Nothing changes on the service.",
  ru="Убрать «%1» из Userdesk? Его API-ключ будет удалён из системной связки ключей. В самом сервисе ничего не изменится.",
  es="¿Quitar “%1” de Userdesk? Su clave de API se elimina del llavero del sistema. En el servicio no cambia nada.")
t("Open the &demo accounts", ru="&Открыть демо-аккаунты", es="Abrir las cuentas de &demostración")
t("Accounts", ru="Аккаунты", es="Cuentas")
t("Add, edit or remove accounts", ru="Добавить, изменить или убрать аккаунты",
  es="Agregar, editar o quitar cuentas")

# ---------------------------------------------------------------- Bulk delete dialogs and pages
# "Recently deleted…" = "Недавно удалённые…" / "Eliminados recientemente…" everywhere.
# Page context menus: ru &Изменить… &Новый… Найти по и&дентификатору… Проверить … &сегменту…
#   &Удалить… Удалить &всех… Нед&авно удалённые…; es &Editar… &Nuevo… &Buscar… &segmento…
#   E&liminar… Eliminar &todos… Eliminados &recientemente…
t("Delete records", ru="Удаление записей", es="Eliminar registros")
t("A copy of each record is kept on this computer first, so that you can restore it later from “Recently deleted…”.",
  ru="Сначала копия каждой записи сохраняется на этом компьютере, чтобы позже её можно было восстановить в окне «Недавно удалённые…».",
  es="Primero se guarda una copia de cada registro en esta computadora, para que pueda restaurarlo más tarde desde “Eliminados recientemente…”.")
t("To confirm, type the number of records to delete (%1):",
  ru="Для подтверждения введите количество удаляемых записей (%1):",
  es="Para confirmar, escriba la cantidad de registros que se eliminarán (%1):")
t("…and %n more.",
  ru=["…и ещё %n.", "…и ещё %n.", "…и ещё %n."],
  es=["…y %n más.", "…y %n más."],
  en=["…and %n more.", "…and %n more."])
t("Deleting records", ru="Удаление записей", es="Eliminando registros")
t("&Retry the failed ones", ru="&Повторить для не удалённых", es="&Reintentar los fallidos")
t("&Save report…", ru="&Сохранить отчёт…", es="&Guardar informe…")
t("Cancelling: waiting for the answers to the requests already sent…",
  ru="Отмена: ожидание ответов на уже отправленные запросы…",
  es="Cancelando: esperando las respuestas a las solicitudes ya enviadas…")
t("Deleting… %1 of %n record(s) done.",
  ru=["Удаление… Готово %1 из %n записи.", "Удаление… Готово %1 из %n записей.",
      "Удаление… Готово %1 из %n записей."],
  es=["Eliminando… Listos: %1 de %n registro.", "Eliminando… Listos: %1 de %n registros."],
  en=["Deleting… %1 of %n record done.", "Deleting… %1 of %n records done."])
t("%n record(s) deleted.",
  ru=["Удалена %n запись.", "Удалено %n записи.", "Удалено %n записей."],
  es=["%n registro eliminado.", "%n registros eliminados."],
  en=["%n record deleted.", "%n records deleted."])
t("%n record(s) were already gone.",
  ru=["%n запись уже была удалена ранее.", "%n записи уже были удалены ранее.",
      "%n записей уже были удалены ранее."],
  es=["%n registro ya no existía.", "%n registros ya no existían."],
  en=["%n record was already gone.", "%n records were already gone."])
t("%n record(s) were not deleted; see below why.",
  ru=["%n запись не удалена; причины — ниже.", "%n записи не удалены; причины — ниже.",
      "%n записей не удалено; причины — ниже."],
  es=["%n registro no se eliminó; vea el motivo abajo.",
      "%n registros no se eliminaron; vea los motivos abajo."],
  en=["%n record was not deleted; see below why.", "%n records were not deleted; see below why."])
t("%1: already gone, nothing to delete.", ru="%1: уже удалено ранее, удалять нечего.",
  es="%1: ya no existía, no hay nada que eliminar.")
t("Save report", ru="Сохранение отчёта", es="Guardar informe")
t("deletion-report.csv", ru="отчёт-об-удалении.csv", es="informe-de-eliminacion.csv")
t("CSV files (*.csv)", ru="Файлы CSV (*.csv)", es="Archivos CSV (*.csv)")
t("&Resume the deletion", ru="&Продолжить удаление", es="&Reanudar la eliminación")
t("R&estore selected", ru="&Восстановить выбранные", es="R&estaurar seleccionados")
t("The deletion started on %1 was interrupted: %n record(s) were never sent. They are listed below as “not sent yet”.",
  ru=["Удаление, начатое %1, было прервано: %n запись так и не была отправлена. Она показана ниже как «ещё не отправлено».",
      "Удаление, начатое %1, было прервано: %n записи так и не были отправлены. Они показаны ниже как «ещё не отправлено».",
      "Удаление, начатое %1, было прервано: %n записей так и не были отправлены. Они показаны ниже как «ещё не отправлено»."],
  es=["La eliminación iniciada el %1 se interrumpió: %n registro nunca se envió. Aparece abajo como “aún no enviado”.",
      "La eliminación iniciada el %1 se interrumpió: %n registros nunca se enviaron. Aparecen abajo como “aún no enviado”."],
  en=["The deletion started on %1 was interrupted: %n record was never sent. It is listed below as “not sent yet”.",
      "The deletion started on %1 was interrupted: %n records were never sent. They are listed below as “not sent yet”."])
t("&Delete…", ru="&Удалить…", es="E&liminar…")
t("Recently &deleted…", ru="Нед&авно удалённые…", es="Eliminados &recientemente…")
t("Cancel", ru="Отмена", es="Cancelar")

t("Employees cannot be deleted now, because the local journal that keeps a copy of each record first is not available. %1",
  ru="Сейчас нельзя удалять сотрудников: недоступен локальный журнал, в котором сначала сохраняется копия каждой записи. %1",
  es="Ahora no se pueden eliminar empleados porque no está disponible el diario local, donde primero se guarda una copia de cada registro. %1")
t("Deleting employees", ru="Удаление сотрудников", es="Eliminando empleados")
t("Recently deleted employees of “%1”", ru="Недавно удалённые сотрудники аккаунта «%1»",
  es="Empleados eliminados recientemente de “%1”")
t("Restore employees", ru="Восстановление сотрудников", es="Restaurar empleados")
t("A deletion of %n employee(s) was interrupted before it finished. Open “Recently deleted…” to resume it.",
  ru=["Удаление %n сотрудника было прервано. Откройте «Недавно удалённые…», чтобы продолжить его.",
      "Удаление %n сотрудников было прервано. Откройте «Недавно удалённые…», чтобы продолжить его.",
      "Удаление %n сотрудников было прервано. Откройте «Недавно удалённые…», чтобы продолжить его."],
  es=["Se interrumpió la eliminación de %n empleado antes de terminar. Abra “Eliminados recientemente…” para reanudarla.",
      "Se interrumpió la eliminación de %n empleados antes de terminar. Abra “Eliminados recientemente…” para reanudarla."],
  en=["A deletion of %n employee was interrupted before it finished. Open “Recently deleted…” to resume it.",
      "A deletion of %n employees was interrupted before it finished. Open “Recently deleted…” to resume it."])
t("Delete %n employee(s) from the Wazzup account “%1”?",
  ru=["Удалить %n сотрудника из аккаунта Wazzup «%1»?", "Удалить %n сотрудников из аккаунта Wazzup «%1»?",
      "Удалить %n сотрудников из аккаунта Wazzup «%1»?"],
  es=["¿Eliminar %n empleado de la cuenta de Wazzup “%1”?", "¿Eliminar %n empleados de la cuenta de Wazzup “%1”?"],
  en=["Delete %n employee from the Wazzup account “%1”?", "Delete %n employees from the Wazzup account “%1”?"])
t("Restoring… %1 of %n employee(s) done.",
  ru=["Восстановление… Готово %1 из %n сотрудника.", "Восстановление… Готово %1 из %n сотрудников.",
      "Восстановление… Готово %1 из %n сотрудников."],
  es=["Restaurando… Listos: %1 de %n empleado.", "Restaurando… Listos: %1 de %n empleados."],
  en=["Restoring… %1 of %n employee done.", "Restoring… %1 of %n employees done."])
t("%n employee(s) restored.",
  ru=["Восстановлен %n сотрудник.", "Восстановлено %n сотрудника.", "Восстановлено %n сотрудников."],
  es=["%n empleado restaurado.", "%n empleados restaurados."],
  en=["%n employee restored.", "%n employees restored."])
t("%n employee(s) could not be restored:",
  ru=["Не удалось восстановить %n сотрудника:", "Не удалось восстановить %n сотрудников:",
      "Не удалось восстановить %n сотрудников:"],
  es=["No se pudo restaurar %n empleado:", "No se pudieron restaurar %n empleados:"],
  en=["%n employee could not be restored:", "%n employees could not be restored:"])

t("Loading every customer matching the search…",
  ru="Загрузка всех клиентов, подходящих под запрос…",
  es="Cargando todos los clientes que coinciden con la búsqueda…")
t("Loading every customer matching the search… %n loaded.",
  ru=["Загрузка всех клиентов, подходящих под запрос… Загружен %n.",
      "Загрузка всех клиентов, подходящих под запрос… Загружено %n.",
      "Загрузка всех клиентов, подходящих под запрос… Загружено %n."],
  es=["Cargando todos los clientes que coinciden con la búsqueda… %n cargado.",
      "Cargando todos los clientes que coinciden con la búsqueda… %n cargados."],
  en=["Loading every customer matching the search… %n loaded.",
      "Loading every customer matching the search… %n loaded."])
t("Delete all matching customers", ru="Удалить всех подходящих клиентов",
  es="Eliminar todos los clientes que coinciden")
t("Customers cannot be deleted now, because the local journal that keeps a copy of each record first is not available. %1",
  ru="Сейчас нельзя удалять клиентов: недоступен локальный журнал, в котором сначала сохраняется копия каждой записи. %1",
  es="Ahora no se pueden eliminar clientes porque no está disponible el diario local, donde primero se guarda una copia de cada registro. %1")
t("Deleting customers", ru="Удаление клиентов", es="Eliminando clientes")
t("Recently deleted customers of “%1”", ru="Недавно удалённые клиенты аккаунта «%1»",
  es="Clientes eliminados recientemente de “%1”")
t("Restore customers", ru="Восстановление клиентов", es="Restaurar clientes")
t("Delete &all customers…", ru="Удалить &всех клиентов…", es="Eliminar &todos los clientes…")
t("Delete &all customers matching “%1”…", ru="Удалить &всех клиентов, подходящих под «%1»…",
  es="Eliminar &todos los clientes que coinciden con “%1”…")
t("A deletion of %n customer(s) was interrupted before it finished. Open “Recently deleted…” to resume it.",
  ru=["Удаление %n клиента было прервано. Откройте «Недавно удалённые…», чтобы продолжить его.",
      "Удаление %n клиентов было прервано. Откройте «Недавно удалённые…», чтобы продолжить его.",
      "Удаление %n клиентов было прервано. Откройте «Недавно удалённые…», чтобы продолжить его."],
  es=["Se interrumpió la eliminación de %n cliente antes de terminar. Abra “Eliminados recientemente…” para reanudarla.",
      "Se interrumpió la eliminación de %n clientes antes de terminar. Abra “Eliminados recientemente…” para reanudarla."],
  en=["A deletion of %n customer was interrupted before it finished. Open “Recently deleted…” to resume it.",
      "A deletion of %n customers was interrupted before it finished. Open “Recently deleted…” to resume it."])
t("Delete %n customer(s) from the WoowUp account “%1”?",
  ru=["Удалить %n клиента из аккаунта WoowUp «%1»?", "Удалить %n клиентов из аккаунта WoowUp «%1»?",
      "Удалить %n клиентов из аккаунта WoowUp «%1»?"],
  es=["¿Eliminar %n cliente de la cuenta de WoowUp “%1”?", "¿Eliminar %n clientes de la cuenta de WoowUp “%1”?"],
  en=["Delete %n customer from the WoowUp account “%1”?", "Delete %n customers from the WoowUp account “%1”?"])
t("Restoring… %1 of %n customer(s) done.",
  ru=["Восстановление… Готово %1 из %n клиента.", "Восстановление… Готово %1 из %n клиентов.",
      "Восстановление… Готово %1 из %n клиентов."],
  es=["Restaurando… Listos: %1 de %n cliente.", "Restaurando… Listos: %1 de %n clientes."],
  en=["Restoring… %1 of %n customer done.", "Restoring… %1 of %n customers done."])
t("%n customer(s) restored.",
  ru=["Восстановлен %n клиент.", "Восстановлено %n клиента.", "Восстановлено %n клиентов."],
  es=["%n cliente restaurado.", "%n clientes restaurados."],
  en=["%n customer restored.", "%n customers restored."])
t("%n customer(s) could not be restored:",
  ru=["Не удалось восстановить %n клиента:", "Не удалось восстановить %n клиентов:",
      "Не удалось восстановить %n клиентов:"],
  es=["No se pudo restaurar %n cliente:", "No se pudieron restaurar %n clientes:"],
  en=["%n customer could not be restored:", "%n customers could not be restored:"])

# ---------------------------------------------------------------- Import: row mapping (ImportRowMapper)
# Row problems follow "Row %1: " / "Row %1, column “%2”: ", hence lower case.
t("Row %1: %2", ru="Строка %1: %2", es="Fila %1: %2")
t("Row %1, column “%2”: %3", ru="Строка %1, столбец «%2»: %3", es="Fila %1, columna “%2”: %3")
t('it has %n cell(s) but the header has %1, so the cells may be in the wrong columns. A cell probably contains the delimiter without quotes.',
  ru=['в ней %n ячейка, а в заголовке — %1, поэтому ячейки могут оказаться не в тех столбцах. Вероятно, какая-то ячейка содержит разделитель без кавычек.', 'в ней %n ячейки, а в заголовке — %1, поэтому ячейки могут оказаться не в тех столбцах. Вероятно, какая-то ячейка содержит разделитель без кавычек.', 'в ней %n ячеек, а в заголовке — %1, поэтому ячейки могут оказаться не в тех столбцах. Вероятно, какая-то ячейка содержит разделитель без кавычек.'],
  es=['tiene %n celda, pero el encabezado tiene %1, así que las celdas pueden estar en columnas equivocadas. Probablemente una celda contiene el delimitador sin comillas.', 'tiene %n celdas, pero el encabezado tiene %1, así que las celdas pueden estar en columnas equivocadas. Probablemente una celda contiene el delimitador sin comillas.'],
  en=['it has %n cell but the header has %1, so the cells may be in the wrong columns. A cell probably contains the delimiter without quotes.', 'it has %n cells but the header has %1, so the cells may be in the wrong columns. A cell probably contains the delimiter without quotes.'])
t('it has %n cell(s) but the header has %1; the missing cells are read as empty.',
  ru=['в ней %n ячейка, а в заголовке — %1; недостающие ячейки считаются пустыми.', 'в ней %n ячейки, а в заголовке — %1; недостающие ячейки считаются пустыми.', 'в ней %n ячеек, а в заголовке — %1; недостающие ячейки считаются пустыми.'],
  es=['tiene %n celda, pero el encabezado tiene %1; las celdas que faltan se leen como vacías.', 'tiene %n celdas, pero el encabezado tiene %1; las celdas que faltan se leen como vacías.'],
  en=['it has %n cell but the header has %1; the missing cells are read as empty.', 'it has %n cells but the header has %1; the missing cells are read as empty.'])
t("“%1” is not a date. Write it like 1989-06-22 or 22.06.1989.",
  ru="«%1» — не дата. Запишите её в виде 1989-06-22 или 22.06.1989.",
  es="“%1” no es una fecha. Escríbala como 1989-06-22 o 22.06.1989.")
t("There is no date %1 in the calendar. Check the day and the month.",
  ru="Даты %1 не существует. Проверьте день и месяц.",
  es="La fecha %1 no existe en el calendario. Revise el día y el mes.")
t("“%1” could be day/month or month/day. Write it as year-month-day, like 1989-06-22, or choose the date order for this file.",
  ru="«%1» можно прочитать и как день/месяц, и как месяц/день. Запишите дату в формате год-месяц-день, например 1989-06-22, или выберите порядок дат для этого файла.",
  es="“%1” puede ser día/mes o mes/día. Escríbala como año-mes-día, por ejemplo 1989-06-22, o elija el orden de las fechas para este archivo.")
t("“%1” has a two-digit year; it was read as %2. Check the century.",
  ru="В «%1» год из двух цифр; он прочитан как %2. Проверьте век.",
  es="“%1” tiene un año de dos dígitos; se leyó como %2. Revise el siglo.")
t("“%1” is not a phone number Wazzup accepts: it needs 10 to 15 digits with the country code, like 79261234567. Wazzup would silently drop it.",
  ru="Wazzup не примет номер телефона «%1»: нужно от 10 до 15 цифр с кодом страны, например 79261234567. Wazzup молча отбросил бы его.",
  es="“%1” no es un número de teléfono que Wazzup acepte: necesita de 10 a 15 dígitos con el código de país, como 79261234567. Wazzup lo descartaría sin avisar.")
t("“%1” looks like a spreadsheet formula. It is imported as the text you see, not calculated.",
  ru="«%1» похоже на формулу электронной таблицы. Значение импортируется как текст, без вычисления.",
  es="“%1” parece una fórmula de hoja de cálculo. Se importa como el texto que ve, sin calcularse.")
t("“%1” is not a whole number.", ru="«%1» — не целое число.", es="“%1” no es un número entero.")
t("“%1” is not a number.", ru="«%1» — не число.", es="“%1” no es un número.")
t("“%1” is not a yes or no. Write yes or no (also sí/no, да/нет, 1/0).",
  ru="«%1» — не «да» и не «нет». Напишите да или нет (также yes/no, sí/no, 1/0).",
  es="“%1” no es sí o no. Escriba sí o no (también yes/no, да/нет, 1/0).")
t("“%1” is not a yes or no. Write yes or no (also sí/no, да/нет, 1/0, enabled/disabled).",
  ru="«%1» — не «да» и не «нет». Напишите да или нет (также yes/no, sí/no, 1/0, enabled/disabled).",
  es="“%1” no es sí o no. Escriba sí o no (también yes/no, да/нет, 1/0, enabled/disabled).")
t("“%1” is not a reason WoowUp knows. Use bounce, unsubscribe, spamreport, dropped or other.",
  ru="WoowUp не знает причины «%1». Используйте bounce, unsubscribe, spamreport, dropped или other.",
  es="WoowUp no reconoce el motivo “%1”. Use bounce, unsubscribe, spamreport, dropped u other.")
t("“%1” is not a gender WoowUp knows. Write F or M (also female/male, mujer/hombre, ж/м).",
  ru="WoowUp не знает пола «%1». Напишите F или M (также ж/м, female/male, mujer/hombre).",
  es="WoowUp no reconoce el género “%1”. Escriba F o M (también mujer/hombre, female/male, ж/м).")
t("“%1” is not a country Userdesk knows. Write its three-letter ISO code, like ARG, ESP or RUS.",
  ru="Userdesk не знает страны «%1». Укажите её трёхбуквенный код ISO, например ARG, ESP или RUS.",
  es="Userdesk no reconoce el país “%1”. Escriba su código ISO de tres letras, como ARG, ESP o RUS.")
t("“%1” is not a marital status WoowUp knows. Write single, commited, married, divorced or widowed.",
  ru="WoowUp не знает семейного положения «%1». Напишите single, commited, married, divorced или widowed.",
  es="WoowUp no reconoce el estado civil “%1”. Escriba single, commited, married, divorced o widowed.")

# ---------------------------------------------------------------- Menu bar, About box, language menu
# Menu bar mnemonics: ru Ф В С; es A V Y. File menu: ru Э В; es E S.
t("&File", ru="&Файл", es="&Archivo")
t("&Quit", ru="&Выход", es="&Salir")
t("&View", ru="&Вид", es="&Ver")
t("&Help", ru="&Справка", es="A&yuda")
t("&About Userdesk", ru="&О программе Userdesk", es="&Acerca de Userdesk")
t("Import…", ru="Импорт…", es="Importar…")
t("Exported %n row(s) to %1.",
  ru=["Экспортирована %n строка в %1.", "Экспортировано %n строки в %1.",
      "Экспортировано %n строк в %1."],
  es=["Se exportó %n fila a %1.", "Se exportaron %n filas a %1."],
  en=["Exported %n row to %1.", "Exported %n rows to %1."])
t("About Userdesk", ru="О программе Userdesk", es="Acerca de Userdesk")
t("Version %1", ru="Версия %1", es="Versión %1")
t("Proprietary software; all rights reserved.",
  ru="Проприетарное программное обеспечение; все права защищены.",
  es="Software propietario; todos los derechos reservados.")
t("Licence: %1.", ru="Лицензия: %1.", es="Licencia: %1.")
t("Browse, edit, import, export and delete Wazzup employees and WoowUp customers, with a snapshot of every deleted record that you can restore.",
  ru="Просмотр, редактирование, импорт, экспорт и удаление сотрудников Wazzup и клиентов WoowUp; копия каждой удалённой записи сохраняется, и её можно восстановить.",
  es="Consulte, edite, importe, exporte y elimine empleados de Wazzup y clientes de WoowUp, con una copia de cada registro eliminado que puede restaurar.")
t("Built with Qt %1, running on Qt %2.", ru="Собрано с Qt %1, работает на Qt %2.",
  es="Compilado con Qt %1, en ejecución con Qt %2.")
# View menu: ru С Я; es C I.
t("&Columns…", ru="&Столбцы…", es="&Columnas…")
t("&Language", ru="&Язык", es="&Idioma")
t("Language", ru="Язык", es="Idioma")
t("System default", ru="Как в системе", es="Predeterminado del sistema")
t("The new language applies the next time you start Userdesk.",
  ru="Новый язык будет применён при следующем запуске Userdesk.",
  es="El nuevo idioma se aplicará la próxima vez que inicie Userdesk.")

# ---------------------------------------------------------------- CSV export (ExportDialog, CsvExport)
# Mnemonics: ru В Т E З О Э; es T S E P M X.
t("&All %n loaded row(s)",
  ru=["&Все загруженные строки (%n)", "&Все загруженные строки (%n)", "&Все загруженные строки (%n)"],
  es=["&Todas las filas cargadas (%n)", "&Todas las filas cargadas (%n)"],
  en=["&All %n loaded row", "&All %n loaded rows"])
t("Only the %n &selected row(s)",
  ru=["&Только выделенные строки (%n)", "&Только выделенные строки (%n)", "&Только выделенные строки (%n)"],
  es=["Solo la fila &seleccionada (%n)", "Solo las filas &seleccionadas (%n)"],
  en=["Only the %n &selected row", "Only the %n &selected rows"])
t("Only the &selected rows (none are selected)", ru="&Только выделенные строки (ничего не выделено)",
  es="Solo las filas &seleccionadas (no hay ninguna seleccionada)")
t("For &Excel: UTF-8 with a byte order mark", ru="Для &Excel: UTF-8 с меткой порядка байтов (BOM)",
  es="Para &Excel: UTF-8 con marca de orden de bytes (BOM)")
t("&Protect against formulas: put ' before cells that start with =, +, - or @",
  ru="&Защита от формул: ' перед ячейками с =, +, - или @",
  es="&Proteger de fórmulas: ' antes de celdas con =, +, - o @")
t("Excel reads a UTF-8 file without it in the local code page and garbles Cyrillic and accented letters. Other programs may show it as stray characters at the start.",
  ru="Без неё Excel читает файл UTF-8 в локальной кодировке и искажает кириллицу и буквы с диакритикой. Другие программы могут показать её как лишние символы в начале файла.",
  es="Sin ella, Excel lee un archivo UTF-8 con la página de códigos local y desfigura las letras cirílicas y acentuadas. Otros programas pueden mostrarla como caracteres extraños al principio.")
t("A spreadsheet runs such a cell as a formula, which a malicious record could use. Turn it off only to open the file in a program other than a spreadsheet.",
  ru="Электронная таблица выполняет такую ячейку как формулу, чем может воспользоваться вредоносная запись. Отключайте защиту, только если файл будет открываться не в электронной таблице.",
  es="Una hoja de cálculo ejecuta esa celda como una fórmula, algo que un registro malicioso podría aprovechar. Desactívelo solo para abrir el archivo en un programa que no sea una hoja de cálculo.")
t("userdesk", ru="userdesk", es="userdesk")
t("&Browse…", ru="&Обзор…", es="Exa&minar…")
t("&Export", ru="&Экспортировать", es="E&xportar")
t("More rows are on the server. Scroll to the end of the table (or search) to load the ones you want to export.",
  ru="На сервере есть ещё строки. Прокрутите таблицу до конца (или воспользуйтесь поиском), чтобы загрузить те, которые нужно экспортировать.",
  es="Hay más filas en el servidor. Desplácese hasta el final de la tabla (o busque) para cargar las que quiere exportar.")
t("Rows:", ru="Строки:", es="Filas:")
t("Format:", ru="Формат:", es="Formato:")
t("File:", ru="Файл:", es="Archivo:")
t("There is no table to export.", ru="Нет таблицы для экспорта.", es="No hay ninguna tabla para exportar.")
t("Could not create “%1”: %2", ru="Не удалось создать «%1»: %2", es="No se pudo crear “%1”: %2")
t("Could not save “%1”: %2", ru="Не удалось сохранить «%1»: %2", es="No se pudo guardar “%1”: %2")
t("CSV files (*.csv);;All files (*)", ru="Файлы CSV (*.csv);;Все файлы (*)",
  es="Archivos CSV (*.csv);;Todos los archivos (*)")
t("The file is not open for writing.", ru="Файл не открыт для записи.",
  es="El archivo no está abierto para escritura.")
t("Could not write the file: %1", ru="Не удалось записать файл: %1",
  es="No se pudo escribir el archivo: %1")

# ---------------------------------------------------------------- CSV import dialog (ImportDialog)
# Wazzup "user" = пользователь / usuario. "Ignore" (a column) = «Не импортировать» / “Ignorar”.
# Mnemonics (buttons Back/Next/Cancel|Close are on every page):
#   ru: Н Д|П|И З; file page В Ф К Р; check page У; send page П(ауза/родолжить) О С
#   es: A S|C|I C; file page E H C D; check page E; send page P/R I G
t("Import users from a file or workbook", ru="Импорт пользователей из файла или книги",
  es="Importar usuarios desde un archivo o libro")
t("Import customers from a file or workbook", ru="Импорт клиентов из файла или книги",
  es="Importar clientes desde un archivo o libro")
t("< &Back", ru="< &Назад", es="< &Atrás")
t("&Next >", ru="&Далее >", es="&Siguiente >")
t("&Check >", ru="&Проверить >", es="&Comprobar >")
t("&Start import", ru="Начать &импорт", es="&Iniciar importación")
t("&Close", ru="&Закрыть", es="&Cerrar")
t("C&hoose…", ru="&Выбрать…", es="&Elegir…")
t("Detect automatically", ru="Определить автоматически", es="Detectar automáticamente")
t("Comma (,)", ru="Запятая (,)", es="Coma (,)")
t("Semicolon (;)", ru="Точка с запятой (;)", es="Punto y coma (;)")
t("Tab", ru="Табуляция", es="Tabulación")
t("Vertical bar (|)", ru="Вертикальная черта (|)", es="Barra vertical (|)")
t("The first row holds the column names", ru="В первой строке — названия столбцов",
  es="La primera fila contiene los nombres de las columnas")
t("&File:", ru="&Файл:", es="Arc&hivo:")
t("&Encoding:", ru="&Кодировка:", es="&Codificación:")
t("&Delimiter:", ru="&Разделитель:", es="&Delimitador:")
t("<b>Step 1 of 4:</b> choose the file.", ru="<b>Шаг 1 из 4:</b> выберите файл.",
  es="<b>Paso 1 de 4:</b> elija el archivo.")
t("The first rows of the file:", ru="Первые строки файла:", es="Las primeras filas del archivo:")
t("<b>Step 2 of 4:</b> choose which field each column fills. Columns set to “Ignore” are not imported.",
  ru="<b>Шаг 2 из 4:</b> выберите, какое поле заполняет каждый столбец. Столбцы со значением «Не импортировать» пропускаются.",
  es="<b>Paso 2 de 4:</b> elija qué campo llena cada columna. Las columnas con “Ignorar” no se importan.")
t("&Delete Wazzup users that are not in this file",
  ru="&Удалить пользователей Wazzup, которых нет в этом файле",
  es="&Eliminar los usuarios de Wazzup que no están en este archivo")
t("&Delete the %n Wazzup user(s) that are not in this file",
  ru=["&Удалить %n пользователя Wazzup, которого нет в этом файле",
      "&Удалить %n пользователей Wazzup, которых нет в этом файле",
      "&Удалить %n пользователей Wazzup, которых нет в этом файле"],
  es=["&Eliminar %n usuario de Wazzup que no está en este archivo",
      "&Eliminar los %n usuarios de Wazzup que no están en este archivo"],
  en=["&Delete the %n Wazzup user that is not in this file",
      "&Delete the %n Wazzup users that are not in this file"])
t("<b>Step 3 of 4:</b> check the rows and the plan. Nothing is sent before you press “Start import”.",
  ru="<b>Шаг 3 из 4:</b> проверьте строки и план. Ничего не отправляется, пока вы не нажмёте «Начать импорт».",
  es="<b>Paso 3 de 4:</b> revise las filas y el plan. No se envía nada hasta que presione “Iniciar importación”.")
t("&Pause", ru="&Пауза", es="&Pausar")
t("&Resume", ru="&Продолжить", es="&Reanudar")
t("&Cancel import", ru="&Отменить импорт", es="Cancelar &importación")
t("&Save error report…", ru="&Сохранить отчёт об ошибках…", es="&Guardar informe de errores…")
t("<b>Step 4 of 4:</b> sending.", ru="<b>Шаг 4 из 4:</b> отправка.", es="<b>Paso 4 de 4:</b> envío.")
t("Reading…", ru="Чтение…", es="Leyendo…")
t("Some characters could not be read in this encoding: choose another one.",
  ru="Некоторые символы не удалось прочитать в этой кодировке: выберите другую.",
  es="Algunos caracteres no se pudieron leer con esta codificación: elija otra.")
t("Column %1", ru="Столбец %1", es="Columna %1")
t("Ignore", ru="Не импортировать", es="Ignorar")
t("%1 (custom attribute)", ru="%1 (дополнительный атрибут)", es="%1 (atributo personalizado)")
t("%1 (ignored)", ru="%1 (не импортируется)", es="%1 (se ignora)")
t("%1 → %2", ru="%1 → %2", es="%1 → %2")
t("Reading and checking every row…", ru="Чтение и проверка всех строк…",
  es="Leyendo y revisando cada fila…")
t("%n row(s) can be imported.",
  ru=["%n строку можно импортировать.", "%n строки можно импортировать.",
      "%n строк можно импортировать."],
  es=["%n fila se puede importar.", "%n filas se pueden importar."],
  en=["%n row can be imported.", "%n rows can be imported."])
t("%n row(s) have problems and will be skipped.",
  ru=["В %n строке есть ошибки, она будет пропущена.", "В %n строках есть ошибки, они будут пропущены.",
      "В %n строках есть ошибки, они будут пропущены."],
  es=["%n fila tiene problemas y se omitirá.", "%n filas tienen problemas y se omitirán."],
  en=["%n row has problems and will be skipped.", "%n rows have problems and will be skipped."])
t("This file is being imported into this account right now, in another window or by a script. Wait until it has finished.",
  ru="Этот файл прямо сейчас импортируется в этот аккаунт — в другом окне или скриптом. Дождитесь окончания.",
  es="Este archivo se está importando ahora mismo en esta cuenta, en otra ventana o mediante un script. Espere a que termine.")
t("Continue the unfinished import of this file (%n row(s) left) instead of starting again",
  ru=["Продолжить незавершённый импорт этого файла (осталась %n строка), а не начинать заново",
      "Продолжить незавершённый импорт этого файла (осталось %n строки), а не начинать заново",
      "Продолжить незавершённый импорт этого файла (осталось %n строк), а не начинать заново"],
  es=["Continuar la importación sin terminar de este archivo (queda %n fila) en lugar de empezar de nuevo",
      "Continuar la importación sin terminar de este archivo (quedan %n filas) en lugar de empezar de nuevo"],
  en=["Continue the unfinished import of this file (%n row left) instead of starting again",
      "Continue the unfinished import of this file (%n rows left) instead of starting again"])
t("Asking the account what already exists…", ru="Проверка, что уже есть в аккаунте…",
  es="Consultando qué existe ya en la cuenta…")
t("The account could not be checked: %1", ru="Не удалось проверить аккаунт: %1",
  es="No se pudo revisar la cuenta: %1")
t("The check is done.", ru="Проверка завершена.", es="La revisión terminó.")
# Joined into "Plan: %1." with the locale's list separators.
t("Plan: %1.", ru="План: %1.", es="Plan: %1.")
t("%n to create", ru=["создать — %n", "создать — %n", "создать — %n"],
  es=["%n para crear", "%n para crear"], en=["%n to create", "%n to create"])
t("%n to update", ru=["обновить — %n", "обновить — %n", "обновить — %n"],
  es=["%n para actualizar", "%n para actualizar"], en=["%n to update", "%n to update"])
t("%n unchanged", ru=["без изменений — %n", "без изменений — %n", "без изменений — %n"],
  es=["%n sin cambios", "%n sin cambios"], en=["%n unchanged", "%n unchanged"])
t("%n to delete", ru=["удалить — %n", "удалить — %n", "удалить — %n"],
  es=["%n para eliminar", "%n para eliminar"], en=["%n to delete", "%n to delete"])
t("Nothing needs to be sent.", ru="Отправлять ничего не нужно.", es="No hay nada que enviar.")
# Import check step: a sync's deletion list, consent defaults of new customers (issue 16).
t("These %n Wazzup user(s) are not in the file and will be deleted. A copy of each is kept on this computer first, so that you can restore them from “Recently deleted…”.",
  ru=["Этого %n пользователя Wazzup нет в файле, и он будет удалён. Сначала копия каждого сохраняется на этом компьютере, чтобы их можно было восстановить в окне «Недавно удалённые…».",
      "Этих %n пользователей Wazzup нет в файле, и они будут удалены. Сначала копия каждого сохраняется на этом компьютере, чтобы их можно было восстановить в окне «Недавно удалённые…».",
      "Этих %n пользователей Wazzup нет в файле, и они будут удалены. Сначала копия каждого сохраняется на этом компьютере, чтобы их можно было восстановить в окне «Недавно удалённые…»."],
  es=["Este %n usuario de Wazzup no está en el archivo y se eliminará. Primero se guarda una copia de cada uno en esta computadora, para que pueda restaurarlos desde “Eliminados recientemente…”.",
      "Estos %n usuarios de Wazzup no están en el archivo y se eliminarán. Primero se guarda una copia de cada uno en esta computadora, para que pueda restaurarlos desde “Eliminados recientemente…”."],
  en=["This %n Wazzup user is not in the file and will be deleted. A copy is kept on this computer first, so that you can restore it from “Recently deleted…”.",
      "These %n Wazzup users are not in the file and will be deleted. A copy of each is kept on this computer first, so that you can restore them from “Recently deleted…”."])
t("Consent of new customers", ru="Согласие новых клиентов", es="Consentimiento de los clientes nuevos")
t("WoowUp stores “can receive” for every channel a new customer is created without. Choose what a blank cell means:",
  ru="Для каждого канала, без которого создаётся новый клиент, WoowUp сохраняет «может получать». Выберите, что означает пустая ячейка:",
  es="WoowUp guarda “puede recibir” en cada canal con el que no se crea un cliente nuevo. Elija qué significa una celda vacía:")
t("Leave WoowUp’s default (can receive)", ru="Как по умолчанию в WoowUp (может получать)",
  es="Dejar el valor predeterminado de WoowUp (puede recibir)")
t("Why these customers can't receive messages", ru="Почему эти клиенты не могут получать сообщения",
  es="Por qué estos clientes no pueden recibir mensajes")
t("%1: %n new customer(s) have no value in the file.",
  ru=["%1: у %n нового клиента в файле нет значения.",
      "%1: у %n новых клиентов в файле нет значения.",
      "%1: у %n новых клиентов в файле нет значения."],
  es=["%1: %n cliente nuevo sin valor en el archivo.",
      "%1: %n clientes nuevos sin valor en el archivo."],
  en=["%1: %n new customer has no value in the file.",
      "%1: %n new customers have no value in the file."])
t("%n customer(s) to update have blank consent cells: they keep the value the server has.",
  ru=["У %n обновляемого клиента пустые ячейки согласия: для них остаётся значение на сервере.",
      "У %n обновляемых клиентов пустые ячейки согласия: для них остаётся значение на сервере.",
      "У %n обновляемых клиентов пустые ячейки согласия: для них остаётся значение на сервере."],
  es=["%n cliente para actualizar tiene celdas de consentimiento vacías: conserva el valor del servidor.",
      "%n clientes para actualizar tienen celdas de consentimiento vacías: conservan el valor del servidor."],
  en=["%n customer to update has blank consent cells: they keep the value the server has.",
      "%n customers to update have blank consent cells: they keep the value the server has."])
t("not deleted.", ru="не удалён.", es="no se eliminó.")
t("“%1” is not a phone number Wazzup accepts: the row will be skipped.",
  ru="«%1» — не номер телефона, который принимает Wazzup: строка будет пропущена.",
  es="“%1” no es un número de teléfono que Wazzup acepte: la fila se omitirá.")
t("In the file: %1", ru="В файле: %1", es="En el archivo: %1")
t("Saved as %1, the international format Wazzup keeps.",
  ru="Будет сохранён как %1 — в международном формате, который хранит Wazzup.",
  es="Se guarda como %1, el formato internacional que usa Wazzup.")
# %1 of the rate-limit message is a duration: "about %n minute(s)".
t("Sending takes %n request(s).",
  ru=["Отправка займёт %n запрос.", "Отправка займёт %n запроса.", "Отправка займёт %n запросов."],
  es=["El envío requiere %n solicitud.", "El envío requiere %n solicitudes."],
  en=["Sending takes %n request.", "Sending takes %n requests."])
t("Sending takes %n request(s), %1 at the account’s rate limit.",
  ru=["Отправка займёт %n запрос: %1 с учётом ограничения частоты запросов аккаунта.",
      "Отправка займёт %n запроса: %1 с учётом ограничения частоты запросов аккаунта.",
      "Отправка займёт %n запросов: %1 с учётом ограничения частоты запросов аккаунта."],
  es=["El envío requiere %n solicitud: %1 según el límite de solicitudes de la cuenta.",
      "El envío requiere %n solicitudes: %1 según el límite de solicitudes de la cuenta."],
  en=["Sending takes %n request, %1 at the account’s rate limit.",
      "Sending takes %n requests, %1 at the account’s rate limit."])
t("about %n second(s)", ru=["около %n секунды", "около %n секунд", "около %n секунд"],
  es=["alrededor de %n segundo", "alrededor de %n segundos"],
  en=["about %n second", "about %n seconds"])
t("about %n minute(s)", ru=["около %n минуты", "около %n минут", "около %n минут"],
  es=["alrededor de %n minuto", "alrededor de %n minutos"],
  en=["about %n minute", "about %n minutes"])
t("about %n hour(s)", ru=["около %n часа", "около %n часов", "около %n часов"],
  es=["alrededor de %n hora", "alrededor de %n horas"],
  en=["about %n hour", "about %n hours"])
t("Nothing was sent: the local journal, which lets an import resume after a crash, cannot be used.",
  ru="Ничего не отправлено: нельзя использовать локальный журнал, который позволяет продолжить импорт после сбоя.",
  es="No se envió nada: no se puede usar el diario local, que permite reanudar una importación después de un fallo.")
t("%1 of %n row(s) sent.",
  ru=["Отправлено %1 из %n строки.", "Отправлено %1 из %n строк.", "Отправлено %1 из %n строк."],
  es=["Enviadas: %1 de %n fila.", "Enviadas: %1 de %n filas."],
  en=["%1 of %n row sent.", "%1 of %n rows sent."])
t("Paused.", ru="Приостановлено.", es="En pausa.")
t("%1 rows per second, %2 left.", ru="%1 строк/с, осталось %2.",
  es="%1 filas por segundo; quedan %2.")
t("The import was cancelled; %n row(s) were not sent. Importing the same file again continues where it stopped.",
  ru=["Импорт отменён; %n строка не отправлена. Повторный импорт того же файла продолжится с места остановки.",
      "Импорт отменён; %n строки не отправлены. Повторный импорт того же файла продолжится с места остановки.",
      "Импорт отменён; %n строк не отправлено. Повторный импорт того же файла продолжится с места остановки."],
  es=["Se canceló la importación; %n fila no se envió. Si vuelve a importar el mismo archivo, se continúa donde se detuvo.",
      "Se canceló la importación; %n filas no se enviaron. Si vuelve a importar el mismo archivo, se continúa donde se detuvo."],
  en=["The import was cancelled; %n row was not sent. Importing the same file again continues where it stopped.",
      "The import was cancelled; %n rows were not sent. Importing the same file again continues where it stopped."])
t("Created: %1. Updated: %2. Unchanged: %3. Skipped as invalid: %4. Failed: %5.",
  ru="Создано: %1. Обновлено: %2. Без изменений: %3. Пропущено из-за ошибок: %4. Не удалось: %5.",
  es="Creados: %1. Actualizados: %2. Sin cambios: %3. Omitidos por no ser válidos: %4. Con error: %5.")
t("Deleted: %1.", ru="Удалено: %1.", es="Eliminados: %1.")
t("Error report saved to %1", ru="Отчёт об ошибках сохранён в %1", es="Informe de errores guardado en %1")
t("Save the error report", ru="Сохранение отчёта об ошибках", es="Guardar el informe de errores")
t("%1 - not imported.csv", ru="%1 - не импортировано.csv", es="%1 - no importado.csv")
t("An import of “%1” stopped before it finished, with %n row(s) left. Choose “Import…” and the same file to continue it.",
  ru=["Импорт «%1» остановился, не завершившись: осталась %n строка. Выберите «Импорт…» и тот же файл, чтобы продолжить его.",
      "Импорт «%1» остановился, не завершившись: осталось %n строки. Выберите «Импорт…» и тот же файл, чтобы продолжить его.",
      "Импорт «%1» остановился, не завершившись: осталось %n строк. Выберите «Импорт…» и тот же файл, чтобы продолжить его."],
  es=["La importación de “%1” se detuvo antes de terminar y queda %n fila. Elija “Importar…” y el mismo archivo para continuarla.",
      "La importación de “%1” se detuvo antes de terminar y quedan %n filas. Elija “Importar…” y el mismo archivo para continuarla."],
  en=["An import of “%1” stopped before it finished, with %n row left. Choose “Import…” and the same file to continue it.",
      "An import of “%1” stopped before it finished, with %n rows left. Choose “Import…” and the same file to continue it."])

# ---------------------------------------------------------------- Import: reading, planning, journal, report
t("Row %1 has the same identifier (%2) as row %3; only the first one is imported.",
  ru="У строки %1 тот же идентификатор (%2), что и у строки %3; импортируется только первая.",
  es="La fila %1 tiene el mismo identificador (%2) que la fila %3; solo se importa la primera.")
t("The check was cancelled.", ru="Проверка отменена.", es="Se canceló la revisión.")
t("Reading the account’s users…", ru="Чтение пользователей аккаунта…",
  es="Leyendo los usuarios de la cuenta…")
t("Reading the account’s customers…", ru="Чтение клиентов аккаунта…",
  es="Leyendo los clientes de la cuenta…")
t("Measuring the account…", ru="Оценка размера аккаунта…", es="Calculando el tamaño de la cuenta…")
t("Looking up the customers…", ru="Поиск клиентов…", es="Buscando los clientes…")
t("The connection to the account was closed.", ru="Подключение к аккаунту закрыто.",
  es="Se cerró la conexión con la cuenta.")
t("The import journal could not be written.", ru="Не удалось записать журнал импорта.",
  es="No se pudo escribir en el diario de importación.")
t("The import journal could not be read.", ru="Не удалось прочитать журнал импорта.",
  es="No se pudo leer el diario de importación.")
t("It cannot be checked whether another window or a script is importing this file into this account right now, so it is not imported: %1",
  ru="Не удаётся проверить, не импортирует ли этот файл в этот аккаунт прямо сейчас другое окно или скрипт, поэтому он не импортируется: %1",
  es="No se puede comprobar si otra ventana o un script está importando este archivo en esta cuenta ahora mismo, así que no se importa: %1")
t("There is no import %1.", ru="Импорта %1 нет.", es="No existe la importación %1.")
t("Import %1 names an unknown service, %2.", ru="Импорт %1 указывает неизвестный сервис: %2.",
  es="La importación %1 indica un servicio desconocido: %2.")
t("Line", ru="Строка", es="Línea")
t("The report “%1” could not be saved: %2", ru="Не удалось сохранить отчёт «%1»: %2",
  es="No se pudo guardar el informe “%1”: %2")

# ---------------------------------------------------------------- Spreadsheets: reading workbooks
t("This workbook has no sheet number %1: it has %n sheet(s), %2.",
  en=["This workbook has no sheet number %1: it has %n sheet, %2.",
      "This workbook has no sheet number %1: it has %n sheets, %2."],
  ru=["В этой книге нет листа номер %1: в ней %n лист, %2.",
      "В этой книге нет листа номер %1: в ней %n листа, %2.",
      "В этой книге нет листа номер %1: в ней %n листов, %2."],
  es=["Este libro no tiene la hoja número %1: tiene %n hoja, %2.",
      "Este libro no tiene la hoja número %1: tiene %n hojas, %2."])
t("This workbook has no sheet named “%1”: it has %n sheet(s), %2.",
  en=["This workbook has no sheet named “%1”: it has %n sheet, %2.",
      "This workbook has no sheet named “%1”: it has %n sheets, %2."],
  ru=["В этой книге нет листа «%1»: в ней %n лист, %2.",
      "В этой книге нет листа «%1»: в ней %n листа, %2.",
      "В этой книге нет листа «%1»: в ней %n листов, %2."],
  es=["Este libro no tiene una hoja llamada “%1”: tiene %n hoja, %2.",
      "Este libro no tiene una hoja llamada “%1”: tiene %n hojas, %2."])
t("Userdesk imports CSV and other text files, Excel workbooks (.xlsx) and OpenDocument spreadsheets (.ods).",
  ru="Userdesk импортирует CSV и другие текстовые файлы, книги Excel (.xlsx) и электронные таблицы OpenDocument (.ods).",
  es="Userdesk importa archivos CSV y otros archivos de texto, libros de Excel (.xlsx) y hojas de cálculo OpenDocument (.ods).")
t("This is an Excel 97–2003 workbook (.xls), which Userdesk does not read: open it in Excel or LibreOffice and save it as .xlsx or CSV.",
  ru="Это книга Excel 97–2003 (.xls), которую Userdesk не читает: откройте её в Excel или LibreOffice и сохраните как .xlsx или CSV.",
  es="Este es un libro de Excel 97–2003 (.xls), que Userdesk no lee: ábralo en Excel o LibreOffice y guárdelo como .xlsx o CSV.")
t("This workbook is password-protected: save it without a password and choose it again.",
  ru="Эта книга защищена паролем: сохраните её без пароля и выберите снова.",
  es="Este libro está protegido con contraseña: guárdelo sin contraseña y vuelva a elegirlo.")
t("not a table", ru="не таблица", es="no una tabla")
t("This file is %1. %2", ru="Этот файл — %1. %2", es="Este archivo es %1. %2")
t("a damaged zip archive", ru="повреждённый zip-архив", es="un archivo zip dañado")
t("an OpenDocument text document (.odt)", ru="текстовый документ OpenDocument (.odt)",
  es="un documento de texto OpenDocument (.odt)")
t("an OpenDocument presentation (.odp)", ru="презентация OpenDocument (.odp)",
  es="una presentación OpenDocument (.odp)")
t("an e-book (EPUB)", ru="электронная книга (EPUB)", es="un libro electrónico (EPUB)")
t("a Word document (.docx)", ru="документ Word (.docx)", es="un documento de Word (.docx)")
t("a PowerPoint presentation (.pptx)", ru="презентация PowerPoint (.pptx)",
  es="una presentación de PowerPoint (.pptx)")
t("a password-protected zip archive", ru="zip-архив, защищённый паролем",
  es="un archivo zip protegido con contraseña")
t("a zip archive without a workbook in it", ru="zip-архив без книги внутри",
  es="un archivo zip que no contiene un libro")
t("a Word 97–2003 document (.doc)", ru="документ Word 97–2003 (.doc)",
  es="un documento de Word 97–2003 (.doc)")
t("a PowerPoint 97–2003 presentation (.ppt)", ru="презентация PowerPoint 97–2003 (.ppt)",
  es="una presentación de PowerPoint 97–2003 (.ppt)")
t("an Office 97–2003 file that is not a workbook", ru="файл Office 97–2003, но не книга",
  es="un archivo de Office 97–2003 que no es un libro")
t("a PDF document", ru="документ PDF", es="un documento PDF")
t("a PNG image", ru="изображение PNG", es="una imagen PNG")
t("a JPEG image", ru="изображение JPEG", es="una imagen JPEG")
t("a GIF image", ru="изображение GIF", es="una imagen GIF")
t("a TIFF image", ru="изображение TIFF", es="una imagen TIFF")
t("a WebP image", ru="изображение WebP", es="una imagen WebP")
t("a gzip archive", ru="архив gzip", es="un archivo gzip")
t("a 7-Zip archive", ru="архив 7-Zip", es="un archivo 7-Zip")
t("a RAR archive", ru="архив RAR", es="un archivo RAR")
t("a program, not a table", ru="программа, а не таблица", es="un programa, no una tabla")
t("an RTF document", ru="документ RTF", es="un documento RTF")
t("a binary file, not text", ru="двоичный файл, а не текст", es="un archivo binario, no texto")
t("a file that cannot be read", ru="файл, который не удаётся прочитать",
  es="un archivo que no se puede leer")
t("This workbook is damaged: the part “%1” is missing.",
  ru="Эта книга повреждена: в ней нет части «%1».",
  es="Este libro está dañado: falta la parte “%1”.")
t("This workbook has no sheets.", ru="В этой книге нет листов.", es="Este libro no tiene hojas.")
t("This workbook has no sheet number %1.", ru="В этой книге нет листа номер %1.",
  es="Este libro no tiene la hoja número %1.")
t("The sheet “%1” has a row numbered %2, past the last row a spreadsheet has (%3); the workbook is not read.",
  ru="На листе «%1» есть строка номер %2 — дальше последней строки таблицы (%3); книга не читается.",
  es="La hoja “%1” tiene una fila número %2, más allá de la última fila de una hoja de cálculo (%3); el libro no se lee.")
t("The sheet “%1” has a cell past column %2, the last one a spreadsheet has; the workbook is not read.",
  ru="На листе «%1» есть ячейка правее столбца %2, последнего в таблице; книга не читается.",
  es="La hoja “%1” tiene una celda más allá de la columna %2, la última de una hoja de cálculo; el libro no se lee.")
t("The workbook cannot be read: it is not an open file.",
  ru="Книгу не удаётся прочитать: это не открытый файл.",
  es="No se puede leer el libro: no es un archivo abierto.")
t("This file is text (such as CSV), not a workbook.",
  ru="Этот файл — текст (например, CSV), а не книга.",
  es="Este archivo es texto (como CSV), no un libro.")
t('Row %1: the cell in column %2 is longer than %n character(s); it was cut.',
  ru=['Строка %1: ячейка в столбце %2 длиннее %n символа; она обрезана.', 'Строка %1: ячейка в столбце %2 длиннее %n символов; она обрезана.', 'Строка %1: ячейка в столбце %2 длиннее %n символов; она обрезана.'],
  es=['Fila %1: la celda de la columna %2 tiene más de %n carácter; se recortó.', 'Fila %1: la celda de la columna %2 tiene más de %n caracteres; se recortó.'],
  en=['Row %1: the cell in column %2 is longer than %n character; it was cut.', 'Row %1: the cell in column %2 is longer than %n characters; it was cut.'])
t("The file is not a readable zip archive, so it is no workbook Userdesk can read (or it is damaged).",
  ru="Файл не является читаемым zip-архивом, поэтому это не книга, которую Userdesk может прочитать (или она повреждена).",
  es="El archivo no es un archivo zip legible, así que no es un libro que Userdesk pueda leer (o está dañado).")
t('This workbook holds %n file(s), more than any spreadsheet program writes; it is not read.',
  ru=['В этой книге %n файл — больше, чем записывает любая программа электронных таблиц; книга не читается.', 'В этой книге %n файла — больше, чем записывает любая программа электронных таблиц; книга не читается.', 'В этой книге %n файлов — больше, чем записывает любая программа электронных таблиц; книга не читается.'],
  es=['Este libro contiene %n archivo, más de los que escribe cualquier programa de hojas de cálculo; no se lee.', 'Este libro contiene %n archivos, más de los que escribe cualquier programa de hojas de cálculo; no se lee.'],
  en=['This workbook holds %n file, more than any spreadsheet program writes; it is not read.', 'This workbook holds %n files, more than any spreadsheet program writes; it is not read.'])
t('This workbook holds more than %n file(s), more than any spreadsheet program writes; it is not read.',
  ru=['В этой книге больше %n файла — больше, чем записывает любая программа электронных таблиц; книга не читается.', 'В этой книге больше %n файлов — больше, чем записывает любая программа электронных таблиц; книга не читается.', 'В этой книге больше %n файлов — больше, чем записывает любая программа электронных таблиц; книга не читается.'],
  es=['Este libro contiene más de %n archivo, más de los que escribe cualquier programa de hojas de cálculo; no se lee.', 'Este libro contiene más de %n archivos, más de los que escribe cualquier programa de hojas de cálculo; no se lee.'],
  en=['This workbook holds more than %n file, more than any spreadsheet program writes; it is not read.', 'This workbook holds more than %n files, more than any spreadsheet program writes; it is not read.'])
t("This workbook is damaged: its list of files cannot be read.",
  ru="Эта книга повреждена: не удаётся прочитать список её файлов.",
  es="Este libro está dañado: no se puede leer su lista de archivos.")
t("This workbook is damaged: the part “%1” cannot be found.",
  ru="Эта книга повреждена: часть «%1» не найдена.",
  es="Este libro está dañado: no se encuentra la parte “%1”.")
t("This workbook is damaged: the part “%1” cannot be unpacked.",
  ru="Эта книга повреждена: часть «%1» не удаётся распаковать.",
  es="Este libro está dañado: no se puede descomprimir la parte “%1”.")
t("This workbook contains a file named “%1”, which points outside the workbook; such a file is made to attack, so it is not read.",
  ru="В этой книге есть файл с именем «%1», указывающим за пределы книги; такие файлы делают для атак, поэтому книга не читается.",
  es="Este libro contiene un archivo llamado “%1”, que apunta fuera del libro; un archivo así está hecho para atacar, por lo que no se lee.")
t("The part “%1” of this workbook unpacks to more than %2 MB; a workbook that large is more likely a zip bomb than a list, so it is not read.",
  ru="Часть «%1» этой книги распаковывается в более чем %2 МБ; такая большая книга — скорее zip-бомба, чем список, поэтому она не читается.",
  es="La parte “%1” de este libro se descomprime en más de %2 MB; un libro tan grande es más probablemente una bomba zip que una lista, por lo que no se lee.")
t("This workbook unpacks to more than %1 MB; a workbook that large is more likely a zip bomb than a list, so it is not read.",
  ru="Эта книга распаковывается в более чем %1 МБ; такая большая книга — скорее zip-бомба, чем список, поэтому она не читается.",
  es="Este libro se descomprime en más de %1 MB; un libro tan grande es más probablemente una bomba zip que una lista, por lo que no se lee.")
t('The part “%1” of this workbook is packed more than %n time(s) tighter than spreadsheets are, as zip bombs are; it is not read.',
  ru=['Часть «%1» этой книги сжата более чем в %n раз плотнее, чем бывают таблицы, — как zip-бомбы; книга не читается.', 'Часть «%1» этой книги сжата более чем в %n раза плотнее, чем бывают таблицы, — как zip-бомбы; книга не читается.', 'Часть «%1» этой книги сжата более чем в %n раз плотнее, чем бывают таблицы, — как zip-бомбы; книга не читается.'],
  es=['La parte “%1” de este libro está comprimida más de %n vez más que las hojas de cálculo, como las bombas zip; no se lee.', 'La parte “%1” de este libro está comprimida más de %n veces más que las hojas de cálculo, como las bombas zip; no se lee.'],
  en=['The part “%1” of this workbook is packed more than %n time tighter than spreadsheets are, as zip bombs are; it is not read.', 'The part “%1” of this workbook is packed more than %n times tighter than spreadsheets are, as zip bombs are; it is not read.'])
t("This workbook refers to a part outside itself (“%1”); it is not read.",
  ru="Эта книга ссылается на часть за своими пределами («%1»); книга не читается.",
  es="Este libro hace referencia a una parte fuera de sí mismo (“%1”); no se lee.")
t("This workbook is damaged: it does not say where its sheets are.",
  ru="Эта книга повреждена: в ней не указано, где её листы.",
  es="Este libro está dañado: no indica dónde están sus hojas.")
t("This workbook declares more cell formats than Excel allows; it is not read.",
  ru="В этой книге объявлено больше форматов ячеек, чем допускает Excel; книга не читается.",
  es="Este libro declara más formatos de celda de los que permite Excel; no se lee.")
t("This workbook's shared strings table holds more than %n string(s) or %1, more than a list needs; it is not read.",
  ru=['Таблица общих строк этой книги выходит за предел (%n строка или %1) — больше, чем нужно списку; книга не читается.', 'Таблица общих строк этой книги выходит за предел (%n строки или %1) — больше, чем нужно списку; книга не читается.', 'Таблица общих строк этой книги выходит за предел (%n строк или %1) — больше, чем нужно списку; книга не читается.'],
  es=['La tabla de cadenas compartidas de este libro contiene más de %n cadena o %1, más de lo que necesita una lista; no se lee.', 'La tabla de cadenas compartidas de este libro contiene más de %n cadenas o %1, más de lo que necesita una lista; no se lee.'],
  en=["This workbook's shared strings table holds more than %n string or %1, more than a list needs; it is not read.", "This workbook's shared strings table holds more than %n strings or %1, more than a list needs; it is not read."])
t("This workbook has no sheet that can be read.", ru="В этой книге нет листа, который можно прочитать.",
  es="Este libro no tiene ninguna hoja que se pueda leer.")
t("The sheet “%1” is a chart, not a table.", ru="Лист «%1» — диаграмма, а не таблица.",
  es="La hoja “%1” es un gráfico, no una tabla.")
t("This workbook is damaged: cell %1 of the sheet “%2” refers to the shared strings table, which the workbook does not have.",
  ru="Эта книга повреждена: ячейка %1 листа «%2» ссылается на таблицу общих строк, которой в книге нет.",
  es="Este libro está dañado: la celda %1 de la hoja “%2” hace referencia a la tabla de cadenas compartidas, que el libro no tiene.")
t("This workbook is damaged: cell %1 of the sheet “%2” refers to shared string number %3, which the workbook does not have.",
  ru="Эта книга повреждена: ячейка %1 листа «%2» ссылается на общую строку номер %3, которой в книге нет.",
  es="Este libro está dañado: la celda %1 de la hoja “%2” hace referencia a la cadena compartida número %3, que el libro no tiene.")
t("This workbook is damaged: the sheet “%1” has a cell named “%2”.",
  ru="Эта книга повреждена: на листе «%1» есть ячейка с именем «%2».",
  es="Este libro está dañado: la hoja “%1” tiene una celda llamada “%2”.")
t("The sheet “%1” has a cell past column %2, the last one Excel has; the workbook is not read.",
  ru="На листе «%1» есть ячейка правее столбца %2, последнего в Excel; книга не читается.",
  es="La hoja “%1” tiene una celda más allá de la columna %2, la última de Excel; el libro no se lee.")
t("The sheet “%1” has a row numbered %2, past the last row Excel has (%3); the workbook is not read.",
  ru="На листе «%1» есть строка номер %2 — дальше последней строки Excel (%3); книга не читается.",
  es="La hoja “%1” tiene una fila número %2, más allá de la última fila de Excel (%3); el libro no se lee.")
t("The part “%1” of this workbook declares a document type (DTD), which spreadsheet programs never write; it is not read.",
  ru="Часть «%1» этой книги объявляет тип документа (DTD), который программы электронных таблиц никогда не записывают; книга не читается.",
  es="La parte “%1” de este libro declara un tipo de documento (DTD), que los programas de hojas de cálculo nunca escriben; no se lee.")
t("The part “%1” of this workbook refers to an undeclared entity “%2”; it is not read.",
  ru="Часть «%1» этой книги ссылается на необъявленную сущность «%2»; книга не читается.",
  es="La parte “%1” de este libro hace referencia a una entidad no declarada “%2”; no se lee.")
t("This workbook is damaged: the part “%1” is not well-formed XML (line %2: %3).",
  ru="Эта книга повреждена: часть «%1» — некорректный XML (строка %2: %3).",
  es="Este libro está dañado: la parte “%1” no es XML bien formado (línea %2: %3).")
t("There is not enough memory to read this workbook.",
  ru="Не хватает памяти, чтобы прочитать эту книгу.",
  es="No hay memoria suficiente para leer este libro.")

# ---------------------------------------------------------------- Spreadsheets: .xlsx export
t("No file to write the workbook to.", ru="Нет файла, в который записать книгу.",
  es="No hay archivo en el que escribir el libro.")
t('The table has %n row(s) and %1; an Excel sheet holds at most 1,048,576 rows and 16,384 columns.',
  ru=['В таблице %n строка и %1; лист Excel вмещает не больше 1 048 576 строк и 16 384 столбцов.', 'В таблице %n строки и %1; лист Excel вмещает не больше 1 048 576 строк и 16 384 столбцов.', 'В таблице %n строк и %1; лист Excel вмещает не больше 1 048 576 строк и 16 384 столбцов.'],
  es=['La tabla tiene %n fila y %1; una hoja de Excel admite como máximo 1.048.576 filas y 16.384 columnas.', 'La tabla tiene %n filas y %1; una hoja de Excel admite como máximo 1.048.576 filas y 16.384 columnas.'],
  en=['The table has %n row and %1; an Excel sheet holds at most 1,048,576 rows and 16,384 columns.', 'The table has %n rows and %1; an Excel sheet holds at most 1,048,576 rows and 16,384 columns.'])
t("The workbook could not be written: %1", ru="Не удалось записать книгу: %1",
  es="No se pudo escribir el libro: %1")
t("“%1” could not be written: %2", ru="Не удалось записать «%1»: %2",
  es="No se pudo escribir “%1”: %2")

# Forms that save only what the person changed (issue 17).
t("WoowUp customer %1 no longer exists: it was deleted after this form opened.",
  ru="Клиента WoowUp %1 больше нет: его удалили после того, как открылась эта форма.",
  es="El cliente de WoowUp %1 ya no existe: se eliminó después de abrir este formulario.")
t("“%1” belongs to another customer, %2. Nothing was saved.",
  ru="«%1» принадлежит другому клиенту: %2. Ничего не сохранено.",
  es="“%1” pertenece a otro cliente, %2. No se guardó nada.")
t("%1 (WoowUp customer %2)", ru="%1 (клиент WoowUp %2)", es="%1 (cliente de WoowUp %2)")
t("(empty)", ru="(пусто)", es="(vacío)")
t("Someone changed these fields on the server while you were editing. Nothing was saved yet: "
  "choose which value to keep, then save again.",
  ru="Пока вы редактировали, кто-то изменил эти поля на сервере. Ничего ещё не сохранено: "
     "выберите, какое значение оставить, и сохраните снова.",
  es="Alguien cambió estos campos en el servidor mientras usted editaba. Todavía no se guardó "
     "nada: elija qué valor conservar y vuelva a guardar.")
t("%1: now %2 on the server, yours %3.", ru="%1: на сервере теперь %2, у вас %3.",
  es="%1: ahora %2 en el servidor, el suyo %3.")
t("Keep mine", ru="Оставить моё", es="Conservar el mío")
t("Use the server’s", ru="Взять с сервера", es="Usar el del servidor")
t("WoowUp stores “Can receive” for a new customer unless you choose otherwise.",
  ru="Для нового клиента WoowUp сохраняет «Может получать», если не выбрать иное.",
  es="WoowUp guarda “Puede recibir” para un cliente nuevo, salvo que elija otra cosa.")
t("Clear", ru="Очистить", es="Borrar")
t("Clear this attribute's value on the customer: saving sends an empty value for it",
  ru="Очистить значение этого атрибута у клиента: при сохранении будет отправлено пустое значение",
  es="Borrar el valor de este atributo del cliente: al guardar se envía un valor vacío")
t("A new customer can receive every channel unless you choose otherwise: that is what WoowUp "
  "stores when a channel is not sent.",
  ru="Новый клиент может получать сообщения по всем каналам, если не выбрать иное: именно это "
     "WoowUp сохраняет, когда канал не передан.",
  es="Un cliente nuevo puede recibir por todos los canales salvo que elija otra cosa: es lo que "
     "WoowUp guarda cuando no se envía un canal.")
t("can receive", ru="может получать", es="puede recibir")
t("can't receive", ru="не может получать", es="no puede recibir")
t("can't receive (%1)", ru="не может получать (%1)", es="no puede recibir (%1)")
t("WoowUp kept “%1” when you cleared this field: it was not removed.",
  ru="WoowUp оставил «%1», хотя вы очистили это поле: значение не удалено.",
  es="WoowUp conservó “%1” aunque usted borró este campo: no se eliminó.")
t("WoowUp can't remove a customer's points; enter 0 to set them to none.",
  ru="WoowUp не может удалить баллы клиента; введите 0, чтобы обнулить их.",
  es="WoowUp no puede quitar los puntos de un cliente; ingrese 0 para dejarlos en cero.")
t("Changed on the server while you edited: choose above which value to keep.",
  ru="Изменено на сервере, пока вы редактировали: выберите выше, какое значение оставить.",
  es="Cambió en el servidor mientras usted editaba: elija arriba qué valor conservar.")
t("Reading the customer…", ru="Чтение клиента…", es="Leyendo el cliente…")
t("Saving removes this employee’s phone from Wazzup.",
  ru="При сохранении телефон этого сотрудника будет удалён из Wazzup.",
  es="Al guardar se quita el teléfono de este empleado de Wazzup.")
t("Reading the employee…", ru="Чтение сотрудника…", es="Leyendo el empleado…")
t("A copy of each employee (ID, name and phone) is kept on this computer first, so that you can "
  "restore them as they were from “Recently deleted…”.",
  ru="Сначала копия каждого сотрудника (ID, имя и телефон) сохраняется на этом компьютере, "
     "чтобы их можно было восстановить как были через «Недавно удалённые…».",
  es="Primero se guarda en esta computadora una copia de cada empleado (ID, nombre y teléfono), "
     "para que pueda restaurarlos tal como estaban desde “Eliminados recientemente…”.")
t("Restore adds each selected employee again with the same ID, name and phone.",
  ru="Восстановление снова добавляет каждого выбранного сотрудника с тем же ID, именем и "
     "телефоном.",
  es="Restaurar vuelve a agregar cada empleado seleccionado con el mismo ID, nombre y teléfono.")
t("A copy of each customer, as WoowUp has it, is kept on this computer first, so that you can "
  "restore it from “Recently deleted…”. %1",
  ru="Сначала копия каждого клиента, как он хранится в WoowUp, сохраняется на этом компьютере, "
     "чтобы его можно было восстановить через «Недавно удалённые…». %1",
  es="Primero se guarda en esta computadora una copia de cada cliente, tal como lo tiene "
     "WoowUp, para que pueda restaurarlo desde “Eliminados recientemente…”. %1")
t("Restore creates each selected customer again from its copy: identifiers, personal data, "
  "address, consent, points balance, tags and attributes come back. %1",
  ru="Восстановление заново создаёт каждого выбранного клиента по его копии: возвращаются "
     "идентификаторы, личные данные, адрес, согласия, баланс баллов, теги и атрибуты. %1",
  es="Restaurar vuelve a crear cada cliente seleccionado a partir de su copia: vuelven los "
     "identificadores, los datos personales, la dirección, los consentimientos, el saldo de "
     "puntos, las etiquetas y los atributos. %1")
t("A restored customer is created anew, with a new WoowUp ID and creation date; what WoowUp does "
  "not let a program set (blocked, notes, family, purchase and points history) does not come "
  "back.",
  ru="Восстановленный клиент создаётся заново, с новым ID WoowUp и новой датой создания; то, что "
     "WoowUp не позволяет задать программе (блокировка, заметки, семья, история покупок и "
     "баллов), не возвращается.",
  es="Un cliente restaurado se crea de nuevo, con un ID de WoowUp y una fecha de creación "
     "nuevos; lo que WoowUp no permite fijar a un programa (bloqueo, notas, familia, historial "
     "de compras y de puntos) no vuelve.")

# ---------------------------------------------------------------- tables and main window (sort, load all, selection, title)
t("Load all and sort", ru="Загрузить всех и отсортировать", es="Cargar todos y ordenar")
t("Loads every customer of the search from WoowUp, within the account's rate limit, so that the sort covers all of them.",
  ru="Загружает из WoowUp всех клиентов по этому поиску, не превышая лимит запросов аккаунта, чтобы сортировка охватила их всех.",
  es="Carga desde WoowUp todos los clientes de la búsqueda, dentro del límite de solicitudes de la cuenta, para que el orden los abarque a todos.")
t("Sorted by %1 among the %n customer(s) loaded so far, not the whole account.",
  ru=["Отсортировано по столбцу «%1» среди %n загруженного пока клиента, а не по всему аккаунту.",
      "Отсортировано по столбцу «%1» среди %n загруженных пока клиентов, а не по всему аккаунту.",
      "Отсортировано по столбцу «%1» среди %n загруженных пока клиентов, а не по всему аккаунту."],
  es=["Ordenado por %1 entre el %n cliente cargado hasta ahora, no en toda la cuenta.",
      "Ordenado por %1 entre los %n clientes cargados hasta ahora, no en toda la cuenta."],
  en=["Sorted by %1 among the %n customer loaded so far, not the whole account.",
      "Sorted by %1 among the %n customers loaded so far, not the whole account."])
t("Load all customers", ru="Загрузка всех клиентов", es="Cargar todos los clientes")
t("Loading every customer, within the account's rate limit… %n loaded.",
  ru=["Загрузка всех клиентов в пределах лимита запросов аккаунта… Загружен %n.",
      "Загрузка всех клиентов в пределах лимита запросов аккаунта… Загружено %n.",
      "Загрузка всех клиентов в пределах лимита запросов аккаунта… Загружено %n."],
  es=["Cargando todos los clientes, dentro del límite de solicitudes de la cuenta… %n cargado.",
      "Cargando todos los clientes, dentro del límite de solicitudes de la cuenta… %n cargados."],
  en=["Loading every customer, within the account's rate limit… %n loaded.",
      "Loading every customer, within the account's rate limit… %n loaded."])
t("This account has no customers yet.", ru="В этом аккаунте пока нет клиентов.",
  es="Esta cuenta todavía no tiene clientes.")
t("No customers match “%1”.", ru="Нет клиентов, подходящих под «%1».",
  es="Ningún cliente coincide con “%1”.")
t("This account has no employees yet.", ru="В этом аккаунте пока нет сотрудников.",
  es="Esta cuenta todavía no tiene empleados.")
t("No employees match “%1”.", ru="Нет сотрудников, подходящих под «%1».",
  es="Ningún empleado coincide con “%1”.")
t("Customer “%1” saved.", ru="Клиент «%1» сохранён.", es="Cliente “%1” guardado.")
t("Customer “%1” created.", ru="Клиент «%1» создан.", es="Cliente “%1” creado.")
t("Employee “%1” saved.", ru="Сотрудник «%1» сохранён.", es="Empleado “%1” guardado.")
t("Employee “%1” created.", ru="Сотрудник «%1» создан.", es="Empleado “%1” creado.")
t("Enter the e-mail address to look for.", ru="Введите адрес эл. почты, который нужно найти.",
  es="Ingrese el correo electrónico que quiere buscar.")
t("Enter the document number to look for.", ru="Введите номер документа, который нужно найти.",
  es="Ingrese el número de documento que quiere buscar.")
t("Enter the telephone number to look for.", ru="Введите номер телефона, который нужно найти.",
  es="Ingrese el número de teléfono que quiere buscar.")
t("Enter the external ID to look for.", ru="Введите внешний ID, который нужно найти.",
  es="Ingrese el ID externo que quiere buscar.")
t("Open Recently &deleted…", ru="&Открыть «Недавно удалённые»…",
  es="Abrir &Eliminados recientemente…")
t("Restore deleted records of this account, or finish an interrupted deletion",
  ru="Восстановить удалённые записи этого аккаунта или завершить прерванное удаление",
  es="Restaurar los registros eliminados de esta cuenta o terminar una eliminación interrumpida")
t("%1 — demo: changes are not kept after closing — Userdesk",
  ru="%1 — демо: изменения не сохранятся после закрытия — Userdesk",
  es="%1 — demostración: los cambios no se conservan al cerrar — Userdesk")
t("%1 — Userdesk", ru="%1 — Userdesk", es="%1 — Userdesk")
t("requests per second", ru="запросов в секунду", es="solicitudes por segundo")
t("requests per minute", ru="запросов в минуту", es="solicitudes por minuto")
t("&Rate limit:", ru="&Лимит запросов:", es="&Límite de solicitudes:")
t("Wazzup documents 500 requests per 5 seconds (100 per second).",
  ru="Wazzup допускает 500 запросов за 5 секунд (100 в секунду).",
  es="Wazzup documenta 500 solicitudes cada 5 segundos (100 por segundo).")
t("WoowUp documents 140 requests per minute.",
  ru="WoowUp допускает 140 запросов в минуту.",
  es="WoowUp documenta 140 solicitudes por minuto.")
t("Every operation of this account (loading, saving, import, delete, restore) stays just under this limit; lower it if the account is shared with other tools.",
  ru="Все операции этого аккаунта (загрузка, сохранение, импорт, удаление, восстановление) держатся чуть ниже этого лимита; уменьшите его, если аккаунтом пользуются и другие программы.",
  es="Todas las operaciones de esta cuenta (carga, guardado, importación, eliminación, restauración) se mantienen justo por debajo de este límite; redúzcalo si otras herramientas usan la misma cuenta.")
# ---------------------------------------------------------------- Spreadsheets: import and export
t("E&very customer in the account (loaded from the server)",
  ru="&Каждый клиент аккаунта (загрузить с сервера)",
  es="Cada cliente de la c&uenta (cargados del servidor)")
t("Export", ru="Экспорт", es="Exportar")
t("&Export…", ru="&Экспорт…", es="&Exportar…")
t("CSV (text, opens in any spreadsheet)", ru="CSV (текст, открывается в любой программе таблиц)",
  es="CSV (texto, se abre en cualquier hoja de cálculo)")
t("Excel workbook (.xlsx)", ru="Книга Excel (.xlsx)", es="Libro de Excel (.xlsx)")
t("Excel splits a CSV file into columns by the list separator of the system's region: a semicolon where numbers are written with a decimal comma (Spanish, Russian), a comma elsewhere.",
  ru="Excel делит файл CSV на столбцы по разделителю списков из региональных настроек системы: точка с запятой там, где в числах десятичная запятая (русский, испанский), иначе запятая.",
  es="Excel divide un archivo CSV en columnas según el separador de listas de la región del sistema: punto y coma donde los números llevan coma decimal (español, ruso), coma en los demás casos.")
t("F&ormat:", ru="&Формат:", es="F&ormato:")
t("Could not create the folder “%1”.", ru="Не удалось создать папку «%1».",
  es="No se pudo crear la carpeta “%1”.")
t("Loading every customer…", ru="Загрузка всех клиентов…", es="Cargando todos los clientes…")
t("Loading every customer: %n loaded…",
  ru=["Загрузка всех клиентов: загружен %n…", "Загрузка всех клиентов: загружено %n…",
      "Загрузка всех клиентов: загружено %n…"],
  es=["Cargando todos los clientes: %n cargado…", "Cargando todos los clientes: %n cargados…"],
  en=["Loading every customer: %n loaded…", "Loading every customer: %n loaded…"])
t("The customers could not be loaded: %1", ru="Не удалось загрузить клиентов: %1",
  es="No se pudieron cargar los clientes: %1")
t("Excel workbooks (*.xlsx);;All files (*)", ru="Книги Excel (*.xlsx);;Все файлы (*)",
  es="Libros de Excel (*.xlsx);;Todos los archivos (*)")
t("Choose a CSV file or a workbook (.xlsx, .ods)…", ru="Выберите файл CSV или книгу (.xlsx, .ods)…",
  es="Elija un archivo CSV o un libro (.xlsx, .ods)…")
t("&Sheet:", ru="&Лист:", es="Ho&ja:")
t("Choose a CSV file or a workbook", ru="Выберите файл CSV или книгу",
  es="Elija un archivo CSV o un libro")
t("CSV files and workbooks (*.csv *.txt *.xlsx *.ods);;All files (*)",
  ru="Файлы CSV и книги (*.csv *.txt *.xlsx *.ods);;Все файлы (*)",
  es="Archivos CSV y libros (*.csv *.txt *.xlsx *.ods);;Todos los archivos (*)")
t("%1 (hidden)", ru="%1 (скрытый)", es="%1 (oculta)")
t("%1 (empty)", ru="%1 (пустой)", es="%1 (vacía)")

# Wazzup table: the list has no phones
t("Wazzup’s list of users does not include phones: open the employee to read theirs.",
  ru="В списке пользователей Wazzup нет телефонов: откройте сотрудника, чтобы увидеть его телефон.",
  es="La lista de usuarios de Wazzup no incluye teléfonos: abra el empleado para ver el suyo.")

# Import: the check step's table of planned changes, blank cells per column
t("Create", ru="Создать", es="Crear", context="ImportChangesModel")
t("Update", ru="Обновить", es="Actualizar", context="ImportChangesModel")
t("Unchanged", ru="Без изменений", es="Sin cambios", context="ImportChangesModel")
t("Problem", ru="Ошибка", es="Problema", context="ImportChangesModel")
t("Row", ru="Строка", es="Fila", context="ImportChangesModel")
t("Action", ru="Действие", es="Acción", context="ImportChangesModel")
t("Record or field", ru="Запись или поле", es="Registro o campo")
t("Change", ru="Изменение", es="Cambio")
t("S&how:", ru="&Показать:", es="&Mostrar:")
t("All rows (%n)",
  ru=["Все строки (%n)", "Все строки (%n)", "Все строки (%n)"],
  es=["Todas las filas (%n)", "Todas las filas (%n)"],
  en=["All rows (%n)", "All rows (%n)"])
t("To create (%n)",
  ru=["Создать (%n)", "Создать (%n)", "Создать (%n)"],
  es=["A crear (%n)", "A crear (%n)"],
  en=["To create (%n)", "To create (%n)"])
t("To update (%n)",
  ru=["Обновить (%n)", "Обновить (%n)", "Обновить (%n)"],
  es=["A actualizar (%n)", "A actualizar (%n)"],
  en=["To update (%n)", "To update (%n)"])
t("Unchanged (%n)",
  ru=["Без изменений (%n)", "Без изменений (%n)", "Без изменений (%n)"],
  es=["Sin cambios (%n)", "Sin cambios (%n)"],
  en=["Unchanged (%n)", "Unchanged (%n)"])
t("To delete (%n)",
  ru=["Удалить (%n)", "Удалить (%n)", "Удалить (%n)"],
  es=["A eliminar (%n)", "A eliminar (%n)"],
  en=["To delete (%n)", "To delete (%n)"])
t("Problems (%n)",
  ru=["С ошибками (%n)", "С ошибками (%n)", "С ошибками (%n)"],
  es=["Con problemas (%n)", "Con problemas (%n)"],
  en=["Problems (%n)", "Problems (%n)"])
t("If blank: keep the value",
  ru="Если пусто: не менять",
  es="Si está vacía: no cambiar")
t("If blank: clear the value",
  ru="Если пусто: стереть",
  es="Si está vacía: borrar")
t("What a blank cell of this column does to a record that exists: leave the server’s value as "
  "it is, or remove it.",
  ru="Что пустая ячейка этого столбца делает с существующей записью: оставляет значение на "
     "сервере как есть или стирает его.",
  es="Qué hace una celda vacía de esta columna con un registro que ya existe: deja el valor del "
     "servidor como está o lo borra.")

# Counts nested into a sentence that has its own plural.
t("%n column(s)", ru=["%n столбец", "%n столбца", "%n столбцов"], es=["%n columna", "%n columnas"],
  en=["%n column", "%n columns"])
t("%n character(s)", ru=["%n символ", "%n символа", "%n символов"],
  es=["%n carácter", "%n caracteres"], en=["%n character", "%n characters"])

# Import finished: show what it created or updated
t("Show &imported customers", ru="Показать &импортированных клиентов",
  es="Mostrar clientes &importados")
t("Show all customers", ru="Показать всех клиентов", es="Mostrar todos los clientes")
t("Showing only the %n customer(s) the import created or updated.",
  ru=["Показан только %n клиент, созданный или обновлённый импортом.",
      "Показаны только %n клиента, созданных или обновлённых импортом.",
      "Показаны только %n клиентов, созданных или обновлённых импортом."],
  es=["Solo se muestra %n cliente creado o actualizado por la importación.",
      "Solo se muestran %n clientes creados o actualizados por la importación."],
  en=["Showing only the %n customer the import created or updated.",
      "Showing only the %n customers the import created or updated."])

# History and Undo (issue 18)
t("form", ru="форма", es="formulario")
t("Recently deleted", ru="Недавно удалённые", es="Eliminados recientemente")
t("%n selected",
  ru=["%n выбран", "%n выбрано", "%n выбрано"],
  es=["%n seleccionado", "%n seleccionados"],
  en=["%n selected", "%n selected"])
t("done", ru="выполнено", es="hecho")
t("changed since, left alone", ru="изменено с тех пор, оставлено как есть", es="cambiado desde entonces, sin tocar")
t("There is no operation %1 in this account’s history.",
  ru="В истории этого аккаунта нет операции %1.",
  es="No hay ninguna operación %1 en el historial de esta cuenta.")
t("Operation %1 is still running.", ru="Операция %1 ещё выполняется.", es="La operación %1 todavía está en curso.")
t("operation %1", ru="операция %1", es="operación %1")
t("the account was closed.", ru="аккаунт был закрыт.", es="la cuenta se cerró.")
t("already gone.", ru="уже удалено.", es="ya no existía.")
t("it no longer exists on the server.", ru="его больше нет на сервере.", es="ya no existe en el servidor.")
t("already as before.", ru="уже как было.", es="ya estaba como antes.")
t("already back.", ru="уже восстановлено.", es="ya estaba de vuelta.")
t("%1 is “%2” (it wrote “%3”)",
  ru="%1 сейчас «%2» (операция записала «%3»)",
  es="%1 es «%2» (la operación escribió «%3»)")
t("changed on the server since, left alone: %1.",
  ru="с тех пор изменено на сервере, оставлено как есть: %1.",
  es="cambiado en el servidor desde entonces, sin tocar: %1.")
t("created again as customer %1 (WoowUp gives a new id).",
  ru="создан заново как клиент %1 (WoowUp даёт новый id).",
  es="creado de nuevo como cliente %1 (WoowUp asigna un id nuevo).")
t("created again as customer %1; it was %2 (WoowUp gives a new id).",
  ru="создан заново как клиент %1; был %2 (WoowUp даёт новый id).",
  es="creado de nuevo como cliente %1; era %2 (WoowUp asigna un id nuevo).")

# Customer form: a marital status cannot be removed
t("WoowUp cannot remove a marital status once it is set; another one can be chosen.",
  ru="WoowUp не может убрать семейное положение, если оно задано; можно выбрать другое.",
  es="WoowUp no puede quitar un estado civil una vez indicado; se puede elegir otro.")

# ---------------------------------------------------------------- history
t('for %n day(s)', en=["for %n day", "for %n days"], es=["durante %n día", "durante %n días"],
  ru=["%n день", "%n дня", "%n дней"])
t('%1 of %n record(s)', en=["%1 of %n record", "%1 of %n records"],
  es=["%1 de %n registro", "%1 de %n registros"],
  ru=["%1 из %n записи", "%1 из %n записей", "%1 из %n записей"])
t('%n record(s) it created will be deleted.',
  en=["%n record it created will be deleted.", "%n records it created will be deleted."],
  es=["Se eliminará %n registro que creó.", "Se eliminarán %n registros que creó."],
  ru=["%n созданная ею запись будет удалена.", "%n созданные ею записи будут удалены.",
      "%n созданных ею записей будут удалены."])
t('%n record(s) it changed get the earlier values of those fields back.',
  en=["%n record it changed gets the earlier values of those fields back.",
      "%n records it changed get the earlier values of those fields back."],
  es=["%n registro que cambió recupera los valores anteriores de esos campos.",
      "%n registros que cambió recuperan los valores anteriores de esos campos."],
  ru=["%n изменённой ею записи вернутся прежние значения этих полей.",
      "%n изменённым ею записям вернутся прежние значения этих полей.",
      "%n изменённым ею записям вернутся прежние значения этих полей."])
t('%n record(s) it deleted will be created again.',
  en=["%n record it deleted will be created again.",
      "%n records it deleted will be created again."],
  es=["Se volverá a crear %n registro que eliminó.",
      "Se volverán a crear %n registros que eliminó."],
  ru=["%n удалённая ею запись будет создана снова.",
      "%n удалённые ею записи будут созданы снова.",
      "%n удалённых ею записей будут созданы снова."])
t('%n record(s) changed on the server after no. %1 and were left alone.',
  en=["%n record changed on the server after no. %1 and was left alone.",
      "%n records changed on the server after no. %1 and were left alone."],
  es=["%n registro cambió en el servidor después del n.º %1 y no se tocó.",
      "%n registros cambiaron en el servidor después del n.º %1 y no se tocaron."],
  ru=["%n запись изменилась на сервере после № %1 и осталась как есть.",
      "%n записи изменились на сервере после № %1 и остались как есть.",
      "%n записей изменились на сервере после № %1 и остались как есть."])
t('%n record(s) reverted.', en=["%n record reverted.", "%n records reverted."],
  es=["%n registro revertido.", "%n registros revertidos."],
  ru=["Возвращена %n запись.", "Возвращены %n записи.", "Возвращено %n записей."])
t('%n record(s) changed on the server since and were left alone: see them below; Overwrite changes… reverts them too.',
  en=["%n record changed on the server since and was left alone: see it below; Overwrite changes… reverts it too.",
      "%n records changed on the server since and were left alone: see them below; Overwrite changes… reverts them too."],
  es=["%n registro cambió en el servidor desde entonces y no se tocó: véalo abajo; Sobrescribir cambios… también lo revierte.",
      "%n registros cambiaron en el servidor desde entonces y no se tocaron: véalos abajo; Sobrescribir cambios… también los revierte."],
  ru=["%n запись с тех пор изменилась на сервере и осталась как есть: см. ниже; «Перезаписать изменения…» вернёт и её.",
      "%n записи с тех пор изменились на сервере и остались как есть: см. ниже; «Перезаписать изменения…» вернёт и их.",
      "%n записей с тех пор изменились на сервере и остались как есть: см. ниже; «Перезаписать изменения…» вернёт и их."])
t('%n record(s) could not be reverted: see why below; Undo again tries them again.',
  en=["%n record could not be reverted: see why below; Undo again tries it again.",
      "%n records could not be reverted: see why below; Undo again tries them again."],
  es=["%n registro no se pudo revertir: vea el motivo abajo; Deshacer otra vez lo intenta de nuevo.",
      "%n registros no se pudieron revertir: vea el motivo abajo; Deshacer otra vez los intenta de nuevo."],
  ru=["%n запись не удалось вернуть: причина ниже; повторная отмена попробует снова.",
      "%n записи не удалось вернуть: причина ниже; повторная отмена попробует снова.",
      "%n записей не удалось вернуть: причина ниже; повторная отмена попробует снова."])
t('%1 of %n changed', en=["%1 of %n changed", "%1 of %n changed"],
  es=["%1 de %n cambiado", "%1 de %n cambiados"],
  ru=["изменено %1 из %n", "изменено %1 из %n", "изменено %1 из %n"])
t('%n failed', en=["%n failed", "%n failed"], es=["%n con error", "%n con error"],
  ru=["%n с ошибкой", "%n с ошибкой", "%n с ошибкой"])
t('%n conflict(s)', en=["%n conflict", "%n conflicts"], es=["%n conflicto", "%n conflictos"],
  ru=["%n конфликт", "%n конфликта", "%n конфликтов"])
t('%n field(s)', en=["%n field", "%n fields"], es=["%n campo", "%n campos"],
  ru=["%n поле", "%n поля", "%n полей"])
t('form: %1', ru="форма: %1", es="formulario: %1")
t('until I clear it', ru="пока я её не очищу", es="hasta que lo borre")
t('for a year', ru="один год", es="durante un año")
t('&Stop', ru="&Остановить", es="&Detener")
t('History', ru="История", es="Historial")
t('Every change Userdesk sent to this account, newest first. Undo takes one back: what it created is deleted, the fields it changed get their earlier values, what it deleted is created again. An undo is in the history too, so it can be undone.',
  ru="Все изменения, которые Userdesk отправил в этот аккаунт, новые сверху. Отмена возвращает одно из них: созданное удаляется, изменённые поля получают прежние значения, удалённое создаётся снова. Отмена тоже попадает в историю, и её можно отменить.",
  es="Todos los cambios que Userdesk envió a esta cuenta, los más recientes primero. Deshacer revierte uno: lo que creó se elimina, los campos que cambió recuperan sus valores anteriores y lo que eliminó se vuelve a crear. Deshacer también queda en el historial, así que puede deshacerse.")
t('&Continue', ru="&Продолжить", es="&Continuar")
t('Keep the history:', ru="Хранить историю:", es="Conservar el historial:")
t('&Undo…', ru="&Отменить…", es="&Deshacer…")
t('&Overwrite changes…', ru="&Перезаписать изменения…", es="&Sobrescribir cambios…")
t('Undo again, also for the records that changed on the server since and were left alone',
  ru="Отменить ещё раз, в том числе для записей, которые с тех пор изменились на сервере и остались как есть",
  es="Deshacer otra vez, también para los registros que cambiaron en el servidor desde entonces y no se tocaron")
t('C&lear history…', ru="О&чистить историю…", es="&Borrar historial…")
t('Stop the undo?', ru="Остановить отмену?", es="¿Detener la reversión?")
t('An undo is running. Stop it and close? What it has reverted stays reverted; it can be taken up again from the History.',
  ru="Идёт отмена. Остановить её и закрыть? Уже возвращённое останется возвращённым; продолжить можно из истории.",
  es="Hay una reversión en curso. ¿Detenerla y cerrar? Lo ya revertido queda revertido; puede retomarse desde el historial.")
t('Records of no. %1 (%2 %3):', ru="Записи № %1 (%2 %3):", es="Registros del n.º %1 (%2 %3):")
t('&Resume the undo', ru="&Продолжить отмену", es="&Retomar la reversión")
t('Already undone by no. %1: undo that one to have the changes back.',
  ru="Уже отменено операцией № %1: отмените её, чтобы вернуть изменения.",
  es="Ya revertido por el n.º %1: deshaga ese para recuperar los cambios.")
t('It changed nothing on the server.', ru="Она ничего не изменила на сервере.",
  es="No cambió nada en el servidor.")
t('Each record is read first: one that changed on the server since is left alone and listed.',
  ru="Сначала читается каждая запись: изменённая с тех пор на сервере остаётся как есть и попадает в список.",
  es="Primero se lee cada registro: el que cambió en el servidor desde entonces no se toca y se lista.")
t('Undo no. %1?', ru="Отменить № %1?", es="¿Deshacer el n.º %1?")
t('Undo no. %1 (%2 %3)?', ru="Отменить № %1 (%2 %3)?", es="¿Deshacer el n.º %1 (%2 %3)?")
t('&Undo', ru="&Отменить", es="&Deshacer")
t('Overwrite changes?', ru="Перезаписать изменения?", es="¿Sobrescribir los cambios?")
t('Undo no. %1 again and overwrite them: what the server holds now is replaced by the values from before no. %1. This goes into the history too and can be undone.',
  ru="Отменить № %1 ещё раз и перезаписать их: то, что сейчас на сервере, заменится значениями до № %1. Это тоже попадёт в историю, и это можно отменить.",
  es="Deshacer el n.º %1 otra vez y sobrescribirlos: lo que hay ahora en el servidor se reemplaza por los valores de antes del n.º %1. Esto también queda en el historial y puede deshacerse.")
t('&Overwrite', ru="&Перезаписать", es="&Sobrescribir")
t('Clear the history?', ru="Очистить историю?", es="¿Borrar el historial?")
t('Clear this account’s history?', ru="Очистить историю этого аккаунта?",
  es="¿Borrar el historial de esta cuenta?")
t('The operations and the copies of the records they changed are removed from this computer. They can no longer be undone, and deleted records can no longer be restored. Nothing changes on the server.',
  ru="Операции и копии изменённых ими записей удаляются с этого компьютера. Их больше нельзя будет отменить, а удалённые записи — восстановить. На сервере ничего не меняется.",
  es="Las operaciones y las copias de los registros que cambiaron se eliminan de esta computadora. Ya no podrán deshacerse ni podrán restaurarse los registros eliminados. Nada cambia en el servidor.")
t('C&lear', ru="О&чистить", es="&Borrar")
t('Kept on this computer only, readable by you alone: %1 (%2).',
  ru="Хранится только на этом компьютере, доступно только вам: %1 (%2).",
  es="Se guarda solo en esta computadora y solo usted puede leerlo: %1 (%2).")
t('History of “%1”', ru="История «%1»", es="Historial de “%1”")
t('Import', ru="Импорт", es="Importación")
t('Form save', ru="Сохранение формы", es="Guardado de formulario")
t('Restore', ru="Восстановление", es="Restauración", context="HistoryModel")
t('Undo of no. %1', ru="Отмена № %1", es="Reversión del n.º %1")
t('Interrupted', ru="Прервана", es="Interrumpida")
t('Running', ru="Выполняется", es="En curso")
t('Undone by no. %1', ru="Отменена операцией № %1", es="Revertida por el n.º %1")
t('Cancelled', ru="Остановлена", es="Detenida", context="HistoryModel")
t('Finished', ru="Завершена", es="Terminada")
t('No.', ru="№", es="N.º")
t('When', ru="Когда", es="Cuándo")
t('Operation', ru="Операция", es="Operación")
t('Of', ru="Что", es="De")
t('Records', ru="Записи", es="Registros")
t('State', ru="Состояние", es="Estado", context="HistoryModel")
t('&History…', ru="&История…", es="&Historial…")
t('See every change sent to this account, field by field, and undo one',
  ru="Все изменения, отправленные в этот аккаунт, поле за полем, и их отмена",
  es="Ver cada cambio enviado a esta cuenta, campo por campo, y deshacer uno")
t('Changed', ru="Изменена", es="Cambiado")
t('Deleted', ru="Удалена", es="Eliminado", context="OperationChangesModel")
t('not sent', ru="не отправлено", es="no enviado")
t('failed', ru="ошибка", es="error")
t('left alone', ru="оставлена как есть", es="sin tocar")
t('Fields: before → after', ru="Поля: было → стало", es="Campos: antes → después")
t('Created', ru="Создана", context="OperationChangesModel")
t('The undo of no. %1 was interrupted before it finished. Open File › History… to resume it.',
  ru="Отмена № %1 была прервана до конца. Откройте «Файл › История…», чтобы продолжить её.",
  es="La reversión del n.º %1 se interrumpió antes de terminar. Abra Archivo › Historial… para retomarla.")
# ---------------------------------------------------------------- ImportRowDialog / correcting a row
t("Correct row %1", ru="Исправить строку %1", es="Corregir la fila %1")
t("%1 → %2:", ru="%1 → %2:", es="%1 → %2:")
t("The file is not changed: the corrections are kept with this import and sent with it.",
  ru="Файл не меняется: исправления хранятся вместе с этим импортом и отправляются с ним.",
  es="El archivo no se modifica: las correcciones se guardan con esta importación y se envían con ella.")
t("&Check again", ru="&Проверить снова", es="&Revisar de nuevo")
t("&Edit row…", ru="&Изменить строку…", es="&Editar fila…")
t("Correct the cells of the selected row and check it again",
  ru="Исправить ячейки выбранной строки и проверить её снова",
  es="Corregir las celdas de la fila seleccionada y revisarla de nuevo")
t("Checking row %1 again…", ru="Строка %1 проверяется снова…", es="Revisando de nuevo la fila %1…")
t("Row %1 was checked again and still has a problem.",
  ru="Строка %1 проверена снова, и в ней всё ещё есть ошибка.",
  es="La fila %1 se revisó de nuevo y todavía tiene un problema.")
t("Row %1 was checked again: it will be created.",
  ru="Строка %1 проверена снова: она будет создана.",
  es="La fila %1 se revisó de nuevo: se creará.")
t("Row %1 was checked again: it will update a record.",
  ru="Строка %1 проверена снова: она обновит запись.",
  es="La fila %1 se revisó de nuevo: actualizará un registro.")
t("Row %1 was checked again: the account has these values already.",
  ru="Строка %1 проверена снова: в аккаунте уже есть эти значения.",
  es="La fila %1 se revisó de nuevo: la cuenta ya tiene estos valores.")
