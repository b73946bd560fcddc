// Renders a filled customer form to a PNG, to look at the layout and for the
// docs: customerform_screenshot <file.png> [width height]

#include "customerdialog.h"

#include <QApplication>
#include <QJsonArray>
#include <QPixmap>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: customerform_screenshot <file.png> [width height]\n";
        return 2;
    }

    CustomerDialog dialog;
    dialog.setDefinitions({
        {QStringLiteral("nombre_mascota"),
         QStringLiteral("Nombre de la mascota"),
         QStringLiteral("text"),
         QStringLiteral("string"),
         QStringLiteral("Mascota"),
         {}},
        {QStringLiteral("color_mascota"),
         QStringLiteral("Color"),
         QStringLiteral("select"),
         QStringLiteral("string"),
         QStringLiteral("Mascota"),
         {QStringLiteral("negro"), QStringLiteral("blanco"), QStringLiteral("marrón")}},
        {QStringLiteral("fecha_casamiento"),
         QStringLiteral("Fecha de casamiento"),
         QStringLiteral("datetime"),
         QStringLiteral("date"),
         QString(),
         {}},
        {QStringLiteral("vacunada"),
         QStringLiteral("Vacunada"),
         QStringLiteral("checkbox"),
         QStringLiteral("boolean"),
         QStringLiteral("Mascota"),
         {}},
        {QStringLiteral("edad_mascota"),
         QStringLiteral("Edad"),
         QStringLiteral("number"),
         QStringLiteral("integer"),
         QStringLiteral("Mascota"),
         {}},
        {QStringLiteral("vacunas_mascota"),
         QStringLiteral("Vacunas"),
         QStringLiteral("list"),
         QStringLiteral("array"),
         QStringLiteral("Mascota"),
         {}},
    });

    WoowUpCustomer c;
    c.serviceUid = QStringLiteral("crm-1042");
    c.email = QStringLiteral("ana.perez@example"); // one problem, to show how they look
    c.document = QStringLiteral("30111222");
    c.documentType = QStringLiteral("DNI");
    c.telephone = QStringLiteral("5491155556666");
    c.firstName = QStringLiteral("Ana");
    c.lastName = QStringLiteral("Pérez");
    c.birthdate = QStringLiteral("1989-06-22");
    c.gender = QStringLiteral("F");
    c.maritalStatus = QStringLiteral("married");
    c.tags = {QStringLiteral("vip"), QStringLiteral("newsletter")};
    c.points = 150;
    c.clubInscriptionDate = QStringLiteral("2017-01-22 18:26:16");
    c.street = QStringLiteral("Av. Corrientes 1234");
    c.postcode = QStringLiteral("C1043");
    c.city = QStringLiteral("Buenos Aires");
    c.department = QStringLiteral("Balvanera");
    c.state = QStringLiteral("CABA");
    c.country = QStringLiteral("ARG");
    c.mailing = {true, QString()};
    c.whatsapp = {false, QStringLiteral("spamreport")};
    c.customAttributes = {
        {QStringLiteral("nombre_mascota"), QStringLiteral("Chuky")},
        {QStringLiteral("color_mascota"), QStringLiteral("marrón")},
        {QStringLiteral("fecha_casamiento"), QStringLiteral("2017-08-03 14:00:00")},
        {QStringLiteral("vacunada"), true},
        {QStringLiteral("edad_mascota"), QVariant::fromValue<qint64>(5)},
        {QStringLiteral("vacunas_mascota"),
         QStringList{QStringLiteral("parvovirus"), QStringLiteral("moquillo")}},
    };
    c.userappId = 31173442;
    c.createtime = QStringLiteral("2016-10-03T17:10:25+00:00");
    dialog.setCustomer(c, true);

    if (args.size() >= 4)
        dialog.resize(args.at(2).toInt(), args.at(3).toInt());
    dialog.show();
    QApplication::processEvents();
    if (!dialog.grab().save(args.at(1))) {
        QTextStream(stderr) << "could not write " << args.at(1) << '\n';
        return 1;
    }
    return 0;
}
