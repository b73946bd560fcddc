#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#ifndef USERDESK_LICENSE
#define USERDESK_LICENSE ""
#endif

QString AboutDialog::licenceText()
{
    const auto licence = QStringLiteral(USERDESK_LICENSE);
    if (licence.isEmpty())
        return QString();
    if (licence == QLatin1String("LicenseRef-proprietary"))
        return tr("Proprietary software; all rights reserved.");
    return tr("Licence: %1.").arg(licence);
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Userdesk"));

    auto *icon = new QLabel(this);
    const QIcon appIcon = QApplication::windowIcon();
    if (!appIcon.isNull())
        icon->setPixmap(appIcon.pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(QStringLiteral("<h2>Userdesk</h2>"), this);
    auto *version = new QLabel(tr("Version %1").arg(QCoreApplication::applicationVersion()), this);
    version->setObjectName(QStringLiteral("version"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *description = new QLabel(
        tr("Browse, edit, import, export and delete Wazzup employees and WoowUp customers, "
           "with a snapshot of every deleted record that you can restore."),
        this);
    description->setWordWrap(true);
    auto *qt = new QLabel(tr("Built with Qt %1, running on Qt %2.")
                              .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                          this);
    qt->setObjectName(QStringLiteral("qtVersion"));
    auto *licence = new QLabel(licenceText(), this);
    licence->setObjectName(QStringLiteral("licence"));
    licence->setVisible(!licence->text().isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(version);
    text->addSpacing(8);
    text->addWidget(description);
    text->addSpacing(8);
    text->addWidget(qt);
    text->addWidget(licence);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addSpacing(12);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}
