#include "customattributeeditor.h"
#include "formtesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace FormTest;

namespace {

CustomAttributeDefinitions definitions()
{
    return {
        {QStringLiteral("nombre"),
         QStringLiteral("Nombre"),
         QStringLiteral("text"),
         QStringLiteral("string"),
         QString(),
         {}},
        {QStringLiteral("color"),
         QStringLiteral("Color"),
         QStringLiteral("select"),
         QStringLiteral("string"),
         QString(),
         {QStringLiteral("rojo"), QStringLiteral("verde")}},
        {QStringLiteral("alta"),
         QStringLiteral("Alta"),
         QStringLiteral("datetime"),
         QStringLiteral("date"),
         QString(),
         {}},
        {QStringLiteral("activo"),
         QStringLiteral("Activo"),
         QStringLiteral("checkbox"),
         QStringLiteral("boolean"),
         QString(),
         {}},
        {QStringLiteral("edad"),
         QStringLiteral("Edad"),
         QStringLiteral("number"),
         QStringLiteral("integer"),
         QString(),
         {}},
        {QStringLiteral("vacunas"),
         QStringLiteral("Vacunas"),
         QStringLiteral("list"),
         QStringLiteral("array"),
         QString(),
         {}},
        {QStringLiteral("nota"),
         QStringLiteral("Nota"),
         QStringLiteral("textarea"),
         QStringLiteral("string"),
         QString(),
         {}},
    };
}

} // namespace

class TestCustomAttributeEditor : public QObject
{
    Q_OBJECT

private slots:
    void editorFollowsType();
    void nameBoxOffersUnusedDefinitions();
    void addingTwiceGoesToTheRow();
    void definitionsArrivingLateRetypeRows();
    void emptiedNumberClearsTheValue();
    void selectKeepsUnknownValue();
    void numbersInPersonsLocale();
    void removeRow();
};

void TestCustomAttributeEditor::editorFollowsType()
{
    CustomAttributeEditor editor;
    editor.setDefinitions(definitions());
    QVERIFY(qobject_cast<QLineEdit *>(editor.addAttribute(QStringLiteral("nombre"))));
    auto *color = qobject_cast<QComboBox *>(editor.addAttribute(QStringLiteral("color")));
    QVERIFY(color);
    QCOMPARE(color->count(), 3); // "— choose —" and the two options
    QVERIFY(qobject_cast<QLineEdit *>(editor.addAttribute(QStringLiteral("alta"))));
    QVERIFY(qobject_cast<QCheckBox *>(editor.addAttribute(QStringLiteral("activo"))));
    QVERIFY(qobject_cast<QLineEdit *>(editor.addAttribute(QStringLiteral("edad"))));
    QVERIFY(qobject_cast<QLineEdit *>(editor.addAttribute(QStringLiteral("vacunas"))));
    QVERIFY(qobject_cast<QLineEdit *>(editor.addAttribute(QStringLiteral("nota"))));
    QVERIFY(qobject_cast<QLineEdit *>(editor.addAttribute(QStringLiteral("libre"))));

    // Untouched new rows: empty text, nothing chosen (null clears), unchecked, empty list.
    const QVariantMap values = editor.attributes();
    QCOMPARE(values.value(QStringLiteral("nombre")), QVariant(QString()));
    QVERIFY(!values.value(QStringLiteral("color")).isValid());
    QVERIFY(!values.value(QStringLiteral("alta")).isValid());
    QCOMPARE(values.value(QStringLiteral("activo")), QVariant(false));
    QVERIFY(!values.value(QStringLiteral("edad")).isValid());
    QCOMPARE(values.value(QStringLiteral("vacunas")), QVariant(QStringList()));
    QCOMPARE(values.value(QStringLiteral("nota")), QVariant(QString()));
}

void TestCustomAttributeEditor::nameBoxOffersUnusedDefinitions()
{
    CustomAttributeEditor editor;
    editor.setDefinitions(definitions());
    auto *box = editor.findChild<QComboBox *>(QStringLiteral("newAttributeName"));
    auto *add = editor.findChild<QPushButton *>(QStringLiteral("addAttribute"));
    QVERIFY(box && add);
    QCOMPARE(box->count(), 7);
    QVERIFY(box->findText(QStringLiteral("Edad (edad)")) >= 0);
    QVERIFY(!add->isEnabled());

    typeInto(box->lineEdit(), QStringLiteral("Edad (edad)"));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(editor.names(), QStringList{QStringLiteral("edad")});
    QCOMPARE(box->count(), 6);
    QVERIFY(box->currentText().isEmpty());
    QVERIFY(!add->isEnabled());
}

void TestCustomAttributeEditor::addingTwiceGoesToTheRow()
{
    CustomAttributeEditor editor;
    QWidget *first = editor.addAttribute(QStringLiteral("x"));
    QCOMPARE(editor.addAttribute(QStringLiteral(" x ")), first);
    QCOMPARE(editor.names().size(), 1);
    QCOMPARE(editor.addAttribute(QStringLiteral("  ")), nullptr);
}

void TestCustomAttributeEditor::definitionsArrivingLateRetypeRows()
{
    CustomAttributeEditor editor;
    editor.show();
    auto *edad = qobject_cast<QLineEdit *>(editor.addAttribute(QStringLiteral("edad")));
    typeInto(edad, QStringLiteral("5"));
    QCOMPARE(editor.attributes().value(QStringLiteral("edad")), QVariant(QStringLiteral("5")));

    QSignalSpy changed(&editor, &CustomAttributeEditor::changed);
    editor.setDefinitions(definitions());
    QVERIFY(changed.count() >= 1);
    const QVariant value = editor.attributes().value(QStringLiteral("edad"));
    QCOMPARE(value.typeId(), QMetaType::LongLong);
    QCOMPARE(value.toLongLong(), 5);
    QCOMPARE(editor.displayName(QStringLiteral("edad")), QStringLiteral("Edad (edad)"));
}

void TestCustomAttributeEditor::emptiedNumberClearsTheValue()
{
    CustomAttributeEditor editor;
    editor.setDefinitions(definitions());
    editor.setAttributes({{QStringLiteral("edad"), QVariant::fromValue<qint64>(7)}});
    editor.show();
    auto *edad = editor.findChild<QLineEdit *>(QStringLiteral("value_edad"));
    QVERIFY(edad);
    QCOMPARE(edad->text(), QStringLiteral("7"));
    typeInto(edad, QString());
    QVERIFY(!editor.attributes().value(QStringLiteral("edad")).isValid());
    QVERIFY(editor.attributes().contains(QStringLiteral("edad")));
    typeInto(edad, QStringLiteral("seven"));
    // Left as typed, for the validator to name.
    QCOMPARE(editor.attributes().value(QStringLiteral("edad")), QVariant(QStringLiteral("seven")));
}

void TestCustomAttributeEditor::selectKeepsUnknownValue()
{
    CustomAttributeEditor editor;
    editor.setDefinitions(definitions());
    editor.setAttributes({{QStringLiteral("color"), QStringLiteral("azul")}});
    editor.show();
    auto *color = editor.findChild<QComboBox *>(QStringLiteral("value_color"));
    QVERIFY(color);
    QCOMPARE(color->currentText(), QStringLiteral("azul"));
    QVERIFY(chooseItem(color, QStringLiteral("verde")));
    QCOMPARE(editor.attributes().value(QStringLiteral("color")), QVariant(QStringLiteral("verde")));
    QVERIFY(chooseItem(color, QStringLiteral("— choose —")));
    QVERIFY(!editor.attributes().value(QStringLiteral("color")).isValid());
}

void TestCustomAttributeEditor::numbersInPersonsLocale()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Argentina));
    CustomAttributeEditor editor;
    editor.setDefinitions({{QStringLiteral("peso"),
                            QString(),
                            QStringLiteral("number"),
                            QStringLiteral("float"),
                            QString(),
                            {}}});
    editor.show();
    auto *peso = qobject_cast<QLineEdit *>(editor.addAttribute(QStringLiteral("peso")));
    typeInto(peso, QStringLiteral("20,3"));
    const QVariant comma = editor.attributes().value(QStringLiteral("peso"));
    typeInto(peso, QStringLiteral("20.3"));
    const QVariant dot = editor.attributes().value(QStringLiteral("peso"));
    QLocale::setDefault(saved);
    QCOMPARE(comma.typeId(), QMetaType::Double);
    QCOMPARE(comma.toDouble(), 20.3);
    QCOMPARE(dot.typeId(), QMetaType::Double);
    QCOMPARE(dot.toDouble(), 20.3);
}

void TestCustomAttributeEditor::removeRow()
{
    CustomAttributeEditor editor;
    editor.setAttributes(
        {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("2")}});
    editor.show();
    QSignalSpy changed(&editor, &CustomAttributeEditor::changed);
    QTest::mouseClick(editor.findChild<QWidget *>(QStringLiteral("remove_a")), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(editor.attributes(), (QVariantMap{{QStringLiteral("b"), QStringLiteral("2")}}));
}

QTEST_MAIN(TestCustomAttributeEditor)
#include "tst_customattributeeditor.moc"
