#pragma once

#include <QMenu>

class QActionGroup;

// View → Language: System default, then each shipped language by its own
// name. Choosing one saves it (LanguageSettings) and says that it applies
// after a restart.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    // languages: QLocale names, e.g. Translator::availableLanguages().
    explicit LanguageMenu(const QStringList &languages, QWidget *parent = nullptr);

signals:
    void languageChosen(const QString &language);

private:
    void choose(const QString &language);

    QActionGroup *m_group;
};
