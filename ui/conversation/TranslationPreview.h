#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace hd {

class Translator;

/// Under the reply editor: the text the buyer will receive, translated live (debounced) from what
/// the agent writes in their own language, with a switch to send the text as written. Translation
/// runs on the workspace translator's thread; only the newest answer is shown. Errors (quota, rate
/// limit, key, unsupported pair) are shown in plain words and the agent's text stays untouched.
class TranslationPreview final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 450;

    TranslationPreview(QPlainTextEdit *editor, QWidget *parent = nullptr);

    /// `translator` may be null (no translation). Hidden when the buyer writes the agent's language.
    void setTranslator(Translator *translator, const QString &agentLanguage, const QString &buyerLanguage);
    /// The language of the editor's text when it is not the agent's (an inserted English template);
    /// reset to the agent's language when the editor is emptied.
    void setSourceLanguage(const QString &language);
    /// Off: the text is sent as written (a human template in the buyer's language, or by choice).
    void setTranslateEnabled(bool enabled);
    /// Internal notes are never translated.
    void setNoteMode(bool note);

    /// True when the reply will be sent translated.
    bool isActive() const;
    /// True when buyerText() is the translation of the editor's current text.
    bool isCurrent() const;
    bool hasError() const { return !m_error.isEmpty(); }
    QString buyerText() const { return m_translated; }
    QString buyerLanguage() const { return m_buyerLanguage; }
    QString sourceLanguage() const;
    /// Id of the engine that produced buyerText() ("apertium").
    QString provider() const { return m_provider; }
    /// Translates the current text now (before sending), skipping the debounce.
    void translateNow();

Q_SIGNALS:
    /// A translation or an error arrived for the current text.
    void previewChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onTextChanged();
    void refresh();

    QPlainTextEdit *m_editor;
    Translator *m_translator = nullptr;
    QString m_agentLanguage;
    QString m_buyerLanguage;
    QString m_sourceLanguage;
    bool m_note = false;
    QCheckBox *m_toggle = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTimer *m_timer = nullptr;
    QObject *m_requests = nullptr; ///< context of requests in flight; replaced to drop stale ones
    QString m_requestedText;       ///< the text of the newest request
    QString m_translatedSource;    ///< the editor text buyerText() translates
    QString m_translated;
    QString m_provider;
    QString m_error;
    bool m_pending = false;
};

} // namespace hd
