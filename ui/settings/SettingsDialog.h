#pragma once

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace hd {

/// Hosts the settings pages (channels, rules, templates, translation, ...) side by side with a page
/// list. It holds no settings logic: each page loads and saves its own data through core services.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// Adds a page (the dialog takes ownership). Its objectName names it for tests and showPage().
    void addPage(QWidget *page, const QString &title);
    /// Shows the page with this objectName; false when there is none.
    bool showPage(const QString &objectName);
    QWidget *currentPage() const;
    int pageCount() const;

private:
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
};

} // namespace hd
