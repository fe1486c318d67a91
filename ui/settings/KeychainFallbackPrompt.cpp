#include "ui/settings/KeychainFallbackPrompt.h"

#include "core/security/FallbackSecretStore.h"
#include "core/security/SecretStore.h"

#include <QAbstractButton>
#include <QGuiApplication>
#include <QMessageBox>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
void explain(QWidget *parent, const QString &text, const QString &detail)
{
    QMessageBox box(QMessageBox::Warning,
                    KeychainFallbackPrompt::tr("Credentials cannot be stored"),
                    text,
                    QMessageBox::Ok,
                    parent);
    box.setObjectName(u"credentialStoreError"_s);
    box.setInformativeText(detail);
    box.exec();
}
} // namespace

bool KeychainFallbackPrompt::ensureCredentialStore(QWidget *parent, SecretStore *store)
{
    if (!store) {
        explain(parent, tr("This workspace has no credential store."), QString());
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // the keychain may take a moment to answer
    const Status available = store->checkAvailable();
    QGuiApplication::restoreOverrideCursor();
    if (available)
        return true;
    auto *fallback = dynamic_cast<FallbackSecretStore *>(store);
    if (available.error().code != Error::Code::Unavailable || !fallback) {
        explain(parent, available.error().message, QString());
        return false;
    }

    QMessageBox box(QMessageBox::Warning,
                    tr("No keychain"),
                    tr("HarborDesk cannot reach a system keychain (Secret Service: GNOME Keyring or KWallet), "
                       "where it keeps channel passwords and tokens."),
                    QMessageBox::Yes | QMessageBox::No,
                    parent);
    box.setObjectName(u"plaintextSecretsPrompt"_s);
    box.setInformativeText(
        tr("You can store this workspace's credentials in a file instead:\n%1\n\n"
           "The file is readable only by your user account, but it is NOT encrypted: anyone who can read your "
           "files or your backups can read the tokens and use your seller accounts.\n\n"
           "Store credentials unencrypted for this workspace? Choose No to start or unlock a keychain first, "
           "then try again.")
            .arg(fallback->plaintextPath()));
    box.button(QMessageBox::Yes)->setText(tr("Yes, store unencrypted"));
    box.button(QMessageBox::Yes)->setObjectName(u"plaintextSecretsYes"_s);
    box.button(QMessageBox::No)->setObjectName(u"plaintextSecretsNo"_s);
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return false;
    if (const Status s = fallback->optIntoPlaintext(); !s) {
        explain(parent, s.error().message, fallback->plaintextPath());
        return false;
    }
    return true;
}

} // namespace hd
