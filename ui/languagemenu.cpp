#include "languagemenu.h"

#include "languagesettings.h"

#include <QActionGroup>
#include <QMessageBox>

LanguageMenu::LanguageMenu(const QStringList &languages, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString saved = LanguageSettings::saved();
    auto addLanguage = [this, &saved](const QString &text, const QString &language) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setChecked(language == saved);
        action->setData(language);
        action->setObjectName(QStringLiteral("language_") + language);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    };
    addLanguage(tr("System default"), QString());
    addSeparator();
    // Each language by its own name, so a person who cannot read the current
    // one still finds theirs.
    for (const QString &language : languages)
        addLanguage(LanguageSettings::nativeName(language), language);
    if (!m_group->checkedAction())
        m_group->actions().constFirst()->setChecked(true);
}

void LanguageMenu::choose(const QString &language)
{
    if (language == LanguageSettings::saved())
        return;
    LanguageSettings::save(language);
    emit languageChosen(language);
    // Not modal-blocking, so the menu's caller (and a test) carries on.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("The new language applies the next time you start Userdesk."),
                                QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("languageRestartNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
