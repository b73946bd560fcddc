<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Proprietary software; all rights reserved.</source>
        <translation>Software propietario; todos los derechos reservados.</translation>
    </message>
    <message>
        <source>Licence: %1.</source>
        <translation>Licencia: %1.</translation>
    </message>
    <message>
        <source>About Userdesk</source>
        <translation>Acerca de Userdesk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Browse, edit, import, export and delete Wazzup employees and WoowUp customers, with a snapshot of every deleted record that you can restore.</source>
        <translation>Consulte, edite, importe, exporte y elimine empleados de Wazzup y clientes de WoowUp, con una copia de cada registro eliminado que puede restaurar.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, en ejecución con Qt %2.</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>form: %1</source>
        <translation>formulario: %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>service UID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>tipo de documento</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>género</translation>
    </message>
    <message>
        <source>street</source>
        <translation>calle</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado o provincia</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>marital status</source>
        <translation>estado civil</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>Wazzup accepts at most 100 users in one request.</source>
        <translation>Wazzup acepta como máximo 100 usuarios por solicitud.</translation>
    </message>
    <message>
        <source>The Wazzup account already has the maximum number of users (1,000). Delete users who no longer need access before adding new ones.</source>
        <translation>La cuenta de Wazzup ya tiene la cantidad máxima de usuarios (1000). Elimine a los usuarios que ya no necesitan acceso antes de agregar otros nuevos.</translation>
    </message>
    <message>
        <source>Wazzup did not accept user “%1”: the %2 is missing or not valid.</source>
        <translation>Wazzup no aceptó al usuario “%1”: el campo “%2” está vacío o no es válido.</translation>
    </message>
    <message>
        <source>Wazzup did not accept the user data: the %1 is missing or not valid.</source>
        <translation>Wazzup no aceptó los datos del usuario: el campo “%1” está vacío o no es válido.</translation>
    </message>
    <message>
        <source>Wazzup did not accept the user data: a required field is empty or a value is not valid.</source>
        <translation>Wazzup no aceptó los datos del usuario: hay un campo obligatorio vacío o un valor no válido.</translation>
    </message>
    <message>
        <source>Wazzup did not accept the request.</source>
        <translation>Wazzup no aceptó la solicitud.</translation>
    </message>
    <message>
        <source>Wazzup did not accept the request: %1.</source>
        <translation>Wazzup no aceptó la solicitud: %1.</translation>
    </message>
    <message>
        <source>WoowUp did not accept the customer data.</source>
        <translation>WoowUp no aceptó los datos del cliente.</translation>
    </message>
    <message>
        <source>WoowUp did not accept the customer data: %1.</source>
        <translation>WoowUp no aceptó los datos del cliente: %1.</translation>
    </message>
    <message>
        <source>WoowUp did not accept the data of customer “%1”.</source>
        <translation>WoowUp no aceptó los datos del cliente “%1”.</translation>
    </message>
    <message>
        <source>WoowUp did not accept the data of customer “%1”: %2.</source>
        <translation>WoowUp no aceptó los datos del cliente “%1”: %2.</translation>
    </message>
    <message>
        <source>The address “%1” is not a valid web address. Check the base URL in the connection settings.</source>
        <translation>“%1” no es una dirección web válida. Revise la dirección en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The address “%1” does not use HTTPS. API keys are only sent over HTTPS; plain HTTP is allowed only to this computer.</source>
        <translation>La dirección “%1” no usa HTTPS. Las claves de API solo se envían por HTTPS; HTTP sin cifrar solo se permite hacia esta computadora.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check the internet connection and try again.</source>
        <translation>
            <numerusform>%1 no respondió en %n segundo. Revise la conexión a internet e inténtelo de nuevo.</numerusform>
            <numerusform>%1 no respondió en %n segundos. Revise la conexión a internet e inténtelo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect to %1: the server at %2 refused the connection. Check the base URL in the connection settings.</source>
        <translation>No se pudo conectar con %1: el servidor %2 rechazó la conexión. Revise la dirección en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the base URL in the connection settings and the internet connection.</source>
        <translation>No se encontró el servidor %1. Revise la dirección en la configuración de la cuenta y la conexión a internet.</translation>
    </message>
    <message>
        <source>%1 closed the connection before its answer arrived. Try again.</source>
        <translation>%1 cerró la conexión antes de enviar la respuesta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not reach %1 because of a network problem. Check the internet connection and try again.</source>
        <translation>No se pudo comunicar con %1 por un problema de red. Revise la conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established (%2). Userdesk does not send data to a server whose certificate cannot be verified.</source>
        <translation>No se pudo establecer la conexión segura con %1 (%2). Userdesk no envía datos a un servidor cuyo certificado no se puede verificar.</translation>
    </message>
    <message>
        <source>%1 sent an answer that Userdesk cannot read. Try again; if this keeps happening, check that the base URL points to the %1 API.</source>
        <translation>%1 envió una respuesta que Userdesk no puede leer. Inténtelo de nuevo; si vuelve a ocurrir, revise que la dirección en la configuración de la cuenta apunte a la API de %1.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>Wazzup refused this action for the API key. Check that the key in the connection settings is correct and allowed to manage users.</source>
        <translation>Wazzup rechazó esta acción para la clave de API. Revise que la clave en la configuración de la cuenta sea correcta y tenga permiso para administrar usuarios.</translation>
    </message>
    <message>
        <source>%1 did not accept the API key. Check the key in the connection settings.</source>
        <translation>%1 no aceptó la clave de API. Revise la clave en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>A customer with the same %1 already exists in WoowUp.</source>
        <translation>Ya existe en WoowUp un cliente con el mismo valor en el campo “%1”.</translation>
    </message>
    <message>
        <source>This customer already exists in WoowUp.</source>
        <translation>Este cliente ya existe en WoowUp.</translation>
    </message>
    <message>
        <source>User “%1” was not found in Wazzup; it may have been deleted already.</source>
        <translation>No se encontró al usuario “%1” en Wazzup; es posible que ya se haya eliminado.</translation>
    </message>
    <message>
        <source>The user was not found in Wazzup; it may have been deleted already.</source>
        <translation>No se encontró al usuario en Wazzup; es posible que ya se haya eliminado.</translation>
    </message>
    <message>
        <source>Customer “%1” was not found in WoowUp.</source>
        <translation>No se encontró al cliente “%1” en WoowUp.</translation>
    </message>
    <message>
        <source>No matching record was found in WoowUp.</source>
        <translation>No se encontró ningún registro coincidente en WoowUp.</translation>
    </message>
    <message>
        <source>The requested record was not found.</source>
        <translation>No se encontró el registro solicitado.</translation>
    </message>
    <message>
        <source>%1 does not offer this action at this address. Check that the base URL in the connection settings points to the %1 API.</source>
        <translation>%1 no ofrece esta acción en esta dirección. Revise que la dirección en la configuración de la cuenta apunte a la API de %1.</translation>
    </message>
    <message>
        <source>The %1 account of this API key has been deleted.</source>
        <translation>Se eliminó la cuenta de %1 a la que pertenece esta clave de API.</translation>
    </message>
    <message>
        <source>%1 received too many requests from this account. Wait a minute and try again.</source>
        <translation>%1 recibió demasiadas solicitudes de esta cuenta. Espere un minuto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 reported an internal error. Try again later; if the problem persists, contact %1 support.</source>
        <translation>%1 informó un error interno. Inténtelo de nuevo más tarde; si el problema continúa, comuníquese con el soporte de %1.</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable (HTTP %2). Try again in a few minutes.</source>
        <translation>%1 no está disponible temporalmente (HTTP %2). Inténtelo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2): %3.</source>
        <translation>%1 rechazó la solicitud (HTTP %2): %3.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 rechazó la solicitud (HTTP %2).</translation>
    </message>
    <message>
        <source>“Club member since” date</source>
        <translation>fecha de “Miembro del club desde”</translation>
    </message>
</context>
<context>
    <name>ApiRequest</name>
    <message>
        <source>the server ended the connection during the TLS handshake</source>
        <translation>el servidor cerró la conexión durante la negociación TLS</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Demo shop</source>
        <translation>Tienda de demostración</translation>
    </message>
    <message>
        <source>Demo team</source>
        <translation>Equipo de demostración</translation>
    </message>
    <message>
        <source>No system keychain is available: the key will be kept only until Userdesk closes.</source>
        <translation>No hay un llavero del sistema disponible: la clave se guardará solo hasta que se cierre Userdesk.</translation>
    </message>
    <message>
        <source>Connected: the key works.</source>
        <translation>Conectado: la clave funciona.</translation>
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
        <translation>El diario local no está abierto.</translation>
    </message>
    <message>
        <source>Nothing was deleted, because the local journal could not be written: %1</source>
        <translation>No se eliminó nada porque no se pudo escribir en el diario local: %1</translation>
    </message>
    <message>
        <source>the local journal is not open.</source>
        <translation>el diario local no está abierto.</translation>
    </message>
    <message>
        <source>not deleted, because the deletion was cancelled.</source>
        <translation>no se eliminó porque se canceló la eliminación.</translation>
    </message>
    <message>
        <source>not deleted, because the local journal could not be written.</source>
        <translation>no se eliminó porque no se pudo escribir en el diario local.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDeleteReport</name>
    <message>
        <source>not sent yet</source>
        <translation>aún no enviado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>ya no existía</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>no eliminado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>No se pudo guardar el informe en %1: %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>changed since, left alone</source>
        <translation>cambiado desde entonces, sin tocar</translation>
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
        <translation>no se eliminó: la cuenta se cerró en Userdesk.</translation>
    </message>
    <message>
        <source>not deleted, because its full record could not be read first. %1</source>
        <translation>no se eliminó porque antes no se pudo leer el registro completo. %1</translation>
    </message>
    <message>
        <source>the server did not say whether it was deleted.</source>
        <translation>el servidor no indicó si se eliminó.</translation>
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
        <translation>no se eliminó: la cuenta se cerró en Userdesk.</translation>
    </message>
    <message>
        <source>not deleted, because its full record could not be read first. %1</source>
        <translation>no se eliminó porque antes no se pudo leer el registro completo. %1</translation>
    </message>
    <message>
        <source>not deleted: the customer has no e-mail, document, telephone or external ID to delete it by.</source>
        <translation>no se eliminó: el cliente no tiene correo electrónico, documento, teléfono ni ID externo con el que eliminarlo.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Choose the column with the user ID: Wazzup needs it.</source>
        <translation>Elija la columna con el ID de usuario: Wazzup lo necesita.</translation>
    </message>
    <message>
        <source>Choose the column with the user’s name: Wazzup needs it.</source>
        <translation>Elija la columna con el nombre del usuario: Wazzup lo necesita.</translation>
    </message>
    <message>
        <source>Choose at least one column that identifies the customer: an external ID, an e-mail address, a document number or a telephone number.</source>
        <translation>Elija al menos una columna que identifique al cliente: ID externo, correo electrónico, número de documento o número de teléfono.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Someone changed these fields on the server while you were editing. Nothing was saved yet: choose which value to keep, then save again.</source>
        <translation>Alguien cambió estos campos en el servidor mientras usted editaba. Todavía no se guardó nada: elija qué valor conservar y vuelva a guardar.</translation>
    </message>
    <message>
        <source>%1: now %2 on the server, yours %3.</source>
        <translation>%1: ahora %2 en el servidor, el suyo %3.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <source>Use the server’s</source>
        <translation>Usar el del servidor</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Can receive</source>
        <translation>Puede recibir</translation>
    </message>
    <message>
        <source>Can&apos;t receive</source>
        <translation>No puede recibir</translation>
    </message>
    <message>
        <source>“Not set” sends nothing for this channel, so WoowUp keeps what it has.</source>
        <translation>“Sin definir” no envía nada para este canal, así que WoowUp conserva el valor que tiene.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Sin motivo indicado</translation>
    </message>
    <message>
        <source>WoowUp stores “Can receive” for a new customer unless you choose otherwise.</source>
        <translation>WoowUp guarda “Puede recibir” para un cliente nuevo, salvo que elija otra cosa.</translation>
    </message>
</context>
<context>
    <name>ConsentReasons</name>
    <message>
        <source>Bounced</source>
        <translation>Rebote</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Baja de la suscripción</translation>
    </message>
    <message>
        <source>Reported as spam</source>
        <translation>Denuncia de spam</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The file is not open for writing.</source>
        <translation>El archivo no está abierto para escritura.</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>El archivo no está abierto para lectura.</translation>
    </message>
    <message>
        <source>The encoding “%1” is not supported. Choose another one.</source>
        <translation>La codificación “%1” no es compatible. Elija otra.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file ends inside a quoted cell that starts on line %1. A closing quote (%2) is probably missing on that line.</source>
        <translation>El archivo termina dentro de una celda entre comillas que empieza en la línea %1. Probablemente falta la comilla de cierre (%2) en esa línea.</translation>
    </message>
    <message>
        <source>The file “%1” could not be opened: %2</source>
        <translation>No se pudo abrir el archivo “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Row %1: the cell in column %2 is longer than %n character(s); it was cut.</source>
        <translation>
            <numerusform>Fila %1: la celda de la columna %2 tiene más de %n carácter; se recortó.</numerusform>
            <numerusform>Fila %1: la celda de la columna %2 tiene más de %n caracteres; se recortó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 has more than %n cell(s); the cells after that were left out.</source>
        <translation>
            <numerusform>La fila %1 tiene más de %n celda; se omitieron las celdas sobrantes.</numerusform>
            <numerusform>La fila %1 tiene más de %n celdas; se omitieron las celdas sobrantes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomAttributeEditor</name>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Choose an attribute or type a new name</source>
        <translation>Elija un atributo o escriba un nombre nuevo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Sí o no</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Not defined</source>
        <translation>No definido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This account does not define this attribute.</source>
        <translation>Esta cuenta no define este atributo.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>yyyy-mm-dd hh:mm:ss</source>
        <translation>aaaa-mm-dd hh:mm:ss</translation>
    </message>
    <message>
        <source>A date like 2017-08-03, or a date and time like 2017-08-03 14:00:00. Leave it empty to clear the value.</source>
        <translation>Una fecha como 2017-08-03, o una fecha y hora como 2017-08-03 14:00:00. Déjelo vacío para borrar el valor.</translation>
    </message>
    <message>
        <source>e.g. 5 or 20.3</source>
        <translation>p. ej., 5 o 20.3</translation>
    </message>
    <message>
        <source>Leave it empty to clear the value.</source>
        <translation>Déjelo vacío para borrar el valor.</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>valores separados por comas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear this attribute&apos;s value on the customer: saving sends an empty value for it</source>
        <translation>Borrar el valor de este atributo del cliente: al guardar se envía un valor vacío</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>Your shop&apos;s or CRM&apos;s ID</source>
        <translation>ID en su tienda o CRM</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>ID e&amp;xterno:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>e.g. DNI, passport</source>
        <translation>p. ej., DNI, pasaporte</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Soltero/a</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>En pareja</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Casado/a</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Divorciado/a</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Viudo/a</translation>
    </message>
    <message>
        <source>separated by commas, e.g. vip, newsletter</source>
        <translation>separadas por comas, p. ej., vip, newsletter</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>yyyy-mm-dd or yyyy-mm-dd hh:mm:ss</source>
        <translation>aaaa-mm-dd o aaaa-mm-dd hh:mm:ss</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Fec&amp;ha de nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>P&amp;untos:</translation>
    </message>
    <message>
        <source>&amp;Club member since:</source>
        <translation>M&amp;iembro del club desde:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>three-letter ISO code, e.g. ARG</source>
        <translation>código ISO de tres letras, p. ej., ARG</translation>
    </message>
    <message>
        <source>A country name or two-letter code is turned into the three-letter code when you leave the field.</source>
        <translation>Al salir del campo, el nombre del país o el código de dos letras se convierte en el código de tres letras.</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>State or pro&amp;vince:</source>
        <translation>Estado o pro&amp;vincia:</translation>
    </message>
    <message>
        <source>Channel consent</source>
        <translation>Consentimiento por canal</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>Atributos personalizados</translation>
    </message>
    <message>
        <source>Custom attribute %1</source>
        <translation>Atributo personalizado %1</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>WoowUp customer %1</source>
        <translation>Cliente de WoowUp %1</translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation>%1, creado el %2</translation>
    </message>
    <message>
        <source>%1, last updated %2</source>
        <translation>%1, última actualización: %2</translation>
    </message>
    <message>
        <source>%1. This customer is blocked.</source>
        <translation>%1. Este cliente está bloqueado.</translation>
    </message>
    <message>
        <source>Enter the points as a whole number, like 150, or leave the field empty.</source>
        <translation>Ingrese los puntos como un número entero, como 150, o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Document t&amp;ype:</source>
        <translation>&amp;Tipo de documento:</translation>
    </message>
    <message>
        <source>Telep&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>Marital stat&amp;us:</source>
        <translation>E&amp;stado civil:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>St&amp;reet:</source>
        <translation>Ca&amp;lle:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Código p&amp;ostal:</translation>
    </message>
    <message>
        <source>Dep&amp;artment:</source>
        <translation>Departame&amp;nto:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>A new customer can receive every channel unless you choose otherwise: that is what WoowUp stores when a channel is not sent.</source>
        <translation>Un cliente nuevo puede recibir por todos los canales salvo que elija otra cosa: es lo que WoowUp guarda cuando no se envía un canal.</translation>
    </message>
    <message>
        <source>can receive</source>
        <translation>puede recibir</translation>
    </message>
    <message>
        <source>can&apos;t receive</source>
        <translation>no puede recibir</translation>
    </message>
    <message>
        <source>can&apos;t receive (%1)</source>
        <translation>no puede recibir (%1)</translation>
    </message>
    <message>
        <source>WoowUp kept “%1” when you cleared this field: it was not removed.</source>
        <translation>WoowUp conservó “%1” aunque usted borró este campo: no se eliminó.</translation>
    </message>
    <message>
        <source>WoowUp can&apos;t remove a customer&apos;s points; enter 0 to set them to none.</source>
        <translation>WoowUp no puede quitar los puntos de un cliente; ingrese 0 para dejarlos en cero.</translation>
    </message>
    <message>
        <source>Changed on the server while you edited: choose above which value to keep.</source>
        <translation>Cambió en el servidor mientras usted editaba: elija arriba qué valor conservar.</translation>
    </message>
    <message>
        <source>WoowUp cannot remove a marital status once it is set; another one can be chosen.</source>
        <translation>WoowUp no puede quitar un estado civil una vez indicado; se puede elegir otro.</translation>
    </message>
    <message>
        <source>E-&amp;mail consent:</source>
        <translation>Consentimiento de co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>&amp;WhatsApp consent:</source>
        <translation>Consentimiento de &amp;WhatsApp:</translation>
    </message>
    <message>
        <source>&amp;SMS consent:</source>
        <translation>Consentimiento de S&amp;MS:</translation>
    </message>
</context>
<context>
    <name>CustomerFormFlow</name>
    <message>
        <source>Reading the customer…</source>
        <translation>Leyendo el cliente…</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmDialog</name>
    <message>
        <source>Delete records</source>
        <translation>Eliminar registros</translation>
    </message>
    <message>
        <source>A copy of each record is kept on this computer first, so that you can restore it later from “Recently deleted…”.</source>
        <translation>Primero se guarda una copia de cada registro en esta computadora, para que pueda restaurarlo más tarde desde “Eliminados recientemente…”.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteProgressDialog</name>
    <message>
        <source>Deleting records</source>
        <translation>Eliminando registros</translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation>&amp;Reintentar los fallidos</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the answers to the requests already sent…</source>
        <translation>Cancelando: esperando las respuestas a las solicitudes ya enviadas…</translation>
    </message>
    <message numerus="yes">
        <source>Deleting… %1 of %n record(s) done.</source>
        <translation>
            <numerusform>Eliminando… Listos: %1 de %n registro.</numerusform>
            <numerusform>Eliminando… Listos: %1 de %n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted.</source>
        <translation>
            <numerusform>%n registro eliminado.</numerusform>
            <numerusform>%n registros eliminados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were already gone.</source>
        <translation>
            <numerusform>%n registro ya no existía.</numerusform>
            <numerusform>%n registros ya no existían.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were not deleted; see below why.</source>
        <translation>
            <numerusform>%n registro no se eliminó; vea el motivo abajo.</numerusform>
            <numerusform>%n registros no se eliminaron; vea los motivos abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already gone, nothing to delete.</source>
        <translation>%1: ya no existía, no hay nada que eliminar.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>deletion-report.csv</source>
        <translation>informe-de-eliminacion.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open Recently &amp;deleted…</source>
        <translation>Abrir &amp;Eliminados recientemente…</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsModel</name>
    <message>
        <source>Deleted at</source>
        <translation>Fecha de eliminación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>For &amp;Excel: UTF-8 with a byte order mark</source>
        <translation>Para &amp;Excel: UTF-8 con marca de orden de bytes (BOM)</translation>
    </message>
    <message>
        <source>&amp;Protect against formulas: put &apos; before cells that start with =, +, - or @</source>
        <translation>&amp;Proteger de fórmulas: &apos; antes de celdas con =, +, - o @</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n loaded row(s)</source>
        <translation>
            <numerusform>&amp;Todas las filas cargadas (%n)</numerusform>
            <numerusform>&amp;Todas las filas cargadas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n &amp;selected row(s)</source>
        <translation>
            <numerusform>Solo la fila &amp;seleccionada (%n)</numerusform>
            <numerusform>Solo las filas &amp;seleccionadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the &amp;selected rows (none are selected)</source>
        <translation>Solo las filas &amp;seleccionadas (no hay ninguna seleccionada)</translation>
    </message>
    <message>
        <source>Excel reads a UTF-8 file without it in the local code page and garbles Cyrillic and accented letters. Other programs may show it as stray characters at the start.</source>
        <translation>Sin ella, Excel lee un archivo UTF-8 con la página de códigos local y desfigura las letras cirílicas y acentuadas. Otros programas pueden mostrarla como caracteres extraños al principio.</translation>
    </message>
    <message>
        <source>A spreadsheet runs such a cell as a formula, which a malicious record could use. Turn it off only to open the file in a program other than a spreadsheet.</source>
        <translation>Una hoja de cálculo ejecuta esa celda como una fórmula, algo que un registro malicioso podría aprovechar. Desactívelo solo para abrir el archivo en un programa que no sea una hoja de cálculo.</translation>
    </message>
    <message>
        <source>userdesk</source>
        <translation>userdesk</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>More rows are on the server. Scroll to the end of the table (or search) to load the ones you want to export.</source>
        <translation>Hay más filas en el servidor. Desplácese hasta el final de la tabla (o busque) para cargar las que quiere exportar.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>No hay ninguna tabla para exportar.</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>No se pudo crear “%1”: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>No se pudo guardar “%1”: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>E&amp;very customer in the account (loaded from the server)</source>
        <translation>Cada cliente de la c&amp;uenta (cargados del servidor)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>CSV (text, opens in any spreadsheet)</source>
        <translation>CSV (texto, se abre en cualquier hoja de cálculo)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>Excel splits a CSV file into columns by the list separator of the system&apos;s region: a semicolon where numbers are written with a decimal comma (Spanish, Russian), a comma elsewhere.</source>
        <translation>Excel divide un archivo CSV en columnas según el separador de listas de la región del sistema: punto y coma donde los números llevan coma decimal (español, ruso), coma en los demás casos.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>No se pudo crear la carpeta “%1”.</translation>
    </message>
    <message>
        <source>Loading every customer…</source>
        <translation>Cargando todos los clientes…</translation>
    </message>
    <message numerus="yes">
        <source>Loading every customer: %n loaded…</source>
        <translation>
            <numerusform>Cargando todos los clientes: %n cargado…</numerusform>
            <numerusform>Cargando todos los clientes: %n cargados…</numerusform>
        </translation>
    </message>
    <message>
        <source>The customers could not be loaded: %1</source>
        <translation>No se pudieron cargar los clientes: %1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>FieldProblemLabel</name>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
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
            <numerusform>Corrija %n problema antes de guardar: %1</numerusform>
            <numerusform>Corrija %n problemas antes de guardar: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (y %n más)</numerusform>
            <numerusform>%1 (y %n más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix %n problem(s) before saving:</source>
        <translation>
            <numerusform>Corrija %n problema antes de guardar:</numerusform>
            <numerusform>Corrija %n problemas antes de guardar:</numerusform>
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
        <translation>Atributo personalizado “%1”</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección (calle y número)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Estado civil</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Reason WhatsApp is off</source>
        <translation>Motivo para no enviar WhatsApp</translation>
    </message>
    <message>
        <source>Club member since</source>
        <translation>Miembro del club desde</translation>
    </message>
    <message>
        <source>E-mail consent</source>
        <translation>Consentimiento de correo electrónico</translation>
    </message>
    <message>
        <source>Reason e-mail is off</source>
        <translation>Motivo de correo electrónico desactivado</translation>
    </message>
    <message>
        <source>WhatsApp consent</source>
        <translation>Consentimiento de WhatsApp</translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation>Consentimiento de SMS</translation>
    </message>
    <message>
        <source>Reason SMS is off</source>
        <translation>Motivo para no enviar SMS</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>Userdesk imports CSV and other text files, Excel workbooks (.xlsx) and OpenDocument spreadsheets (.ods).</source>
        <translation>Userdesk importa archivos CSV y otros archivos de texto, libros de Excel (.xlsx) y hojas de cálculo OpenDocument (.ods).</translation>
    </message>
    <message>
        <source>This is an Excel 97–2003 workbook (.xls), which Userdesk does not read: open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>Este es un libro de Excel 97–2003 (.xls), que Userdesk no lee: ábralo en Excel o LibreOffice y guárdelo como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>This workbook is password-protected: save it without a password and choose it again.</source>
        <translation>Este libro está protegido con contraseña: guárdelo sin contraseña y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>not a table</source>
        <translation>no una tabla</translation>
    </message>
    <message>
        <source>This file is %1. %2</source>
        <translation>Este archivo es %1. %2</translation>
    </message>
</context>
<context>
    <name>FileFormatSniffer</name>
    <message>
        <source>a damaged zip archive</source>
        <translation>un archivo zip dañado</translation>
    </message>
    <message>
        <source>an OpenDocument text document (.odt)</source>
        <translation>un documento de texto OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>an OpenDocument presentation (.odp)</source>
        <translation>una presentación OpenDocument (.odp)</translation>
    </message>
    <message>
        <source>an e-book (EPUB)</source>
        <translation>un libro electrónico (EPUB)</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>un documento de Word (.docx)</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx)</source>
        <translation>una presentación de PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>a password-protected zip archive</source>
        <translation>un archivo zip protegido con contraseña</translation>
    </message>
    <message>
        <source>a zip archive without a workbook in it</source>
        <translation>un archivo zip que no contiene un libro</translation>
    </message>
    <message>
        <source>a Word 97–2003 document (.doc)</source>
        <translation>un documento de Word 97–2003 (.doc)</translation>
    </message>
    <message>
        <source>a PowerPoint 97–2003 presentation (.ppt)</source>
        <translation>una presentación de PowerPoint 97–2003 (.ppt)</translation>
    </message>
    <message>
        <source>an Office 97–2003 file that is not a workbook</source>
        <translation>un archivo de Office 97–2003 que no es un libro</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>una imagen TIFF</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>un archivo gzip</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>un archivo 7-Zip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>un archivo RAR</translation>
    </message>
    <message>
        <source>a program, not a table</source>
        <translation>un programa, no una tabla</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>un documento RTF</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>una imagen WebP</translation>
    </message>
    <message>
        <source>a binary file, not text</source>
        <translation>un archivo binario, no texto</translation>
    </message>
    <message>
        <source>a file that cannot be read</source>
        <translation>un archivo que no se puede leer</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>until I clear it</source>
        <translation>hasta que lo borre</translation>
    </message>
    <message>
        <source>for a year</source>
        <translation>durante un año</translation>
    </message>
    <message numerus="yes">
        <source>for %n day(s)</source>
        <translation>
            <numerusform>durante %n día</numerusform>
            <numerusform>durante %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every change Userdesk sent to this account, newest first. Undo takes one back: what it created is deleted, the fields it changed get their earlier values, what it deleted is created again. An undo is in the history too, so it can be undone.</source>
        <translation>Todos los cambios que Userdesk envió a esta cuenta, los más recientes primero. Deshacer revierte uno: lo que creó se elimina, los campos que cambió recuperan sus valores anteriores y lo que eliminó se vuelve a crear. Deshacer también queda en el historial, así que puede deshacerse.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Keep the history:</source>
        <translation>Conservar el historial:</translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Deshacer…</translation>
    </message>
    <message>
        <source>&amp;Overwrite changes…</source>
        <translation>&amp;Sobrescribir cambios…</translation>
    </message>
    <message>
        <source>Undo again, also for the records that changed on the server since and were left alone</source>
        <translation>Deshacer otra vez, también para los registros que cambiaron en el servidor desde entonces y no se tocaron</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>&amp;Borrar historial…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 de %n registro</numerusform>
            <numerusform>%1 de %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the undo?</source>
        <translation>¿Detener la reversión?</translation>
    </message>
    <message>
        <source>An undo is running. Stop it and close? What it has reverted stays reverted; it can be taken up again from the History.</source>
        <translation>Hay una reversión en curso. ¿Detenerla y cerrar? Lo ya revertido queda revertido; puede retomarse desde el historial.</translation>
    </message>
    <message>
        <source>Records of no. %1 (%2 %3):</source>
        <translation>Registros del n.º %1 (%2 %3):</translation>
    </message>
    <message>
        <source>&amp;Resume the undo</source>
        <translation>&amp;Retomar la reversión</translation>
    </message>
    <message>
        <source>Already undone by no. %1: undo that one to have the changes back.</source>
        <translation>Ya revertido por el n.º %1: deshaga ese para recuperar los cambios.</translation>
    </message>
    <message>
        <source>It changed nothing on the server.</source>
        <translation>No cambió nada en el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) it created will be deleted.</source>
        <translation>
            <numerusform>Se eliminará %n registro que creó.</numerusform>
            <numerusform>Se eliminarán %n registros que creó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) it changed get the earlier values of those fields back.</source>
        <translation>
            <numerusform>%n registro que cambió recupera los valores anteriores de esos campos.</numerusform>
            <numerusform>%n registros que cambió recuperan los valores anteriores de esos campos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) it deleted will be created again.</source>
        <translation>
            <numerusform>Se volverá a crear %n registro que eliminó.</numerusform>
            <numerusform>Se volverán a crear %n registros que eliminó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each record is read first: one that changed on the server since is left alone and listed.</source>
        <translation>Primero se lee cada registro: el que cambió en el servidor desde entonces no se toca y se lista.</translation>
    </message>
    <message>
        <source>Undo no. %1?</source>
        <translation>¿Deshacer el n.º %1?</translation>
    </message>
    <message>
        <source>Undo no. %1 (%2 %3)?</source>
        <translation>¿Deshacer el n.º %1 (%2 %3)?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Overwrite changes?</source>
        <translation>¿Sobrescribir los cambios?</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on the server after no. %1 and were left alone.</source>
        <translation>
            <numerusform>%n registro cambió en el servidor después del n.º %1 y no se tocó.</numerusform>
            <numerusform>%n registros cambiaron en el servidor después del n.º %1 y no se tocaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>¿Borrar el historial?</translation>
    </message>
    <message>
        <source>Clear this account’s history?</source>
        <translation>¿Borrar el historial de esta cuenta?</translation>
    </message>
    <message>
        <source>The operations and the copies of the records they changed are removed from this computer. They can no longer be undone, and deleted records can no longer be restored. Nothing changes on the server.</source>
        <translation>Las operaciones y las copias de los registros que cambiaron se eliminan de esta computadora. Ya no podrán deshacerse ni podrán restaurarse los registros eliminados. Nada cambia en el servidor.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Kept on this computer only, readable by you alone: %1 (%2).</source>
        <translation>Se guarda solo en esta computadora y solo usted puede leerlo: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) reverted.</source>
        <translation>
            <numerusform>%n registro revertido.</numerusform>
            <numerusform>%n registros revertidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on the server since and were left alone: see them below; Overwrite changes… reverts them too.</source>
        <translation>
            <numerusform>%n registro cambió en el servidor desde entonces y no se tocó: véalo abajo; Sobrescribir cambios… también lo revierte.</numerusform>
            <numerusform>%n registros cambiaron en el servidor desde entonces y no se tocaron: véalos abajo; Sobrescribir cambios… también los revierte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be reverted: see why below; Undo again tries them again.</source>
        <translation>
            <numerusform>%n registro no se pudo revertir: vea el motivo abajo; Deshacer otra vez lo intenta de nuevo.</numerusform>
            <numerusform>%n registros no se pudieron revertir: vea el motivo abajo; Deshacer otra vez los intenta de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Historial de “%1”</translation>
    </message>
    <message>
        <source>Undo no. %1 again and overwrite them: what the server holds now is replaced by the values from before no. %1. This goes into the history too and can be undone.</source>
        <translation>Deshacer el n.º %1 otra vez y sobrescribirlos: lo que hay ahora en el servidor se reemplaza por los valores de antes del n.º %1. Esto también queda en el historial y puede deshacerse.</translation>
    </message>
    <message>
        <source>The undo of no. %1 was interrupted before it finished. Open File › History… to resume it.</source>
        <translation>La reversión del n.º %1 se interrumpió antes de terminar. Abra Archivo › Historial… para retomarla.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Form save</source>
        <translation>Guardado de formulario</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <source>Undo of no. %1</source>
        <translation>Reversión del n.º %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n changed</source>
        <translation>
            <numerusform>%1 de %n cambiado</numerusform>
            <numerusform>%1 de %n cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Undone by no. %1</source>
        <translation>Revertida por el n.º %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ImportChangesModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record or field</source>
        <translation>Registro o campo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>&amp;Start import</source>
        <translation>&amp;Iniciar importación</translation>
    </message>
    <message>
        <source>&amp;Delete Wazzup users that are not in this file</source>
        <translation>&amp;Eliminar los usuarios de Wazzup que no están en este archivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step 3 of 4:&lt;/b&gt; check the rows and the plan. Nothing is sent before you press “Start import”.</source>
        <translation>&lt;b&gt;Paso 3 de 4:&lt;/b&gt; revise las filas y el plan. No se envía nada hasta que presione “Iniciar importación”.</translation>
    </message>
    <message>
        <source>Reading and checking every row…</source>
        <translation>Leyendo y revisando cada fila…</translation>
    </message>
    <message>
        <source>Nothing was sent: the local journal, which lets an import resume after a crash, cannot be used.</source>
        <translation>No se envió nada: no se puede usar el diario local, que permite reanudar una importación después de un fallo.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n fila se puede importar.</numerusform>
            <numerusform>%n filas se pueden importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be skipped.</source>
        <translation>
            <numerusform>%n fila tiene problemas y se omitirá.</numerusform>
            <numerusform>%n filas tienen problemas y se omitirán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the account what already exists…</source>
        <translation>Consultando qué existe ya en la cuenta…</translation>
    </message>
    <message numerus="yes">
        <source>Continue the unfinished import of this file (%n row(s) left) instead of starting again</source>
        <translation>
            <numerusform>Continuar la importación sin terminar de este archivo (queda %n fila) en lugar de empezar de nuevo</numerusform>
            <numerusform>Continuar la importación sin terminar de este archivo (quedan %n filas) en lugar de empezar de nuevo</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is done.</source>
        <translation>La revisión terminó.</translation>
    </message>
    <message>
        <source>The account could not be checked: %1</source>
        <translation>No se pudo revisar la cuenta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n para crear</numerusform>
            <numerusform>%n para crear</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n para actualizar</numerusform>
            <numerusform>%n para actualizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n para eliminar</numerusform>
            <numerusform>%n para eliminar</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan: %1.</source>
        <translation>Plan: %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete the %n Wazzup user(s) that are not in this file</source>
        <translation>
            <numerusform>&amp;Eliminar %n usuario de Wazzup que no está en este archivo</numerusform>
            <numerusform>&amp;Eliminar los %n usuarios de Wazzup que no están en este archivo</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs to be sent.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
    <message numerus="yes">
        <source>Sending takes %n request(s).</source>
        <translation>
            <numerusform>El envío requiere %n solicitud.</numerusform>
            <numerusform>El envío requiere %n solicitudes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending takes %n request(s), %1 at the account’s rate limit.</source>
        <translation>
            <numerusform>El envío requiere %n solicitud: %1 según el límite de solicitudes de la cuenta.</numerusform>
            <numerusform>El envío requiere %n solicitudes: %1 según el límite de solicitudes de la cuenta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n Wazzup user(s) are not in the file and will be deleted. A copy of each is kept on this computer first, so that you can restore them from “Recently deleted…”.</source>
        <translation>
            <numerusform>Este %n usuario de Wazzup no está en el archivo y se eliminará. Primero se guarda una copia de cada uno en esta computadora, para que pueda restaurarlos desde “Eliminados recientemente…”.</numerusform>
            <numerusform>Estos %n usuarios de Wazzup no están en el archivo y se eliminarán. Primero se guarda una copia de cada uno en esta computadora, para que pueda restaurarlos desde “Eliminados recientemente…”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent of new customers</source>
        <translation>Consentimiento de los clientes nuevos</translation>
    </message>
    <message>
        <source>WoowUp stores “can receive” for every channel a new customer is created without. Choose what a blank cell means:</source>
        <translation>WoowUp guarda “puede recibir” en cada canal con el que no se crea un cliente nuevo. Elija qué significa una celda vacía:</translation>
    </message>
    <message>
        <source>Leave WoowUp’s default (can receive)</source>
        <translation>Dejar el valor predeterminado de WoowUp (puede recibir)</translation>
    </message>
    <message>
        <source>Can receive</source>
        <translation>Puede recibir</translation>
    </message>
    <message>
        <source>Can&apos;t receive</source>
        <translation>No puede recibir</translation>
    </message>
    <message>
        <source>Why these customers can&apos;t receive messages</source>
        <translation>Por qué estos clientes no pueden recibir mensajes</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new customer(s) have no value in the file.</source>
        <translation>
            <numerusform>%1: %n cliente nuevo sin valor en el archivo.</numerusform>
            <numerusform>%1: %n clientes nuevos sin valor en el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to update have blank consent cells: they keep the value the server has.</source>
        <translation>
            <numerusform>%n cliente para actualizar tiene celdas de consentimiento vacías: conserva el valor del servidor.</numerusform>
            <numerusform>%n clientes para actualizar tienen celdas de consentimiento vacías: conservan el valor del servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message numerus="yes">
        <source>All rows (%n)</source>
        <translation>
            <numerusform>Todas las filas (%n)</numerusform>
            <numerusform>Todas las filas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To create (%n)</source>
        <translation>
            <numerusform>A crear (%n)</numerusform>
            <numerusform>A crear (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To update (%n)</source>
        <translation>
            <numerusform>A actualizar (%n)</numerusform>
            <numerusform>A actualizar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%n)</source>
        <translation>
            <numerusform>Sin cambios (%n)</numerusform>
            <numerusform>Sin cambios (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To delete (%n)</source>
        <translation>
            <numerusform>A eliminar (%n)</numerusform>
            <numerusform>A eliminar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Con problemas (%n)</numerusform>
            <numerusform>Con problemas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit row…</source>
        <translation>&amp;Editar fila…</translation>
    </message>
    <message>
        <source>Correct the cells of the selected row and check it again</source>
        <translation>Corregir las celdas de la fila seleccionada y revisarla de nuevo</translation>
    </message>
    <message>
        <source>Checking row %1 again…</source>
        <translation>Revisando de nuevo la fila %1…</translation>
    </message>
    <message>
        <source>Row %1 was checked again and still has a problem.</source>
        <translation>La fila %1 se revisó de nuevo y todavía tiene un problema.</translation>
    </message>
    <message>
        <source>Row %1 was checked again: it will be created.</source>
        <translation>La fila %1 se revisó de nuevo: se creará.</translation>
    </message>
    <message>
        <source>Row %1 was checked again: it will update a record.</source>
        <translation>La fila %1 se revisó de nuevo: actualizará un registro.</translation>
    </message>
    <message>
        <source>Row %1 was checked again: the account has these values already.</source>
        <translation>La fila %1 se revisó de nuevo: la cuenta ya tiene estos valores.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
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
            <numerusform>alrededor de %n segundo</numerusform>
            <numerusform>alrededor de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>alrededor de %n minuto</numerusform>
            <numerusform>alrededor de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>alrededor de %n hora</numerusform>
            <numerusform>alrededor de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>Guardar el informe de errores</translation>
    </message>
    <message>
        <source>%1 - not imported.csv</source>
        <translation>%1 - no importado.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import users from a file or workbook</source>
        <translation>Importar usuarios desde un archivo o libro</translation>
    </message>
    <message>
        <source>Import customers from a file or workbook</source>
        <translation>Importar clientes desde un archivo o libro</translation>
    </message>
    <message numerus="yes">
        <source>An import of “%1” stopped before it finished, with %n row(s) left. Choose “Import…” and the same file to continue it.</source>
        <translation>
            <numerusform>La importación de “%1” se detuvo antes de terminar y queda %n fila. Elija “Importar…” y el mismo archivo para continuarla.</numerusform>
            <numerusform>La importación de “%1” se detuvo antes de terminar y quedan %n filas. Elija “Importar…” y el mismo archivo para continuarla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportEngine</name>
    <message>
        <source>not deleted.</source>
        <translation>no se eliminó.</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Barra vertical (|)</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>La primera fila contiene los nombres de las columnas</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step 1 of 4:&lt;/b&gt; choose the file.</source>
        <translation>&lt;b&gt;Paso 1 de 4:&lt;/b&gt; elija el archivo.</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>Las primeras filas del archivo:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Some characters could not be read in this encoding: choose another one.</source>
        <translation>Algunos caracteres no se pudieron leer con esta codificación: elija otra.</translation>
    </message>
    <message>
        <source>The account could not be checked: %1</source>
        <translation>No se pudo revisar la cuenta: %1</translation>
    </message>
    <message>
        <source>Choose a CSV file or a workbook (.xlsx, .ods)…</source>
        <translation>Elija un archivo CSV o un libro (.xlsx, .ods)…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>Ho&amp;ja:</translation>
    </message>
    <message>
        <source>Choose a CSV file or a workbook</source>
        <translation>Elija un archivo CSV o un libro</translation>
    </message>
    <message>
        <source>CSV files and workbooks (*.csv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Archivos CSV y libros (*.csv *.txt *.xlsx *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (oculta)</translation>
    </message>
    <message>
        <source>%1 (empty)</source>
        <translation>%1 (vacía)</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>The import journal could not be written.</source>
        <translation>No se pudo escribir en el diario de importación.</translation>
    </message>
    <message>
        <source>The local journal is not open.</source>
        <translation>El diario local no está abierto.</translation>
    </message>
    <message>
        <source>The import journal could not be read.</source>
        <translation>No se pudo leer el diario de importación.</translation>
    </message>
    <message>
        <source>It cannot be checked whether another window or a script is importing this file into this account right now, so it is not imported: %1</source>
        <translation>No se puede comprobar si otra ventana o un script está importando este archivo en esta cuenta ahora mismo, así que no se importa: %1</translation>
    </message>
    <message>
        <source>This file is being imported into this account right now, in another window or by a script. Wait until it has finished.</source>
        <translation>Este archivo se está importando ahora mismo en esta cuenta, en otra ventana o mediante un script. Espere a que termine.</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>No existe la importación %1.</translation>
    </message>
    <message>
        <source>Import %1 names an unknown service, %2.</source>
        <translation>La importación %1 indica un servicio desconocido: %2.</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>&amp;Check &gt;</source>
        <translation>&amp;Comprobar &gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step 2 of 4:&lt;/b&gt; choose which field each column fills. Columns set to “Ignore” are not imported.</source>
        <translation>&lt;b&gt;Paso 2 de 4:&lt;/b&gt; elija qué campo llena cada columna. Las columnas con “Ignorar” no se importan.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>%1 (custom attribute)</source>
        <translation>%1 (atributo personalizado)</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1 (se ignora)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>What a blank cell of this column does to a record that exists: leave the server’s value as it is, or remove it.</source>
        <translation>Qué hace una celda vacía de esta columna con un registro que ya existe: deja el valor del servidor como está o lo borra.</translation>
    </message>
    <message>
        <source>If blank: keep the value</source>
        <translation>Si está vacía: no cambiar</translation>
    </message>
    <message>
        <source>If blank: clear the value</source>
        <translation>Si está vacía: borrar</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>Se canceló la revisión.</translation>
    </message>
    <message>
        <source>Measuring the account…</source>
        <translation>Calculando el tamaño de la cuenta…</translation>
    </message>
    <message>
        <source>The connection to the account was closed.</source>
        <translation>Se cerró la conexión con la cuenta.</translation>
    </message>
    <message>
        <source>Looking up the customers…</source>
        <translation>Buscando los clientes…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>“%1” is not a phone number Wazzup accepts: the row will be skipped.</source>
        <translation>“%1” no es un número de teléfono que Wazzup acepte: la fila se omitirá.</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>En el archivo: %1</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>The file “%1” could not be opened: %2</source>
        <translation>No se pudo abrir el archivo “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The report “%1” could not be saved: %2</source>
        <translation>No se pudo guardar el informe “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ImportRowChecker</name>
    <message>
        <source>Row %1 has the same identifier (%2) as row %3; only the first one is imported.</source>
        <translation>La fila %1 tiene el mismo identificador (%2) que la fila %3; solo se importa la primera.</translation>
    </message>
</context>
<context>
    <name>ImportRowDialog</name>
    <message>
        <source>Correct row %1</source>
        <translation>Corregir la fila %1</translation>
    </message>
    <message>
        <source>%1 → %2:</source>
        <translation>%1 → %2:</translation>
    </message>
    <message>
        <source>The file is not changed: the corrections are kept with this import and sent with it.</source>
        <translation>El archivo no se modifica: las correcciones se guardan con esta importación y se envían con ella.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Revisar de nuevo</translation>
    </message>
</context>
<context>
    <name>ImportRowMapper</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Fila %1, columna “%2”: %3</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it like 1989-06-22 or 22.06.1989.</source>
        <translation>“%1” no es una fecha. Escríbala como 1989-06-22 o 22.06.1989.</translation>
    </message>
    <message>
        <source>There is no date %1 in the calendar. Check the day and the month.</source>
        <translation>La fecha %1 no existe en el calendario. Revise el día y el mes.</translation>
    </message>
    <message>
        <source>“%1” could be day/month or month/day. Write it as year-month-day, like 1989-06-22, or choose the date order for this file.</source>
        <translation>“%1” puede ser día/mes o mes/día. Escríbala como año-mes-día, por ejemplo 1989-06-22, o elija el orden de las fechas para este archivo.</translation>
    </message>
    <message>
        <source>“%1” has a two-digit year; it was read as %2. Check the century.</source>
        <translation>“%1” tiene un año de dos dígitos; se leyó como %2. Revise el siglo.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number Wazzup accepts: it needs 10 to 15 digits with the country code, like 79261234567. Wazzup would silently drop it.</source>
        <translation>“%1” no es un número de teléfono que Wazzup acepte: necesita de 10 a 15 dígitos con el código de país, como 79261234567. Wazzup lo descartaría sin avisar.</translation>
    </message>
    <message>
        <source>“%1” looks like a spreadsheet formula. It is imported as the text you see, not calculated.</source>
        <translation>“%1” parece una fórmula de hoja de cálculo. Se importa como el texto que ve, sin calcularse.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” no es un número entero.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” no es un número.</translation>
    </message>
    <message>
        <source>“%1” is not a yes or no. Write yes or no (also sí/no, да/нет, 1/0).</source>
        <translation>“%1” no es sí o no. Escriba sí o no (también yes/no, да/нет, 1/0).</translation>
    </message>
    <message>
        <source>“%1” is not a yes or no. Write yes or no (also sí/no, да/нет, 1/0, enabled/disabled).</source>
        <translation>“%1” no es sí o no. Escriba sí o no (también yes/no, да/нет, 1/0, enabled/disabled).</translation>
    </message>
    <message>
        <source>“%1” is not a reason WoowUp knows. Use bounce, unsubscribe, spamreport, dropped or other.</source>
        <translation>WoowUp no reconoce el motivo “%1”. Use bounce, unsubscribe, spamreport, dropped u other.</translation>
    </message>
    <message>
        <source>“%1” is not a gender WoowUp knows. Write F or M (also female/male, mujer/hombre, ж/м).</source>
        <translation>WoowUp no reconoce el género “%1”. Escriba F o M (también mujer/hombre, female/male, ж/м).</translation>
    </message>
    <message>
        <source>“%1” is not a country Userdesk knows. Write its three-letter ISO code, like ARG, ESP or RUS.</source>
        <translation>Userdesk no reconoce el país “%1”. Escriba su código ISO de tres letras, como ARG, ESP o RUS.</translation>
    </message>
    <message>
        <source>“%1” is not a marital status WoowUp knows. Write single, commited, married, divorced or widowed.</source>
        <translation>WoowUp no reconoce el estado civil “%1”. Escriba single, commited, married, divorced o widowed.</translation>
    </message>
    <message numerus="yes">
        <source>it has %n cell(s) but the header has %1, so the cells may be in the wrong columns. A cell probably contains the delimiter without quotes.</source>
        <translation>
            <numerusform>tiene %n celda, pero el encabezado tiene %1, así que las celdas pueden estar en columnas equivocadas. Probablemente una celda contiene el delimitador sin comillas.</numerusform>
            <numerusform>tiene %n celdas, pero el encabezado tiene %1, así que las celdas pueden estar en columnas equivocadas. Probablemente una celda contiene el delimitador sin comillas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n cell(s) but the header has %1; the missing cells are read as empty.</source>
        <translation>
            <numerusform>tiene %n celda, pero el encabezado tiene %1; las celdas que faltan se leen como vacías.</numerusform>
            <numerusform>tiene %n celdas, pero el encabezado tiene %1; las celdas que faltan se leen como vacías.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSendPage</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Cancelar &amp;importación</translation>
    </message>
    <message>
        <source>&amp;Save error report…</source>
        <translation>&amp;Guardar informe de errores…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step 4 of 4:&lt;/b&gt; sending.</source>
        <translation>&lt;b&gt;Paso 4 de 4:&lt;/b&gt; envío.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) sent.</source>
        <translation>
            <numerusform>Enviadas: %1 de %n fila.</numerusform>
            <numerusform>Enviadas: %1 de %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>%1 rows per second, %2 left.</source>
        <translation>%1 filas por segundo; quedan %2.</translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; %n row(s) were not sent. Importing the same file again continues where it stopped.</source>
        <translation>
            <numerusform>Se canceló la importación; %n fila no se envió. Si vuelve a importar el mismo archivo, se continúa donde se detuvo.</numerusform>
            <numerusform>Se canceló la importación; %n filas no se enviaron. Si vuelve a importar el mismo archivo, se continúa donde se detuvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created: %1. Updated: %2. Unchanged: %3. Skipped as invalid: %4. Failed: %5.</source>
        <translation>Creados: %1. Actualizados: %2. Sin cambios: %3. Omitidos por no ser válidos: %4. Con error: %5.</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>Eliminados: %1.</translation>
    </message>
    <message>
        <source>Error report saved to %1</source>
        <translation>Informe de errores guardado en %1</translation>
    </message>
    <message>
        <source>Show &amp;imported customers</source>
        <translation>Mostrar clientes &amp;importados</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The local journal could not be written.</source>
        <translation>No se pudo escribir en el diario local.</translation>
    </message>
    <message>
        <source>The local journal is not open.</source>
        <translation>El diario local no está abierto.</translation>
    </message>
    <message>
        <source>The local journal could not be read.</source>
        <translation>No se pudo leer el diario local.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Userdesk.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que inicie Userdesk.</translation>
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
        <translation>&lt;h2&gt;Le damos la bienvenida a Userdesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Add a Wazzup or WoowUp account with its API key to manage its users, or try everything first on demo data.</source>
        <translation>Agregue una cuenta de Wazzup o WoowUp con su clave de API para administrar sus usuarios, o pruebe todo primero con datos de demostración.</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Agregar una cuenta…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Account: </source>
        <translation>Cuenta: </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find by identifier…</source>
        <translation>Buscar por identificador…</translation>
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
        <translation>&amp;Agregar una cuenta…</translation>
    </message>
    <message>
        <source>&amp;Edit this account…</source>
        <translation>&amp;Editar esta cuenta…</translation>
    </message>
    <message>
        <source>&amp;Remove this account…</source>
        <translation>&amp;Quitar esta cuenta…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove “%1” from Userdesk? Its API key is deleted from the keychain. Nothing changes on the service.</source>
        <translation>¿Quitar “%1” de Userdesk? Su clave de API se elimina del llavero del sistema. En el servicio no cambia nada.</translation>
    </message>
    <message>
        <source>Open the &amp;demo accounts</source>
        <translation>Abrir las cuentas de &amp;demostración</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Add, edit or remove accounts</source>
        <translation>Agregar, editar o quitar cuentas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Userdesk</source>
        <translation>&amp;Acerca de Userdesk</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n fila a %1.</numerusform>
            <numerusform>Se exportaron %n filas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Columnas…</translation>
    </message>
    <message>
        <source>Recently &amp;deleted…</source>
        <translation>Eliminados &amp;recientemente…</translation>
    </message>
    <message>
        <source>Restore deleted records of this account, or finish an interrupted deletion</source>
        <translation>Restaurar los registros eliminados de esta cuenta o terminar una eliminación interrumpida</translation>
    </message>
    <message>
        <source>%1 — demo: changes are not kept after closing — Userdesk</source>
        <translation>%1 — demostración: los cambios no se conservan al cerrar — Userdesk</translation>
    </message>
    <message>
        <source>%1 — Userdesk</source>
        <translation>%1 — Userdesk</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>See every change sent to this account, field by field, and undo one</source>
        <translation>Ver cada cambio enviado a esta cuenta, campo por campo, y deshacer uno</translation>
    </message>
</context>
<context>
    <name>OdsWorkbook</name>
    <message>
        <source>This workbook is password-protected: save it without a password and choose it again.</source>
        <translation>Este libro está protegido con contraseña: guárdelo sin contraseña y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>This workbook is damaged: the part “%1” is missing.</source>
        <translation>Este libro está dañado: falta la parte “%1”.</translation>
    </message>
    <message>
        <source>This workbook has no sheets.</source>
        <translation>Este libro no tiene hojas.</translation>
    </message>
    <message>
        <source>This workbook has no sheet number %1.</source>
        <translation>Este libro no tiene la hoja número %1.</translation>
    </message>
    <message>
        <source>The sheet “%1” has a row numbered %2, past the last row a spreadsheet has (%3); the workbook is not read.</source>
        <translation>La hoja “%1” tiene una fila número %2, más allá de la última fila de una hoja de cálculo (%3); el libro no se lee.</translation>
    </message>
    <message>
        <source>The sheet “%1” has a cell past column %2, the last one a spreadsheet has; the workbook is not read.</source>
        <translation>La hoja “%1” tiene una celda más allá de la columna %2, la última de una hoja de cálculo; el libro no se lee.</translation>
    </message>
</context>
<context>
    <name>OperationChangesModel</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>ya no existía</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>left alone</source>
        <translation>sin tocar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message>
        <source>Record or field</source>
        <translation>Registro o campo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Fields: before → after</source>
        <translation>Campos: antes → después</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>e.g. Shop customers</source>
        <translation>p. ej., Clientes de la tienda</translation>
    </message>
    <message>
        <source>WoowUp customers</source>
        <translation>Clientes de WoowUp</translation>
    </message>
    <message>
        <source>Wazzup employees</source>
        <translation>Empleados de Wazzup</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Ponga un nombre a la cuenta.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address, e.g. %1.</source>
        <translation>Ingrese la dirección del servicio, p. ej., %1.</translation>
    </message>
    <message>
        <source>Enter the API key from the service&apos;s settings.</source>
        <translation>Ingrese la clave de API que figura en la configuración del servicio.</translation>
    </message>
    <message>
        <source>requests per second</source>
        <translation>solicitudes por segundo</translation>
    </message>
    <message>
        <source>requests per minute</source>
        <translation>solicitudes por minuto</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Límite de solicitudes:</translation>
    </message>
    <message>
        <source>Wazzup documents 500 requests per 5 seconds (100 per second).</source>
        <translation>Wazzup documenta 500 solicitudes cada 5 segundos (100 por segundo).</translation>
    </message>
    <message>
        <source>WoowUp documents 140 requests per minute.</source>
        <translation>WoowUp documenta 140 solicitudes por minuto.</translation>
    </message>
    <message>
        <source>Every operation of this account (loading, saving, import, delete, restore) stays just under this limit; lower it if the account is shared with other tools.</source>
        <translation>Todas las operaciones de esta cuenta (carga, guardado, importación, eliminación, restauración) se mantienen justo por debajo de este límite; redúzcalo si otras herramientas usan la misma cuenta.</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <source>&amp;Resume the deletion</source>
        <translation>&amp;Reanudar la eliminación</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Eliminados recientemente</translation>
    </message>
    <message>
        <source>R&amp;estore selected</source>
        <translation>R&amp;estaurar seleccionados</translation>
    </message>
    <message numerus="yes">
        <source>The deletion started on %1 was interrupted: %n record(s) were never sent. They are listed below as “not sent yet”.</source>
        <translation>
            <numerusform>La eliminación iniciada el %1 se interrumpió: %n registro nunca se envió. Aparece abajo como “aún no enviado”.</numerusform>
            <numerusform>La eliminación iniciada el %1 se interrumpió: %n registros nunca se enviaron. Aparecen abajo como “aún no enviado”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>What you changed in this form is not saved.</source>
        <translation>Lo que cambió en este formulario no está guardado.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
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
        <translation>no se restauró porque se canceló la restauración.</translation>
    </message>
    <message>
        <source>not restored: the account was closed.</source>
        <translation>no se restauró: la cuenta se cerró en Userdesk.</translation>
    </message>
    <message>
        <source>not restored. %1</source>
        <translation>no se restauró. %1</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Eliminados recientemente</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available, so the API key is kept only until Userdesk closes.</source>
        <translation>No hay un llavero del sistema disponible, así que la clave de API se guarda solo hasta que se cierre Userdesk.</translation>
    </message>
    <message>
        <source>The system keychain did not accept the API key (%1). It is kept only until Userdesk closes.</source>
        <translation>El llavero del sistema no aceptó la clave de API (%1). Se guarda solo hasta que se cierre Userdesk.</translation>
    </message>
    <message>
        <source>The system keychain could not be read (%1).</source>
        <translation>No se pudo leer el llavero del sistema (%1).</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>The workbook cannot be read: it is not an open file.</source>
        <translation>No se puede leer el libro: no es un archivo abierto.</translation>
    </message>
    <message>
        <source>This file is text (such as CSV), not a workbook.</source>
        <translation>Este archivo es texto (como CSV), no un libro.</translation>
    </message>
    <message>
        <source>This workbook is password-protected: save it without a password and choose it again.</source>
        <translation>Este libro está protegido con contraseña: guárdelo sin contraseña y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>This workbook has no sheet number %1.</source>
        <translation>Este libro no tiene la hoja número %1.</translation>
    </message>
    <message>
        <source>The file “%1” could not be opened: %2</source>
        <translation>No se pudo abrir el archivo “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Row %1: the cell in column %2 is longer than %n character(s); it was cut.</source>
        <translation>
            <numerusform>Fila %1: la celda de la columna %2 tiene más de %n carácter; se recortó.</numerusform>
            <numerusform>Fila %1: la celda de la columna %2 tiene más de %n caracteres; se recortó.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetWorkbook</name>
    <message numerus="yes">
        <source>This workbook has no sheet number %1: it has %n sheet(s), %2.</source>
        <translation>
            <numerusform>Este libro no tiene la hoja número %1: tiene %n hoja, %2.</numerusform>
            <numerusform>Este libro no tiene la hoja número %1: tiene %n hojas, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This workbook has no sheet named “%1”: it has %n sheet(s), %2.</source>
        <translation>
            <numerusform>Este libro no tiene una hoja llamada “%1”: tiene %n hoja, %2.</numerusform>
            <numerusform>Este libro no tiene una hoja llamada “%1”: tiene %n hojas, %2.</numerusform>
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
        <translation>No se pudo escribir en el diario local.</translation>
    </message>
    <message>
        <source>The folder of the local journal, %1, could not be created.</source>
        <translation>No se pudo crear la carpeta del diario local, %1.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed.</source>
        <translation>El controlador SQLite de Qt no está instalado.</translation>
    </message>
    <message>
        <source>The local journal %1 could not be opened.</source>
        <translation>No se pudo abrir el diario local %1.</translation>
    </message>
    <message>
        <source>The local journal %1 could not be switched to write-ahead logging.</source>
        <translation>No se pudo cambiar el diario local %1 al modo de registro de escritura anticipada (WAL).</translation>
    </message>
    <message>
        <source>The local journal %1 could not be created.</source>
        <translation>No se pudo crear el diario local %1.</translation>
    </message>
</context>
<context>
    <name>TypedCountConfirmation</name>
    <message>
        <source>To confirm, type the number of records to delete (%1):</source>
        <translation>Para confirmar, escriba la cantidad de registros que se eliminarán (%1):</translation>
    </message>
</context>
<context>
    <name>UndoEngine</name>
    <message>
        <source>The local journal is not open.</source>
        <translation>El diario local no está abierto.</translation>
    </message>
    <message>
        <source>There is no operation %1 in this account’s history.</source>
        <translation>No hay ninguna operación %1 en el historial de esta cuenta.</translation>
    </message>
    <message>
        <source>Operation %1 is still running.</source>
        <translation>La operación %1 todavía está en curso.</translation>
    </message>
    <message>
        <source>operation %1</source>
        <translation>operación %1</translation>
    </message>
    <message>
        <source>the account was closed.</source>
        <translation>la cuenta se cerró.</translation>
    </message>
    <message>
        <source>already gone.</source>
        <translation>ya no existía.</translation>
    </message>
    <message>
        <source>it no longer exists on the server.</source>
        <translation>ya no existe en el servidor.</translation>
    </message>
    <message>
        <source>already as before.</source>
        <translation>ya estaba como antes.</translation>
    </message>
    <message>
        <source>already back.</source>
        <translation>ya estaba de vuelta.</translation>
    </message>
    <message>
        <source>%1 is “%2” (it wrote “%3”)</source>
        <translation>%1 es «%2» (la operación escribió «%3»)</translation>
    </message>
    <message>
        <source>changed on the server since, left alone: %1.</source>
        <translation>cambiado en el servidor desde entonces, sin tocar: %1.</translation>
    </message>
</context>
<context>
    <name>UndoWoowUp</name>
    <message>
        <source>created again as customer %1 (WoowUp gives a new id).</source>
        <translation>creado de nuevo como cliente %1 (WoowUp asigna un id nuevo).</translation>
    </message>
    <message>
        <source>created again as customer %1; it was %2 (WoowUp gives a new id).</source>
        <translation>creado de nuevo como cliente %1; era %2 (WoowUp asigna un id nuevo).</translation>
    </message>
</context>
<context>
    <name>WazzupDeleteJob</name>
    <message>
        <source>The user has no ID.</source>
        <translation>El usuario no tiene ID.</translation>
    </message>
</context>
<context>
    <name>WazzupImportStrategy</name>
    <message>
        <source>Reading the account’s users…</source>
        <translation>Leyendo los usuarios de la cuenta…</translation>
    </message>
</context>
<context>
    <name>WazzupPage</name>
    <message>
        <source>Filter employees by name, ID or phone…</source>
        <translation>Filtrar empleados por nombre, ID o teléfono…</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n empleado</numerusform>
            <numerusform>%n empleados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n employee(s) shown</source>
        <translation>
            <numerusform>Se muestran %1 de %n empleado</numerusform>
            <numerusform>Se muestran %1 de %n empleados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · cargando…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Delete employees</source>
        <translation>Eliminar empleados</translation>
    </message>
    <message>
        <source>Edit employee</source>
        <translation>Editar empleado</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Nuevo empleado</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;New employee…</source>
        <translation>&amp;Nuevo empleado…</translation>
    </message>
    <message numerus="yes">
        <source>A deletion of %n employee(s) was interrupted before it finished. Open “Recently deleted…” to resume it.</source>
        <translation>
            <numerusform>Se interrumpió la eliminación de %n empleado antes de terminar. Abra “Eliminados recientemente…” para reanudarla.</numerusform>
            <numerusform>Se interrumpió la eliminación de %n empleados antes de terminar. Abra “Eliminados recientemente…” para reanudarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Employees cannot be deleted now, because the local journal that keeps a copy of each record first is not available. %1</source>
        <translation>Ahora no se pueden eliminar empleados porque no está disponible el diario local, donde primero se guarda una copia de cada registro. %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n employee(s) from the Wazzup account “%1”?</source>
        <translation>
            <numerusform>¿Eliminar %n empleado de la cuenta de Wazzup “%1”?</numerusform>
            <numerusform>¿Eliminar %n empleados de la cuenta de Wazzup “%1”?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting employees</source>
        <translation>Eliminando empleados</translation>
    </message>
    <message>
        <source>Recently deleted employees of “%1”</source>
        <translation>Empleados eliminados recientemente de “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Restoring… %1 of %n employee(s) done.</source>
        <translation>
            <numerusform>Restaurando… Listos: %1 de %n empleado.</numerusform>
            <numerusform>Restaurando… Listos: %1 de %n empleados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) restored.</source>
        <translation>
            <numerusform>%n empleado restaurado.</numerusform>
            <numerusform>%n empleados restaurados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) could not be restored:</source>
        <translation>
            <numerusform>No se pudo restaurar %n empleado:</numerusform>
            <numerusform>No se pudieron restaurar %n empleados:</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore employees</source>
        <translation>Restaurar empleados</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Recently &amp;deleted…</source>
        <translation>Eliminados &amp;recientemente…</translation>
    </message>
    <message>
        <source>This account has no employees yet.</source>
        <translation>Esta cuenta todavía no tiene empleados.</translation>
    </message>
    <message>
        <source>No employees match “%1”.</source>
        <translation>Ningún empleado coincide con “%1”.</translation>
    </message>
    <message>
        <source>Employee “%1” saved.</source>
        <translation>Empleado “%1” guardado.</translation>
    </message>
    <message>
        <source>Employee “%1” created.</source>
        <translation>Empleado “%1” creado.</translation>
    </message>
    <message>
        <source>A copy of each employee (ID, name and phone) is kept on this computer first, so that you can restore them as they were from “Recently deleted…”.</source>
        <translation>Primero se guarda en esta computadora una copia de cada empleado (ID, nombre y teléfono), para que pueda restaurarlos tal como estaban desde “Eliminados recientemente…”.</translation>
    </message>
    <message>
        <source>Restore adds each selected employee again with the same ID, name and phone.</source>
        <translation>Restaurar vuelve a agregar cada empleado seleccionado con el mismo ID, nombre y teléfono.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
</context>
<context>
    <name>WazzupUserDialog</name>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>The CRM&apos;s ID for this employee</source>
        <translation>ID de este empleado en el CRM</translation>
    </message>
    <message>
        <source>e.g. 79261234567 (optional)</source>
        <translation>p. ej., 79261234567 (opcional)</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Only needed for the Wazzup mobile app. International format, digits only.</source>
        <translation>Solo se necesita para la app móvil de Wazzup. Formato internacional, solo dígitos.</translation>
    </message>
    <message>
        <source>Wazzup knows the employee by this ID, so it can&apos;t be changed.</source>
        <translation>Wazzup identifica al empleado por este ID, por eso no se puede cambiar.</translation>
    </message>
    <message>
        <source>Saved as %1, the international format Wazzup keeps.</source>
        <translation>Se guarda como %1, el formato internacional que usa Wazzup.</translation>
    </message>
    <message>
        <source>Saving removes this employee’s phone from Wazzup.</source>
        <translation>Al guardar se quita el teléfono de este empleado de Wazzup.</translation>
    </message>
</context>
<context>
    <name>WazzupUserFormFlow</name>
    <message>
        <source>Reading the employee…</source>
        <translation>Leyendo el empleado…</translation>
    </message>
</context>
<context>
    <name>WazzupUserJob</name>
    <message>
        <source>The user has no ID.</source>
        <translation>El usuario no tiene ID.</translation>
    </message>
</context>
<context>
    <name>WazzupUserTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Wazzup’s list of users does not include phones: open the employee to read theirs.</source>
        <translation>La lista de usuarios de Wazzup no incluye teléfonos: abra el empleado para ver el suyo.</translation>
    </message>
</context>
<context>
    <name>WazzupValidator</name>
    <message>
        <source>Enter an ID: Wazzup uses it to tell this user apart from the others.</source>
        <translation>Ingrese un ID: Wazzup lo usa para distinguir a este usuario de los demás.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Ingrese el nombre del usuario.</translation>
    </message>
    <message>
        <source>Wazzup would silently drop this phone number. Write it in international format, digits only with the country code, like 79261234567.</source>
        <translation>Wazzup descartaría este número de teléfono sin avisar. Escríbalo en formato internacional, solo dígitos y con el código de país, como 79261234567.</translation>
    </message>
    <message>
        <source>Wazzup would silently drop this phone number. Write it in international format, digits only with the country code: %1.</source>
        <translation>Wazzup descartaría este número de teléfono sin avisar. Escríbalo en formato internacional, solo dígitos y con el código de país: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The ID is %n character(s) long; Wazzup accepts at most %1.</source>
        <translation>
            <numerusform>El ID tiene %n carácter; Wazzup acepta como máximo %1.</numerusform>
            <numerusform>El ID tiene %n caracteres; Wazzup acepta como máximo %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is %n character(s) long; Wazzup accepts at most %1.</source>
        <translation>
            <numerusform>El nombre tiene %n carácter; Wazzup acepta como máximo %1.</numerusform>
            <numerusform>El nombre tiene %n caracteres; Wazzup acepta como máximo %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WoowUpAccount</name>
    <message>
        <source>WoowUp customer %1 no longer exists: it was deleted after this form opened.</source>
        <translation>El cliente de WoowUp %1 ya no existe: se eliminó después de abrir este formulario.</translation>
    </message>
    <message>
        <source>“%1” belongs to another customer, %2. Nothing was saved.</source>
        <translation>“%1” pertenece a otro cliente, %2. No se guardó nada.</translation>
    </message>
    <message>
        <source>%1 (WoowUp customer %2)</source>
        <translation>%1 (cliente de WoowUp %2)</translation>
    </message>
    <message>
        <source>WoowUp customer %1</source>
        <translation>Cliente de WoowUp %1</translation>
    </message>
</context>
<context>
    <name>WoowUpCustomerJob</name>
    <message>
        <source>The customer has no identifier. Enter a service UID, an e-mail, a document or a telephone.</source>
        <translation>El cliente no tiene identificador. Ingrese un ID externo, un correo electrónico, un documento o un teléfono.</translation>
    </message>
    <message>
        <source>“%1” is not a customer identifier; use service_uid, email, document or telephone.</source>
        <translation>“%1” no es un identificador de cliente; use service_uid, email, document o telephone.</translation>
    </message>
</context>
<context>
    <name>WoowUpCustomerTableModel</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Can receive messages</source>
        <translation>Puede recibir mensajes</translation>
    </message>
    <message>
        <source>Can&apos;t receive messages</source>
        <translation>No puede recibir mensajes</translation>
    </message>
    <message>
        <source>Can&apos;t receive messages: %1</source>
        <translation>No puede recibir mensajes: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>E-mail consent</source>
        <translation>Consentimiento de correo electrónico</translation>
    </message>
    <message>
        <source>WhatsApp consent</source>
        <translation>Consentimiento de WhatsApp</translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation>Consentimiento de SMS</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>WoowUpImportStrategy</name>
    <message>
        <source>Reading the account’s customers…</source>
        <translation>Leyendo los clientes de la cuenta…</translation>
    </message>
</context>
<context>
    <name>WoowUpPage</name>
    <message>
        <source>Search customers by name, e-mail, document or phone…</source>
        <translation>Buscar clientes por nombre, correo electrónico, documento o teléfono…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) loaded, more on scrolling</source>
        <translation>
            <numerusform>%n cliente cargado; se cargan más al desplazarse</numerusform>
            <numerusform>%n clientes cargados; se cargan más al desplazarse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · cargando…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Eliminar clientes</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Check it exists</source>
        <translation>Comprobar si existe</translation>
    </message>
    <message>
        <source>Find by:</source>
        <translation>Buscar por:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>A customer with “%1” exists.</source>
        <translation>Existe un cliente con “%1”.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Ningún cliente coincide con “%1”.</translation>
    </message>
    <message>
        <source>Segment membership</source>
        <translation>Pertenencia a un segmento</translation>
    </message>
    <message>
        <source>Segment ID:</source>
        <translation>ID del segmento:</translation>
    </message>
    <message>
        <source>%1 belongs to segment %2.</source>
        <translation>%1 pertenece al segmento %2.</translation>
    </message>
    <message>
        <source>%1 does not belong to segment %2.</source>
        <translation>%1 no pertenece al segmento %2.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Check &amp;segment membership…</source>
        <translation>Comprobar pertenencia a un &amp;segmento…</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>&amp;Find by identifier…</source>
        <translation>&amp;Buscar por identificador…</translation>
    </message>
    <message numerus="yes">
        <source>A deletion of %n customer(s) was interrupted before it finished. Open “Recently deleted…” to resume it.</source>
        <translation>
            <numerusform>Se interrumpió la eliminación de %n cliente antes de terminar. Abra “Eliminados recientemente…” para reanudarla.</numerusform>
            <numerusform>Se interrumpió la eliminación de %n clientes antes de terminar. Abra “Eliminados recientemente…” para reanudarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading every customer matching the search…</source>
        <translation>Cargando todos los clientes que coinciden con la búsqueda…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Delete all matching customers</source>
        <translation>Eliminar todos los clientes que coinciden</translation>
    </message>
    <message numerus="yes">
        <source>Loading every customer matching the search… %n loaded.</source>
        <translation>
            <numerusform>Cargando todos los clientes que coinciden con la búsqueda… %n cargado.</numerusform>
            <numerusform>Cargando todos los clientes que coinciden con la búsqueda… %n cargados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers cannot be deleted now, because the local journal that keeps a copy of each record first is not available. %1</source>
        <translation>Ahora no se pueden eliminar clientes porque no está disponible el diario local, donde primero se guarda una copia de cada registro. %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s) from the WoowUp account “%1”?</source>
        <translation>
            <numerusform>¿Eliminar %n cliente de la cuenta de WoowUp “%1”?</numerusform>
            <numerusform>¿Eliminar %n clientes de la cuenta de WoowUp “%1”?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting customers</source>
        <translation>Eliminando clientes</translation>
    </message>
    <message>
        <source>Recently deleted customers of “%1”</source>
        <translation>Clientes eliminados recientemente de “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Restoring… %1 of %n customer(s) done.</source>
        <translation>
            <numerusform>Restaurando… Listos: %1 de %n cliente.</numerusform>
            <numerusform>Restaurando… Listos: %1 de %n clientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) restored.</source>
        <translation>
            <numerusform>%n cliente restaurado.</numerusform>
            <numerusform>%n clientes restaurados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) could not be restored:</source>
        <translation>
            <numerusform>No se pudo restaurar %n cliente:</numerusform>
            <numerusform>No se pudieron restaurar %n clientes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore customers</source>
        <translation>Restaurar clientes</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete &amp;all customers…</source>
        <translation>Eliminar &amp;todos los clientes…</translation>
    </message>
    <message>
        <source>Delete &amp;all customers matching “%1”…</source>
        <translation>Eliminar &amp;todos los clientes que coinciden con “%1”…</translation>
    </message>
    <message>
        <source>Recently &amp;deleted…</source>
        <translation>Eliminados &amp;recientemente…</translation>
    </message>
    <message>
        <source>Load all and sort</source>
        <translation>Cargar todos y ordenar</translation>
    </message>
    <message>
        <source>Loads every customer of the search from WoowUp, within the account&apos;s rate limit, so that the sort covers all of them.</source>
        <translation>Carga desde WoowUp todos los clientes de la búsqueda, dentro del límite de solicitudes de la cuenta, para que el orden los abarque a todos.</translation>
    </message>
    <message numerus="yes">
        <source>Sorted by %1 among the %n customer(s) loaded so far, not the whole account.</source>
        <translation>
            <numerusform>Ordenado por %1 entre el %n cliente cargado hasta ahora, no en toda la cuenta.</numerusform>
            <numerusform>Ordenado por %1 entre los %n clientes cargados hasta ahora, no en toda la cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account has no customers yet.</source>
        <translation>Esta cuenta todavía no tiene clientes.</translation>
    </message>
    <message>
        <source>No customers match “%1”.</source>
        <translation>Ningún cliente coincide con “%1”.</translation>
    </message>
    <message>
        <source>Load all customers</source>
        <translation>Cargar todos los clientes</translation>
    </message>
    <message numerus="yes">
        <source>Loading every customer, within the account&apos;s rate limit… %n loaded.</source>
        <translation>
            <numerusform>Cargando todos los clientes, dentro del límite de solicitudes de la cuenta… %n cargado.</numerusform>
            <numerusform>Cargando todos los clientes, dentro del límite de solicitudes de la cuenta… %n cargados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer “%1” saved.</source>
        <translation>Cliente “%1” guardado.</translation>
    </message>
    <message>
        <source>Customer “%1” created.</source>
        <translation>Cliente “%1” creado.</translation>
    </message>
    <message>
        <source>Enter the e-mail address to look for.</source>
        <translation>Ingrese el correo electrónico que quiere buscar.</translation>
    </message>
    <message>
        <source>Enter the document number to look for.</source>
        <translation>Ingrese el número de documento que quiere buscar.</translation>
    </message>
    <message>
        <source>Enter the telephone number to look for.</source>
        <translation>Ingrese el número de teléfono que quiere buscar.</translation>
    </message>
    <message>
        <source>Enter the external ID to look for.</source>
        <translation>Ingrese el ID externo que quiere buscar.</translation>
    </message>
    <message>
        <source>A copy of each customer, as WoowUp has it, is kept on this computer first, so that you can restore it from “Recently deleted…”. %1</source>
        <translation>Primero se guarda en esta computadora una copia de cada cliente, tal como lo tiene WoowUp, para que pueda restaurarlo desde “Eliminados recientemente…”. %1</translation>
    </message>
    <message>
        <source>Restore creates each selected customer again from its copy: identifiers, personal data, address, consent, points balance, tags and attributes come back. %1</source>
        <translation>Restaurar vuelve a crear cada cliente seleccionado a partir de su copia: vuelven los identificadores, los datos personales, la dirección, los consentimientos, el saldo de puntos, las etiquetas y los atributos. %1</translation>
    </message>
    <message>
        <source>A restored customer is created anew, with a new WoowUp ID and creation date; what WoowUp does not let a program set (blocked, notes, family, purchase and points history) does not come back.</source>
        <translation>Un cliente restaurado se crea de nuevo, con un ID de WoowUp y una fecha de creación nuevos; lo que WoowUp no permite fijar a un programa (bloqueo, notas, familia, historial de compras y de puntos) no vuelve.</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Mostrar todos los clientes</translation>
    </message>
    <message numerus="yes">
        <source>Showing only the %n customer(s) the import created or updated.</source>
        <translation>
            <numerusform>Solo se muestra %n cliente creado o actualizado por la importación.</numerusform>
            <numerusform>Solo se muestran %n clientes creados o actualizados por la importación.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
</context>
<context>
    <name>WoowUpValidator</name>
    <message>
        <source>Enter at least one way to identify the customer: an external ID, an e-mail address, a document number or a telephone number.</source>
        <translation>Ingrese al menos un dato para identificar al cliente: un ID externo, un correo electrónico, un número de documento o un número de teléfono.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>Ingrese un correo electrónico como nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>Enter the gender as F (female) or M (male), or leave it empty.</source>
        <translation>Ingrese el género como F (femenino) o M (masculino), o déjelo vacío.</translation>
    </message>
    <message>
        <source>Enter the birth date as year-month-day, like 1989-06-22.</source>
        <translation>Ingrese la fecha de nacimiento como año-mes-día, por ejemplo 1989-06-22.</translation>
    </message>
    <message>
        <source>There is no date %1 in the calendar. Check the month and the day.</source>
        <translation>La fecha %1 no existe en el calendario. Revise el mes y el día.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>La fecha de nacimiento %1 está en el futuro.</translation>
    </message>
    <message>
        <source>Enter the country as its three-letter ISO code, like ARG, ESP or USA.</source>
        <translation>Ingrese el país con su código ISO de tres letras, como ARG, ESP o USA.</translation>
    </message>
    <message>
        <source>Enter the country as its three-letter ISO code: for “%1” that is %2.</source>
        <translation>Ingrese el país con su código ISO de tres letras: para “%1” es %2.</translation>
    </message>
    <message>
        <source>“%1” is not a marital status WoowUp knows. Choose one of: %2.</source>
        <translation>WoowUp no reconoce el estado civil “%1”. Elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>A reason for not sending WhatsApp messages only makes sense when WhatsApp is disabled.</source>
        <translation>El motivo para no enviar mensajes de WhatsApp solo tiene sentido si WhatsApp está desactivado.</translation>
    </message>
    <message>
        <source>A reason for not sending text messages only makes sense when text messages are disabled.</source>
        <translation>El motivo para no enviar SMS solo tiene sentido si los SMS están desactivados.</translation>
    </message>
    <message>
        <source>“%1” is not a reason WoowUp knows. Choose one of: %2.</source>
        <translation>WoowUp no reconoce el motivo “%1”. Elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>Points can&apos;t be negative.</source>
        <translation>Los puntos no pueden ser negativos.</translation>
    </message>
    <message>
        <source>The tag “%1” contains a comma, so WoowUp will store it as several tags.</source>
        <translation>La etiqueta “%1” contiene una coma, así que WoowUp la guardará como varias etiquetas.</translation>
    </message>
    <message>
        <source>This account has no custom attribute “%1”. Create it in WoowUp first or remove the value.</source>
        <translation>Esta cuenta no tiene el atributo personalizado “%1”. Créelo primero en WoowUp o quite el valor.</translation>
    </message>
    <message>
        <source>“%1” needs a number.</source>
        <translation>“%1” debe ser un número.</translation>
    </message>
    <message>
        <source>“%1” needs a whole number.</source>
        <translation>“%1” debe ser un número entero.</translation>
    </message>
    <message>
        <source>“%1” is a checkbox: it needs yes or no.</source>
        <translation>“%1” es una casilla: debe ser sí o no.</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation>“%1” debe ser uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>“%1” needs a date like 2017-08-03 or a date and time like 2017-08-03 14:00:00.</source>
        <translation>“%1” debe ser una fecha como 2017-08-03 o una fecha y hora como 2017-08-03 14:00:00.</translation>
    </message>
    <message>
        <source>“%1” needs a list of values.</source>
        <translation>“%1” debe ser una lista de valores.</translation>
    </message>
    <message>
        <source>“%1” needs text.</source>
        <translation>“%1” debe ser un texto.</translation>
    </message>
    <message>
        <source>“%1” accepts only: %2.</source>
        <translation>“%1” solo acepta: %2.</translation>
    </message>
    <message>
        <source>Enter the “Club member since” date as year-month-day, with or without the time, like 2017-01-22 or 2017-01-22 18:26:16.</source>
        <translation>Ingrese la fecha de “Miembro del club desde” como año-mes-día, con o sin la hora, por ejemplo 2017-01-22 o 2017-01-22 18:26:16.</translation>
    </message>
    <message>
        <source>A reason for not sending e-mail only makes sense when e-mail consent is off.</source>
        <translation>El motivo solo tiene sentido si el consentimiento de correo electrónico está desactivado.</translation>
    </message>
</context>
<context>
    <name>WorkbookArchive</name>
    <message>
        <source>The file is not a readable zip archive, so it is no workbook Userdesk can read (or it is damaged).</source>
        <translation>El archivo no es un archivo zip legible, así que no es un libro que Userdesk pueda leer (o está dañado).</translation>
    </message>
    <message>
        <source>This workbook is damaged: its list of files cannot be read.</source>
        <translation>Este libro está dañado: no se puede leer su lista de archivos.</translation>
    </message>
    <message>
        <source>This workbook is damaged: the part “%1” is missing.</source>
        <translation>Este libro está dañado: falta la parte “%1”.</translation>
    </message>
    <message>
        <source>This workbook is damaged: the part “%1” cannot be found.</source>
        <translation>Este libro está dañado: no se encuentra la parte “%1”.</translation>
    </message>
    <message>
        <source>This workbook is password-protected: save it without a password and choose it again.</source>
        <translation>Este libro está protegido con contraseña: guárdelo sin contraseña y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>This workbook is damaged: the part “%1” cannot be unpacked.</source>
        <translation>Este libro está dañado: no se puede descomprimir la parte “%1”.</translation>
    </message>
    <message>
        <source>This workbook contains a file named “%1”, which points outside the workbook; such a file is made to attack, so it is not read.</source>
        <translation>Este libro contiene un archivo llamado “%1”, que apunta fuera del libro; un archivo así está hecho para atacar, por lo que no se lee.</translation>
    </message>
    <message>
        <source>The part “%1” of this workbook unpacks to more than %2 MB; a workbook that large is more likely a zip bomb than a list, so it is not read.</source>
        <translation>La parte “%1” de este libro se descomprime en más de %2 MB; un libro tan grande es más probablemente una bomba zip que una lista, por lo que no se lee.</translation>
    </message>
    <message>
        <source>This workbook unpacks to more than %1 MB; a workbook that large is more likely a zip bomb than a list, so it is not read.</source>
        <translation>Este libro se descomprime en más de %1 MB; un libro tan grande es más probablemente una bomba zip que una lista, por lo que no se lee.</translation>
    </message>
    <message numerus="yes">
        <source>This workbook holds %n file(s), more than any spreadsheet program writes; it is not read.</source>
        <translation>
            <numerusform>Este libro contiene %n archivo, más de los que escribe cualquier programa de hojas de cálculo; no se lee.</numerusform>
            <numerusform>Este libro contiene %n archivos, más de los que escribe cualquier programa de hojas de cálculo; no se lee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This workbook holds more than %n file(s), more than any spreadsheet program writes; it is not read.</source>
        <translation>
            <numerusform>Este libro contiene más de %n archivo, más de los que escribe cualquier programa de hojas de cálculo; no se lee.</numerusform>
            <numerusform>Este libro contiene más de %n archivos, más de los que escribe cualquier programa de hojas de cálculo; no se lee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The part “%1” of this workbook is packed more than %n time(s) tighter than spreadsheets are, as zip bombs are; it is not read.</source>
        <translation>
            <numerusform>La parte “%1” de este libro está comprimida más de %n vez más que las hojas de cálculo, como las bombas zip; no se lee.</numerusform>
            <numerusform>La parte “%1” de este libro está comprimida más de %n veces más que las hojas de cálculo, como las bombas zip; no se lee.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>No file to write the workbook to.</source>
        <translation>No hay archivo en el que escribir el libro.</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>No se pudo escribir el libro: %1</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>The table has %n row(s) and %1; an Excel sheet holds at most 1,048,576 rows and 16,384 columns.</source>
        <translation>
            <numerusform>La tabla tiene %n fila y %1; una hoja de Excel admite como máximo 1.048.576 filas y 16.384 columnas.</numerusform>
            <numerusform>La tabla tiene %n filas y %1; una hoja de Excel admite como máximo 1.048.576 filas y 16.384 columnas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>This workbook refers to a part outside itself (“%1”); it is not read.</source>
        <translation>Este libro hace referencia a una parte fuera de sí mismo (“%1”); no se lee.</translation>
    </message>
    <message>
        <source>This workbook is damaged: it does not say where its sheets are.</source>
        <translation>Este libro está dañado: no indica dónde están sus hojas.</translation>
    </message>
    <message>
        <source>This workbook has no sheets.</source>
        <translation>Este libro no tiene hojas.</translation>
    </message>
    <message>
        <source>This workbook declares more cell formats than Excel allows; it is not read.</source>
        <translation>Este libro declara más formatos de celda de los que permite Excel; no se lee.</translation>
    </message>
    <message>
        <source>This workbook has no sheet that can be read.</source>
        <translation>Este libro no tiene ninguna hoja que se pueda leer.</translation>
    </message>
    <message>
        <source>The sheet “%1” is a chart, not a table.</source>
        <translation>La hoja “%1” es un gráfico, no una tabla.</translation>
    </message>
    <message>
        <source>This workbook is damaged: cell %1 of the sheet “%2” refers to the shared strings table, which the workbook does not have.</source>
        <translation>Este libro está dañado: la celda %1 de la hoja “%2” hace referencia a la tabla de cadenas compartidas, que el libro no tiene.</translation>
    </message>
    <message>
        <source>This workbook is damaged: cell %1 of the sheet “%2” refers to shared string number %3, which the workbook does not have.</source>
        <translation>Este libro está dañado: la celda %1 de la hoja “%2” hace referencia a la cadena compartida número %3, que el libro no tiene.</translation>
    </message>
    <message>
        <source>This workbook is damaged: the sheet “%1” has a cell named “%2”.</source>
        <translation>Este libro está dañado: la hoja “%1” tiene una celda llamada “%2”.</translation>
    </message>
    <message>
        <source>The sheet “%1” has a cell past column %2, the last one Excel has; the workbook is not read.</source>
        <translation>La hoja “%1” tiene una celda más allá de la columna %2, la última de Excel; el libro no se lee.</translation>
    </message>
    <message>
        <source>The sheet “%1” has a row numbered %2, past the last row Excel has (%3); the workbook is not read.</source>
        <translation>La hoja “%1” tiene una fila número %2, más allá de la última fila de Excel (%3); el libro no se lee.</translation>
    </message>
    <message numerus="yes">
        <source>This workbook&apos;s shared strings table holds more than %n string(s) or %1, more than a list needs; it is not read.</source>
        <translation>
            <numerusform>La tabla de cadenas compartidas de este libro contiene más de %n cadena o %1, más de lo que necesita una lista; no se lee.</numerusform>
            <numerusform>La tabla de cadenas compartidas de este libro contiene más de %n cadenas o %1, más de lo que necesita una lista; no se lee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XmlPart</name>
    <message>
        <source>The part “%1” of this workbook declares a document type (DTD), which spreadsheet programs never write; it is not read.</source>
        <translation>La parte “%1” de este libro declara un tipo de documento (DTD), que los programas de hojas de cálculo nunca escriben; no se lee.</translation>
    </message>
    <message>
        <source>The part “%1” of this workbook refers to an undeclared entity “%2”; it is not read.</source>
        <translation>La parte “%1” de este libro hace referencia a una entidad no declarada “%2”; no se lee.</translation>
    </message>
    <message>
        <source>This workbook is damaged: the part “%1” is not well-formed XML (line %2: %3).</source>
        <translation>Este libro está dañado: la parte “%1” no es XML bien formado (línea %2: %3).</translation>
    </message>
    <message>
        <source>There is not enough memory to read this workbook.</source>
        <translation>No hay memoria suficiente para leer este libro.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage Wazzup employees and WoowUp customers.</source>
        <translation>Administre empleados de Wazzup y clientes de WoowUp.</translation>
    </message>
    <message>
        <source>Start with a built-in sandbox and demo data; no account needed.</source>
        <translation>Iniciar con un entorno de pruebas integrado y datos de demostración; no se necesita una cuenta.</translation>
    </message>
    <message>
        <source>Userdesk</source>
        <translation>Userdesk</translation>
    </message>
    <message>
        <source>The demo sandbox could not start.</source>
        <translation>No se pudo iniciar el entorno de pruebas de demostración.</translation>
    </message>
</context>
</TS>
