#pragma once

#include "core/channels/oauth/OAuthConfig.h"
#include "core/channels/oauth/OAuthTokens.h"
#include "core/common/Result.h"

#include <QGroupBox>
#include <QPointer>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hd {

class Clock;
class OAuthSession;

/// "Sign in with <platform>" in the Add channel dialog: opens the platform's consent page in the
/// browser, waits (with Cancel) for the answer on the loopback listener, or, where the platform
/// only redirects to a registered web page, asks the user to paste the address the browser ended
/// on. The tokens it receives stay in memory (tokens()) until the dialog saves the channel.
class OAuthSignInBox final : public QGroupBox
{
    Q_OBJECT
public:
    using ConfigProvider = std::function<Result<OAuthConfig>()>;
    using UrlOpener = std::function<bool(const QUrl &url)>;

    OAuthSignInBox(const Clock &clock, QWidget *parent = nullptr);
    ~OAuthSignInBox() override;

    /// The platform of the chosen channel type (nullopt hides the box) and where the sign-in
    /// settings come from at the moment the user clicks (the fields typed so far).
    void setPlatform(std::optional<OAuthPlatform> platform, ConfigProvider provider);
    /// Opens the consent page; QDesktopServices::openUrl unless a test replaces it.
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    /// The whole sign-in's time limit, ms.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    bool hasTokens() const { return m_tokens.isValid(); }
    const OAuthTokens &tokens() const { return m_tokens; }
    bool isSigningIn() const;
    /// Forgets tokens and stops a sign-in in progress.
    void reset();

Q_SIGNALS:
    void signedIn();

private:
    void onSignIn();
    void onCancel();
    void onSubmitCode();
    void onGranted();
    void onFailed(const QString &message);
    void showIdle(const QString &status);
    void showWaiting(bool pasteMode);

    const Clock &m_clock;
    std::optional<OAuthPlatform> m_platform;
    ConfigProvider m_provider;
    UrlOpener m_opener;
    int m_timeoutMs = 10 * 60 * 1000;
    QPointer<OAuthSession> m_session;
    OAuthTokens m_tokens;
    QLabel *m_hint = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;
    QLineEdit *m_consentUrl = nullptr;
    QWidget *m_pasteRow = nullptr;
    QLineEdit *m_paste = nullptr;
    QPushButton *m_submit = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace hd
