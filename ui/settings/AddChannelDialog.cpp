#include "ui/settings/AddChannelDialog.h"

#include "core/channels/oauth/ChannelOAuth.h"
#include "core/common/Clock.h"
#include "core/sync/ChannelSetup.h"
#include "ui/settings/OAuthSignInBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
/// The channel types a seller connects here. Amazon, Walmart and Shopify buyers arrive by e-mail relay.
const QList<ChannelKind> kKinds{ChannelKind::Email,
                                ChannelKind::Ebay,
                                ChannelKind::Etsy,
                                ChannelKind::Shopee,
                                ChannelKind::TikTokShop,
                                ChannelKind::Facebook,
                                ChannelKind::Instagram};
} // namespace

QList<AddChannelDialog::Field> AddChannelDialog::fieldsFor(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Email:
        // Keys as EmailConfig and the e-mail connector read them (imapUser, imap_password, ...).
        return {{u"imapHost"_s, tr("IMAP server"), false, u"imap.example.com"_s, {}},
                {u"imapPort"_s, tr("IMAP port"), false, {}, u"993"_s},
                {u"smtpHost"_s, tr("SMTP server"), false, u"smtp.example.com"_s, {}},
                {u"smtpPort"_s, tr("SMTP port"), false, {}, u"465"_s},
                {u"imapUser"_s, tr("User name"), false, {}, {}},
                {u"address"_s, tr("E-mail address"), false, u"support@example.com"_s, {}},
                {u"imap_password"_s, tr("IMAP password"), true, {}, {}},
                {u"smtp_password"_s, tr("SMTP password"), true, tr("(same as IMAP when empty)"), {}}};
    case ChannelKind::Ebay:
        return {{u"apiBaseUrl"_s, tr("API address"), false, {}, u"https://api.ebay.com"_s},
                {u"authorizeUrl"_s, tr("Sign-in page"), false, {}, u"https://auth.ebay.com/oauth2/authorize"_s},
                {u"clientId"_s, tr("App ID (client id)"), false, {}, {}},
                {u"ruName"_s, tr("RuName (redirect URL name)"), false, tr("for Sign in with eBay"), {}},
                {u"sellerUsername"_s, tr("Seller user name"), false, {}, {}},
                {u"client_secret"_s, tr("Cert ID (client secret)"), true, {}, {}},
                {u"refresh_token"_s, tr("Refresh token"), true, tr("from eBay's consent page"), {}, true}};
    case ChannelKind::Etsy:
        return {{u"apiBaseUrl"_s, tr("API address"), false, {}, u"https://openapi.etsy.com/v3/application"_s},
                {u"authorizeUrl"_s, tr("Sign-in page"), false, {}, u"https://www.etsy.com/oauth/connect"_s},
                {u"tokenUrl"_s, tr("Token address"), false, {}, u"https://api.etsy.com/v3/public/oauth/token"_s},
                {u"keystring"_s, tr("Keystring (API key)"), false, {}, {}},
                {u"shopId"_s, tr("Shop id"), false, {}, {}},
                {u"redirectUri"_s, tr("Redirect address"), false, u"https://example.com/etsy/callback"_s, {}},
                {u"refresh_token"_s, tr("Refresh token"), true, {}, {}, true}};
    case ChannelKind::Shopee:
        return {{u"apiBaseUrl"_s, tr("API address"), false, {}, u"https://partner.shopeemobile.com"_s},
                {u"partnerId"_s, tr("Partner id"), false, {}, {}},
                {u"shopId"_s, tr("Shop id"), false, tr("filled in by the sign-in"), {}},
                {u"partner_key"_s, tr("Partner key"), true, {}, {}},
                {u"refresh_token"_s, tr("Refresh token"), true, {}, {}, true}};
    case ChannelKind::TikTokShop:
        return {{u"apiBaseUrl"_s, tr("API address"), false, {}, u"https://open-api.tiktokglobalshop.com"_s},
                {u"authBaseUrl"_s, tr("Token service address"), false, {}, u"https://auth.tiktok-shops.com/api/v2"_s},
                {u"authorizeUrl"_s, tr("Sign-in page"), false, {}, u"https://services.tiktokshop.com/open/authorize"_s},
                {u"appKey"_s, tr("App key"), false, {}, {}},
                {u"serviceId"_s, tr("Service id"), false, tr("for Sign in with TikTok Shop"), {}},
                {u"shopCipher"_s, tr("Shop cipher"), false, {}, {}},
                {u"app_secret"_s, tr("App secret"), true, {}, {}},
                {u"refresh_token"_s, tr("Refresh token"), true, {}, {}, true}};
    case ChannelKind::Facebook:
    case ChannelKind::Instagram:
        return {
            {u"apiBaseUrl"_s, tr("API address"), false, {}, u"https://graph.facebook.com"_s},
            {u"pageId"_s, kind == ChannelKind::Instagram ? tr("Instagram account id") : tr("Page id"), false, {}, {}},
            {u"page_token"_s, tr("Page access token"), true, tr("a long-lived Page token"), {}}};
    default: return {};
    }
}

AddChannelDialog::AddChannelDialog(ChannelSetup &setup, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_setup(setup)
    , m_clock(clock)
{
    setWindowTitle(tr("Add channel"));
    build();
}

AddChannelDialog::AddChannelDialog(ChannelSetup &setup, const Clock &clock, const Channel &channel, QWidget *parent)
    : QDialog(parent)
    , m_setup(setup)
    , m_clock(clock)
    , m_reauth(channel)
{
    setWindowTitle(tr("Re-authorise %1").arg(channel.name));
    build();
}

void AddChannelDialog::build()
{
    setObjectName(m_reauth ? u"reauthoriseChannelDialog"_s : u"addChannelDialog"_s);
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"channelKindCombo"_s);
    for (ChannelKind k : kKinds)
        m_kind->addItem(channelKindDisplayName(k), channelKindToString(k));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"channelNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. eBay US store"));
    m_marketplace = new QLineEdit(this);
    m_marketplace->setObjectName(u"channelMarketplaceEdit"_s);
    m_marketplace->setPlaceholderText(tr("US, DE, SG…"));
    form->addRow(tr("Type"), m_kind);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Marketplace"), m_marketplace);
    if (m_reauth) {
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(channelKindToString(m_reauth->kind))));
        m_kind->setEnabled(false);
        m_name->setText(m_reauth->name);
        m_name->setEnabled(false);
        m_marketplace->setText(m_reauth->marketplace);
        m_marketplace->setEnabled(false);
    }
    layout->addLayout(form);

    m_fieldsBox = new QWidget(this);
    m_fieldsForm = new QFormLayout(m_fieldsBox);
    m_fieldsForm->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fieldsBox);

    m_signIn = new OAuthSignInBox(m_clock, this);
    layout->addWidget(m_signIn);
    connect(m_signIn, &OAuthSignInBox::signedIn, this, [this] {
        // Shopee names the authorised shop in its answer: show it in the shop id field.
        const QString shopId = m_signIn->tokens().account.value(u"shop_id"_s);
        if (QLineEdit *edit = m_inputs.value(u"shopId"_s); edit && !shopId.isEmpty())
            edit->setText(shopId);
        m_status->clear();
    });
    m_manualTokens = new QCheckBox(tr("Enter tokens by hand (advanced)"), this);
    m_manualTokens->setObjectName(u"manualTokensCheck"_s);
    layout->addWidget(m_manualTokens);
    m_tokensBox = new QWidget(this);
    m_tokensForm = new QFormLayout(m_tokensBox);
    m_tokensForm->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tokensBox);
    connect(m_manualTokens, &QCheckBox::toggled, this, &AddChannelDialog::updateManualTokens);

    auto *note = new QLabel(tr("Passwords, keys and tokens are stored in the system keychain only."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_status = new QLabel(this);
    m_status->setObjectName(u"channelTestResult"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(m_reauth ? tr("Test and save credentials") : tr("Test and add"),
                                QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"testAndSaveButton"_s);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &AddChannelDialog::onSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddChannelDialog::rebuildFields);
    rebuildFields();
}

void AddChannelDialog::rebuildFields()
{
    while (m_fieldsForm->rowCount() > 0)
        m_fieldsForm->removeRow(0);
    while (m_tokensForm->rowCount() > 0)
        m_tokensForm->removeRow(0);
    m_inputs.clear();
    const ChannelKind kind = channelKindFromString(m_kind->currentData().toString());
    const std::optional<OAuthPlatform> platform = ChannelOAuth::platformFor(kind);
    m_fields = fieldsFor(kind);
    for (const Field &f : std::as_const(m_fields)) {
        if (m_reauth && !f.secret)
            continue; // re-authorising changes credentials only
        QFormLayout *form = f.fromSignIn && platform ? m_tokensForm : m_fieldsForm;
        auto *edit = new QLineEdit(form->parentWidget());
        edit->setObjectName(u"field_"_s + f.key);
        edit->setPlaceholderText(f.placeholder);
        edit->setText(f.defaultValue);
        if (f.secret)
            edit->setEchoMode(QLineEdit::Password);
        form->addRow(f.label, edit);
        m_inputs.insert(f.key, edit);
    }
    m_signIn->setPlatform(platform, [this, kind]() -> Result<OAuthConfig> {
        QHash<QString, QString> typed;
        for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it)
            typed.insert(it.key(), it.value()->text());
        return ChannelOAuth::configFor(kind, currentConfig(), typed);
    });
    m_manualTokens->setChecked(false);
    m_manualTokens->setVisible(platform.has_value());
    updateManualTokens();
    m_status->clear();
}

void AddChannelDialog::updateManualTokens()
{
    m_tokensBox->setVisible(m_manualTokens->isVisible() && m_manualTokens->isChecked());
}

QJsonObject AddChannelDialog::currentConfig() const
{
    if (m_reauth)
        return QJsonDocument::fromJson(m_reauth->configJson.toUtf8()).object();
    QJsonObject config;
    for (const Field &f : std::as_const(m_fields)) {
        if (f.secret)
            continue;
        const QString v = m_inputs.value(f.key)->text().trimmed();
        if (v.isEmpty())
            continue;
        bool isNumber = false;
        const qint64 n = v.toLongLong(&isNumber);
        config.insert(f.key, isNumber && f.key.endsWith("Port"_L1) ? QJsonValue(n) : QJsonValue(v));
    }
    // E-mail: one login for IMAP and SMTP.
    if (config.contains(u"imapUser"_s) && !config.contains(u"smtpUser"_s))
        config.insert(u"smtpUser"_s, config.value(u"imapUser"_s));
    return config;
}

Channel AddChannelDialog::currentChannel() const
{
    if (m_reauth)
        return *m_reauth;
    Channel c;
    c.kind = channelKindFromString(m_kind->currentData().toString());
    c.name = m_name->text().trimmed();
    c.marketplace = m_marketplace->text().trimmed().toUpper();
    c.configJson = QString::fromUtf8(QJsonDocument(currentConfig()).toJson(QJsonDocument::Compact));
    c.enabled = true;
    c.createdAt = m_clock.nowMs();
    return c;
}

QHash<QString, QString> AddChannelDialog::currentSecrets() const
{
    const bool signedIn = m_signIn->hasTokens();
    QHash<QString, QString> secrets;
    for (const Field &f : std::as_const(m_fields)) {
        if (!f.secret || !m_inputs.contains(f.key) || m_inputs.value(f.key)->text().isEmpty())
            continue;
        // A token typed by hand counts unless a sign-in replaced it.
        if (f.fromSignIn && m_manualTokens->isVisible() && signedIn)
            continue;
        secrets.insert(f.key, m_inputs.value(f.key)->text());
    }
    if (secrets.contains(u"imap_password"_s) && !secrets.contains(u"smtp_password"_s))
        secrets.insert(u"smtp_password"_s, secrets.value(u"imap_password"_s));
    if (signedIn) {
        QJsonObject unused;
        ChannelOAuth::applyTokens(currentChannel().kind, m_signIn->tokens(), unused, secrets);
    }
    return secrets;
}

void AddChannelDialog::setBusy(bool busy, const QString &message)
{
    m_save->setEnabled(!busy);
    m_fieldsBox->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    m_tokensBox->setEnabled(!busy);
    m_status->setText(message);
}

void AddChannelDialog::onSave()
{
    const Channel channel = currentChannel();
    if (channel.name.isEmpty()) {
        m_status->setText(tr("Give the channel a name."));
        m_name->setFocus();
        return;
    }
    if (m_signIn->isSigningIn()) {
        m_status->setText(tr("Finish or cancel the sign-in first."));
        return;
    }
    const bool hasSignIn = m_manualTokens->isVisible();
    const bool byHand = hasSignIn && m_manualTokens->isChecked();
    for (const Field &f : std::as_const(m_fields)) {
        const QLineEdit *edit = m_inputs.value(f.key);
        if (!edit || !f.secret || !edit->text().isEmpty() || f.placeholder.startsWith(u'('))
            continue;
        if (f.fromSignIn && hasSignIn) {
            if (m_signIn->hasTokens())
                continue;
            m_status->setText(byHand ? tr("%1 is required.").arg(f.label)
                                     : tr("Sign in with %1 first, or enter the tokens by hand.")
                                           .arg(channelKindDisplayName(channel.kind)));
            return;
        }
        m_status->setText(tr("%1 is required.").arg(f.label));
        return;
    }
    const QHash<QString, QString> secrets = currentSecrets();
    setBusy(true, tr("Testing the connection…"));
    QPointer<AddChannelDialog> self(this);
    // testForSave: a test may rotate tokens (Shopee spends the refresh token); save what it returns.
    m_setup.testForSave(
        channel,
        secrets,
        [self, channel](Status ok, std::optional<ChannelFailure> failure, const QHash<QString, QString> &secrets) {
            if (!self)
                return;
            if (!ok || failure) {
                const QString why = failure && !failure->message.isEmpty() ? failure->message
                    : !ok                                                  ? ok.error().message
                                                                           : tr("The channel refused the test.");
                self->setBusy(false, tr("The connection test failed: %1").arg(why));
                return;
            }
            if (self->m_reauth) {
                if (auto s = self->m_setup.updateSecrets(channel, secrets); !s) {
                    self->setBusy(false, s.error().message);
                    return;
                }
                self->m_savedId = channel.id;
            } else {
                auto id = self->m_setup.add(channel, secrets);
                if (!id) {
                    self->setBusy(false, id.error().message);
                    return;
                }
                self->m_savedId = id.value();
            }
            Q_EMIT self->channelSaved(self->m_savedId);
            self->accept();
        });
}

} // namespace hd
