#pragma once

#include "core/language/translation/TranslationSettings.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hd {

class BackgroundTranslator;
class Workspace;

/// Settings > Translation: the engine (Apertium APy, LibreTranslate, DeepL, Google), its URL, the
/// agents' language, the API key (stored in the keychain through the workspace's SecretStore, never
/// in settings) and a test button that translates a sample sentence with the values on the page.
class TranslationPage final : public QWidget
{
    Q_OBJECT
public:
    explicit TranslationPage(Workspace &workspace, QWidget *parent = nullptr);
    ~TranslationPage() override;

    /// The settings as the form shows them.
    TranslationSettings formSettings() const;
    /// Saves to QSettings, stores a typed API key in the keychain and rebuilds the workspace
    /// translator. Shows and returns the error when the key cannot be stored.
    bool save();
    /// Translates a sample with the form's values; the outcome lands in the result label.
    void test();

Q_SIGNALS:
    /// The test translation finished (ok or not); for tests.
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void updateFields();
    QString secretKeyFor(TranslationProvider provider) const;

    Workspace &m_workspace;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_agentLanguage = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_keyState = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_providerLabel = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_keyLabel = nullptr;
    std::unique_ptr<BackgroundTranslator> m_tester;
};

} // namespace hd
