#include "profiledialog.h"

#include "statuscolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

ProfileDialog::ProfileDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_service(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_keyNotice(new QLabel(this))
    , m_rateLimit(new QSpinBox(this))
    , m_rateWindow(new QComboBox(this))
    , m_rateHint(new QLabel(this))
    , m_testButton(new QPushButton(tr("Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Account"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("e.g. Shop customers"));
    m_service->setObjectName(QStringLiteral("profileService"));
    m_service->addItem(tr("WoowUp customers"), QVariant::fromValue(int(Service::WoowUp)));
    m_service->addItem(tr("Wazzup employees"), QVariant::fromValue(int(Service::Wazzup)));
    m_baseUrl->setObjectName(QStringLiteral("profileBaseUrl"));
    m_apiKey->setObjectName(QStringLiteral("profileApiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Stored in the system keychain"));
    m_keyNotice->setWordWrap(true);
    m_keyNotice->setVisible(false);
    m_rateLimit->setObjectName(QStringLiteral("profileRateLimit"));
    m_rateLimit->setRange(1, 100000);
    m_rateWindow->setObjectName(QStringLiteral("profileRateWindow"));
    m_rateWindow->addItem(tr("requests per second"), 1);
    m_rateWindow->addItem(tr("requests per minute"), 60);
    m_rateHint->setObjectName(QStringLiteral("profileRateHint"));
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("profileProblem"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Address:"), m_baseUrl);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(QString(), m_keyNotice);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rateLimit);
    rateRow->addWidget(m_rateWindow);
    rateRow->addStretch();
    auto *rateLabel = new QLabel(tr("&Rate limit:"), this);
    rateLabel->setBuddy(m_rateLimit);
    form->addRow(rateLabel, rateRow);
    form->addRow(QString(), m_rateHint);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addStretch();
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_service, &QComboBox::currentIndexChanged, this, &ProfileDialog::serviceChanged);
    for (QLineEdit *edit : {m_name, m_baseUrl, m_apiKey}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_testResult->clear();
            updateState();
        });
    }
    connect(m_rateLimit, &QSpinBox::valueChanged, this, &ProfileDialog::updateRateHint);
    connect(m_rateWindow, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateRateHint);
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        m_testButton->setEnabled(false);
        m_testResult->setText(tr("Checking…"));
        emit testConnectionRequested(profile(), apiKey());
    });

    m_profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto [requests, window] = Profile::documentedRateLimit(m_shownService);
    showRateLimit(requests, window);
    serviceChanged();
}

void ProfileDialog::setProfile(const Profile &profile, const QString &apiKey)
{
    m_profile = profile;
    m_name->setText(profile.name);
    m_service->setCurrentIndex(m_service->findData(int(profile.service)));
    m_baseUrl->setText(profile.baseUrl.toString());
    m_apiKey->setText(apiKey);
    m_shownService = profile.service;
    if (profile.rateLimit > 0) {
        showRateLimit(profile.rateLimit, profile.rateLimitWindowSeconds);
    } else {
        const auto [requests, window] = Profile::documentedRateLimit(profile.service);
        showRateLimit(requests, window);
    }
    updateState();
}

Profile ProfileDialog::profile() const
{
    Profile result = m_profile;
    result.name = m_name->text().trimmed();
    result.service = Service(m_service->currentData().toInt());
    result.baseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    const std::pair shown{m_rateLimit->value(), m_rateWindow->currentData().toInt()};
    // The documented limit is stored as "the service's": the clients know it exactly.
    const bool documented = shown == Profile::documentedRateLimit(result.service);
    result.rateLimit = documented ? 0 : shown.first;
    result.rateLimitWindowSeconds = documented ? 60 : shown.second;
    return result;
}

QString ProfileDialog::apiKey() const
{
    return m_apiKey->text().trimmed();
}

void ProfileDialog::setTestResult(bool ok, const QString &message)
{
    m_testButton->setEnabled(true);
    m_testResult->setText(message);
    QPalette palette = m_testResult->palette();
    palette.setColor(QPalette::WindowText,
                     ok ? StatusColors::success(palette) : StatusColors::error(palette));
    m_testResult->setPalette(palette);
}

void ProfileDialog::setKeyNotice(const QString &notice)
{
    m_keyNotice->setText(notice);
    m_keyNotice->setVisible(!notice.isEmpty());
}

void ProfileDialog::serviceChanged()
{
    const auto service = Service(m_service->currentData().toInt());
    const QString current = m_baseUrl->text().trimmed();
    const bool isDefault = current.isEmpty()
        || current == Profile::defaultBaseUrl(Service::Wazzup).toString()
        || current == Profile::defaultBaseUrl(Service::WoowUp).toString();
    if (isDefault && !m_profile.demo)
        m_baseUrl->setText(Profile::defaultBaseUrl(service).toString());
    // A limit left at the other service's documented one follows the service.
    const std::pair shown{m_rateLimit->value(), m_rateWindow->currentData().toInt()};
    if (shown == Profile::documentedRateLimit(m_shownService)) {
        const auto [requests, window] = Profile::documentedRateLimit(service);
        showRateLimit(requests, window);
    }
    m_shownService = service;
    updateRateHint();
    updateState();
}

void ProfileDialog::showRateLimit(int requests, int windowSeconds)
{
    m_rateLimit->setValue(requests);
    m_rateWindow->setCurrentIndex(qMax(0, m_rateWindow->findData(windowSeconds == 1 ? 1 : 60)));
}

void ProfileDialog::updateRateHint()
{
    const auto service = Service(m_service->currentData().toInt());
    const QString documented = service == Service::Wazzup
        ? tr("Wazzup documents 500 requests per 5 seconds (100 per second).")
        : tr("WoowUp documents 140 requests per minute.");
    // One line: a wrapped label in a form gets cut at the dialog's default size.
    m_rateHint->setText(documented);
    const QString detail = tr("Every operation of this account (loading, saving, import, "
                              "delete, restore) stays just under this limit; lower it if the "
                              "account is shared with other tools.");
    for (QWidget *widget :
         {static_cast<QWidget *>(m_rateLimit), static_cast<QWidget *>(m_rateWindow),
          static_cast<QWidget *>(m_rateHint)})
        widget->setToolTip(detail);
}

void ProfileDialog::updateState()
{
    QString problem;
    const QUrl url = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the account a name.");
    else if (!url.isValid() || url.host().isEmpty())
        problem = tr("Enter the service's address, e.g. %1.")
                      .arg(Profile::defaultBaseUrl(profile().service).toString());
    else if (apiKey().isEmpty())
        problem = tr("Enter the API key from the service's settings.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(problem.isEmpty());
    save->setToolTip(problem);
    m_testButton->setEnabled(problem.isEmpty());
}
