#include "ui/settings/OAuthSignInBox.h"

#include "core/channels/oauth/OAuthProvider.h"
#include "core/channels/oauth/OAuthSession.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

OAuthSignInBox::OAuthSignInBox(const Clock &clock, QWidget *parent)
    : QGroupBox(parent)
    , m_clock(clock)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(u"signInBox"_s);
    setTitle(tr("Sign in"));
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"signInHint"_s);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto *buttons = new QHBoxLayout;
    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(u"signInButton"_s);
    m_cancel = new QPushButton(tr("Cancel sign-in"), this);
    m_cancel->setObjectName(u"cancelSignInButton"_s);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_consentUrl = new QLineEdit(this);
    m_consentUrl->setObjectName(u"consentUrlEdit"_s);
    m_consentUrl->setReadOnly(true);
    m_consentUrl->setToolTip(tr("If no browser opened, copy this address into one."));
    layout->addWidget(m_consentUrl);

    m_pasteRow = new QWidget(this);
    auto *paste = new QHBoxLayout(m_pasteRow);
    paste->setContentsMargins(0, 0, 0, 0);
    m_paste = new QLineEdit(m_pasteRow);
    m_paste->setObjectName(u"pasteCodeEdit"_s);
    m_paste->setPlaceholderText(tr("Paste the address your browser shows after you allowed access, or the code"));
    m_submit = new QPushButton(tr("Continue"), m_pasteRow);
    m_submit->setObjectName(u"submitCodeButton"_s);
    paste->addWidget(m_paste, 1);
    paste->addWidget(m_submit);
    layout->addWidget(m_pasteRow);

    m_status = new QLabel(this);
    m_status->setObjectName(u"signInStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_signIn, &QPushButton::clicked, this, &OAuthSignInBox::onSignIn);
    connect(m_cancel, &QPushButton::clicked, this, &OAuthSignInBox::onCancel);
    connect(m_submit, &QPushButton::clicked, this, &OAuthSignInBox::onSubmitCode);
    connect(m_paste, &QLineEdit::returnPressed, this, &OAuthSignInBox::onSubmitCode);
    showIdle({});
    setVisible(false);
}

OAuthSignInBox::~OAuthSignInBox() = default;

void OAuthSignInBox::setPlatform(std::optional<OAuthPlatform> platform, ConfigProvider provider)
{
    reset();
    m_platform = platform;
    m_provider = std::move(provider);
    setVisible(platform.has_value());
    if (!platform)
        return;
    const QString name = oauthPlatformDisplayName(*platform);
    m_signIn->setText(tr("Sign in with %1").arg(name));
    switch (*platform) {
    case OAuthPlatform::Shopee:
        m_hint->setText(tr("Your browser opens Shopee's authorisation page; after you allow access, "
                           "Shopee sends the shop's tokens straight back to HarborDesk."));
        break;
    case OAuthPlatform::Etsy:
        m_hint->setText(tr("Your browser opens Etsy's consent page. If the app's redirect address is on "
                           "this computer (http://127.0.0.1) HarborDesk receives the answer itself; "
                           "otherwise paste the address the browser ends on."));
        break;
    case OAuthPlatform::Ebay:
    case OAuthPlatform::TikTokShop:
        m_hint->setText(tr("Your browser opens %1's consent page. %1 only sends the answer to the web page "
                           "registered for the app: after you allow access, copy the address the browser "
                           "ends on (or the code it shows) and paste it below.")
                            .arg(name));
        break;
    }
}

bool OAuthSignInBox::isSigningIn() const
{
    return m_session && m_session->isActive();
}

void OAuthSignInBox::reset()
{
    if (m_session) {
        m_session->cancel();
        m_session->deleteLater();
        m_session = nullptr;
    }
    m_tokens = {};
    showIdle({});
}

void OAuthSignInBox::showIdle(const QString &status)
{
    m_signIn->setEnabled(true);
    m_cancel->setVisible(false);
    m_consentUrl->setVisible(false);
    m_pasteRow->setVisible(false);
    m_status->setText(status);
}

void OAuthSignInBox::showWaiting(bool pasteMode)
{
    m_signIn->setEnabled(false);
    m_cancel->setVisible(true);
    m_consentUrl->setVisible(true);
    m_pasteRow->setVisible(pasteMode);
    m_submit->setEnabled(true);
    m_paste->clear();
    m_status->setText(pasteMode ? tr("Allow access in the browser, then paste the address here.")
                                : tr("Waiting for you to allow access in the browser…"));
}

void OAuthSignInBox::onSignIn()
{
    if (!m_platform || !m_provider)
        return;
    reset();
    const Result<OAuthConfig> config = m_provider();
    if (!config) {
        showIdle(config.error().message);
        return;
    }
    auto *session = new OAuthSession(config.value(), m_clock, this);
    session->setTimeoutMs(m_timeoutMs);
    m_session = session;
    connect(session, &OAuthSession::granted, this, &OAuthSignInBox::onGranted);
    connect(session, &OAuthSession::failed, this, &OAuthSignInBox::onFailed);
    connect(session, &OAuthSession::exchanging, this, [this] {
        m_submit->setEnabled(false);
        m_status->setText(tr("Finishing the sign-in…"));
    });
    connect(session, &OAuthSession::consentUrlReady, this, [this](const QUrl &url) {
        m_consentUrl->setText(url.toString(QUrl::FullyEncoded));
        m_consentUrl->setCursorPosition(0);
    });
    const OAuthSession::Mode mode = OAuthSession::preferredMode(config.value());
    if (const Status s = session->start(mode); !s) {
        showIdle(s.error().message);
        return;
    }
    showWaiting(mode == OAuthSession::Mode::PasteCode);
    if (!m_opener(session->consentUrl()))
        m_status->setText(tr("No browser could be opened: copy the address above into one."));
}

void OAuthSignInBox::onCancel()
{
    reset();
    showIdle(tr("Sign-in cancelled."));
}

void OAuthSignInBox::onSubmitCode()
{
    if (m_session && m_session->isWaiting())
        m_session->submitPasted(m_paste->text());
}

void OAuthSignInBox::onGranted()
{
    if (!m_session)
        return;
    m_tokens = m_session->tokens();
    const QString name = oauthPlatformDisplayName(m_session->config().platform);
    m_session->deleteLater();
    m_session = nullptr;
    showIdle(tr("Signed in to %1. Test and add the channel to finish.").arg(name));
    Q_EMIT signedIn();
}

void OAuthSignInBox::onFailed(const QString &message)
{
    if (m_session) {
        m_session->deleteLater();
        m_session = nullptr;
    }
    showIdle(tr("Sign-in failed: %1").arg(message));
}

} // namespace hd
