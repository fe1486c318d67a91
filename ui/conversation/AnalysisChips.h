#pragma once

#include <QWidget>

class QLabel;
class QMenu;

namespace hd {

/// Two chips for the conversation header: what the buyer wants (intent) and how they feel
/// (sentiment), each with the classifier's explanation as tooltip. Clicking a chip (or its context
/// menu) offers every label of the taxonomy so the agent can correct it: correctionRequested().
class AnalysisChips final : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisChips(QWidget *parent = nullptr);

    /// Stable labels as stored ("where_is_my_order", "negative"); empty hides a chip.
    void setAnalysis(const QString &intent, const QString &intentExplanation, const QString &sentiment,
                     const QString &sentimentExplanation);
    void clear();
    /// Whether the chips offer the correction menu (off until a correction service is wired).
    void setCorrectable(bool correctable);
    bool isCorrectable() const { return m_correctable; }
    /// The correction menu of a chip: field "intent" or "sentiment"; the current label is checked.
    QMenu *correctionMenu(const QString &field);
    const QString &intent() const { return m_intent; }
    const QString &sentiment() const { return m_sentiment; }

    /// The intent in words for the agent ("Where is my order?").
    static QString intentName(const QString &intent);
    static QString sentimentName(const QString &sentiment);

Q_SIGNALS:
    /// The agent chose another label: field "intent" | "sentiment", value a stable label.
    void correctionRequested(const QString &field, const QString &value);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    QString m_intent;
    QString m_intentExplanation;
    QString m_sentiment;
    QString m_sentimentExplanation;
    QLabel *m_intentChip = nullptr;
    QLabel *m_sentimentChip = nullptr;
    QMenu *m_menu = nullptr;
    bool m_correctable = false;
};

} // namespace hd
