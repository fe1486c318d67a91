#include "ui/conversation/TranslationPreview.h"

#include "core/language/translation/Translator.h"
#include "ui/shell/DisplayNames.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace hd {
namespace {
using namespace Qt::StringLiterals;

QString primary(const QString &lang)
{
    return lang.trimmed().toLower().replace(u'_', u'-').section(u'-', 0, 0);
}
} // namespace

TranslationPreview::TranslationPreview(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(u"replyTranslation"_s);
    m_toggle = new QCheckBox(this);
    m_toggle->setObjectName(u"translateReplyToggle"_s);
    m_toggle->setChecked(true);
    m_caption = new QLabel(this);
    m_caption->setObjectName(u"replyTranslationCaption"_s);
    m_text = new QLabel(this);
    m_text->setObjectName(u"replyTranslationPreview"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setStyleSheet(u"background: palette(alternate-base); padding: 6px; border-radius: 4px;"_s);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"replyTranslationError"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDebounceMs);
    m_requests = new QObject(this);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_toggle);
    row->addStretch();
    row->addWidget(m_caption);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_text);
    layout->addWidget(m_errorLabel);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &TranslationPreview::onTextChanged);
    connect(m_timer, &QTimer::timeout, this, &TranslationPreview::translateNow);
    connect(m_toggle, &QCheckBox::toggled, this, [this] {
        refresh();
        if (isActive() && !isCurrent())
            m_timer->start();
        Q_EMIT previewChanged();
    });
    retranslate();
    refresh();
}

void TranslationPreview::setTranslator(Translator *translator,
                                       const QString &agentLanguage,
                                       const QString &buyerLanguage)
{
    if (translator == m_translator && primary(agentLanguage) == m_agentLanguage
        && primary(buyerLanguage) == m_buyerLanguage)
        return; // same conversation re-read: keep the draft's translation state
    m_translator = translator;
    m_agentLanguage = primary(agentLanguage);
    m_buyerLanguage = primary(buyerLanguage);
    m_sourceLanguage.clear();
    m_translatedSource.clear();
    m_translated.clear();
    m_error.clear();
    m_requestedText.clear();
    m_pending = false;
    delete m_requests; // drops answers for the previous conversation
    m_requests = new QObject(this);
    m_toggle->setChecked(true);
    retranslate();
    refresh();
    if (isActive() && !m_editor->toPlainText().trimmed().isEmpty())
        m_timer->start();
}

void TranslationPreview::setSourceLanguage(const QString &language)
{
    const QString lang = primary(language);
    if (lang == sourceLanguage())
        return;
    m_sourceLanguage = lang == m_agentLanguage ? QString() : lang;
    m_translatedSource.clear();
    if (isActive())
        m_timer->start();
}

void TranslationPreview::setTranslateEnabled(bool enabled)
{
    m_toggle->setChecked(enabled);
}

void TranslationPreview::setNoteMode(bool note)
{
    m_note = note;
    refresh();
    if (isActive() && !isCurrent())
        m_timer->start();
}

QString TranslationPreview::sourceLanguage() const
{
    return m_sourceLanguage.isEmpty() ? m_agentLanguage : m_sourceLanguage;
}

bool TranslationPreview::isActive() const
{
    return m_translator && !m_note && m_toggle->isChecked() && !m_buyerLanguage.isEmpty()
        && m_buyerLanguage != m_agentLanguage;
}

bool TranslationPreview::isCurrent() const
{
    const QString text = m_editor->toPlainText().trimmed();
    return m_error.isEmpty() && !m_pending && !text.isEmpty() && text == m_translatedSource;
}

void TranslationPreview::onTextChanged()
{
    if (m_editor->toPlainText().trimmed().isEmpty()) {
        // A new reply starts in the agent's language, translated.
        m_sourceLanguage.clear();
        {
            const QSignalBlocker block(m_toggle);
            m_toggle->setChecked(true);
        }
        m_timer->stop();
        m_translated.clear();
        m_translatedSource.clear();
        m_error.clear();
        refresh();
        return;
    }
    if (isActive())
        m_timer->start();
}

void TranslationPreview::translateNow()
{
    m_timer->stop();
    const QString text = m_editor->toPlainText().trimmed();
    if (!isActive() || text.isEmpty())
        return;
    if (text == m_translatedSource && m_error.isEmpty()) {
        Q_EMIT previewChanged();
        return;
    }
    if (m_pending && text == m_requestedText)
        return; // the same request is already on its way
    m_requestedText = text;
    m_pending = true;
    refresh();
    TranslationRequest request;
    request.text = text;
    request.sourceLang = sourceLanguage();
    request.targetLang = m_buyerLanguage;
    m_translator->translate(request, m_requests, [this, text](Result<TranslationResult> r) {
        if (text != m_requestedText)
            return; // an older text: a newer request is on its way
        m_pending = false;
        if (r) {
            m_translated = r->text;
            m_translatedSource = text;
            m_provider = r->provider;
            m_error.clear();
        } else {
            m_translatedSource.clear();
            m_error = r.error().message;
        }
        refresh();
        Q_EMIT previewChanged();
    });
}

void TranslationPreview::refresh()
{
    const bool relevant = m_translator && !m_note && !m_buyerLanguage.isEmpty() && m_buyerLanguage != m_agentLanguage;
    setVisible(relevant);
    if (!relevant)
        return;
    const bool on = m_toggle->isChecked();
    const bool empty = m_editor->toPlainText().trimmed().isEmpty();
    const QString buyerLanguage = DisplayNames::language(m_buyerLanguage);
    if (!on)
        m_caption->setText(tr("Sent as written"));
    else if (m_pending)
        m_caption->setText(tr("Translating…"));
    else if (empty)
        m_caption->setText(tr("Write in your language; the buyer receives it in %1.").arg(buyerLanguage));
    else
        m_caption->setText(tr("The buyer receives (%1, machine translation):").arg(buyerLanguage));
    m_text->setVisible(on && !empty && !m_translated.isEmpty());
    m_text->setText(m_translated);
    m_text->setEnabled(!m_pending);
    m_errorLabel->setVisible(on && !m_error.isEmpty());
    m_errorLabel->setText(
        tr("Not translated: %1 Your text is kept; untick “Translate” to send it as written.").arg(m_error));
}

void TranslationPreview::retranslate()
{
    m_toggle->setText(
        tr("Translate into %1").arg(m_buyerLanguage.isEmpty() ? QString() : DisplayNames::language(m_buyerLanguage)));
    m_toggle->setToolTip(tr("Untick to send the text exactly as written (already in the buyer's language)."));
    refresh();
}

void TranslationPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
