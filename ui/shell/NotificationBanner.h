#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace hd {

/// An in-app banner for desktop notifications when there is no system tray (or no notification service):
/// the text, "Open" to open the conversation it is about, and a close button. Hidden until shown.
class NotificationBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit NotificationBanner(QWidget *parent = nullptr);

    /// Shows the text; a later message replaces it. severity: "warning" (orange) or "breach" (red).
    void showMessage(const QString &title, const QString &text, qint64 conversationId, const QString &severity);
    qint64 conversationId() const { return m_conversationId; }
    QString text() const;

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    qint64 m_conversationId = 0;
    QLabel *m_text = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace hd
