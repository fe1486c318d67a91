#pragma once

#include <QWidget>

class QLabel;

namespace hd {

/// Two chips for the conversation header: what the buyer wants (intent) and how they feel
/// (sentiment), each with the classifier's explanation as tooltip.
class AnalysisChips final : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisChips(QWidget *parent = nullptr);

    /// Stable labels as stored ("where_is_my_order", "negative"); empty hides a chip.
    void setAnalysis(const QString &intent, const QString &intentExplanation, const QString &sentiment,
                     const QString &sentimentExplanation);
    void clear();

    /// The intent in words for the agent ("Where is my order?").
    static QString intentName(const QString &intent);
    static QString sentimentName(const QString &sentiment);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QString m_intent;
    QString m_intentExplanation;
    QString m_sentiment;
    QString m_sentimentExplanation;
    QLabel *m_intentChip = nullptr;
    QLabel *m_sentimentChip = nullptr;
};

} // namespace hd
