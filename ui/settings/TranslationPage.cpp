#include "ui/settings/TranslationPage.h"

#include "core/Workspace.h"
#include "core/language/translation/BackgroundTranslator.h"
#include "core/language/translation/DeepLTranslator.h"
#include "core/language/translation/GoogleTranslator.h"
#include "core/language/translation/LibreTranslateTranslator.h"
#include "core/language/translation/SecretStoreProvider.h"
#include "core/security/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

TranslationPage::TranslationPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"translationPage"_s);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_enabled = new QCheckBox(this);
    m_enabled->setObjectName(u"translationEnabledCheck"_s);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"translationProviderCombo"_s);
    for (const QString &name : TranslatorFactory::names())
        m_provider->addItem(QString(), name);
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"translationUrlEdit"_s);
    m_agentLanguage = new QLineEdit(this);
    m_agentLanguage->setObjectName(u"agentLanguageEdit"_s);
    m_agentLanguage->setMaxLength(12);
    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(u"translationApiKeyEdit"_s);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_keyState = new QLabel(this);
    m_keyState->setObjectName(u"translationKeyState"_s);
    m_keyState->setWordWrap(true);
    m_test = new QPushButton(this);
    m_test->setObjectName(u"testTranslationButton"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveTranslationButton"_s);
    m_result = new QLabel(this);
    m_result->setObjectName(u"translationTestResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_providerLabel = new QLabel(this);
    m_urlLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_keyLabel = new QLabel(this);
    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(m_providerLabel, m_provider);
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_languageLabel, m_agentLanguage);
    form->addRow(m_keyLabel, m_apiKey);
    form->addRow(QString(), m_keyState);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(m_provider, &QComboBox::currentIndexChanged, this, &TranslationPage::updateFields);
    connect(m_enabled, &QCheckBox::toggled, this, &TranslationPage::updateFields);
    connect(m_test, &QPushButton::clicked, this, &TranslationPage::test);
    connect(m_save, &QPushButton::clicked, this, &TranslationPage::save);
    retranslate();
    load();
}

TranslationPage::~TranslationPage() = default;

void TranslationPage::load()
{
    const TranslationSettings s = m_workspace.translationSettings();
    m_enabled->setChecked(s.enabled);
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(TranslatorFactory::toString(s.provider))));
    m_url->setText(s.baseUrl.toString());
    m_agentLanguage->setText(s.agentLanguage);
    updateFields();
}

QString TranslationPage::secretKeyFor(TranslationProvider provider) const
{
    switch (provider) {
    case TranslationProvider::Apertium: return {};
    case TranslationProvider::LibreTranslate: return LibreTranslateTranslator::secretKey();
    case TranslationProvider::DeepL: return DeepLTranslator::secretKey();
    case TranslationProvider::Google: return GoogleTranslator::secretKey();
    }
    return {};
}

TranslationSettings TranslationPage::formSettings() const
{
    TranslationSettings s;
    s.enabled = m_enabled->isChecked();
    s.provider =
        TranslatorFactory::fromString(m_provider->currentData().toString()).value_or(TranslationProvider::Apertium);
    const QString url = m_url->text().trimmed();
    s.baseUrl = url.isEmpty() ? QUrl() : QUrl::fromUserInput(url);
    s.agentLanguage = m_agentLanguage->text().trimmed();
    return s;
}

void TranslationPage::updateFields()
{
    const TranslationSettings s = formSettings();
    for (QWidget *w : std::initializer_list<QWidget *>{m_provider, m_url, m_agentLanguage, m_apiKey, m_test})
        w->setEnabled(s.enabled);
    m_url->setPlaceholderText(s.effectiveBaseUrl().toString().isEmpty() ? tr("chosen from the API key")
                                                                        : s.effectiveBaseUrl().toString());
    m_agentLanguage->setPlaceholderText(s.effectiveAgentLanguage());
    const QString key = secretKeyFor(s.provider);
    m_apiKey->setVisible(!key.isEmpty());
    m_keyLabel->setVisible(!key.isEmpty());
    m_keyState->setVisible(!key.isEmpty());
    if (key.isEmpty())
        return;
    m_apiKey->setPlaceholderText(s.provider == TranslationProvider::LibreTranslate ? tr("optional") : tr("required"));
    m_keyState->setText(tr("The key is kept in the system keychain, never in the settings file. Leave the field "
                           "empty to keep the stored key."));
}

bool TranslationPage::save()
{
    const TranslationSettings s = formSettings();
    const QString key = secretKeyFor(s.provider);
    const QString typed = m_apiKey->text().trimmed();
    if (!key.isEmpty() && !typed.isEmpty()) {
        SecretStore *store = m_workspace.secrets();
        const Status stored = store ? store->write(key, typed)
                                    : Status(Error::make(Error::Code::Unavailable, tr("No keychain is configured.")));
        if (!stored) {
            m_result->setText(tr("The API key was not saved: %1").arg(stored.error().message));
            return false;
        }
        m_apiKey->clear();
    }
    QSettings settings;
    s.save(settings);
    m_workspace.configureTranslation(s);
    m_result->setText(tr("Saved. %1 translates from now on.").arg(m_provider->currentText()));
    return true;
}

void TranslationPage::test()
{
    const TranslationSettings s = formSettings();
    MemorySecretProvider keys;
    const QString key = secretKeyFor(s.provider);
    if (!key.isEmpty()) {
        if (!m_apiKey->text().trimmed().isEmpty())
            keys.setSecret(key, m_apiKey->text().trimmed());
        else if (SecretStore *store = m_workspace.secrets())
            keys = SecretStoreProvider::snapshot(*store, {key});
    }
    m_tester = std::make_unique<BackgroundTranslator>(m_workspace.database(), m_workspace.clock(), s, keys);
    m_result->setText(tr("Testing %1…").arg(m_provider->currentText()));
    m_test->setEnabled(false);
    TranslationRequest request;
    request.text = u"Your order has shipped and will arrive next week."_s;
    request.sourceLang = u"en"_s;
    request.targetLang = s.effectiveAgentLanguage() == "en"_L1 ? u"es"_s : s.effectiveAgentLanguage();
    m_tester->translate(request, this, [this, request](Result<TranslationResult> r) {
        m_test->setEnabled(true);
        if (r)
            m_result->setText(tr("It works. “%1” → “%2”").arg(request.text, r->text));
        else
            m_result->setText(tr("It does not work: %1").arg(r.error().message));
        Q_EMIT testFinished(r.ok());
    });
}

void TranslationPage::retranslate()
{
    m_title->setText(tr("Buyer messages are shown in your language and your replies are sent in the buyer's. "
                        "Apertium runs on your own server and needs no key."));
    m_enabled->setText(tr("Translate buyer messages and replies"));
    m_providerLabel->setText(tr("Engine:"));
    m_urlLabel->setText(tr("Server URL:"));
    m_languageLabel->setText(tr("Agents' language:"));
    m_keyLabel->setText(tr("API key:"));
    m_test->setText(tr("Test"));
    m_save->setText(tr("Save"));
    const QStringList names = {u"Apertium APy"_s, u"LibreTranslate"_s, u"DeepL"_s, u"Google Cloud Translation"_s};
    for (int i = 0; i < m_provider->count() && i < names.size(); ++i)
        m_provider->setItemText(i, names.at(i));
    updateFields();
}

void TranslationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
