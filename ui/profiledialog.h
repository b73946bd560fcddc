#pragma once

#include "profile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Adds or edits one account: name, service, base URL, API key and the
// rate limit every operation of the account keeps to (default: the
// service's documented limit). Checking
// the key is the caller's business: the dialog asks and shows the answer.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(QWidget *parent = nullptr);

    void setProfile(const Profile &profile, const QString &apiKey);
    Profile profile() const;
    QString apiKey() const;

    // The answer to testConnectionRequested(); message is shown as it is.
    void setTestResult(bool ok, const QString &message);
    // Shown under the key field, e.g. that the keychain is unavailable.
    void setKeyNotice(const QString &notice);

signals:
    void testConnectionRequested(const Profile &profile, const QString &apiKey);

private:
    void updateState();
    void serviceChanged();
    void showRateLimit(int requests, int windowSeconds);
    void updateRateHint();

    Profile m_profile;
    QLineEdit *m_name;
    QComboBox *m_service;
    QLineEdit *m_baseUrl;
    QLineEdit *m_apiKey;
    QLabel *m_keyNotice;
    QSpinBox *m_rateLimit;
    QComboBox *m_rateWindow;
    QLabel *m_rateHint;
    Service m_shownService = Service::WoowUp; // whose documented limit is shown
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
