#pragma once

#include "core/common/Result.h"
#include "core/templates/Template.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace hd {

class Workspace;

/// Settings > Templates: the workspace's reply templates. A list on the left; on the right the
/// template's name, category, intent, shortcut, keywords and its variants per language and platform
/// (human-written or stored machine translation), with the placeholders of the body checked as the
/// agent types. Import and export as JSON (TemplateLibrary's format). Saves through
/// TemplateRepository; errors are shown on the page.
class TemplatesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatesPage(Workspace &workspace, QWidget *parent = nullptr);

    /// Imports a JSON file (templates whose shortcut or name exists are skipped); returns how many
    /// were added.
    Result<int> importFile(const QString &path);
    /// Writes every template to a JSON file.
    Status exportFile(const QString &path);
    /// Saves the template being edited; false (and the error shown) when it is invalid.
    bool saveCurrent();
    /// Re-reads the templates from the workspace.
    void reload();
    /// The placeholder problems of a body, one line each ("unknown placeholder {{order.numbr}}").
    static QStringList placeholderProblems(const QString &body);

Q_SIGNALS:
    /// Templates were saved, removed or imported.
    void templatesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showTemplate(int row);
    void showVariant(int row);
    void storeVariantEdits();
    void refreshVariantList();
    void updatePlaceholderCheck();
    void newTemplate();
    void deleteTemplate();
    void addVariant();
    void removeVariant();
    void showMessage(const QString &text, bool error);

    Workspace &m_workspace;
    QList<Template> m_templates;
    Template m_current; ///< the template being edited (id 0: new)
    int m_variantRow = -1;
    bool m_loading = false;

    QListWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_category = nullptr;
    QComboBox *m_intent = nullptr;
    QLineEdit *m_shortcut = nullptr;
    QLineEdit *m_keywords = nullptr;
    QListWidget *m_variants = nullptr;
    QPushButton *m_addVariant = nullptr;
    QPushButton *m_removeVariant = nullptr;
    QLineEdit *m_variantLanguage = nullptr;
    QComboBox *m_variantPlatform = nullptr;
    QCheckBox *m_variantHuman = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_placeholders = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QLabel *m_intentLabel = nullptr;
    QLabel *m_shortcutLabel = nullptr;
    QLabel *m_keywordsLabel = nullptr;
    QLabel *m_variantsLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_platformLabel = nullptr;
};

} // namespace hd
