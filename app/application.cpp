#include "application.h"

#include "accountfactory.h"
#include "accountvisitor.h"
#include "apiclientconfig.h"
#include "apierror.h"
#include "historyretention.h"
#include "journal.h"
#include "mainwindow.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "sandboxserver.h"
#include "secretstore.h"
#include "wazzupaccount.h"
#include "wazzuppage.h"
#include "woowupaccount.h"
#include "woowuppage.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>

namespace {

const QString keychainService = QStringLiteral("Userdesk");

// The page that shows an account, and its first load.
class PageMaker : public AccountVisitor
{
public:
    PageMaker(MainWindow *window, Journal *journal, const Profile &profile)
        : m_window(window)
        , m_journal(journal)
        , m_profile(profile)
    { }

    void visit(WazzupAccount &account) override
    {
        auto *page = new WazzupPage(&account);
        page->setJournal(m_journal, m_profile.id, m_profile.name);
        m_window->addAccountPage(m_profile, page);
        account.refresh();
    }

    void visit(WoowUpAccount &account) override
    {
        auto *page = new WoowUpPage(&account);
        page->setJournal(m_journal, m_profile.id, m_profile.name);
        m_window->addAccountPage(m_profile, page);
        account.loadDefinitions();
        account.refresh();
    }

private:
    MainWindow *m_window;
    Journal *m_journal;
    Profile m_profile;
};

} // namespace

Application::Application(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
    , m_profileStore(std::make_unique<ProfileStore>(*m_settings))
    , m_secrets(new SecretStore(keychainService, this))
    , m_network(new QNetworkAccessManager(this))
    , m_window(std::make_unique<MainWindow>())
{
    connect(m_window.get(), &MainWindow::demoRequested, this, &Application::startDemo);
    connect(m_window.get(), &MainWindow::addAccountRequested, this,
            [this] { editProfile(QString()); });
    connect(m_window.get(), &MainWindow::editAccountRequested, this, &Application::editProfile);
    connect(m_window.get(), &MainWindow::removeAccountRequested, this, &Application::removeProfile);
    connect(m_secrets, &SecretStore::keychainUnavailable, m_window.get(), &MainWindow::showProblem);

    m_journal = new Journal(this);
    if (!m_journal->open())
        m_window->showProblem(m_journal->errorString());
}

Application::~Application() = default;

ApiClientConfig Application::clientConfig(const Profile &profile, const QString &apiKey,
                                          QNetworkAccessManager *network)
{
    ApiClientConfig config = AccountFactory::defaultConfig(profile.service);
    config.baseUrl = profile.baseUrl;
    config.apiKey = apiKey;
    config.network = network;
    if (profile.rateLimit > 0) {
        config.rateLimit.limit = profile.rateLimit;
        config.rateLimit.windowMs = profile.rateLimitWindowSeconds * 1000;
    }
    return config;
}

void Application::openSavedProfiles()
{
    m_profiles = m_profileStore->load();
    for (const Profile &profile : std::as_const(m_profiles)) {
        QPointer<Application> guard(this);
        m_secrets->read(
            profile.id,
            [guard, profile](const std::optional<QString> &key, const QString &problem) {
                if (!guard)
                    return;
                if (!problem.isEmpty())
                    guard->m_window->showProblem(problem);
                guard->openProfile(profile, key.value_or(QString()));
            });
    }
}

bool Application::startDemo()
{
    if (!m_sandbox) {
        SandboxOptions options;
        options.seed = SandboxOptions::Seed::Demo;
        // A little latency so the demo behaves like a real service.
        options.latencyMs = 40;
        m_sandbox = new SandboxServer(options, this);
        if (!m_sandbox->listen(0)) {
            delete m_sandbox;
            m_sandbox = nullptr;
            return false;
        }
    }

    Profile woowup;
    woowup.id = QStringLiteral("demo-woowup");
    woowup.name = tr("Demo shop");
    woowup.service = Service::WoowUp;
    woowup.baseUrl = m_sandbox->woowupBaseUrl();
    woowup.demo = true;
    Profile wazzup;
    wazzup.id = QStringLiteral("demo-wazzup");
    wazzup.name = tr("Demo team");
    wazzup.service = Service::Wazzup;
    wazzup.baseUrl = m_sandbox->wazzupBaseUrl();
    wazzup.demo = true;

    const QList<QPair<Profile, QString>> demoAccounts = {{woowup, m_sandbox->options().woowupKey},
                                                         {wazzup, m_sandbox->options().wazzupKey}};
    for (const auto &[profile, key] : demoAccounts) {
        const bool open = std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                                      [&](const Profile &p) { return p.id == profile.id; });
        if (open)
            continue;
        m_profiles.append(profile);
        m_secrets->keepForSession(profile.id, key);
        openProfile(profile, key);
    }
    m_window->showAccount(woowup.id);
    return true;
}

void Application::openProfile(const Profile &profile, const QString &apiKey)
{
    const ApiClientConfig config = clientConfig(profile, apiKey, m_network);
    ApiError problem;
    Account *account = AccountFactory::create(profile.service, config, &problem, this);
    if (!account) {
        m_window->showProblem(problem.message());
        return;
    }
    // A form's save goes into the history, so that it can be undone.
    account->setHistory(m_journal, profile.id);
    // The history keeps operations only as long as the person chose.
    if (!HistoryRetention(*m_settings).apply(m_journal, profile.id))
        m_window->showProblem(m_journal->errorString());
    PageMaker maker(m_window.get(), m_journal, profile);
    account->accept(maker);
}

void Application::editProfile(const QString &profileId)
{
    auto *dialog = new ProfileDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_secrets->isKeychainAvailable())
        dialog->setKeyNotice(tr("No system keychain is available: the key will be kept only "
                                "until Userdesk closes."));
    auto existing = std::find_if(m_profiles.begin(), m_profiles.end(),
                                 [&](const Profile &p) { return p.id == profileId; });
    if (existing != m_profiles.end()) {
        const Profile profile = *existing;
        QPointer<ProfileDialog> guard(dialog);
        m_secrets->read(profile.id,
                        [guard, profile](const std::optional<QString> &key, const QString &) {
                            if (guard)
                                guard->setProfile(profile, key.value_or(QString()));
                        });
    }
    connect(dialog, &ProfileDialog::testConnectionRequested, this,
            [this, dialog](const Profile &profile, const QString &key) {
                testConnection(profile, key, dialog);
            });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Profile profile = dialog->profile();
        const QString key = dialog->apiKey();
        auto it = std::find_if(m_profiles.begin(), m_profiles.end(),
                               [&](const Profile &p) { return p.id == profile.id; });
        if (it != m_profiles.end())
            *it = profile;
        else
            m_profiles.append(profile);
        saveProfiles();
        if (profile.demo) {
            m_secrets->keepForSession(profile.id, key);
        } else {
            m_secrets->write(profile.id, key, [this](bool, const QString &problem) {
                if (!problem.isEmpty())
                    m_window->showProblem(problem);
            });
        }
        openProfile(profile, key);
        m_window->showAccount(profile.id);
    });
    dialog->open();
}

void Application::testConnection(const Profile &profile, const QString &apiKey,
                                 ProfileDialog *dialog)
{
    QPointer<ProfileDialog> guard(dialog);
    auto report = [guard](const QString &problem) {
        if (!guard)
            return;
        if (!problem.isEmpty())
            guard->setTestResult(false, problem);
        else
            guard->setTestResult(true, tr("Connected: the key works."));
    };
    const ApiClientConfig config = clientConfig(profile, apiKey, m_network);
    ApiError problem;
    Account *account = AccountFactory::create(profile.service, config, &problem, this);
    if (!account) {
        report(problem.message());
        return;
    }
    account->testConnection([account, report](const QString &answer) {
        report(answer);
        account->deleteLater();
    });
}

void Application::removeProfile(const QString &profileId)
{
    m_profiles.erase(std::remove_if(m_profiles.begin(), m_profiles.end(),
                                    [&](const Profile &p) { return p.id == profileId; }),
                     m_profiles.end());
    saveProfiles();
    m_secrets->remove(profileId);
    m_window->removeAccountPage(profileId);
}

void Application::saveProfiles()
{
    m_profileStore->save(m_profiles);
}
