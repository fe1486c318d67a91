// Settings > Channels on a machine with no keychain (the session bus points at a socket that does
// not exist), driven offscreen through object names: "Add channel…" first explains that there is
// no keychain and offers the unencrypted file with its risk (Yes / No). No stores nothing and opens
// nothing; Yes switches this workspace to the file, remembers it, says so on the page, and opens
// the Add channel dialog, which later opens without asking. Also: a long backfill shows a progress
// bar in the table.

#include "core/Workspace.h"
#include "core/common/Clock.h"
#include "core/security/FallbackSecretStore.h"
#include "core/security/SecretStoreFactory.h"
#include "core/sync/SyncEngineThread.h"
#include "ui/settings/ChannelProgressDelegate.h"
#include "ui/settings/ChannelsPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kNow = 1'795'348'800'000; // 2026-11-22T12:00:00Z
constexpr int kProgressColumn = 5;
} // namespace

class TestKeychainFallbackPrompt final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("DBUS_SESSION_BUS_ADDRESS", QFile::encodeName(u"unix:path="_s + m_dir.filePath(u"no-bus"_s)));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
        qunsetenv("HARBORDESK_ALLOW_PLAINTEXT_SECRETS");
        QCoreApplication::setOrganizationName(u"HarborDesk-test"_s);
        QCoreApplication::setApplicationName(u"TestKeychainFallbackPrompt"_s);
    }
    void init()
    {
        QSettings().clear();
        QFile::remove(plaintextPath());
        m_location = m_dir.filePath(u"ws.sqlite"_s);
        QFile::remove(m_location);
        auto ws = Workspace::open(m_location, m_clock);
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().detail));
        m_ws = std::move(ws).value();
        auto store = SecretStoreFactory::createForWorkspace(m_location, options());
        m_store = store.get();
        m_ws->setSecretStore(std::move(store));
    }
    void cleanup()
    {
        m_ws.reset();
        m_store = nullptr;
    }

    void noKeepsTheKeychainAndOpensNothing();
    void yesSwitchesTheWorkspaceToTheFile();
    void longBackfillShowsAProgressBar();

private:
    SecretStoreFactory::Options options() const
    {
        SecretStoreFactory::Options o;
        o.serviceName = u"HarborDesk-test-nokeyring"_s;
        o.plaintextPath = plaintextPath();
        o.keychainTimeoutMs = 10000;
        return o;
    }
    QString plaintextPath() const { return m_dir.filePath(u"secrets.json"_s); }

    /// Clicks "Add channel…" and answers each modal window as it opens: the keychain prompt with
    /// `answer` (its button's object name), the Add channel dialog by closing it. Returns the
    /// object names of the windows seen, in order.
    QStringList clickAdd(ChannelsPage &page, const QString &answer)
    {
        QStringList seen;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, &page, [&seen, &answer] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || (!seen.isEmpty() && seen.last() == modal->objectName()))
                return;
            seen << modal->objectName();
            if (modal->objectName() == "plaintextSecretsPrompt"_L1) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                QVERIFY(box);
                QVERIFY2(box->informativeText().contains(u"NOT encrypted"_s), qPrintable(box->informativeText()));
                QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
                auto *button = modal->findChild<QAbstractButton *>(answer);
                QVERIFY2(button, qPrintable(answer));
                button->click();
            } else if (auto *dialog = qobject_cast<QDialog *>(modal)) {
                dialog->reject();
            }
        });
        poll.start();
        auto *add = page.findChild<QPushButton *>(u"addChannelButton"_s);
        if (!add)
            return {u"no addChannelButton"_s};
        add->click(); // returns when every modal window has closed
        return seen;
    }

    QTemporaryDir m_dir;
    FakeClock m_clock{kNow};
    QString m_location;
    std::unique_ptr<Workspace> m_ws;
    FallbackSecretStore *m_store = nullptr;
};

void TestKeychainFallbackPrompt::noKeepsTheKeychainAndOpensNothing()
{
    ChannelsPage page(*m_ws);
    page.show();
    auto *warning = page.findChild<QLabel *>(u"plaintextSecretsWarning"_s);
    QVERIFY(warning);
    QVERIFY(warning->isHidden());

    QCOMPARE(clickAdd(page, u"plaintextSecretsNo"_s), QStringList{u"plaintextSecretsPrompt"_s});
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!m_store->isUsingPlaintext());
    QVERIFY(!SecretStoreFactory::isPlaintextAllowedFor(m_store->workspaceKey()));
    QVERIFY(!QFile::exists(plaintextPath()));
    QVERIFY(warning->isHidden());
    // Asked again next time: No is not remembered.
    QCOMPARE(clickAdd(page, u"plaintextSecretsNo"_s), QStringList{u"plaintextSecretsPrompt"_s});
}

void TestKeychainFallbackPrompt::yesSwitchesTheWorkspaceToTheFile()
{
    ChannelsPage page(*m_ws);
    page.show();
    QCOMPARE(clickAdd(page, u"plaintextSecretsYes"_s),
             (QStringList{u"plaintextSecretsPrompt"_s, u"addChannelDialog"_s}));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(m_store->isUsingPlaintext());
    QVERIFY(m_ws->secrets()->write(u"channels/ebay/1/refresh_token"_s, u"v^1.1#token"_s).ok());
    QVERIFY(QFile::exists(plaintextPath()));
    auto *warning = page.findChild<QLabel *>(u"plaintextSecretsWarning"_s);
    QVERIFY(warning && !warning->isHidden());
    QVERIFY2(warning->text().contains(plaintextPath()), qPrintable(warning->text()));

    // Remembered for this workspace: no question the next time, nor after a restart.
    QCOMPARE(clickAdd(page, u"plaintextSecretsYes"_s), QStringList{u"addChannelDialog"_s});
    auto restarted = SecretStoreFactory::createForWorkspace(m_location, options());
    QVERIFY(restarted->isUsingPlaintext());
    QCOMPARE(restarted->read(u"channels/ebay/1/refresh_token"_s).value(), u"v^1.1#token"_s);
    // Another workspace on this machine is asked for itself.
    QVERIFY(!SecretStoreFactory::createForWorkspace(m_dir.filePath(u"other.sqlite"_s), options())->isUsingPlaintext());
}

void TestKeychainFallbackPrompt::longBackfillShowsAProgressBar()
{
    Channel email;
    email.kind = ChannelKind::Email;
    email.name = u"Support mailbox"_s;
    email.configJson = u"{}"_s;
    auto id = m_ws->directory().addChannel(email);
    QVERIFY(id.ok());
    ChannelsPage page(*m_ws);
    page.resize(900, 300);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTreeWidget *>(u"channelsTable"_s);
    QVERIFY(table);
    QVERIFY(qobject_cast<ChannelProgressDelegate *>(table->itemDelegateForColumn(kProgressColumn)));

    ChannelState state;
    state.channelId = id.value();
    state.state = ChannelSyncState::Syncing;
    state.progressDone = 1250;
    state.progressTotal = 4000;
    Q_EMIT m_ws->sync().channelStateChanged(state);
    QTreeWidgetItem *item = table->topLevelItem(0);
    QCOMPARE(item->text(kProgressColumn), u"1250 / 4000"_s);
    QCOMPARE(item->data(kProgressColumn, ChannelProgressDelegate::FractionRole).toDouble(), 0.3125);
    QVERIFY(!table->grab().isNull()); // paints the bar

    // Up to date: the figures stay, the bar goes.
    state.state = ChannelSyncState::UpToDate;
    state.progressDone = 4000;
    Q_EMIT m_ws->sync().channelStateChanged(state);
    QVERIFY(!item->data(kProgressColumn, ChannelProgressDelegate::FractionRole).isValid());
    QCOMPARE(item->text(kProgressColumn), u"4000 / 4000"_s);
}

QTEST_MAIN(TestKeychainFallbackPrompt)
#include "TestKeychainFallbackPrompt.moc"
