#pragma once

#include "core/domain/Channel.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QList>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hd {

class ChannelSetup;
class Clock;
class OAuthSignInBox;

/// "Add channel": the user picks a channel type, fills its settings and credentials, and the
/// dialog tests the connection before saving. eBay, Etsy, Shopee and TikTok Shop sign in with
/// "Sign in with <platform>" (OAuthSignInBox: loopback redirect or paste-the-code); typing the
/// tokens by hand stays as the advanced option. Credentials go to the keychain (through
/// ChannelSetup), never to the channels row, the settings or the log. Also re-authorises a saved
/// channel: then only its credentials are asked for.
class AddChannelDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Adds a new channel.
    AddChannelDialog(ChannelSetup &setup, const Clock &clock, QWidget *parent = nullptr);
    /// Re-authorises `channel`: new credentials, tested, then stored.
    AddChannelDialog(ChannelSetup &setup, const Clock &clock, const Channel &channel, QWidget *parent = nullptr);

    /// The saved channel's id (after accept()).
    qint64 channelId() const { return m_savedId; }

    /// One input of a channel type: a config_json key, or a secret name when `secret`.
    struct Field
    {
        QString key;
        QString label;
        bool secret = false;
        QString placeholder;
        QString defaultValue;
        /// A token a sign-in provides: shown only under "Enter tokens by hand" for platforms
        /// with a sign-in, and required only when no sign-in happened.
        bool fromSignIn = false;
    };
    /// The inputs of each channel type, in order.
    static QList<Field> fieldsFor(ChannelKind kind);

    /// The sign-in box (tests replace its browser opener).
    OAuthSignInBox *signInBox() const { return m_signIn; }

Q_SIGNALS:
    void channelSaved(qint64 channelId);

private:
    void build();
    void rebuildFields();
    void onSave();
    void setBusy(bool busy, const QString &message);
    void updateManualTokens();
    QJsonObject currentConfig() const;
    Channel currentChannel() const;
    QHash<QString, QString> currentSecrets() const;

    ChannelSetup &m_setup;
    const Clock &m_clock;
    std::optional<Channel> m_reauth;
    qint64 m_savedId = 0;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_marketplace = nullptr;
    QFormLayout *m_fieldsForm = nullptr;
    QWidget *m_fieldsBox = nullptr;
    OAuthSignInBox *m_signIn = nullptr;
    QCheckBox *m_manualTokens = nullptr;
    QFormLayout *m_tokensForm = nullptr;
    QWidget *m_tokensBox = nullptr;
    QHash<QString, QLineEdit *> m_inputs;
    QList<Field> m_fields;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace hd
