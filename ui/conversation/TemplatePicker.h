#pragma once

#include "core/templates/TemplateLibrary.h"

#include <QWidget>

class QFrame;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace hd {

/// The "Templates" button and its popup: a search field over a list that shows the suggestions
/// for this conversation first, then every template. Emits templateChosen(); inserting is the
/// caller's job.
class TemplatePicker final : public QWidget {
    Q_OBJECT
public:
    explicit TemplatePicker(QWidget *parent = nullptr);

    /// The templates, the suggested ids (best first) and the buyer's language and platform, used to
    /// mark templates without a human variant in that language.
    void setTemplates(const TemplateLibrary &library, const QList<qint64> &suggested, const QString &language,
                      const QString &platform);
    /// Opens the popup under the button with the search field focused.
    void showPopup();
    bool isPopupVisible() const;
    /// The popup's list, for tests: item data Qt::UserRole is the template id (0 for section titles).
    QListWidget *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void templateChosen(qint64 templateId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void choose(QListWidgetItem *item);

    TemplateLibrary m_library;
    QList<qint64> m_suggested;
    QString m_language;
    QString m_platform;
    QPushButton *m_button = nullptr;
    QFrame *m_popup = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace hd
