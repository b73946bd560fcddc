#pragma once

#include <QDialog>

// Help → About Userdesk: the icon, the version (the application's version,
// set from app/version.h), what Userdesk does, the Qt it runs on, the licence.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The licence line, e.g. "Licence: MIT." Empty: none shown.
    static QString licenceText();
};
